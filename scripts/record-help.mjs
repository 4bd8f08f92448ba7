#!/usr/bin/env node
// Records the reference's manual page for each association operation (`aws ssm OP help`) into
// test/fixtures/help/<op>.txt, so test/commands/help-reference.test.ts needs no Python.
// The reference renders reStructuredText to roff and pipes it through `groff -m man -T ascii`;
// ssm-assoc lays its pages out ragged-right without hyphenation (the layout
// update-association-status's page has always had), so the page is recorded through a groff
// that is told the same (`.ad l`, `-rHY=0`): the reference's words, line breaks and indents,
// without the justification spaces and hyphens a reader of ragged text would not see. Overstrike
// bold and underline are removed (`col -bx`). Nothing else is changed; the test normalises the
// rest (see there).
//
// Usage: node scripts/record-help.mjs [operation ...]   (default: all thirteen)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WIRED } from './cut-model.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = path.join(root, 'test', 'fixtures', 'help');
const aws = process.env.REFERENCE_AWS ?? '/usr/bin/aws';
const awsDataPath = path.resolve(root, '..', 'shared', 'reference', 'aws-data');
if (!fs.existsSync(path.join(awsDataPath, 'ssm', '2014-11-06', 'service-2.json'))) {
  console.error(`record-help: ${awsDataPath}/ssm/2014-11-06/service-2.json is missing (the current SSM model)`);
  process.exit(2);
}
const groff = spawnSync('sh', ['-c', 'command -v groff'], { encoding: 'utf8' }).stdout.trim();
if (groff === '') {
  console.error('record-help: groff is missing (apt-get install -y groff-base)');
  process.exit(2);
}

// awscli finds groff on PATH; this one comes first.
const shimDir = fs.mkdtempSync(path.join(os.tmpdir(), 'record-help-'));
fs.writeFileSync(path.join(shimDir, 'groff'), `#!/bin/sh\n{ printf '.ad l\\n'; cat; } | '${groff}' -rHY=0 "$@"\n`, { mode: 0o755 });

// WIRED holds API names; the CLI's names are their xform_name with dashes.
const cliName = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const wanted = process.argv.slice(2);
const ops = WIRED.map(cliName).filter((op) => wanted.length === 0 || wanted.includes(op));
fs.mkdirSync(fixturesDir, { recursive: true });
try {
  for (const op of ops) {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'record-help-home-'));
    const env = {
      PATH: `${shimDir}:${process.env.PATH}`,
      HOME: home,
      AWS_CONFIG_FILE: path.join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_DATA_PATH: awsDataPath,
      PAGER: 'cat',
      MANPAGER: 'cat',
      LANG: 'C.UTF-8',
    };
    const help = spawnSync(aws, ['ssm', op, 'help'], { env, maxBuffer: 1 << 26 });
    fs.rmSync(home, { recursive: true, force: true });
    if (help.status !== 0) throw new Error(`aws ssm ${op} help exited ${help.status}: ${help.stderr}`);
    const plain = spawnSync('col', ['-bx'], { input: help.stdout, maxBuffer: 1 << 26 });
    if (plain.status !== 0) throw new Error(`col -bx failed for ${op}`);
    fs.writeFileSync(path.join(fixturesDir, `${op}.txt`), plain.stdout);
    console.log(`${op}: ${plain.stdout.length} bytes`);
  }
} finally {
  fs.rmSync(shimDir, { recursive: true, force: true });
}
