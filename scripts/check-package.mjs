#!/usr/bin/env node
// The package check (.ci/run, after the tests): packs the project (prepack builds afresh),
// installs the tarball into a temporary prefix from an empty folder, and with only that prefix's
// bin/ and node on PATH runs the installed copy: --version, help, the command's help, `man
// ssm-assoc`, and one real call against `ssm-assoc local-endpoint` started from the install; then
// `npx --package TARBALL ssm-assoc --version`. Also checks what the tarball holds: what runs,
// README, LICENSE, CHANGELOG and the notices; no tests, sources, build scripts or fixtures; no
// dependencies in its package.json. Every process gets a throwaway HOME and AWS config files and
// AWS_EC2_METADATA_DISABLED=true; nothing leaves 127.0.0.1 but npm (and npm only to its cache).
// Exits 0 when all is well, 1 with the first failure otherwise.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { packAndInstall } from './pack-install.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REQUIRED_FILES = [
  'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'bin/ssm-assoc', 'bin/package.json',
  'dist/launch.cjs', 'dist/ssm-assoc.cjs', 'dist/ssm-assoc.cjs.cache', 'dist/local-endpoint.mjs', 'dist/ssm-assoc.1', 'dist/THIRD-PARTY-NOTICES.txt',
];
const FORBIDDEN = /^(test|src|scripts|examples|\.github|\.ci|node_modules)\/|fixtures|\.ts$/;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs the installed ssm-assoc; resolves with its exit code and output. */
function run(file, args, env, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-package-'));
  try {
    const installed = packAndInstall({ root, work });
    for (const file of REQUIRED_FILES) check(installed.files.includes(file), `the tarball lacks ${file}`);
    const stray = installed.files.filter((file) => FORBIDDEN.test(file));
    check(stray.length === 0, `the tarball holds what does not run: ${stray.join(', ')}`);
    const manifest = JSON.parse(execFileSync('tar', ['-xOzf', installed.tarball, 'package/package.json'], { encoding: 'utf8' }));
    check(manifest.dependencies === undefined, `package.json has dependencies: ${JSON.stringify(manifest.dependencies)}`);

    const home = path.join(work, 'home');
    fs.mkdirSync(home);
    const env = {
      PATH: installed.path,
      HOME: home,
      LANG: 'C.UTF-8',
      AWS_CONFIG_FILE: path.join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_PAGER: '',
    };
    const cwd = installed.elsewhere;
    const expectRun = async (args, test, what) => {
      const result = await run('ssm-assoc', args, env, cwd).catch((error) => ({ code: -1, stdout: '', stderr: error.message }));
      check(result.code === 0 && result.stderr === '' && test(result.stdout), `ssm-assoc ${args.join(' ')}: ${what}; got exit ${result.code}, stdout ${JSON.stringify(result.stdout.slice(0, 200))}, stderr ${JSON.stringify(result.stderr)}`);
      return result.stdout;
    };
    await expectRun(['--version'], (out) => out.startsWith(`ssm-assoc/${manifest.version} Node.js/`), 'expected the version line');
    await expectRun(['help'], (out) => out.includes('o local-endpoint'), 'expected the command list with local-endpoint');
    await expectRun(['update-association-status', 'help'], (out) => out.includes('--association-status'), 'expected the manual page');

    // man-db finds PREFIX/share/man from PREFIX/bin on PATH, as after `npm i -g`.
    if (spawnSync('man', ['--version'], { stdio: 'ignore' }).status === 0) {
      const man = spawnSync('man', ['-w', 'ssm-assoc'], { env: { ...env, PATH: `${installed.path}${path.delimiter}/usr/bin${path.delimiter}/bin`, MANPATH: '' }, encoding: 'utf8' });
      check(man.status === 0 && fs.realpathSync(man.stdout.trim()) === fs.realpathSync(path.join(installed.prefix, 'share', 'man', 'man1', 'ssm-assoc.1')), `man -w ssm-assoc: ${man.stdout}${man.stderr}`);
    }

    // The README's quick start, from the install.
    const endpoint = spawn('ssm-assoc', ['local-endpoint', '--port', '0', '--association', 'AWS-UpdateSSMAgent:i-1234567890abcdef0'], { env, cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    const stopped = new Promise((resolve) => endpoint.on('exit', (code) => resolve(code)));
    try {
      const banner = await new Promise((resolve, reject) => {
        readline.createInterface({ input: endpoint.stdout }).once('line', resolve);
        endpoint.once('exit', (code) => reject(new Error(`ssm-assoc local-endpoint exited with ${code} before listening`)));
      });
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(banner)?.[1];
      check(url !== undefined, `ssm-assoc local-endpoint: unexpected banner ${JSON.stringify(banner)}`);
      const keys = { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
      const call = ['update-association-status', '--region', 'us-east-1', '--endpoint-url', url, '--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0',
        '--association-status', 'Date=1424421071.939,Name=Pending,Message=temp_status_change,AdditionalInfo=Additional-Config-Needed'];
      const result = await run('ssm-assoc', call, { ...env, ...keys }, cwd);
      const status = result.code === 0 ? JSON.parse(result.stdout).AssociationDescription?.Status : undefined;
      check(status?.Name === 'Pending' && status?.Message === 'temp_status_change' && result.stderr === '', `the call against the local endpoint: exit ${result.code}, ${result.stdout}${result.stderr}`);
    } finally {
      endpoint.kill('SIGTERM');
    }
    check((await stopped) === 0, 'ssm-assoc local-endpoint did not stop with exit 0 on SIGTERM');

    const npx = spawnSync('npx', ['--yes', '--package', installed.tarball, 'ssm-assoc', '--version'], {
      cwd,
      env: { ...installed.npmEnv, HOME: home, AWS_EC2_METADATA_DISABLED: 'true', AWS_CONFIG_FILE: env.AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE: env.AWS_SHARED_CREDENTIALS_FILE },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    check(npx.status === 0 && npx.stdout.startsWith(`ssm-assoc/${manifest.version} `), `npx --package TARBALL ssm-assoc --version: exit ${npx.status}, ${npx.stdout}${npx.stderr}`);

    const size = fs.statSync(installed.tarball).size;
    process.stdout.write(`package check: ok (${path.basename(installed.tarball)}, ${(size / 1024).toFixed(0)} KiB, ${installed.files.length} files; --version, help, man, local-endpoint call, npx)\n`);
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`package check: FAILED: ${error.message}\n`);
    process.exitCode = 1;
  },
);
