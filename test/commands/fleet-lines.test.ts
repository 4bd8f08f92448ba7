// The fleet input splitter: line numbers, blank lines, strict UTF-8, the line-length limit, and
// (property) the same lines whatever the chunk boundaries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter, MAX_LINE_BYTES, splitLines, type InputLine } from '../../src/commands/fleet-lines.js';

function split(chunks: Uint8Array[]): InputLine[] {
  const splitter = new LineSplitter();
  return [...chunks.flatMap((c) => splitter.push(c)), ...splitter.end()];
}

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('LineSplitter', () => {
  it('numbers every line, skips blank ones and keeps a last line without a newline', () => {
    expect(split([bytes('{"a": 1}\n\n  \t\r\n{"b": 2}\r\n{"c": 3}')])).toEqual([
      { number: 1, text: '{"a": 1}' },
      { number: 4, text: '{"b": 2}\r' },
      { number: 5, text: '{"c": 3}' },
    ]);
  });

  it('a form feed, NBSP or BOM alone is a line, not a blank', () => {
    expect(split([bytes('\f\n\u00a0\n\ufeff\n')]).map((l) => l.number)).toEqual([1, 2, 3]);
  });

  it('invalid UTF-8 makes that line an error and names the byte', () => {
    expect(split([Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x0a, 0x7b, 0x7d])])).toEqual([
      { number: 1, error: 'Invalid UTF-8: byte 0x28 at position 3 cannot be decoded.' },
      { number: 2, text: '{}' },
    ]);
    expect(split([Buffer.from([0x41, 0xe2, 0x82])])).toEqual([{ number: 1, error: 'Invalid UTF-8: byte 0xe2 at position 1 cannot be decoded.' }]);
  });

  it('a line longer than the limit is a fatal error and nothing after it is read', () => {
    const splitter = new LineSplitter();
    const first = splitter.push(bytes('{}\n'));
    const long = splitter.push(new Uint8Array(MAX_LINE_BYTES + 1).fill(0x20 + 1));
    expect(first).toEqual([{ number: 1, text: '{}' }]);
    expect(long).toEqual([{ number: 2, error: expect.stringContaining('longer than 1048576 bytes'), fatal: true }]);
    expect(splitter.push(bytes('{}\n'))).toEqual([]);
    expect(splitter.end()).toEqual([]);
  });

  it('a line of exactly the limit is read', () => {
    const line = new Uint8Array(MAX_LINE_BYTES).fill(0x61);
    expect(split([line.subarray(0, 1000), line.subarray(1000), bytes('\n')])).toEqual([{ number: 1, text: 'a'.repeat(MAX_LINE_BYTES) }]);
  });

  it('splitLines stops reading its source after a fatal line', async () => {
    let closed = false;
    async function* source() {
      try {
        yield bytes('{}\n');
        while (true) yield new Uint8Array(65536);
      } finally {
        closed = true;
      }
    }
    const lines: InputLine[] = [];
    for await (const line of splitLines(source())) lines.push(line);
    expect(lines.map((l) => l.number)).toEqual([1, 2]);
    expect(closed).toBe(true);
  });

  it('property: the lines do not depend on where the chunks are cut', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.array(fc.nat(400), { maxLength: 8 }), (data, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
        const chunks: Uint8Array[] = [];
        let at = 0;
        for (const point of points) {
          chunks.push(data.subarray(at, point));
          at = point;
        }
        chunks.push(data.subarray(at));
        expect(split(chunks)).toEqual(split([data]));
      }),
      { numRuns: 300 },
    );
  });
});
