// formatTable against the reference: every `<case>/table` and `<case>/table-color` of the
// output-text-table group is replayed from the data its `<case>/json` sibling printed, at the
// 80 columns the reference used with stdout a pipe, byte for byte, crashes included; then
// focused checks of widths, scaling, conversion and colour.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PyFloat } from '../../src/python/values.js';
import { formatTable } from '../../src/output/table.js';
import { DEFAULT_TERMINAL_WIDTH, displayWidth, terminalWidth } from '../../src/output/terminal-width.js';
import { OutputFormatError } from '../../src/output/text.js';
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
const title = 'UpdateAssociationStatus';

/** The json case that printed the same data: the sibling, or the body the env cases used. */
function jsonSibling(caseName: string): string {
  if (caseName.startsWith('columns-env-ignored-')) return 'documentation-example/json';
  return caseName.replace(/\/[^/]+$/, '/json');
}

function valueFor(caseName: string): unknown {
  const json = byName.get(jsonSibling(caseName));
  if (json === undefined) throw new Error(`no json sibling for ${caseName}`);
  expect(json.expected.exitCode).toBe(0);
  return formatterValue(json.expected.stdout);
}

describe('formatTable reproduces the reference', () => {
  const tableCases = group.cases.filter((c) => /\/table(-color)?$/.test(c.name) && byName.has(jsonSibling(c.name)));
  it('covers the whole group', () => {
    expect(tableCases.length).toBeGreaterThan(150);
  });
  for (const c of tableCases) {
    it(c.name, () => {
      const value = valueFor(c.name);
      const options = { title, color: c.name.endsWith('-color'), width: DEFAULT_TERMINAL_WIDTH };
      if (c.expected.exitCode === 0) {
        expect(formatTable(value, options)).toBe(c.expected.stdout);
      } else {
        expect(c.expected.exitCode).toBe(255);
        // The table is built before anything is written, so a crash prints nothing.
        expect(c.expected.stdout).toBe('');
        let error: unknown;
        try {
          formatTable(value, options);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(OutputFormatError);
        expect((error as OutputFormatError).message).toBe(c.expected.stderr.replaceAll('\x1b[0m', '').trim());
      }
    });
  }
});

describe('formatTable layout', () => {
  const plain = { title: 'T', color: false, width: 80 };

  it('prints nothing for falsy values', () => {
    for (const v of [null, false, 0, '', [], {}]) expect(formatTable(v, plain)).toBe('');
  });

  it('treats an integral float as a scalar, printed as a float, and 0.0 as falsy', () => {
    expect(formatTable({ a: new PyFloat(2), b: 1.5 }, plain)).toBe(
      ['----------------', '|       T      |', '+------+-------+', '|   a  |   b   |', '+------+-------+', '|  2.0 |  1.5  |', '+------+-------+', ''].join(
        '\n',
      ),
    );
    expect(formatTable(new PyFloat(0), plain)).toBe('');
  });

  it('prints only the title for a truthy scalar', () => {
    expect(formatTable('abc', { ...plain, title: 'Op' })).toBe('----\n|Op|\n+--+\n');
  });

  it('turns a dict with one scalar key into a key | value row', () => {
    expect(formatTable({ k: 'v' }, plain)).toBe(
      ['------------', '|     T    |', '+----+-----+', '|  k |  v  |', '+----+-----+', ''].join('\n'),
    );
  });

  it('lays out a dict as headers over one row while it fits the width', () => {
    expect(formatTable({ a: 'x', b: 'yy' }, plain)).toBe(
      ['-------------', '|     T     |', '+----+------+', '|  a |  b   |', '+----+------+', '|  x |  yy  |', '+----+------+', ''].join(
        '\n',
      ),
    );
  });

  it('converts one-row sections to header | value rows when wider than the terminal', () => {
    expect(formatTable({ a: 'x', b: 'yy' }, { ...plain, width: 12 })).toBe(
      ['-------------', '|     T     |', '+----+------+', '|  a |  x   |', '|  b |  yy  |', '+----+------+', ''].join('\n'),
    );
  });

  it('indents nested sections with one bar per level on both sides', () => {
    expect(formatTable({ outer: { inner: ['v'] } }, plain)).toBe(
      ['-----------', '|    T    |', '+---------+', '|| outer ||', '|+-------+|', '|||inner|||', '||+-----+||', '|||  v  |||', '||+-----+||', ''].join(
        '\n',
      ),
    );
  });

  it('counts wide and ambiguous characters as two columns', () => {
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('ü')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(3);
    expect(displayWidth('ｶ')).toBe(1);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('a\u200db')).toBe(3);
  });

  // Expected bytes below come from awscli's TableFormatter writing to a StringIO (no
  // colorama wrapper, so no resets) and, for resets, from the recorded fixture's shape.
  const r = '\x1b[0m';
  const bar = `\x1b[2m\x1b[33m|${r}`;
  const row = (t: string) => `\x1b[1m\x1b[34m${t}${r}`;

  it('colours without resets when autoReset is off (output piped into a pager)', () => {
    const options = { title: 'T', color: true, width: 80, autoReset: false };
    expect(formatTable({ outer: { k: 'v' } }, options)).toBe(
      [
        '--------------',
        '|      T     |',
        '+------------+',
        `${bar}|   outer  |${bar}`,
        `${bar}+----+-----+${bar}`,
        `${bar}|  ${row('k')} |  ${row('v')}  |${bar}`,
        `${bar}+----+-----+${bar}`,
        '',
      ].join('\n'),
    );
  });

  it('appends a reset after every write in colour: the dashes, then bars, line, bars, newline', () => {
    const out = formatTable({ outer: { k: 'v' } }, { title: 'T', color: true, width: 80 });
    expect(out).toBe(
      [
        `--------------\n${r}`,
        `${r}|      T     |${r}${r}\n${r}`,
        `${r}+------------+${r}${r}\n${r}`,
        `${bar}${r}|   outer  |${r}${bar}${r}\n${r}`,
        `${bar}${r}+----+-----+${r}${bar}${r}\n${r}`,
        `${bar}${r}|  ${row('k')} |  ${row('v')}  |${r}${bar}${r}\n${r}`,
        `${bar}${r}+----+-----+${r}${bar}${r}\n${r}`,
      ].join(''),
    );
  });

  it('crashes like the reference on rows of differing lengths', () => {
    expect(() => formatTable([['a'], ['b', 'c']], plain)).toThrow('Row should have 1 elements, instead it has 2');
  });
});

describe('terminalWidth', () => {
  it('is 80 unless stdout is a terminal, whatever COLUMNS says', () => {
    expect(terminalWidth({ isTTY: false })).toBe(80);
    expect(terminalWidth({})).toBe(80);
    expect(terminalWidth({ isTTY: true, columns: 132 })).toBe(132);
    expect(terminalWidth({ isTTY: true, columns: 0 })).toBe(0);
  });
});
