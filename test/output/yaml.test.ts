// formatYaml / formatYamlStream against the reference's bytes. The fixture
// (test/fixtures/reference/output-yaml.json, cases from test/reference-cases/output-yaml.mjs)
// records each response three times: `--output json`, `yaml` and `yaml-stream`. The json
// stdout is exactly the data the reference had before formatting, so it is parsed and fed to
// the formatters, which must print the recorded yaml and yaml-stream stdout byte for byte.
// It is parsed as Python's json.loads would (the query engine's parser), so that floats with
// integral values (2.0) arrive as PyFloat, as the query engine hands them over.
// Then focused tests pin the quoting and layout decisions one at a time.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePythonJson } from '../../src/python/json-load.js';
import { PyFloat } from '../../src/python/values.js';
import { analyzeScalar, formatYaml, formatYamlStream, resolvesToString } from '../../src/output/yaml.js';
import type { ReferenceGroup, ReferenceCase } from '../support/reference-fixtures.js';

const fixture = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'reference', 'output-yaml.json'), 'utf8'),
) as ReferenceGroup;

/** The recorded cases, by base name and format. */
function pairedCases(): Map<string, Map<string, ReferenceCase>> {
  const byBase = new Map<string, Map<string, ReferenceCase>>();
  for (const c of fixture.cases) {
    const match = / --output (json|yaml|yaml-stream)$/.exec(c.name);
    if (!match?.[1]) throw new Error(`unexpected case name ${c.name}`);
    const base = c.name.slice(0, match.index);
    const formats = byBase.get(base) ?? new Map<string, ReferenceCase>();
    formats.set(match[1], c);
    byBase.set(base, formats);
  }
  return byBase;
}

// The json twin cannot show object identity; these query results hold the same Python object
// more than once (a multiselect naming one member twice), which ruamel writes as anchor + alias.
const sharedReferences: Record<string, (data: unknown[]) => unknown[]> = {
  'query same hash twice': ([status]) => [status, status],
  'query aliases numbered by second sighting': ([status, targets, , , empty]) => [
    status,
    targets,
    targets,
    status,
    empty,
    empty,
  ],
};

/** What the reference had before formatting: json prints nothing only for {}. */
function dataOf(json: ReferenceCase): unknown {
  return json.expected.stdout === '' ? {} : parsePythonJson(json.expected.stdout);
}

describe('output-yaml fixture: formatter output equals the reference byte for byte', () => {
  const cases = pairedCases();
  it('has every case recorded cleanly in all three formats', () => {
    expect(cases.size).toBeGreaterThan(200);
    for (const [base, formats] of cases) {
      expect([...formats.keys()].sort(), base).toEqual(['json', 'yaml', 'yaml-stream']);
      for (const c of formats.values()) {
        expect(c.expected.exitCode, c.name).toBe(0);
        expect(c.expected.stderr, c.name).toBe('');
      }
    }
  });

  for (const [base, formats] of cases) {
    const json = formats.get('json');
    const yaml = formats.get('yaml');
    const stream = formats.get('yaml-stream');
    if (!json || !yaml || !stream) continue;
    const relink = sharedReferences[base];
    const data = (): unknown => (relink ? relink(dataOf(json) as unknown[]) : dataOf(json));
    it(`${base} --output yaml`, () => {
      expect(formatYaml(data())).toBe(yaml.expected.stdout);
    });
    it(`${base} --output yaml-stream`, () => {
      expect(formatYamlStream(data())).toBe(stream.expected.stdout);
    });
  }

  it('writes equal but distinct objects in full, without anchors', () => {
    const json = cases.get('query same hash twice')?.get('json');
    expect(json).toBeDefined();
    const out = formatYaml(dataOf(json as ReferenceCase));
    expect(out).not.toContain('&id001');
    expect(out.match(/Message: temp_status_change/g)).toHaveLength(2);
  });
});

describe('formatYaml: the JSON-scalar and empty-result rules', () => {
  it('prints nothing for an empty hash, but [] for an empty list', () => {
    expect(formatYaml({})).toBe('');
    expect(formatYaml([])).toBe('[]\n');
    expect(formatYaml({ a: {} })).toBe('a: {}\n');
  });
  it('prints root scalars as JSON, not YAML', () => {
    expect(formatYaml(null)).toBe('null\n');
    expect(formatYaml(true)).toBe('true\n');
    expect(formatYaml(false)).toBe('false\n');
    expect(formatYaml(42)).toBe('42\n');
    expect(formatYaml('yes')).toBe('"yes"\n');
    expect(formatYaml('tab\t\u00e9\u2028\u007f\u0001')).toBe('"tab\\t\u00e9\u2028\u007f\\u0001"\n');
  });
  it('prints floats as Python repr', () => {
    expect(formatYaml(-1.5)).toBe('-1.5\n');
    expect(formatYaml(0.0001)).toBe('0.0001\n');
    expect(formatYaml(0.00001)).toBe('1e-05\n');
    expect(formatYaml(1.5e-7)).toBe('1.5e-07\n');
    expect(formatYaml(2 ** 70)).toBe('1180591620717411303424\n');
    expect(formatYamlStream([0.00001, -0.25])).toBe('- - 1e-05\n  - -0.25\n');
  });
  it('prints a PyFloat (an integral float from the query engine) as a float', () => {
    expect(formatYaml(new PyFloat(2))).toBe('2.0\n');
    expect(formatYaml([new PyFloat(2), new PyFloat(1e16), new PyFloat(-0)])).toBe('- 2.0\n- 1e+16\n- -0.0\n');
    expect(formatYamlStream(new PyFloat(3))).toBe('- 3.0\n');
    expect(formatYaml(2)).toBe('2\n');
  });
});

describe('formatYamlStream: the one-element list wrapper', () => {
  it('wraps every result, scalars included, except an empty hash', () => {
    expect(formatYamlStream(null)).toBe('- null\n');
    expect(formatYamlStream('x')).toBe('- x\n');
    expect(formatYamlStream([])).toBe('- []\n');
    expect(formatYamlStream({})).toBe('');
    expect(formatYamlStream({ b: 1, a: [2] })).toBe('- a:\n  - 2\n  b: 1\n');
  });
});

/** A string as the only item of a yaml-stream document, without the "- " and final newline. */
const item = (text: string): string => formatYamlStream(text).slice(2, -1);

describe('scalar style: plain, single-quoted or double-quoted', () => {
  it.each([
    // YAML 1.2 reads these back as strings, so they stay plain
    ['yes', 'yes'],
    ['No', 'No'],
    ['ON', 'ON'],
    ['_1', '_1'],
    ['-.nan', '-.nan'],
    ['12:30', '12:30'],
    ['a:b', 'a:b'],
    ['a#b', 'a#b'],
    ['-x', '-x'],
    ['?x', '?x'],
    ["it's", "it's"],
    ['$DEFAULT', '$DEFAULT'],
    ['ünï ✓ 日本語', 'ünï ✓ 日本語'],
  ])('%j stays plain', (text, written) => {
    expect(item(text)).toBe(written);
  });

  it.each([
    // the resolver would read another type back
    ['', "''"],
    ['null', "'null'"],
    ['~', "'~'"],
    ['true', "'true'"],
    ['FALSE', "'FALSE'"],
    ['123', "'123'"],
    ['1_000', "'1_000'"],
    ['0o7', "'0o7'"],
    ['0x1F', "'0x1F'"],
    ['1e3', "'1e3'"],
    ['.inf', "'.inf'"],
    ['.NaN', "'.NaN'"],
    ['<<', "'<<'"],
    ['=', "'='"],
    ['2019-02-18', "'2019-02-18'"],
    ['2019-02-18T16:32:09.604000+00:00', "'2019-02-18T16:32:09.604000+00:00'"],
    // indicators, and spaces at either end
    ['- dash', "'- dash'"],
    ['-', "'-'"],
    ['? q', "'? q'"],
    [': c', "': c'"],
    ['a: b', "'a: b'"],
    ['a #b', "'a #b'"],
    ['#hash', "'#hash'"],
    ['*star', "'*star'"],
    ['[bracket]', "'[bracket]'"],
    ['---', "'---'"],
    [' leading', "' leading'"],
    ['trailing ', "'trailing '"],
    ["'single'", "'''single'''"],
    ['"double"', '\'"double"\''],
    // line breaks: single quotes double a "\n" so that it survives folding
    ['line one\nline two', "'line one\n\n  line two'"],
    ['line\n', "'line\n\n  '"],
    ['a\u2028b', "'a\u2028  b'"],
  ])('%j is single-quoted', (text, written) => {
    expect(item(text)).toBe(written);
  });

  it.each([
    ['tab\there', '"tab\\there"'],
    ['a \nb', '"a \\nb"'],
    ['a\n b', '"a\\n b"'],
    ['a\rb', '"a\\rb"'],
    ['a\u0085b', '"a\\Nb"'],
    ['nul\u0000', '"nul\\0"'],
    ['bell\u0007 esc\u001b', '"bell\\a esc\\e"'],
    ['del\u007f', '"del\\x7F"'],
    ['\u0080', '"\\x80"'],
    ['\ufeffbom', '"\\uFEFFbom"'],
    ['x\ufffe', '"x\\uFFFE"'],
    ['emoji 😀', '"emoji \\U0001F600"'],
    ['"q" \\ \u2028', '"\\"q\\" \\\\ \\L"'],
  ])('%j is double-quoted', (text, written) => {
    expect(item(text)).toBe(written);
  });
});

describe('layout', () => {
  it('folds plain scalars at the first space past column 80, continuing at the node indent', () => {
    const words = Array.from({ length: 30 }, () => 'word').join(' ');
    const out = formatYaml({ k: words });
    const lines = out.split('\n');
    expect(lines[0]).toBe(`k: ${Array.from({ length: 16 }, () => 'word').join(' ')}`);
    expect(lines[1]).toBe(`  ${Array.from({ length: 14 }, () => 'word').join(' ')}`);
    expect(formatYaml({ k: 'x'.repeat(200) })).toBe(`k: ${'x'.repeat(200)}\n`);
  });
  it('escapes a fold in double quotes when the next character is a space', () => {
    const text = `\t${Array.from({ length: 20 }, () => 'word ').join(' ').trim()}`;
    expect(formatYamlStream(text)).toContain('\n  \\ word');
  });
  it('does not indent sequences inside mappings, and indents them elsewhere', () => {
    expect(formatYaml({ a: [1, [2, 3]], b: [{ c: 1, d: [] }] })).toBe(
      'a:\n- 1\n- - 2\n  - 3\nb:\n- c: 1\n  d: []\n',
    );
  });
  it('sorts keys in code point order', () => {
    const keys = ['b', 'B', 'a', '_', '1', 'é', '😀', '\uff21', ' '];
    const out = formatYaml(Object.fromEntries(keys.map((k) => [k, 0])));
    expect(out).toBe(`' ': 0\n'1': 0\nB: 0\n_: 0\na: 0\nb: 0\né: 0\nＡ: 0\n"\\U0001F600": 0\n`);
  });
  it('writes keys over 128 UTF-8 bytes, or with a line break, as complex keys', () => {
    expect(formatYaml({ ['k'.repeat(128)]: 1 })).toBe(`${'k'.repeat(128)}: 1\n`);
    expect(formatYaml({ ['k'.repeat(129)]: 1 })).toBe(`? ${'k'.repeat(129)}\n: 1\n`);
    expect(formatYaml({ ['é'.repeat(64)]: 1 })).toBe(`${'é'.repeat(64)}: 1\n`);
    expect(formatYaml({ ['é'.repeat(65)]: [1] })).toBe(`? ${'é'.repeat(65)}\n: - 1\n`);
    expect(formatYaml({ 'a\nb': { c: 1 } })).toBe("? 'a\n\n  b'\n: c: 1\n");
  });
  it('anchors a collection met twice, numbering anchors by their second sighting', () => {
    const a = { k: 'v' };
    const b = ['x'];
    expect(formatYamlStream([a, b, b, a])).toBe('- - &id002\n    k: v\n  - &id001\n    - x\n  - *id001\n  - *id002\n');
    expect(formatYaml({ x: b, y: b })).toBe('x: &id001\n- x\ny: *id001\n');
    const empty: unknown[] = [];
    expect(formatYaml([empty, empty])).toBe('- &id001 []\n- *id001\n');
  });
});

describe('helpers', () => {
  it('resolvesToString follows ruamel YAML 1.2 resolvers and their first-character dispatch', () => {
    expect(resolvesToString('yes')).toBe(true);
    expect(resolvesToString('_1')).toBe(true);
    expect(resolvesToString('-_')).toBe(false);
    expect(resolvesToString('')).toBe(false);
    expect(resolvesToString('null\n')).toBe(false); // Python's `$` matches before a final newline
  });
  it('analyzeScalar measures keys in UTF-8 bytes', () => {
    expect(analyzeScalar('é').byteLength).toBe(2);
    expect(analyzeScalar('a\u2028b').multiline).toBe(true);
  });
});
