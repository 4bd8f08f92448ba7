import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { createFormatter, useColor, type OutputOptions } from '../../src/output/format.js';
import { formatTable } from '../../src/output/table.js';

const base: OutputOptions = { output: 'json', operationName: 'UpdateAssociationStatus', query: undefined, color: 'auto', stdoutIsTty: false, env: {} };

describe('useColor', () => {
  it('colours with on, never with off, whatever the terminal and NO_COLOR say', () => {
    for (const stdoutIsTty of [true, false]) {
      for (const env of [{}, { NO_COLOR: '1' }]) {
        expect(useColor({ color: 'on', stdoutIsTty, env })).toBe(true);
        expect(useColor({ color: 'off', stdoutIsTty, env })).toBe(false);
      }
    }
  });

  it('colours with auto only on a terminal without NO_COLOR', () => {
    expect(useColor({ color: 'auto', stdoutIsTty: true, env: {} })).toBe(true);
    expect(useColor({ color: 'auto', stdoutIsTty: false, env: {} })).toBe(false);
    expect(useColor({ color: 'auto', stdoutIsTty: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColor({ color: 'auto', stdoutIsTty: true, env: { NO_COLOR: 'false' } })).toBe(false);
    // no-color.org: an empty NO_COLOR does not count.
    expect(useColor({ color: 'auto', stdoutIsTty: true, env: { NO_COLOR: '' } })).toBe(true);
  });
});

describe('createFormatter', () => {
  const data = { AssociationDescription: { Name: 'doc' } };
  const table = (color: boolean, autoReset?: boolean) =>
    formatTable(data, { title: 'UpdateAssociationStatus', color, ...(autoReset === undefined ? {} : { autoReset }) });

  it('keeps json, text and yaml plain with --color on on a terminal', async () => {
    const on = { color: 'on', stdoutIsTty: true } as const;
    expect(await (await createFormatter({ ...base, ...on, output: 'json' }))(data)).toBe('{\n    "AssociationDescription": {\n        "Name": "doc"\n    }\n}\n');
    expect(await (await createFormatter({ ...base, ...on, output: 'text' }))(data)).toBe('ASSOCIATIONDESCRIPTION\tdoc\n');
    expect(await (await createFormatter({ ...base, ...on, output: 'yaml' }))(data)).toBe('AssociationDescription:\n  Name: doc\n');
  });

  it('colours tables as useColor decides', async () => {
    const format = (options: Partial<OutputOptions>) => createFormatter({ ...base, output: 'table', ...options }).then((f) => f(data));
    expect(await format({ color: 'auto', stdoutIsTty: true })).toBe(table(true));
    expect(await format({ color: 'auto', stdoutIsTty: false })).toBe(table(false));
    expect(await format({ color: 'auto', stdoutIsTty: true, env: { NO_COLOR: '1' } })).toBe(table(false));
    expect(await format({ color: 'on', stdoutIsTty: false })).toBe(table(true));
    expect(await format({ color: 'off', stdoutIsTty: true })).toBe(table(false));
    expect(table(true)).toContain('\x1b[1m\x1b[34mdoc\x1b[0m');
  });

  it("drops colorama's per-write resets when the table goes to a pager", async () => {
    const paged = await (await createFormatter({ ...base, output: 'table', color: 'on', paged: true }))(data);
    expect(paged).toBe(table(true, false));
    expect(paged).not.toBe(table(true));
    const bar = '\x1b[2m\x1b[33m|\x1b[0m';
    expect(paged).toBe(
      '--------------------------\n| UpdateAssociationStatus|\n+------------------------+\n' +
        `${bar}|AssociationDescription|${bar}\n${bar}+-----------+----------+${bar}\n` +
        `${bar}|  \x1b[1m\x1b[34mName\x1b[0m     |  \x1b[1m\x1b[34mdoc\x1b[0m     |${bar}\n${bar}+-----------+----------+${bar}\n`,
    );
    // Plain tables have no resets to drop.
    expect(await (await createFormatter({ ...base, output: 'table', color: 'off', paged: true }))(data)).toBe(table(false));
  });

  it('rejects an unknown output type only when formatting, before the query runs', async () => {
    const format = await createFormatter({ ...base, output: 'bogus', query: 'abs(AssociationDescription.Name)' });
    const error = await format(data).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toBe('Unknown output type: bogus');
    expect((error as CliError).exitCode).toBe(255);
    await expect((await createFormatter({ ...base, output: '' }))({})).rejects.toThrow(/^Unknown output type: $/);
  });

  it('still rejects a malformed query when it is created', async () => {
    await expect(createFormatter({ ...base, output: 'bogus', query: 'a.[' })).rejects.toThrow(/^Bad value for --query a\.\[/);
  });
});
