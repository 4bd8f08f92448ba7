// Python's OSError words for Node's system errors (src/python/os-error.ts): glibc's strerror texts.
import { describe, expect, it } from 'vitest';
import { errnoText, pyOsError, writeErrorText } from '../../src/python/os-error.js';

const error = (code: string, errno: number) => Object.assign(new Error(`${code}: node words`), { code, errno });

describe('errnoText', () => {
  it("gives the table's number and words", () => {
    expect(errnoText(error('ENOENT', -2))).toBe('[Errno 2] No such file or directory');
    expect(errnoText(error('EOVERFLOW', -75))).toBe('[Errno 75] Value too large for defined data type');
  });

  it("falls back to libuv's words, capitalised, for codes outside the table", () => {
    expect(errnoText(error('ECONNREFUSED', -111))).toBe('[Errno 111] Connection refused');
  });
});

describe('pyOsError', () => {
  it('words the failures of a file read, with the path quoted', () => {
    expect(pyOsError(error('EISDIR', -21), '/tmp')).toBe("[Errno 21] Is a directory: '/tmp'");
    expect(pyOsError(error('EACCES', -13))).toBe('[Errno 13] Permission denied');
  });

  it("leaves other failures to Node's message", () => {
    expect(pyOsError(error('EIO', -5), '/x')).toBeUndefined();
    expect(pyOsError(new Error('plain'))).toBeUndefined();
  });
});

describe('writeErrorText', () => {
  it("words a failed write to stdout, Node's message for codes outside the table", () => {
    expect(writeErrorText(error('ENOSPC', -28))).toBe('[Errno 28] No space left on device');
    expect(writeErrorText(error('ECONNRESET', -104))).toBe('[Errno 104] ECONNRESET: node words');
  });
});
