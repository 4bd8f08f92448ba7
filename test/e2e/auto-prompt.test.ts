// Auto-prompt in a real pseudo-terminal (test/support/pty-run.py): the dialogue is typed
// keystroke by keystroke, the values typed reach the local endpoint, Ctrl-C exits 130 and sends
// nothing, and a stdin that is no terminal is refused at once (252) instead of hanging.
//
// The dialogue runs in test/support/auto-prompt-driver.mjs, on src/cli/auto-prompt.ts bundled
// here, and the values it returns are then run by bin/ssm-assoc. Once bin/ssm-assoc itself
// prompts (`--cli-auto-prompt`), the tests marked "bin" run the whole thing through it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_ACCESS_KEY_ID,
  DEFAULT_SECRET_ACCESS_KEY,
  type LocalEndpoint,
} from '../../src/local-endpoint/index.js';
import { startSeededEndpoint } from '../support/seeded-endpoint.js';
import { notATerminal } from '../../src/cli/auto-prompt.js';
import { operationNamed } from '../../src/model/operations.js';

const UAS = operationNamed('UpdateAssociationStatus');

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'ssm-assoc');
const ptyRun = path.join(root, 'test', 'support', 'pty-run.py');
const driver = path.join(root, 'test', 'support', 'auto-prompt-driver.mjs');
const hasPython = spawnSync('python3', ['-c', 'import pty'], { stdio: 'ignore' }).status === 0;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-prompt-'));
const bundle = path.join(work, 'auto-prompt.mjs');
beforeAll(async () => {
  await build({
    // The dialogue and the operation it asks for (the driver names it).
    stdin: {
      contents: "export * from './src/cli/auto-prompt.ts'; export { operationNamed } from './src/model/operations.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'silent',
  });
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const endpoints: LocalEndpoint[] = [];
afterEach(async () => {
  await Promise.all(endpoints.splice(0).map((e) => e.close()));
});
async function endpoint(): Promise<LocalEndpoint> {
  const started = await startSeededEndpoint();
  endpoints.push(started);
  return started;
}

/** A throwaway HOME and AWS files, no metadata service, the local endpoint's credentials. */
function environment(extra: Record<string, string> = {}): Record<string, string> {
  const home = fs.mkdtempSync(path.join(work, 'home-'));
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    TZ: 'UTC',
    TERM: 'xterm',
    HOME: home,
    AWS_CONFIG_FILE: path.join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: DEFAULT_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: DEFAULT_SECRET_ACCESS_KEY,
    AWS_DEFAULT_REGION: 'us-east-1',
    // stdout is the terminal here: without this the response would go to less.
    AWS_PAGER: '',
    ...extra,
  };
}

interface PtyResult {
  exitCode: number;
  transcript: string;
  error: string | null;
}

/** Runs argv in a pseudo-terminal, answering each expected text with its keys. */
function inPty(steps: Array<[string, string]>, argv: string[], env = environment()): Promise<PtyResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [ptyRun, JSON.stringify(steps), '--', ...argv], { env: { ...env, PTY_RUN_TIMEOUT: '20' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`pty-run failed (${code}): ${stderr}`));
      else resolve(JSON.parse(stdout) as PtyResult);
    });
  });
}

function run(args: string[], env: Record<string, string>, stdin: 'pipe' | 'ignore' = 'ignore'): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(args[0]!, args.slice(1), { env, stdio: [stdin, 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (stdin === 'pipe') child.stdin!.end();
  });
}

/** The terminal's text without cursor movements and carriage returns. */
const plain = (transcript: string): string => transcript.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');

function resultOf(transcript: string): { name: string; instanceId: string; associationStatus: string; commandLine: string } {
  const line = plain(transcript)
    .split('\n')
    .find((l) => l.startsWith('RESULT '));
  if (line === undefined) throw new Error(`no RESULT in:\n${plain(transcript)}`);
  return JSON.parse(line.slice('RESULT '.length));
}

const TYPED: Array<[string, string]> = [
  ['--name: ', 'AWS-UpdateSSMAgent\r'],
  ['--instance-id: ', 'i-1234567890abcdef0\r'],
  ['Date [2024-05-06T07:08:09Z]: ', '2015-02-20T08:31:11Z\r'],
  ['Name: ', '3\r'],
  ['Message: ', 'disk full, retrying\r'],
  ['AdditionalInfo: ', "it's fine\r"],
];

describe.skipIf(!hasPython)('auto-prompt in a terminal (driver)', () => {
  it('asks each parameter with its documentation; the typed values reach the endpoint', async () => {
    const result = await inPty(TYPED, ['node', driver, bundle, '{}']);
    expect(result.error).toBeNull();
    expect(result.exitCode).toBe(0);
    const screen = plain(result.transcript);
    expect(screen).toContain('--name (required): The name of the SSM document.\n');
    expect(screen).toContain('--instance-id (required): The managed node ID.\n');
    expect(screen).toContain('Name (required): The status. Choose 1) Pending  2) Success  3) Failed');
    const prompted = resultOf(result.transcript);
    expect(prompted).toEqual({
      name: 'AWS-UpdateSSMAgent',
      instanceId: 'i-1234567890abcdef0',
      associationStatus: `Date=2015-02-20T08:31:11Z,Name=Failed,Message='disk full, retrying',AdditionalInfo="it's fine"`,
      commandLine: `ssm-assoc update-association-status --name AWS-UpdateSSMAgent --instance-id i-1234567890abcdef0 --association-status 'Date=2015-02-20T08:31:11Z,Name=Failed,Message='"'"'disk full, retrying'"'"',AdditionalInfo="it'"'"'s fine"'`,
    });
    expect(screen).toContain(`\n> ${prompted.commandLine}\n`);

    const ep = await endpoint();
    const sent = await run(
      [bin, 'update-association-status', '--name', prompted.name, '--instance-id', prompted.instanceId, '--association-status', prompted.associationStatus, '--endpoint-url', ep.url],
      environment(),
    );
    expect(sent.stderr).toBe('');
    expect(sent.code).toBe(0);
    expect(ep.requests).toHaveLength(1);
    expect(ep.requests[0]!.parsedBody).toEqual({
      Name: 'AWS-UpdateSSMAgent',
      InstanceId: 'i-1234567890abcdef0',
      AssociationStatus: { Date: 1424421071, Name: 'Failed', Message: 'disk full, retrying', AdditionalInfo: "it's fine" },
    });
  });

  it('pre-fills the command-line values: Enter keeps each one', async () => {
    const current = {
      name: 'AWS-UpdateSSMAgent',
      instanceId: 'i-1234567890abcdef0',
      associationStatus: 'Date=1424421071.939,Name=Pending,Message=temp_status_change,AdditionalInfo=Additional-Config-Needed',
    };
    const result = await inPty(
      [
        ['--name [AWS-UpdateSSMAgent]: ', '\r'],
        ['--instance-id [i-1234567890abcdef0]: ', '\r'],
        ['Date [1424421071.939]: ', '\r'],
        ['Name [Pending]: ', '\r'],
        ['Message [temp_status_change]: ', '\r'],
        ['AdditionalInfo [Additional-Config-Needed]: ', '\r'],
      ],
      ['node', driver, bundle, JSON.stringify(current)],
    );
    expect(result.error).toBeNull();
    expect(result.exitCode).toBe(0);
    const { commandLine, ...values } = resultOf(result.transcript);
    expect(values).toEqual(current);
    expect(commandLine).toBe(`ssm-assoc update-association-status --name AWS-UpdateSSMAgent --instance-id i-1234567890abcdef0 --association-status Date=1424421071.939,Name=Pending,Message=temp_status_change,AdditionalInfo=Additional-Config-Needed`);
  });

  it('asks again for a date it cannot read and for a name that is no status', async () => {
    const result = await inPty(
      [
        ['--name: ', 'doc\r'],
        ['--instance-id: ', 'i-1234567890abcdef0\r'],
        ['Date [2024-05-06T07:08:09Z]: ', 'yesterday\r'],
        ['Not a timestamp: yesterday.', ''],
        ['Date [2024-05-06T07:08:09Z]: ', '\r'],
        ['Name: ', 'Done\r'],
        ['Choose one of Pending, Success, Failed.', ''],
        // Tab completes a status name (keys sent one at a time: readline takes a chunk of
        // several keys for a paste and does not complete in it).
        ['Name: ', 'succ'],
        ['succ', '\t'],
        ['Success', '\r'],
        ['Message: ', '\r'],
        ['A value is required.', ''],
        ['Message: ', 'ok\r'],
        ['AdditionalInfo: ', '\r'],
      ],
      ['node', driver, bundle, '{}'],
    );
    expect(result.error).toBeNull();
    expect(resultOf(result.transcript).associationStatus).toBe('Date=2024-05-06T07:08:09Z,Name=Success,Message=ok');
  });

  it('Ctrl-C exits 130 and returns nothing', async () => {
    const result = await inPty(
      [
        ['--name: ', 'AWS-UpdateSSMAgent\r'],
        ['--instance-id: ', '\u0003'],
      ],
      ['node', driver, bundle, '{}'],
    );
    expect(result.error).toBeNull();
    expect(result.exitCode).toBe(130);
    expect(plain(result.transcript)).not.toContain('RESULT');
    expect(plain(result.transcript)).not.toContain('> ssm-assoc');
  });

  it('Ctrl-D (end of input) cancels as Ctrl-C does', async () => {
    const result = await inPty([['--name: ', '\u0004']], ['node', driver, bundle, '{}']);
    expect(result.error).toBeNull();
    expect(result.exitCode).toBe(130);
  });
});

describe('auto-prompt without a terminal (driver)', () => {
  it('exits 252 at once with a clear message instead of waiting for input', async () => {
    const result = await run(['node', driver, bundle, '{}'], environment(), 'pipe');
    expect(result).toEqual({ code: 252, stdout: '', stderr: `\n${notATerminal(UAS)}\n` });
  });
});

// Whether bin/ssm-assoc prompts yet: with auto-prompt on and no terminal it refuses with the
// module's message.
function binPrompts(): boolean {
  const env = environment({ AWS_CLI_AUTO_PROMPT: 'on' });
  const probe = spawnSync(bin, ['update-association-status', '--name', 'x', '--instance-id', 'i-1234567890abcdef0', '--association-status', 'Date=1,Name=Pending,Message=m', '--endpoint-url', 'http://127.0.0.1:9'], {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    input: '',
    encoding: 'utf8',
    timeout: 20000,
  });
  return probe.status === 252 && probe.stderr.includes(notATerminal(UAS));
}
const wired = fs.existsSync(path.join(root, 'dist', 'ssm-assoc.cjs')) && binPrompts();

describe.skipIf(!hasPython || !wired)('auto-prompt in a terminal (bin)', () => {
  it('--cli-auto-prompt: the typed values reach the endpoint', async () => {
    const ep = await endpoint();
    // The Date default is the real clock's here.
    const typed = TYPED.map(([expected, keys]): [string, string] => [expected.startsWith('Date [') ? 'Date [' : expected, keys]);
    const result = await inPty(typed, [bin, 'update-association-status', '--cli-auto-prompt', '--endpoint-url', ep.url]);
    expect(result.error).toBeNull();
    expect(result.exitCode).toBe(0);
    expect(ep.requests).toHaveLength(1);
    expect(ep.requests[0]!.parsedBody).toEqual({
      Name: 'AWS-UpdateSSMAgent',
      InstanceId: 'i-1234567890abcdef0',
      AssociationStatus: { Date: 1424421071, Name: 'Failed', Message: 'disk full, retrying', AdditionalInfo: "it's fine" },
    });
  });

  it('AWS_CLI_AUTO_PROMPT=on-partial prompts when a required parameter is missing', async () => {
    const ep = await endpoint();
    const result = await inPty(
      [
        ['--name [AWS-UpdateSSMAgent]: ', '\r'],
        ['--instance-id: ', 'i-1234567890abcdef0\r'],
        ['Date [', '2015-02-20T08:31:11Z\r'],
        ['Name: ', 'Failed\r'],
        ['Message: ', 'm\r'],
        ['AdditionalInfo: ', '\r'],
      ],
      [bin, 'update-association-status', '--name', 'AWS-UpdateSSMAgent', '--endpoint-url', ep.url],
      environment({ AWS_CLI_AUTO_PROMPT: 'on-partial' }),
    );
    expect(result.error).toBeNull();
    expect(result.exitCode).toBe(0);
    expect(ep.requests.map((r) => r.parsedBody)).toEqual([
      { Name: 'AWS-UpdateSSMAgent', InstanceId: 'i-1234567890abcdef0', AssociationStatus: { Date: 1424421071, Name: 'Failed', Message: 'm' } },
    ]);
  });

  it('Ctrl-C exits 130 and sends nothing', async () => {
    const ep = await endpoint();
    const result = await inPty(
      [
        ['--name: ', 'AWS-UpdateSSMAgent\r'],
        ['--instance-id: ', '\u0003'],
      ],
      [bin, 'update-association-status', '--cli-auto-prompt', '--endpoint-url', ep.url],
    );
    expect(result.error).toBeNull();
    expect(result.exitCode).toBe(130);
    expect(ep.requests).toHaveLength(0);
  });

  it('--no-cli-auto-prompt wins over AWS_CLI_AUTO_PROMPT=on', async () => {
    const ep = await endpoint();
    const result = await run(
      [bin, 'update-association-status', '--no-cli-auto-prompt', '--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0', '--association-status', 'Date=1,Name=Failed,Message=m', '--endpoint-url', ep.url],
      environment({ AWS_CLI_AUTO_PROMPT: 'on' }),
    );
    expect(result.code).toBe(0);
    expect(ep.requests).toHaveLength(1);
  });
});
