// formatText against the reference: every `<case>/text` of the output-text-table group is
// replayed from the data its `<case>/json` sibling printed (the same response and query, the
// value the reference had before formatting), byte for byte, crashes included; then focused
// checks of the layout rules.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PyFloat } from '../../src/python/values.js';
import { OutputFormatError, formatText } from '../../src/output/text.js';
import { parsePythonJson } from '../../src/python/json-load.js';
import { fixturesDir, type ReferenceGroup } from '../support/reference-fixtures.js';

const group = JSON.parse(
  fs.readFileSync(path.join(fixturesDir, 'output-text-table.json'), 'utf8'),
) as ReferenceGroup;
const byName = new Map(group.cases.map((c) => [c.name, c]));

/** The value the formatters receive for what the json output printed (nothing printed means {}). */
function formatterValue(jsonStdout: string): unknown {
  return jsonStdout === '' ? {} : parsePythonJson(jsonStdout);
}

/** The value the reference formatted: its json output parsed (nothing printed means {}). */
function valueFor(caseName: string): unknown {
  const json = byName.get(caseName.replace(/\/[^/]+$/, '/json'));
  if (json === undefined) throw new Error(`no json sibling for ${caseName}`);
  expect(json.expected.exitCode).toBe(0);
  return formatterValue(json.expected.stdout);
}

/** Python's exception message as the reference printed it: "\n<message>\n" on stderr. */
function crashMessage(stderr: string): string {
  return stderr.replaceAll('\x1b[0m', '').trim();
}

describe('formatText reproduces the reference', () => {
  const textCases = group.cases.filter((c) => c.name.endsWith('/text') && byName.has(c.name.replace(/text$/, 'json')));
  it('covers the whole group', () => {
    expect(textCases.length).toBeGreaterThan(70);
  });
  for (const c of textCases) {
    it(c.name, () => {
      const value = valueFor(c.name);
      if (c.expected.exitCode === 0) {
        expect(formatText(value)).toBe(c.expected.stdout);
      } else {
        expect(c.expected.exitCode).toBe(255);
        let error: unknown;
        try {
          formatText(value);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(OutputFormatError);
        const crash = error as OutputFormatError;
        expect(crash.message).toBe(crashMessage(c.expected.stderr));
        expect(crash.partialOutput).toBe(c.expected.stdout);
        expect(crash.exitCode).toBe(255);
      }
    });
  }
});

describe('formatText layout', () => {
  it('prints scalars with Python str()', () => {
    expect(formatText('abc')).toBe('abc\n');
    expect(formatText('')).toBe('\n');
    expect(formatText(null)).toBe('None\n');
    expect(formatText(true)).toBe('True\n');
    expect(formatText(false)).toBe('False\n');
    expect(formatText(3)).toBe('3\n');
    expect(formatText(1.5)).toBe('1.5\n');
  });

  it('prints a top-level list of scalars on one tab-separated line', () => {
    expect(formatText(['a', 1, null, false])).toBe('a\t1\tNone\tFalse\n');
  });

  it('prints nothing for empty lists and dicts', () => {
    expect(formatText([])).toBe('');
    expect(formatText({})).toBe('');
    expect(formatText({ a: [], b: {} })).toBe('');
  });

  it('sorts keys by code point, scalars first, then nested values under upper-cased keys', () => {
    expect(formatText({ b: 'B', a: 'A', z: { y: 1 }, c: ['x', 'y'] })).toBe('A\tB\nC\tx\nC\ty\nZ\t1\n');
  });

  it('gives a list of dicts the union of scalar keys as columns', () => {
    expect(formatText({ l: [{ a: 1 }, { b: 2, n: [3] }] })).toBe('L\t1\t\nL\t\t2\nN\t3\n');
  });

  it('prints the repr of a value that is scalar in one element and a list in another', () => {
    expect(formatText([{ k: 'x' }, { k: ['a', "b'"] }])).toBe(`x\n['a', "b'"]\n`);
  });

  it('prints the scalars of a mixed list first, then each nested list', () => {
    expect(formatText({ k: ['a', ['b', 'c'], 'd'] })).toBe('K\ta\nK\td\nK\tb\nK\tc\n');
    expect(formatText(['a', ['b', 'c'], 'd'])).toBe('a\td\nb\tc\n');
  });

  it('crashes like the reference on a list mixing dicts with other values, keeping earlier output', () => {
    expect(() => formatText([{ a: 1 }, 5])).toThrow("'int' object has no attribute 'items'");
    try {
      formatText({ a: 'first', b: [{ c: 1 }, null] });
      expect.unreachable();
    } catch (e) {
      expect((e as OutputFormatError).message).toBe("'NoneType' object has no attribute 'items'");
      expect((e as OutputFormatError).partialOutput).toBe('first\n');
    }
  });

  it('prints ints, floats and integral floats as Python does', () => {
    expect(formatText([3, 2.5, new PyFloat(2), new PyFloat(1e16), 1e-5, 12345678901234567890])).toBe(
      '3\t2.5\t2.0\t1e+16\t1e-05\t12345678901234567168\n',
    );
    expect(formatText({ a: [new PyFloat(0)] })).toBe('A\t0.0\n');
  });

  it('upper-cases identifiers with full Unicode case mapping', () => {
    expect(formatText({ d: { straße: ['x'] } })).toBe('STRASSE\tx\n');
  });
});
