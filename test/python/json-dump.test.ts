// Python's json.dump/json.dumps (src/python/json-dump.ts): expected texts are CPython 3.11's.
import { describe, expect, it } from 'vitest';
import { dumpJson, jsonLine, pyJsonDumps } from '../../src/python/json-dump.js';
import { ExpressionReference, EXPREF_REPR, PyFloat } from '../../src/python/values.js';

const big = 10n ** 400n + 1n;

describe('dumpJson: json.dump(indent=4, ensure_ascii=False)', () => {
  it('indents by four, keeps non-ASCII and prints empty containers flat', () => {
    expect(dumpJson({ a: [1, 'ü', new PyFloat(3), 0.5], b: {}, c: [] })).toBe(
      '{\n    "a": [\n        1,\n        "ü",\n        3.0,\n        0.5\n    ],\n    "b": {},\n    "c": []\n}\n',
    );
    expect(dumpJson({})).toBe('{}\n');
  });

  it('prints ints in full and the non-finite floats in Python spelling', () => {
    expect(dumpJson([big, NaN, Infinity, -Infinity, new PyFloat(1e16), 1e16])).toBe(`[\n    ${big},\n    NaN,\n    Infinity,\n    -Infinity,\n    1e+16,\n    10000000000000000\n]\n`);
  });
});

describe('jsonLine: json.dumps with the default separators', () => {
  it('writes one line', () => {
    expect(jsonLine({ a: [1, { b: 'é' }], c: null, d: true })).toBe('{"a": [1, {"b": "é"}], "c": null, "d": true}\n');
  });
});

describe("pyJsonDumps: to_string's json.dumps(separators=(',', ':'), default=str)", () => {
  it('escapes non-ASCII and uses the compact separators', () => {
    expect(pyJsonDumps({ 'k\u00e9': ['\ud83d\ude00', 2.5, new PyFloat(-0)], n: big })).toBe(`{"k\\u00e9":["\\ud83d\\ude00",2.5,-0.0],"n":${big}}`);
  });

  it('prints an expression reference as str() of it', () => {
    expect(pyJsonDumps([new ExpressionReference(null, () => null)])).toBe(`[${JSON.stringify(EXPREF_REPR)}]`);
  });
});
