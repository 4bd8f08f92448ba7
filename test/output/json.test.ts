import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/output/json.js';

describe('formatJson', () => {
  it('writes Python json.dump(indent=4, ensure_ascii=False)', () => {
    expect(formatJson({ a: { b: [1, 'ü', true, null], c: {}, d: [] }, e: 'x"\\\n\t\u0001' })).toBe(
      '{\n    "a": {\n        "b": [\n            1,\n            "ü",\n            true,\n            null\n        ],\n        "c": {},\n        "d": []\n    },\n    "e": "x\\"\\\\\\n\\t\\u0001"\n}\n',
    );
  });

  it('prints nothing for an empty response but prints other empty values', () => {
    expect(formatJson({})).toBe('');
    expect(formatJson([])).toBe('[]\n');
    expect(formatJson(null)).toBe('null\n');
    expect(formatJson('s')).toBe('"s"\n');
  });
});
