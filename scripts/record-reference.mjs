#!/usr/bin/env node
// Records what the reference (AWS CLI v2, Debian's awscli 2.9.19) prints for every differential
// case, into test/fixtures/reference/<group>.json, so the test suite needs no Python.
// The reference runs with AWS_DATA_PATH=../shared/reference/aws-data (from the repository root):
// 2.9.19's code with today's SSM model (botocore 1.43.11), the model ssm-assoc speaks.
//
// Usage: node scripts/record-reference.mjs [group ...]   (default: every group)
// Case groups live in test/reference-cases/<group>.mjs and export `cases`: a list of
//   { name, args, env?, files?, stdin?, responses?, deviation? }
// `args` are the words after `aws ssm update-association-status`. See
// test/support/reference-run.mjs for placeholders. `deviation` documents where ssm-assoc
// deliberately prints something else; it is copied into the fixture untouched.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCase } from '../test/support/reference-run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const casesDir = path.join(root, 'test', 'reference-cases');
const fixturesDir = path.join(root, 'test', 'fixtures', 'reference');
const aws = process.env.REFERENCE_AWS ?? '/usr/bin/aws';

const version = spawnSync(aws, ['--version'], { encoding: 'utf8' });
if (version.status !== 0 || !version.stdout.startsWith('aws-cli/2.')) {
  console.error(`record-reference: ${aws} is not AWS CLI v2 (apt-get install -y awscli)`);
  process.exit(2);
}
const recordedWith = version.stdout.trim().split(' ')[0];

// The current SSM model, in the layout botocore reads from AWS_DATA_PATH. Without it the
// reference would speak 2.9.19's own model, so recording stops rather than fall back.
const awsDataPath = path.resolve(root, '..', 'shared', 'reference', 'aws-data');
if (!fs.existsSync(path.join(awsDataPath, 'ssm', '2014-11-06', 'service-2.json'))) {
  console.error(`record-reference: ${awsDataPath}/ssm/2014-11-06/service-2.json is missing (the current SSM model)`);
  process.exit(2);
}

const wanted = process.argv.slice(2);
const groups = fs
  .readdirSync(casesDir)
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => f.slice(0, -4))
  .filter((g) => wanted.length === 0 || wanted.includes(g))
  .sort();

fs.mkdirSync(fixturesDir, { recursive: true });
for (const group of groups) {
  const { cases } = await import(pathToFileURL(path.join(casesDir, `${group}.mjs`)).href);
  const names = new Set();
  const recorded = [];
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`${group}: duplicate case name ${c.name}`);
    names.add(c.name);
    const expected = await runCase({
      command: [aws, ...(c.command ?? ['ssm', 'update-association-status'])],
      case: c,
      env: { AWS_DATA_PATH: awsDataPath },
    });
    recorded.push({ ...c, expected });
    process.stderr.write(`${group}/${c.name}: exit ${expected.exitCode}\n`);
  }
  const file = path.join(fixturesDir, `${group}.json`);
  fs.writeFileSync(file, JSON.stringify({ recordedWith, group, cases: recorded }, null, 2) + '\n');
  process.stderr.write(`wrote ${path.relative(root, file)} (${recorded.length} cases)\n`);
}
