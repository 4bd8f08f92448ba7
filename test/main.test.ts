// The process edge: signals and closed pipes end the process the way a shell user expects.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startScriptedEndpoint } from './support/scripted-endpoint.mjs';
import { bin, runBin, sealedBinEnv } from './support/run-bin.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const KEYS = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_DEFAULT_REGION: 'us-east-1' };
const CALL = ['update-association-status', '--name', 'doc', '--instance-id', 'i-1', '--association-status', 'Date=1,Name=Pending,Message=m'];

describe('the process edge', () => {
  it('exits 130 on SIGINT during a call, printing a newline as the reference does', async () => {
    const endpoint = await startScriptedEndpoint([{ action: 'stall' }]);
    closers.push(() => endpoint.close());
    let signalled = false;
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-sigint-'));
      const child = spawn(bin, [...CALL, '--endpoint-url', endpoint.url], { env: { ...sealedBinEnv(home), ...KEYS } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const poll = setInterval(() => {
        if (!signalled && endpoint.requests.length > 0) {
          signalled = true;
          child.kill('SIGINT');
        }
      }, 20);
      child.on('close', (code) => {
        clearInterval(poll);
        resolve({ code, stdout, stderr });
      });
    });
    expect(signalled).toBe(true);
    expect(result).toEqual({ code: 130, stdout: '\n', stderr: '' });
  });

  it.skipIf(!fs.existsSync('/dev/full'))('reports output that cannot be written (> /dev/full) and exits 255', async () => {
    const endpoint = await startScriptedEndpoint([{ status: 200, body: '{"AssociationDescription": {"Name": "doc"}}' }]);
    closers.push(() => endpoint.close());
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-full-'));
    const shell = `"${bin}" ${CALL.map((w) => `'${w}'`).join(' ')} --endpoint-url ${endpoint.url} > /dev/full`;
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn('bash', ['-c', shell], { env: { ...sealedBinEnv(home), ...KEYS } });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result).toEqual({ code: 255, stderr: '[Errno 28] No space left on device\n' });
    expect(endpoint.requests).toHaveLength(1);
  });

  it('fails with 255 when stdout is closed early (| head -c 10), as the reference does for text output', async () => {
    const body = JSON.stringify({ AssociationDescription: { Name: 'x'.repeat(200000) } });
    const endpoint = await startScriptedEndpoint([{ status: 200, body }]);
    closers.push(() => endpoint.close());
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-pipe-'));
    const shell = `"${bin}" ${CALL.map((w) => `'${w}'`).join(' ')} --endpoint-url ${endpoint.url} | head -c 10; echo " status=\${PIPESTATUS[0]}"`;
    const result = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      const child = spawn('bash', ['-c', shell], { env: { ...sealedBinEnv(home), ...KEYS } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', () => resolve({ stdout, stderr }));
    });
    // The reference exits 0 here for json output (the output is lost) and 255 for text: a closed
    // pipe is always an error here, so that `set -o pipefail` sees it.
    expect(result).toEqual({ stdout: '{\n    "Ass status=255\n', stderr: '\n[Errno 32] Broken pipe\n' });
  });

  it('prints no warning from the runtime or the SDK', async () => {
    const endpoint = await startScriptedEndpoint([{ status: 200, body: '{}' }]);
    closers.push(() => endpoint.close());
    expect(await runBin([...CALL, '--endpoint-url', endpoint.url], { env: KEYS })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
