import { describe, expect, it } from 'vitest';
import { formatIso, instantFromEpoch, parseTimestamp } from '../../src/python/timestamp.js';

const iso = (value: string | number) => {
  const parsed = parseTimestamp(value);
  if (parsed === undefined) throw new Error(`not a timestamp: ${value}`);
  return formatIso(parsed);
};
const seconds = (value: string | number) => parseTimestamp(value)?.instant.seconds;

describe('parseTimestamp: what the request carries (whole seconds, truncated)', () => {
  it.each([
    ['1424421071', 1424421071],
    ['1424421071.939', 1424421071],
    [' 12 ', 12],
    ['-1.5', -2],
    ['1e9', 1000000000],
    ['1_000', 1000],
    ['2019-02-18T16:32:09Z', 1550507529],
    ['2019-02-18T16:32:09.999Z', 1550507529],
    ['2019-02-18T16:32:09+05:30', 1550487729],
    ['2019-02-18T16:32:09-0800', 1550536329],
    ['2019-02-18T16:32:09', 1550507529],
    ['2019-02-18 16:32:09', 1550507529],
    ['2019-02-18', 1550448000],
    ['20190218T163209Z', 1550507529],
    ['Mon, 18 Feb 2019 16:32:09 GMT', 1550507529],
    ['0001-01-01T00:00:00Z', -62135596800],
  ])('%s → %d', (text, expected) => {
    expect(seconds(text)).toBe(expected);
  });

  it.each(['', 'abc', 'nan', '2019-13-01', '2019-02-30', '2019-02-18T25:00:00', 'tomorrow', '1.2.3'])('rejects %j', (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });

  it('rejects epoch values outside Python datetime range', () => {
    expect(() => parseTimestamp('1e20')).toThrow(/out of range/);
    expect(() => parseTimestamp('inf')).toThrow();
  });
});

describe('formatIso: datetime.isoformat() of what botocore parsed (TZ=UTC in tests)', () => {
  it.each([
    [1550507529.604, '2019-02-18T16:32:09.604000+00:00'],
    [1550507529, '2019-02-18T16:32:09+00:00'],
    [1424421071.0, '2015-02-20T08:31:11+00:00'],
    [-1.5, '1969-12-31T23:59:58.500000+00:00'],
    [1550507529.604123, '2019-02-18T16:32:09.604123+00:00'],
    ['2019-02-18T16:32:09', '2019-02-18T16:32:09'],
    ['2019-02-18T16:32:09Z', '2019-02-18T16:32:09+00:00'],
    ['2019-02-18T16:32:09.5+05:30', '2019-02-18T16:32:09.500000+05:30'],
    ['1550507529.604', '2019-02-18T16:32:09.604000+00:00'],
  ])('%j → %s', (value, expected) => {
    expect(iso(value)).toBe(expected);
  });

  it('rounds microseconds half to even like CPython', () => {
    expect(instantFromEpoch(0.0000005)).toEqual({ seconds: 0, micros: 0 });
    expect(instantFromEpoch(0.0000015)).toEqual({ seconds: 0, micros: 2 });
    expect(instantFromEpoch(-0.0000005)).toEqual({ seconds: 0, micros: 0 });
  });
});
