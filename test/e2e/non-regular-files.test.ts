// End to end: files that are not regular files never block a signal. A FIFO named by file://,
// --cli-input-json, --ca-bundle, AWS_CONFIG_FILE or AWS_SHARED_CREDENTIALS_FILE, with no
// writer: the process must still end at once on SIGINT (130) or SIGTERM. A synchronous read,
// or a read blocked on one of libuv's pool threads, kept it alive until SIGKILL. Config files
// that are not regular files are skipped, as the reference skips them.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, sealedBinEnv } from '../support/run-bin.js';
import { startScriptedEndpoint } from '../support/scripted-endpoint.mjs';

let dir: string;
let fifo: string;
let endpoint: Awaited<ReturnType<typeof startScriptedEndpoint>>;
const OK_BODY = '{"AssociationDescription": {"Name": "AWS-UpdateSSMAgent"}}';
const ARGS = ['update-association-status', '--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0'];
const STATUS = ['--association-status', 'Date=1424421071,Name=Pending,Message=hi'];
const KEYS = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_DEFAULT_REGION: 'us-east-1' };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'non-regular-'));
  fifo = path.join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  endpoint = await startScriptedEndpoint([{ status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: OK_BODY }]);
});
afterAll(async () => {
  await endpoint.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI, sends `signal` at 500 ms, and reports the exit code and the time it took to exit. */
function signalled(args: string[], signal: NodeJS.Signals, env: Record<string, string> = {}): Promise<{ code: number | null; ms: number }> {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { cwd: dir, env: { ...sealedBinEnv(dir), ...KEYS, ...env }, stdio: 'ignore' });
    let sentAt = 0;
    const send = setTimeout(() => {
      sentAt = Date.now();
      child.kill(signal);
    }, 500);
    const guard = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.on('exit', (code) => {
      clearTimeout(send);
      clearTimeout(guard);
      resolve({ code, ms: sentAt === 0 ? -1 : Date.now() - sentAt });
    });
  });
}

describe('a FIFO without a writer', () => {
  it.each([
    ['file:// value', () => [...ARGS, '--association-status', `file://${fifo}`, '--endpoint-url', endpoint.url]],
    ['fileb:// value', () => [...ARGS, '--association-status', `fileb://${fifo}`, '--endpoint-url', endpoint.url]],
    ['--cli-input-json file://', () => ['update-association-status', '--cli-input-json', `file://${fifo}`, '--endpoint-url', endpoint.url]],
    ['--ca-bundle', () => [...ARGS, ...STATUS, '--ca-bundle', fifo, '--endpoint-url', 'https://127.0.0.1:9/']],
  ])('as a %s: SIGINT ends the process at once with 130', async (_name, args) => {
    const { code, ms } = await signalled(args(), 'SIGINT');
    expect(code).toBe(130);
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(ms).toBeLessThan(1000);
  });

  it('as a file:// value: SIGTERM ends the process at once', async () => {
    const { code, ms } = await signalled([...ARGS, '--association-status', `file://${fifo}`, '--endpoint-url', endpoint.url], 'SIGTERM');
    // 143 once SIGTERM has its own exit code (the single-call signal rules), 130 before.
    expect([130, 143]).toContain(code);
    expect(ms).toBeLessThan(1000);
  });

  it.each(['AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'])('as %s is skipped, and the call goes through', async (name) => {
    const before = endpoint.requests.length;
    const child = spawn(bin, [...ARGS, ...STATUS, '--endpoint-url', endpoint.url], {
      cwd: dir,
      env: { ...sealedBinEnv(dir), ...KEYS, [name]: fifo },
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const guard = setTimeout(() => child.kill('SIGKILL'), 5000);
    const code = await new Promise((resolve) => child.on('exit', resolve));
    clearTimeout(guard);
    expect(code).toBe(0);
    expect(stdout).toBe('{\n    "AssociationDescription": {\n        "Name": "AWS-UpdateSSMAgent"\n    }\n}\n');
    expect(endpoint.requests.length).toBe(before + 1);
  });
});
