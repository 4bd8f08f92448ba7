// The bounded, non-blocking file reader: regular files, FIFOs (through the event loop, so the
// process can still act on a signal while it waits for a writer), devices and the size cap.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileTooLargeError, readFileBounded, sizeText } from '../src/file-read.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-read-test-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readFileBounded', () => {
  it('reads a regular file whole, up to the limit', async () => {
    const file = path.join(dir, 'f');
    fs.writeFileSync(file, 'x'.repeat(3 * 2 ** 20 + 5));
    expect((await readFileBounded(file, 4 * 2 ** 20)).length).toBe(3 * 2 ** 20 + 5);
    await expect(readFileBounded(file, 3 * 2 ** 20 + 4)).rejects.toBeInstanceOf(FileTooLargeError);
    fs.writeFileSync(path.join(dir, 'empty'), '');
    expect((await readFileBounded(path.join(dir, 'empty'), 10)).length).toBe(0);
  });

  it('stops an endless device at the limit', async () => {
    await expect(readFileBounded('/dev/zero', 2 ** 20)).rejects.toThrow('larger than 1048576 bytes');
  });

  it('fails as a read would for a missing file or a directory', async () => {
    await expect(readFileBounded(path.join(dir, 'nope'), 10)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readFileBounded(dir, 10)).rejects.toMatchObject({ code: 'EISDIR' });
  });

  it('waits for a FIFO writer without blocking the event loop', async () => {
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const reading = readFileBounded(fifo, 100);
    // The loop still runs timers while the read waits: a pool thread blocked in open() would not stop
    // this timer, but it would keep the process from ever exiting.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ticks).toBeGreaterThan(5);
    fs.writeFileSync(fifo, 'hello');
    expect((await reading).toString()).toBe('hello');
    clearInterval(timer);
    const tooMuch = readFileBounded(fifo, 3);
    fs.writeFileSync(fifo, 'hello');
    await expect(tooMuch).rejects.toBeInstanceOf(FileTooLargeError);
  });
});

it('sizeText', () => {
  expect([sizeText(64 * 2 ** 20), sizeText(1000)]).toEqual(['64 MiB', '1000 bytes']);
});
