// `ssm-assoc local-endpoint`: the embedded endpoint started through the CLI, as an installed copy
// runs it. In-process for its exit codes and messages; through bin/ssm-assoc for a real call
// against it and a clean stop on SIGTERM.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { localEndpointHelp, runLocalEndpoint } from '../../src/commands/local-endpoint.js';
import { USAGE } from '../../src/local-endpoint/cli.js';
import { DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY } from '../../src/local-endpoint/index.js';
import { bin, runBin, sealedBinEnv } from '../support/run-bin.js';

const noSignals = { once: () => undefined, removeListener: () => undefined };

async function runInProcess(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runLocalEndpoint(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), signals: noSignals });
  return { code, stdout, stderr };
}

describe('runLocalEndpoint', () => {
  it('prints the endpoint help under the name ssm-assoc local-endpoint', async () => {
    const expected = USAGE.replace('Usage: local-endpoint [options]', 'Usage: ssm-assoc local-endpoint [options]');
    expect(expected).not.toBe(USAGE);
    expect(await runInProcess(['--help'])).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect(await localEndpointHelp()).toBe(expected);
  });

  it('exits 252 for a flag it does not know, naming itself', async () => {
    expect(await runInProcess(['--bogus'])).toEqual({
      code: 252,
      stdout: '',
      stderr: "ssm-assoc local-endpoint: error: Unknown option '--bogus'\nRun 'ssm-assoc local-endpoint --help' for usage.\n",
    });
    expect((await runInProcess(['--port', 'x'])).code).toBe(252);
  });

  it('exits 255 when it cannot start', async () => {
    const result = await runInProcess(['--seed', path.join(os.tmpdir(), 'ssm-assoc-no-such-seed.json')]);
    expect(result.code).toBe(255);
    expect(result.stderr).toMatch(/^ssm-assoc local-endpoint: error: .*ssm-assoc-no-such-seed\.json/);
  });
});

describe('bin/ssm-assoc local-endpoint', () => {
  it('serves a real call, then stops on SIGTERM with exit 0', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-local-endpoint-'));
    const child = spawn(bin, ['local-endpoint', '--port', '0', '--association', 'AWS-UpdateSSMAgent:i-1234567890abcdef0'], {
      env: sealedBinEnv(home),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const banner = await new Promise<string>((resolve) => readline.createInterface({ input: child.stdout }).once('line', resolve));
      const url = /^ssm-assoc local endpoint listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(banner)?.[1];
      expect(url).toBeDefined();
      const call = await runBin(
        ['update-association-status', '--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0', '--association-status', 'Date=1424421071,Name=Pending,Message=hi', '--endpoint-url', url!],
        { env: { AWS_ACCESS_KEY_ID: DEFAULT_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: DEFAULT_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION: 'us-east-1' } },
      );
      expect(call.stderr).toBe('');
      expect(call.code).toBe(0);
      const description = JSON.parse(call.stdout).AssociationDescription;
      expect([description.Name, description.InstanceId, description.Status]).toEqual([
        'AWS-UpdateSSMAgent',
        'i-1234567890abcdef0',
        { Date: '2015-02-20T08:31:11+00:00', Name: 'Pending', Message: 'hi' },
      ]);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('refuses global options before it (usage, 252)', async () => {
    const result = await runBin(['--debug', 'local-endpoint', '--port', '0']);
    expect(result.code).toBe(252);
    expect(result.stderr).toMatch(/\nssm-assoc: error: local-endpoint takes no global options and must come first: ssm-assoc local-endpoint \[flags\]\n\n$/);
  });
});
