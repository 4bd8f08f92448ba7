// bin/ssm-assoc's launcher (src/launcher/launch.cts, built to dist/launch.cjs): the fast answers, and the
// CLI bundle loaded with the build's code cache, which must never change what a call does.
// Each case works on a copy of dist/ in a temporary directory, so the real build stays intact.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startScriptedEndpoint } from '../support/scripted-endpoint.mjs';
import { sealedBinEnv } from '../support/run-bin.js';

const dist = path.resolve(import.meta.dirname, '..', '..', 'dist');
const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A copy of dist/ with its launcher, bundle and cache; `mutate` may spoil the cache. */
function distCopy(mutate?: (cacheFile: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-launch-'));
  closers.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const file of ['launch.cjs', 'ssm-assoc.cjs', 'ssm-assoc.cjs.cache']) fs.copyFileSync(path.join(dist, file), path.join(dir, file));
  mutate?.(path.join(dir, 'ssm-assoc.cjs.cache'));
  return dir;
}

function node(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['-e', script, ...args], { encoding: 'utf8', env });
}

/** What loadCli reports about the code cache of the dist/ copy in `dir`. */
function codeCacheUse(dir: string): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-launch-home-'));
  closers.push(() => fs.rmSync(home, { recursive: true, force: true }));
  const result = node('process.stdout.write(require(process.argv[1]).loadCli().codeCache)', [path.join(dir, 'launch.cjs')], sealedBinEnv(home));
  expect(result.stderr).toBe('');
  return result.stdout;
}

const KEYS = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_DEFAULT_REGION: 'us-east-1' };
const CALL = ['update-association-status', '--name', 'doc', '--instance-id', 'i-1', '--association-status', 'Date=1,Name=Pending,Message=m'];
const BODY = '{"AssociationDescription":{"Name":"doc","InstanceId":"i-1","Status":{"Date":1,"Name":"Pending","Message":"m"}}}';
const PRINTED =
  '{\n    "AssociationDescription": {\n        "Name": "doc",\n        "InstanceId": "i-1",\n        "Status": {\n' +
  '            "Date": "1970-01-01T00:00:01+00:00",\n            "Name": "Pending",\n            "Message": "m"\n        }\n    }\n}\n';

/** One full call through the launcher in `dir`: what it printed and what reached the endpoint. */
async function callThrough(dir: string) {
  const endpoint = await startScriptedEndpoint([{ status: 200, body: BODY }]);
  closers.push(() => endpoint.close());
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-launch-home-'));
  closers.push(() => fs.rmSync(home, { recursive: true, force: true }));
  const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['-e', 'require(process.argv[1]).launch(process.argv.slice(2))', path.join(dir, 'launch.cjs'), ...CALL, '--endpoint-url', endpoint.url], {
      env: { ...sealedBinEnv(home), ...KEYS },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  return { ...result, requests: endpoint.requests.length };
}

describe('the code cache', () => {
  it('is used as the build recorded it', () => {
    expect(codeCacheUse(distCopy())).toBe('used');
  });

  it('made for another bundle is not given to V8 at all', () => {
    const dir = distCopy((cache) => {
      const bytes = fs.readFileSync(cache);
      bytes.write('0'.repeat(64), 0, 'latin1');
      fs.writeFileSync(cache, bytes);
    });
    expect(codeCacheUse(dir)).toBe('other-bundle');
  });

  it('damaged behind a matching id is refused by V8', () => {
    const dir = distCopy((cache) => {
      const bytes = fs.readFileSync(cache);
      fs.writeFileSync(cache, Buffer.concat([bytes.subarray(0, 65), Buffer.alloc(4096, 0x5a)]));
    });
    expect(codeCacheUse(dir)).toBe('refused');
  });

  it('missing is no error', () => {
    expect(codeCacheUse(distCopy((cache) => fs.rmSync(cache)))).toBe('absent');
  });

  it.each([
    ['recorded', undefined],
    ['missing', (cache: string) => fs.rmSync(cache)],
    ['damaged', (cache: string) => fs.writeFileSync(cache, Buffer.concat([fs.readFileSync(cache).subarray(0, 65), Buffer.alloc(64, 1)]))],
  ])('%s: the call prints the same bytes and sends one request', async (_, mutate) => {
    const result = await callThrough(distCopy(mutate));
    expect(result).toEqual({ status: 0, stdout: PRINTED, stderr: '', requests: 1 });
  });
});

describe("the user's code cache, where V8 refuses the shipped one", () => {
  // A V8 flag changes the flag hash in V8's cache header, as another Node.js version does.
  const OTHER_V8 = '--max-semi-space-size=32';

  function tempDir(prefix: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    closers.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  /** Loads the CLI of `dir` under OTHER_V8 and reports the cache's use (the process then exits). */
  function useUnderOtherV8(dir: string, home: string, env: Record<string, string> = {}) {
    const script = 'process.stdout.write(require(process.argv[1]).loadCli().codeCache)';
    return spawnSync(process.execPath, [OTHER_V8, '-e', script, path.join(dir, 'launch.cjs')], { encoding: 'utf8', env: { ...sealedBinEnv(home), ...env } });
  }

  function runNode(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, args, { env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  }

  const cacheFiles = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder) : []);
  const bundleId = (dir: string) => fs.readFileSync(path.join(dir, 'ssm-assoc.cjs'), 'utf8').slice('// ssm-assoc bundle '.length, '// ssm-assoc bundle '.length + 64);

  it('is recorded in $XDG_CACHE_HOME/ssm-assoc/ by the first run, keyed by bundle and Node.js version, and used by the next', () => {
    const dir = distCopy();
    const home = tempDir('ssm-assoc-launch-home-');
    const xdg = tempDir('ssm-assoc-launch-xdg-');
    const folder = path.join(xdg, 'ssm-assoc');
    expect(useUnderOtherV8(dir, home, { XDG_CACHE_HOME: xdg })).toMatchObject({ status: 0, stdout: 'refused', stderr: '' });
    expect(cacheFiles(folder)).toEqual([`${bundleId(dir)}-node-${process.version}-${process.arch}.cache`]);
    const recorded = fs.readFileSync(path.join(folder, cacheFiles(folder)[0]!));
    expect(recorded.toString('latin1', 0, 65)).toBe(`${bundleId(dir)}\n`);
    expect(useUnderOtherV8(dir, home, { XDG_CACHE_HOME: xdg })).toMatchObject({ status: 0, stdout: 'used', stderr: '' });
    // Used, so not written again.
    expect(fs.readFileSync(path.join(folder, cacheFiles(folder)[0]!)).equals(recorded)).toBe(true);
    expect(cacheFiles(path.join(home, '.cache'))).toEqual([]);
  });

  it('goes to ~/.cache/ssm-assoc/ without XDG_CACHE_HOME, or with a relative one', () => {
    const dir = distCopy();
    for (const env of [{}, { XDG_CACHE_HOME: 'relative/cache' }] as Array<Record<string, string>>) {
      const home = tempDir('ssm-assoc-launch-home-');
      expect(useUnderOtherV8(dir, home, env)).toMatchObject({ status: 0, stdout: 'refused', stderr: '' });
      expect(cacheFiles(path.join(home, '.cache', 'ssm-assoc'))).toHaveLength(1);
      expect(useUnderOtherV8(dir, home, env)).toMatchObject({ status: 0, stdout: 'used', stderr: '' });
    }
  });

  it('is not written where the shipped cache is used', () => {
    const home = tempDir('ssm-assoc-launch-home-');
    expect(spawnSync(process.execPath, ['-e', 'process.stdout.write(require(process.argv[1]).loadCli().codeCache)', path.join(distCopy(), 'launch.cjs')], { encoding: 'utf8', env: sealedBinEnv(home) }).stdout).toBe('used');
    expect(fs.existsSync(path.join(home, '.cache'))).toBe(false);
  });

  it('an unwritable cache folder costs only the compile: same bytes, nothing on stderr', async () => {
    const dir = distCopy();
    const home = tempDir('ssm-assoc-launch-home-');
    const blocker = path.join(home, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    const endpoint = await startScriptedEndpoint([{ status: 200, body: BODY }]);
    closers.push(() => endpoint.close());
    // Not spawnSync: the endpoint answers from this process's event loop.
    const call = await runNode([OTHER_V8, '-e', 'require(process.argv[1]).launch(process.argv.slice(2))', path.join(dir, 'launch.cjs'), ...CALL, '--endpoint-url', endpoint.url], {
      ...sealedBinEnv(home),
      ...KEYS,
      XDG_CACHE_HOME: blocker,
    });
    expect(call).toEqual({ status: 0, stdout: PRINTED, stderr: '' });
    expect(endpoint.requests).toHaveLength(1);
    expect(useUnderOtherV8(dir, home, { XDG_CACHE_HOME: blocker })).toMatchObject({ status: 0, stdout: 'refused', stderr: '' });
  });

  it('concurrent first runs all succeed and leave one whole cache, no temporary files', async () => {
    const dir = distCopy();
    const home = tempDir('ssm-assoc-launch-home-');
    const xdg = tempDir('ssm-assoc-launch-xdg-');
    const script = 'process.stdout.write(require(process.argv[1]).loadCli().codeCache)';
    const runs = await Promise.all(Array.from({ length: 4 }, () => runNode([OTHER_V8, '-e', script, path.join(dir, 'launch.cjs')], { ...sealedBinEnv(home), XDG_CACHE_HOME: xdg })));
    for (const run of runs) expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(cacheFiles(path.join(xdg, 'ssm-assoc'))).toEqual([`${bundleId(dir)}-node-${process.version}-${process.arch}.cache`]);
    expect(useUnderOtherV8(dir, home, { XDG_CACHE_HOME: xdg })).toMatchObject({ status: 0, stdout: 'used', stderr: '' });
  });
});

describe('an incomplete build', () => {
  it('without the bundle: a clear message and 255', () => {
    const dir = distCopy();
    fs.rmSync(path.join(dir, 'ssm-assoc.cjs'));
    const result = node('require(process.argv[1]).launch(process.argv.slice(2))', [path.join(dir, 'launch.cjs'), ...CALL], sealedBinEnv(os.tmpdir()));
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 255,
      stdout: '',
      stderr: `ssm-assoc is not built: ${path.join(dir, 'ssm-assoc.cjs')} is missing; run npm run build (npm ci does) in ${path.dirname(dir)}\n`,
    });
  });

  it('without dist/ at all: bin/ssm-assoc says so and exits 255', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-unbuilt-'));
    closers.push(() => fs.rmSync(root, { recursive: true, force: true }));
    fs.mkdirSync(path.join(root, 'bin'));
    for (const file of ['ssm-assoc', 'package.json']) fs.copyFileSync(path.resolve(dist, '..', 'bin', file), path.join(root, 'bin', file));
    const result = spawnSync(process.execPath, [path.join(root, 'bin', 'ssm-assoc'), '--version'], { encoding: 'utf8', env: sealedBinEnv(os.tmpdir()) });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 255,
      stdout: '',
      stderr: `ssm-assoc is not built: ${path.join(root, 'dist', 'launch.cjs')} is missing; run npm run build (npm ci does) in ${root}\n`,
    });
  });
});

describe('built-in modules', () => {
  it('a call to an http endpoint loads none of those it does not use', async () => {
    const endpoint = await startScriptedEndpoint([{ status: 200, body: BODY }]);
    closers.push(() => endpoint.close());
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-launch-home-'));
    closers.push(() => fs.rmSync(home, { recursive: true, force: true }));
    const script =
      "process.on('exit', () => require('fs').writeSync(2, process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).join('\\n') + '\\n'));" +
      'require(process.argv[1]).launch(process.argv.slice(2))';
    const result = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['-e', script, path.join(dist, 'launch.cjs'), ...CALL, '--endpoint-url', endpoint.url], { env: { ...sealedBinEnv(home), ...KEYS } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', () => resolve({ stdout, stderr }));
    });
    expect(result.stdout).toBe(PRINTED);
    const loaded = new Set(result.stderr.trim().split('\n').map((line) => line.replace('NativeModule ', '')));
    expect(loaded.has('http')).toBe(true);
    // https (and with it tls) is loaded anyway: the SDK's request handler always makes an https agent.
    expect(['http2', 'child_process', 'readline', 'zlib', 'dgram', 'assert', 'v8', 'fs/promises'].filter((name) => loaded.has(name))).toEqual([]);
  });
});

describe('fast answers', () => {
  it('the input skeleton equals what the full CLI prints', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-launch-home-'));
    closers.push(() => fs.rmSync(home, { recursive: true, force: true }));
    const launcher = path.join(dist, 'launch.cjs');
    for (const value of [[], ['input'], ['yaml-input']]) {
      const args = ['update-association-status', '--generate-cli-skeleton', ...value];
      const fast = node('require(process.argv[1]).launch(process.argv.slice(2))', [launcher, ...args], sealedBinEnv(home));
      const full = node('require(process.argv[1]).loadCli().cli.startCli(process.argv.slice(2))', [launcher, ...args], sealedBinEnv(home));
      expect(fast.status).toBe(0);
      expect(fast.stdout).toContain('AssociationStatus');
      expect(fast.stdout).toBe(full.stdout);
    }
  });

  it.skipIf(!fs.existsSync('/dev/full'))('output that cannot be written is an error (> /dev/full)', () => {
    const result = spawnSync('bash', ['-c', `"${path.resolve(dist, '..', 'bin', 'ssm-assoc')}" --version > /dev/full`], { encoding: 'utf8', env: sealedBinEnv(os.tmpdir()) });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 255, stdout: '', stderr: '[Errno 28] No space left on device\n' });
  });

  it('a closed pipe ends the answer quietly (| head -c 1)', () => {
    const result = spawnSync('bash', ['-c', `"${path.resolve(dist, '..', 'bin', 'ssm-assoc')}" update-association-status --generate-cli-skeleton | head -c 1; echo " status=\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
      env: sealedBinEnv(os.tmpdir()),
    });
    expect({ stdout: result.stdout, stderr: result.stderr }).toEqual({ stdout: '{ status=0\n', stderr: '' });
  });
});
