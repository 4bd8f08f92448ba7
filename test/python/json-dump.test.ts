// Python's json.dump/json.dumps (src/python/json-dump.ts): expected texts are CPython 3.11's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dumpJson, dumpJsonExact, jsonLine, pyJsonDumps } from '../../src/python/json-dump.js';
import { setOwn } from '../../src/python/ordered-keys.js';
import { ExpressionReference, EXPREF_REPR, PyDatetime, PyFloat } from '../../src/python/values.js';

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

// The fast path (JSON.stringify where it writes the same text) against the exact encoder alone.
describe('dumpJson and its fast path', () => {
  const key = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.constantFrom('0', '42', '4294967294', '4294967295', '01', '__proto__', 'toJSON', 'constructor', '', 'a', '\u2028', '\ud800', '\x00'),
  );
  const float = fc.oneof(
    fc.double(),
    fc.constantFrom(1e-4, 0.0001000001, 9.999999999999999e-5, 1e-5, 0.00001, 1e-7, 123.456, -0.5, 2 ** 53 + 0.5, 1e21, 1e16, 5e-324, -1e-4),
  );
  const number = fc.oneof(
    float,
    fc.integer(),
    fc.constantFrom(0, -0, 2 ** 53 - 1, 2 ** 53, 2 ** 60, -(2 ** 53) - 2, 1e16, 1e21, 1e300, NaN, Infinity, -Infinity),
    float.map((n) => new PyFloat(Math.trunc(n))),
    fc.bigInt().map((n) => n * 10n ** 20n),
  );
  const leaf = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.constantFrom('\u2028', '\u2029', '\ud800', '\udc00x', '\x7f', '\x00\x1f', '"\\/', 'é𝄞'),
    number,
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(undefined, new PyDatetime(2019, 2, 18, 16, 32, 9), new Date(0), new ExpressionReference(null, () => null), new Uint8Array([1])),
  );
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((members) => {
        const dict: Record<string, unknown> = {};
        for (const [k, v] of members) setOwn(dict, k, v);
        return dict;
      }),
    ),
  }));

  it("writes the exact encoder's text for any value", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(dumpJson(v)).toBe(dumpJsonExact(v));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(dumpJson(v)).toBe(dumpJsonExact(v));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees where JSON.stringify and Python part ways', () => {
    const ordered: Record<string, unknown> = {};
    setOwn(ordered, 'b', 1);
    setOwn(ordered, '0', 2);
    for (const v of [
      [1e-5, 1e-4, 0.00001, 1e-7, 2 ** 60, 1e21, -0, new PyFloat(2), new PyFloat(-0), 2n ** 64n, NaN, -Infinity, undefined],
      { a: undefined, b: new PyDatetime(2019, 1, 1) },
      ordered,
      { '\u2028': '\ud800\u2028\x00', [Symbol('s')]: 1 },
      Object.assign(Object.create(null) as object, { a: 1 }),
      [{ toJSON: 'x' }, []],
      {},
    ]) {
      expect(dumpJson(v)).toBe(dumpJsonExact(v));
    }
    expect(dumpJson(ordered)).toBe('{\n    "b": 1,\n    "0": 2\n}\n');
  });
});
