#!/usr/bin/env node
// `npm run demo`: a short tour of the association life cycle. Starts the embedded local SSM
// endpoint seeded with the documentation example's association (examples/local-endpoint-seed.json),
// then runs bin/ssm-assoc against it: create an association, list the associations, run the
// documentation example (update-association-status, printed exactly as the reference prints it),
// update the new association and list its two versions. Each step prints its `$ ssm-assoc ...`
// line on stderr and the command's stdout; the first step that fails ends the tour with its exit
// code. The endpoint is stopped either way. Nothing leaves 127.0.0.1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalEndpointProcess } from './local-endpoint-process.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const accessKeyId = 'AKIAIOSFODNN7EXAMPLE';
const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const { child: endpoint, url } = await startLocalEndpointProcess();

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-demo-'));
const env = {
  PATH: process.env.PATH,
  HOME: home,
  AWS_CONFIG_FILE: path.join(home, 'config'),
  AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_ACCESS_KEY_ID: accessKeyId,
  AWS_SECRET_ACCESS_KEY: secretAccessKey,
  AWS_DEFAULT_REGION: 'us-east-1',
};

/** One step: shows the command line on stderr, runs it, copies its stdout; answers that stdout. */
function step(...args) {
  const line = [...args, '--endpoint-url', url];
  process.stderr.write(`$ ssm-assoc ${line.map((a) => (/[^\w@%+=:,./-]/.test(a) ? `'${a}'` : a)).join(' ')}\n`);
  const run = spawnSync(path.join(root, 'bin/ssm-assoc'), line, { stdio: ['ignore', 'pipe', 'inherit'], env, encoding: 'utf8' });
  process.stdout.write(run.stdout ?? '');
  if (run.status !== 0) throw Object.assign(new Error('step failed'), { exitCode: run.status ?? 1 });
  return run.stdout;
}

try {
  const created = step(
    'create-association',
    '--name', 'AWS-RunShellScript',
    '--targets', 'Key=InstanceIds,Values=i-0123456789abcdef0',
    '--parameters', 'commands=["echo hello"]',
    '--schedule-expression', 'rate(30 minutes)',
    '--association-name', 'demo',
  );
  const id = JSON.parse(created).AssociationDescription.AssociationId;
  step('list-associations', '--query', 'Associations[].{Document:Name,Id:AssociationId,Version:AssociationVersion}', '--output', 'table');
  // The documentation example (awscli/examples/ssm/update-association-status.rst), on the seed's association.
  step(
    'update-association-status',
    '--name', 'AWS-UpdateSSMAgent',
    '--instance-id', 'i-1234567890abcdef0',
    '--association-status', 'Date=1424421071.939,Name=Pending,Message=temp_status_change,AdditionalInfo=Additional-Config-Needed',
  );
  step('update-association', '--association-id', id, '--schedule-expression', 'rate(1 day)', '--query', 'AssociationDescription.AssociationVersion', '--output', 'text');
  step('list-association-versions', '--association-id', id, '--query', 'AssociationVersions[].[AssociationVersion,ScheduleExpression]', '--output', 'table');
} catch (error) {
  if (typeof error?.exitCode !== 'number') throw error;
  process.exitCode = error.exitCode;
} finally {
  endpoint.kill('SIGTERM');
  fs.rmSync(home, { recursive: true, force: true });
}
