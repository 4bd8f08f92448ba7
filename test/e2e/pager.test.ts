// End to end on a real terminal: bin/ssm-assoc under a pseudo-terminal made by util-linux
// `script` (100 columns), against the scripted endpoint on 127.0.0.1. The pager is a small
// shell command that copies its input to a file, so each test knows exactly what the pager
// was given and what reached the terminal. The terminal turns "\n" into "\r\n" and merges
// stdout and stderr; pipes (the non-terminal cases) keep them apart.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startScriptedEndpoint } from '../support/scripted-endpoint.mjs';
import { documentationExample, ok, serviceError } from '../support/sample-responses.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'ssm-assoc');
// util-linux's script(1): other implementations (BSD's) take different options.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') === true;

const CALL = [
  'update-association-status',
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071,Name=Pending,Message=hi',
];
const STATUS = ['--query', 'AssociationDescription.Status'];
const STATUS_JSON =
  '{\n    "Date": "2015-02-20T08:31:11+00:00",\n    "Name": "Pending",\n    "Message": "temp_status_change",\n    "AdditionalInfo": "Additional-Config-Needed"\n}\n';
const PAGER_ERROR =
  "\nUnable to redirect output to pager. Received the following error when opening pager:\n[Errno 2] No such file or directory: 'nosuchpager'\n\n" +
  'Learn more about configuring the output pager by running "aws help config-vars".\n';

// The Status table on 100 columns, as the reference prints it: plain, coloured on stdout (with
// colorama's reset after every write and one more at exit), and coloured into a pager.
const rule = '+---------------------------+-----------------------------+---------------------+----------+';
const blue = (s: string) => `\x1b[1m\x1b[34m${s}\x1b[0m`;
const tableLines = (color: boolean) => [
  '-'.repeat(92),
  `|${' '.repeat(34)}UpdateAssociationStatus${' '.repeat(33)}|`,
  rule,
  '|      AdditionalInfo       |            Date             |       Message       |  Name    |',
  rule,
  color
    ? `|  ${blue('Additional-Config-Needed')} |  ${blue('2015-02-20T08:31:11+00:00')}  |  ${blue('temp_status_change')} |  ${blue('Pending')} |`
    : '|  Additional-Config-Needed |  2015-02-20T08:31:11+00:00  |  temp_status_change |  Pending |',
  rule,
];
// A pipe gets 80 columns, too narrow for the 92 above: the reference turns the table on its side.
const PIPED_TABLE = [
  '-'.repeat(49),
  `|${' '.repeat(12)}UpdateAssociationStatus${' '.repeat(12)}|`,
  '+-----------------+-----------------------------+',
  '|  AdditionalInfo |  Additional-Config-Needed   |',
  '|  Date           |  2015-02-20T08:31:11+00:00  |',
  '|  Message        |  temp_status_change         |',
  '|  Name           |  Pending                    |',
  '+-----------------+-----------------------------+',
].join('\n') + '\n';
const R = '\x1b[0m';
const PLAIN_TABLE = tableLines(false).join('\n') + '\n';
const PAGED_COLOR_TABLE = tableLines(true).join('\n') + '\n';
const [first, ...rest] = tableLines(true);
const TERMINAL_COLOR_TABLE = `${first}\r\n${R}${rest.map((line) => `${R}${line}${R}${R}\r\n${R}`).join('')}${R}`;

interface Run {
  code: number | null;
  /** A terminal's bytes (stdout and stderr together), or stdout for a pipe. */
  stdout: string;
  stderr: string;
  /** What the pager was given, if it ran, and its LESS. */
  paged: string | undefined;
  pagerLess: string | undefined;
  /** With fakeLess: `path|arg|...|` as the fake less was run. */
  lessArgv?: string | undefined;
  requests: number;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/**
 * Runs ssm-assoc with `args` on a terminal (or with piped stdout), a throwaway home, and the
 * capturing pager in AWS_PAGER unless `env` says otherwise (`{capture}` in env values and
 * config text is the capturing pager command).
 */
async function run(
  args: string[],
  { terminal = true, env = {}, config, responses = [ok(documentationExample)], fakeLess = false }: {
    terminal?: boolean;
    env?: Record<string, string | null>;
    config?: string;
    responses?: Array<{ status: number; body: string }>;
    /** Put a `less` first on PATH that captures like the capturing pager and records its arguments. */
    fakeLess?: boolean;
  } = {},
): Promise<Run> {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-pager-e2e-')));
  dirs.push(dir);
  const capture = path.join(dir, 'paged');
  const capturePager = `sh -c 'cat > "$0"; echo "\${LESS-unset}" > "$0.less"' ${capture}`;
  if (fakeLess) {
    fs.mkdirSync(path.join(dir, 'bin'));
    const script = `#!/bin/sh\nprintf '%s|' "$0" "$@" > '${capture}.argv'\ncat > '${capture}'\necho "\${LESS-unset}" > '${capture}.less'\n`;
    fs.writeFileSync(path.join(dir, 'bin', 'less'), script, { mode: 0o755 });
  }
  const home = path.join(dir, 'home');
  fs.mkdirSync(home);
  if (config !== undefined) fs.writeFileSync(path.join(home, 'config'), config.replaceAll('{capture}', capturePager));
  const endpoint = await startScriptedEndpoint(responses);
  const fullEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    SHELL: '/bin/sh',
    TERM: 'dumb',
    HOME: home,
    AWS_CONFIG_FILE: path.join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_PAGER: capturePager,
  };
  if (fakeLess) fullEnv.PATH = `${path.join(dir, 'bin')}:${fullEnv.PATH}`;
  for (const [k, v] of Object.entries(env)) {
    if (v === null) delete fullEnv[k];
    else fullEnv[k] = v.replaceAll('{capture}', capturePager);
  }
  const argv = [bin, ...args, '--endpoint-url', endpoint.url];
  if (terminal && !hasScript) throw new Error('terminal tests need util-linux script(1) (apt-get install -y util-linux)');
  try {
    const child = terminal
      ? spawn('script', ['-qfec', `stty cols 100 rows 40; exec ${argv.map(quote).join(' ')}`, '/dev/null'], { cwd: dir, env: fullEnv })
      : spawn(argv[0] as string, argv.slice(1), { cwd: dir, env: fullEnv });
    child.stdin.end();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
    return {
      code,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
      paged: read(capture),
      pagerLess: read(`${capture}.less`),
      ...(fakeLess ? { lessArgv: read(`${capture}.argv`) } : {}),
      requests: endpoint.requests.length,
    };
  } finally {
    await endpoint.close();
  }
}

/** What a terminal shows for text written to it. */
const onTerminal = (text: string) => text.replaceAll('\n', '\r\n');

describe('the pager, on a terminal', () => {
  it('gets the whole output, with LESS=FRX, and the terminal gets nothing', async () => {
    const r = await run([...CALL, ...STATUS]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '', paged: STATUS_JSON, pagerLess: 'FRX\n', requests: 1 });
  });

  it('is less -R, found on PATH, when nothing is configured', async () => {
    const r = await run([...CALL, ...STATUS], { env: { AWS_PAGER: null, PAGER: null }, fakeLess: true });
    expect(r).toMatchObject({ code: 0, stdout: '', paged: STATUS_JSON, pagerLess: 'FRX\n' });
    expect(r.lessArgv).toMatch(/\/bin\/less\|-R\|$/);
  });

  it('is bypassed when stdout is not a terminal', async () => {
    const r = await run([...CALL, ...STATUS], { terminal: false });
    expect(r).toEqual({ code: 0, stdout: STATUS_JSON, stderr: '', paged: undefined, pagerLess: undefined, requests: 1 });
  });

  it('is bypassed with --no-cli-pager', async () => {
    const r = await run([...CALL, ...STATUS, '--no-cli-pager']);
    expect(r).toMatchObject({ code: 0, stdout: onTerminal(STATUS_JSON), paged: undefined });
  });

  it("is bypassed with AWS_PAGER='', even when PAGER and cli_pager are set", async () => {
    const r = await run([...CALL, ...STATUS], { env: { AWS_PAGER: '', PAGER: '{capture}' }, config: '[default]\ncli_pager = {capture}\n' });
    expect(r).toMatchObject({ code: 0, stdout: onTerminal(STATUS_JSON), paged: undefined });
  });

  it('is bypassed for a blank AWS_PAGER', async () => {
    const r = await run([...CALL, ...STATUS], { env: { AWS_PAGER: '  ' } });
    expect(r).toMatchObject({ code: 0, stdout: onTerminal(STATUS_JSON), paged: undefined });
  });

  it('comes from PAGER, then cli_pager over PAGER, then AWS_PAGER over both', async () => {
    expect(await run([...CALL, ...STATUS], { env: { AWS_PAGER: null, PAGER: '{capture}' } })).toMatchObject({ code: 0, stdout: '', paged: STATUS_JSON });
    expect(
      await run([...CALL, ...STATUS], { env: { AWS_PAGER: null, PAGER: 'nosuchpager' }, config: '[default]\ncli_pager = {capture}\n' }),
    ).toMatchObject({ code: 0, stdout: '', paged: STATUS_JSON });
    expect(await run([...CALL, ...STATUS], { config: '[default]\ncli_pager = nosuchpager\n' })).toMatchObject({ code: 0, stdout: '', paged: STATUS_JSON });
  });

  it('keeps the LESS the user set', async () => {
    expect(await run([...CALL, ...STATUS], { env: { LESS: '' } })).toMatchObject({ paged: STATUS_JSON, pagerLess: '\n' });
    expect(await run([...CALL, ...STATUS], { env: { LESS: '-i' } })).toMatchObject({ paged: STATUS_JSON, pagerLess: '-i\n' });
  });

  it('reports a missing pager program with exit 253 after the call', async () => {
    const r = await run([...CALL, ...STATUS], { env: { AWS_PAGER: 'nosuchpager -R' } });
    expect(r).toMatchObject({ code: 253, stdout: onTerminal(PAGER_ERROR), requests: 1 });
  });

  it('is not needed for output that is empty', async () => {
    const r = await run(CALL, { env: { AWS_PAGER: 'nosuchpager' }, responses: [ok({})] });
    expect(r).toMatchObject({ code: 0, stdout: '', requests: 1 });
  });

  it('does not take error messages or skeletons', async () => {
    const failed = await run(CALL, { responses: [serviceError('InvalidDocument', 'no such document')] });
    expect(failed).toMatchObject({
      code: 254,
      stdout: onTerminal('\nAn error occurred (InvalidDocument) when calling the UpdateAssociationStatus operation: no such document\n'),
      paged: undefined,
    });
    const skeleton = await run(['update-association-status', '--generate-cli-skeleton']);
    expect(skeleton.code).toBe(0);
    expect(skeleton.paged).toBeUndefined();
    expect(skeleton.stdout).toMatch(/^\{\r\n {4}"Name": "",\r\n/);
  });

  it('may stop reading early', async () => {
    const r = await run(CALL, { env: { AWS_PAGER: 'true' } });
    expect(r).toMatchObject({ code: 0, stdout: '', requests: 1 });
  });
});

describe('--color auto', () => {
  const TABLE = [...CALL, ...STATUS, '--output', 'table'];

  it('colours tables on a terminal, as the reference does', async () => {
    const r = await run([...TABLE, '--color', 'auto'], { env: { AWS_PAGER: '' } });
    expect(r).toMatchObject({ code: 0, stdout: TERMINAL_COLOR_TABLE });
    // auto is the default
    expect(await run(TABLE, { env: { AWS_PAGER: '' } })).toMatchObject({ code: 0, stdout: TERMINAL_COLOR_TABLE });
  });

  it('does not colour when piped', async () => {
    const r = await run([...TABLE, '--color', 'auto'], { terminal: false });
    expect(r).toMatchObject({ code: 0, stdout: PIPED_TABLE, stderr: '', paged: undefined });
  });

  it('does not colour on a terminal when NO_COLOR is set', async () => {
    const r = await run([...TABLE, '--color', 'auto'], { env: { AWS_PAGER: '', NO_COLOR: '1' } });
    expect(r).toMatchObject({ code: 0, stdout: onTerminal(PLAIN_TABLE) });
  });

  it("colours a paged table without colorama's per-write resets", async () => {
    const r = await run(TABLE);
    expect(r).toMatchObject({ code: 0, stdout: R, paged: PAGED_COLOR_TABLE });
  });

  it('leaves json on a terminal plain even with --color on', async () => {
    const r = await run([...CALL, ...STATUS, '--color', 'on'], { env: { AWS_PAGER: '' } });
    expect(r).toMatchObject({ code: 0, stdout: onTerminal(STATUS_JSON) });
  });
});
