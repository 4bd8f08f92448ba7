#!/usr/bin/env node
// Cuts the documentation examples of the operations ssm-assoc has commands for out of the AWS
// CLI's examples (awscli/examples/ssm/<operation>.rst, which `aws ssm OP help` prints under
// EXAMPLES) into src/model/examples.json: the reStructuredText of each, as the reference has it,
// with the commands spelled the way this tool runs them (`aws ssm OP` -> `ssm-assoc OP`).
// src/model/examples.ts reads it; an operation without a file has no EXAMPLES section.
//
// Usage: node scripts/cut-examples.mjs [--source DIR]
//   --source  the examples directory (default /usr/lib/python3/dist-packages/awscli/examples/ssm)
//   --label   which AWS CLI they came from, recorded in the file's `source` line (default AWS CLI 2.9.19)
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { WIRED } from './cut-model.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    source: { type: 'string', default: '/usr/lib/python3/dist-packages/awscli/examples/ssm' },
    label: { type: 'string', default: 'AWS CLI 2.9.19' },
  },
});
const cliName = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

const examples = {};
for (const op of WIRED) {
  const file = path.join(values.source, `${cliName(op)}.rst`);
  if (!fs.existsSync(file)) continue;
  examples[op] = fs.readFileSync(file, 'utf8').replace(/^(\s*)aws ssm /gm, '$1ssm-assoc ');
}
const out = path.join(root, 'src', 'model', 'examples.json');
fs.writeFileSync(out, JSON.stringify({ source: `awscli/examples/ssm of ${values.label}`, examples }, null, 1) + '\n');
console.log(`${path.relative(root, out)}: ${Object.keys(examples).length} operations`);
