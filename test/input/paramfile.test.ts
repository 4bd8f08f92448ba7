// Expected messages were recorded from the reference (aws-cli 2.9.19) with the same paths.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import {
  nodeParamFileIo,
  readParamFile,
  type ParamFileIo,
} from '../../src/input/paramfile.js';
import { ParamError } from '../../src/input/param-error.js';

const OPTION = '--association-status';
const PREFIX = `Error parsing parameter '${OPTION}': `;

/** A filesystem of `files` (bytes or text); any other path is missing, a path ending in / a directory. */
function fakeIo(files: Record<string, string | Uint8Array>, env: Record<string, string> = { HOME: '/home/me' }) {
  const reads: string[] = [];
  const io: ParamFileIo = {
    readFile(p) {
      reads.push(p);
      const content = files[p];
      const code = content === undefined ? (p.endsWith('/') || p === '/home/me' ? 'EISDIR' : 'ENOENT') : undefined;
      if (code !== undefined) throw Object.assign(new Error(code), { code, errno: code === 'EISDIR' ? -21 : -2 });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content!;
    },
    env,
    userHome: (name) => (name === undefined ? '/home/fallback' : name === 'root' ? '/root' : undefined),
  };
  return { io, reads };
}

async function thrown(fn: () => unknown): Promise<CliError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('readParamFile', async () => {
  it('is not a paramfile unless the value starts with file:// or fileb://', async () => {
    const { io, reads } = fakeIo({});
    for (const value of ['Name=a', ' file://x', 'FILE://x', 'fileb:/x', '']) {
      expect(await readParamFile(OPTION, value, io)).toBeUndefined();
    }
    expect(reads).toEqual([]);
  });

  it('reads file:// as UTF-8 text with universal newlines, keeping a byte order mark', async () => {
    const { io, reads } = fakeIo({ 'd/s.txt': 'Name=\u00e9\r\nMessage=a\rb\n', bom: '\ufeff{}' });
    expect(await readParamFile(OPTION, 'file://d/s.txt', io)).toBe('Name=\u00e9\nMessage=a\nb\n');
    expect(await readParamFile(OPTION, 'file://bom', io)).toBe('\ufeff{}');
    expect(reads).toEqual(['d/s.txt', 'bom']);
  });

  it('reads fileb:// as bytes, untouched', async () => {
    const bytes = new Uint8Array([0xff, 0x0d, 0x0a, 0x00]);
    const { io } = fakeIo({ '/b.bin': bytes });
    expect(await readParamFile(OPTION, 'fileb:///b.bin', io)).toEqual(bytes);
  });

  it('expands ~, ~user and environment variables before reading', async () => {
    const { io, reads } = fakeIo({}, { HOME: '/home/me/', DIR: 'sub' });
    for (const value of ['file://~/x', 'file://~root/x', 'file://~nosuchuser/x', 'file://$DIR/x', 'file://${DIR}/$NOPE/x', 'file://~']) {
      try {
        await readParamFile(OPTION, value, io);
      } catch {
        // every one is missing; only the paths tried matter here
      }
    }
    expect(reads).toEqual(['/home/me/x', '/root/x', '~nosuchuser/x', 'sub/x', 'sub/$NOPE/x', '/home/me']);
  });

  it('uses the account home for ~ when HOME is unset', async () => {
    const { io, reads } = fakeIo({ '/home/fallback/x': 'v' }, {});
    expect(await readParamFile(OPTION, 'file://~/x', io)).toBe('v');
    expect(reads).toEqual(['/home/fallback/x']);
  });

  it.each<[string, string]>([
    ['file://d/nope.txt', "Unable to load paramfile file://d/nope.txt: [Errno 2] No such file or directory: 'd/nope.txt'"],
    ['fileb://d/nope', "Unable to load paramfile fileb://d/nope: [Errno 2] No such file or directory: 'd/nope'"],
    ['file://', "Unable to load paramfile file://: [Errno 2] No such file or directory: ''"],
    ["file://it's", `Unable to load paramfile file://it's: [Errno 2] No such file or directory: "it's"`],
    ['file://~/x.txt', "Unable to load paramfile file://~/x.txt: [Errno 2] No such file or directory: '/home/me/x.txt'"],
    ['file://~', "Unable to load paramfile file://~: [Errno 21] Is a directory: '/home/me'"],
    ['fileb://~/', "Unable to load paramfile fileb://~/: [Errno 21] Is a directory: '/home/me/'"],
  ])('reports an unreadable %s', async (value, detail) => {
    const error = await thrown(() => readParamFile(OPTION, value, fakeIo({}).io));
    expect(error).toBeInstanceOf(ParamError);
    expect(error.message).toBe(PREFIX + detail);
    expect(error.exitCode).toBe(252);
  });

  it('reports text that is not UTF-8 with the expanded path', async () => {
    const { io } = fakeIo({ '/home/me/bad.txt': new Uint8Array([0x78, 0xff]) });
    const error = await thrown(() => readParamFile(OPTION, 'file://~/bad.txt', io));
    expect(error.message).toBe(
      PREFIX +
        'Unable to load paramfile (/home/me/bad.txt), text contents could not be decoded.  If this is a binary ' +
        'file, please use the fileb:// prefix instead of the file:// prefix.',
    );
    expect(error.exitCode).toBe(252);
  });

  it('decodes with AWS_CLI_FILE_ENCODING when it is set', async () => {
    const e9 = new Uint8Array([0x4e, 0x3d, 0xe9, 0x80]);
    expect(await readParamFile(OPTION, 'file://f', fakeIo({ f: e9 }, { AWS_CLI_FILE_ENCODING: 'latin-1' }).io)).toBe('N=\u00e9\u0080');
    const ascii = await thrown(() => readParamFile(OPTION, 'file://f', fakeIo({ f: e9 }, { AWS_CLI_FILE_ENCODING: 'ascii' }).io));
    expect(ascii.message).toMatch(/^Error parsing parameter '--association-status': Unable to load paramfile \(f\), text contents/);
  });

  it('fails on an unknown encoding only once the file has been opened, with exit 255', async () => {
    const missing = await thrown(() => readParamFile(OPTION, 'file://nope', fakeIo({}, { AWS_CLI_FILE_ENCODING: 'bogus' }).io));
    expect(missing.message).toBe(PREFIX + "Unable to load paramfile file://nope: [Errno 2] No such file or directory: 'nope'");
    for (const encoding of ['bogus', '']) {
      const error = await thrown(() => readParamFile(OPTION, 'file://f', fakeIo({ f: 'x' }, { AWS_CLI_FILE_ENCODING: encoding }).io));
      expect(error).not.toBeInstanceOf(ParamError);
      expect([error.message, error.exitCode]).toEqual([`unknown encoding: ${encoding}`, 255]);
    }
  });
});

describe('nodeParamFileIo', async () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paramfile-test-'));
    fs.writeFileSync(path.join(dir, 'v.txt'), 'Name=a\r\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads real files and maps real errno errors', async () => {
    expect(await readParamFile(OPTION, `file://${dir}/v.txt`, nodeParamFileIo)).toBe('Name=a\n');
    expect((await thrown(() => readParamFile(OPTION, `file://${dir}`, nodeParamFileIo))).message).toBe(
      `${PREFIX}Unable to load paramfile file://${dir}: [Errno 21] Is a directory: '${dir}'`,
    );
    expect((await thrown(() => readParamFile(OPTION, `fileb://${dir}/none`, nodeParamFileIo))).message).toBe(
      `${PREFIX}Unable to load paramfile fileb://${dir}/none: [Errno 2] No such file or directory: '${dir}/none'`,
    );
    expect((await thrown(() => readParamFile(OPTION, `file://${dir}/v.txt/x`, nodeParamFileIo))).message).toBe(
      `${PREFIX}Unable to load paramfile file://${dir}/v.txt/x: [Errno 20] Not a directory: '${dir}/v.txt/x'`,
    );
  });
});
