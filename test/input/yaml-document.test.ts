// --cli-input-yaml documents read as ruamel's safe loader reads them: the values and their
// Python types, per YAML version (the differential cases in edges-yaml.mjs check the messages).
import { describe, expect, it } from 'vitest';
import { loadYamlDocument, YamlDate } from '../../src/input/yaml-document.js';
import { ownKeys } from '../../src/python/ordered-keys.js';
import { PyFloat } from '../../src/python/values.js';

const value = (text: string, head = '') => (loadYamlDocument(`${head}v: ${text}\n`) as Record<string, unknown>).v;
const V11 = '%YAML 1.1\n---\n';

describe('loadYamlDocument: YAML 1.2 scalars (no directive)', () => {
  it('reads ints in every base as ints (bigint past 2^53), underscores dropped', () => {
    expect(value('0b101')).toBe(5);
    expect(value('017')).toBe(17);
    expect(value('0o17')).toBe(15);
    expect(value('0x1F')).toBe(31);
    expect(value('1_000')).toBe(1000);
    expect(value('-12')).toBe(-12);
    expect(value('12345678901234567890')).toBe(12345678901234567890n);
  });
  it('reads floats as floats (whole ones PyFloat) and leaves 1.1 words as strings', () => {
    expect(value('1e3')).toEqual(new PyFloat(1000));
    expect(value('-.5')).toBe(-0.5);
    expect(value('.inf')).toBe(Infinity);
    expect(value('-.Inf')).toBe(-Infinity);
    expect(value('.nan')).toBeNaN();
    expect(value('no')).toBe('no');
    expect(value('On')).toBe('On');
    expect(value('1:20')).toBe('1:20');
    expect(value('True')).toBe(true);
    expect(value('~')).toBeNull();
  });
  it('keeps dates apart from timestamps', () => {
    expect(value('2015-02-20')).toEqual(new YamlDate('2015-02-20'));
    expect(value('2015-02-20T08:31:11Z')).toEqual(new Date('2015-02-20T08:31:11Z'));
  });
});

describe('loadYamlDocument: %YAML 1.1', () => {
  it('switches to 1.1 booleans, octals and sexagesimals', () => {
    expect(value('no', V11)).toBe(false);
    expect(value('On', V11)).toBe(true);
    expect(value('y', V11)).toBe(true);
    expect(value('0755', V11)).toBe(493);
    expect(value('1:20', V11)).toBe(80);
    expect(value('-1:00:01', V11)).toBe(-3601);
    expect(value('1_000', V11)).toBe(1000);
    expect(value('1:30.5', V11)).toBe(90.5);
  });
  it('applies only with the directive', () => {
    expect(value('0755', '%YAML 1.2\n---\n')).toBe(755);
  });
});

describe('loadYamlDocument: tags, merges and keys', () => {
  it('reads explicit tags as ruamel constructs them', () => {
    expect(value('!!binary aGVsbG8=')).toEqual(new TextEncoder().encode('hello'));
    expect(value('!!bool yes')).toBe(true);
    expect(value('!!bool OFF')).toBe(false);
    expect(value('!!str 5')).toBe('5');
    expect(value('!!float 1')).toEqual(new PyFloat(1));
    expect(value('!!int "0x10"')).toBe(16);
    expect(() => value('!!bool maybe')).toThrow();
    expect(() => value('!thing x')).toThrow();
  });
  it('merges with explicit keys winning and earlier sources first', () => {
    expect(loadYamlDocument('a: 1\n<<: {a: 2, b: 3}\n')).toEqual({ a: 1, b: 3 });
    expect(loadYamlDocument('<<: [{a: 1}, {a: 2, b: 2}]\nc: 3\n')).toEqual({ a: 1, b: 2, c: 3 });
    expect(() => loadYamlDocument('<<: scalar\n')).toThrow();
  });
  it('names keys that are not strings by their Python str(), in insertion order', () => {
    const doc = loadYamlDocument('b: 1\n5: five\n~: none\ntrue: yes\n? [a, b]\n: list\n') as Record<string, unknown>;
    expect(ownKeys(doc)).toEqual(['b', '5', 'None', 'True', "['a', 'b']"]);
    expect(doc.None).toBe('none');
  });
  it('reads a stream without a document as None', () => {
    expect(loadYamlDocument('')).toBeNull();
    expect(loadYamlDocument(' \n')).toBeNull();
    expect(loadYamlDocument('# only a comment\n')).toBeNull();
    expect(loadYamlDocument('---\n')).toBeNull();
  });

  it('refuses duplicate keys and several documents', () => {
    expect(() => loadYamlDocument('a: 1\na: 2\n')).toThrow();
    expect(() => loadYamlDocument('a: 1\n---\nb: 2\n')).toThrow();
  });
});
