#!/usr/bin/env node
// `npm run demo`: starts the embedded local SSM endpoint seeded with the documentation
// example's association, runs the documentation example against it with bin/ssm-assoc,
// prints what it printed, and stops the endpoint. Nothing leaves 127.0.0.1.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const accessKeyId = 'AKIAIOSFODNN7EXAMPLE';
const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const endpoint = spawn(
  process.execPath,
  [path.join(root, 'dist/local-endpoint.mjs'), '--port', '0', '--seed', path.join(root, 'examples/local-endpoint-seed.json')],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const firstLine = await new Promise((resolve, reject) => {
  readline.createInterface({ input: endpoint.stdout }).once('line', resolve);
  endpoint.once('exit', (code) => reject(new Error(`local endpoint exited with ${code}`)));
});
const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(firstLine)?.[1];
if (!url) throw new Error(`unexpected local endpoint banner: ${firstLine}`);

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-demo-'));
const args = [
  'update-association-status',
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071.939,Name=Pending,Message=temp_status_change,AdditionalInfo=Additional-Config-Needed',
  '--endpoint-url', url,
];
process.stderr.write(`$ ssm-assoc ${args.map((a) => (/[^\w@%+=:,./-]/.test(a) ? `'${a}'` : a)).join(' ')}\n`);
const cli = spawn(path.join(root, 'bin/ssm-assoc'), args, {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    PATH: process.env.PATH,
    HOME: home,
    AWS_CONFIG_FILE: path.join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: secretAccessKey,
    AWS_DEFAULT_REGION: 'us-east-1',
  },
});
const code = await new Promise((resolve) => cli.once('exit', (c) => resolve(c ?? 1)));
endpoint.kill('SIGTERM');
fs.rmSync(home, { recursive: true, force: true });
process.exitCode = code;
