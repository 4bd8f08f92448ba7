// Python's repr() of scalars and json.dumps's ASCII strings (src/python/repr.ts); expected texts
// are CPython 3.11's.
import { describe, expect, it } from 'vitest';
import { jsonAsciiString, markOrderedDicts, pyBytesRepr, pyFloatRepr, pyStringRepr } from '../../src/python/repr.js';
import { pyRepr, pyType } from '../../src/python/values.js';

describe('pyStringRepr', () => {
  it('picks the quote Python picks and escapes what str.isprintable() rejects', () => {
    expect(pyStringRepr("it's")).toBe(`"it's"`);
    expect(pyStringRepr(`it's "x"`)).toBe(`'it\\'s "x"'`);
    expect(pyStringRepr('a\tb\n\x00\x7f\u00a0é\u2028😀')).toBe("'a\\tb\\n\\x00\\x7f\\xa0é\\u2028😀'");
  });
});

describe('pyFloatRepr', () => {
  it('writes the shortest round-trip digits with an exponent outside 1e-4 <= |x| < 1e16', () => {
    expect([1, -0, 0.1, 1e16, 1e15, 1e-5, NaN, -Infinity].map(pyFloatRepr)).toEqual(['1.0', '-0.0', '0.1', '1e+16', '1000000000000000.0', '1e-05', 'nan', '-inf']);
  });
});

describe('pyBytesRepr', () => {
  it('escapes non-printable bytes as \\x and picks the quote', () => {
    expect(pyBytesRepr(new Uint8Array([0x61, 0x27, 0x0a, 0x80, 0x5c]))).toBe(`b"a'\\n\\x80\\\\"`);
  });
});

describe('jsonAsciiString', () => {
  it('escapes everything outside printable ASCII as json.dumps does', () => {
    expect(jsonAsciiString('é"\\\n\x7f😀')).toBe('"\\u00e9\\"\\\\\\n\\u007f\\ud83d\\ude00"');
  });
});

describe('markOrderedDicts', () => {
  it('makes objects print and type as OrderedDicts, as option JSON does in the reference', () => {
    const value = markOrderedDicts({ a: [{}], b: 1.5 });
    expect(pyRepr(value)).toBe("OrderedDict([('a', [OrderedDict()]), ('b', 1.5)])");
    expect(pyType(value)).toBe("<class 'collections.OrderedDict'>");
    expect(pyType({})).toBe("<class 'dict'>");
  });
});
