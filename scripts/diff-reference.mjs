#!/usr/bin/env node
// Replays recorded reference cases against bin/ssm-assoc and prints each difference, for
// working on parity: node scripts/diff-reference.mjs [group[/case-substring]] ...
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCase } from '../test/support/reference-run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'test/fixtures/reference');
const bin = path.join(root, 'bin/ssm-assoc');
const rename = (t) => t.replace(/^usage: aws /gm, 'usage: ssm-assoc ').replace(/^ {2}aws /gm, '  ssm-assoc ').replace(/^aws: error: /gm, 'ssm-assoc: error: ');
const filters = process.argv.slice(2);
// Request bodies compare as JSON values (key order aside), as test/reference.test.ts does.
const canonical = (v) => JSON.stringify(v, (_, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));
let differ = 0;
let total = 0;
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const group = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const source = await import(path.join(root, 'test/reference-cases', `${group.group}.mjs`));
  const deviations = new Map(source.cases.map((c) => [c.name, c.deviation]));
  for (const c of group.cases) {
    const id = `${group.group}/${c.name}`;
    if (filters.length && !filters.some((f) => id.includes(f))) continue;
    total++;
    const words = c.command ?? ['ssm', 'update-association-status'];
    const actual = await runCase({ command: [bin, ...(words[0] === 'ssm' ? words.slice(1) : words)], case: c });
    const d = deviations.get(c.name) ?? {};
    const expected = {
      exitCode: d.exitCode ?? c.expected.exitCode,
      stdout: d.stdout ?? c.expected.stdout,
      stderr: d.stderr ?? rename(c.expected.stderr),
      requests: d.requests ?? c.expected.requests,
    };
    const diffs = [];
    for (const k of ['exitCode', 'stdout', 'stderr']) if (actual[k] !== expected[k]) diffs.push(`  ${k}:\n    want ${JSON.stringify(expected[k])}\n    got  ${JSON.stringify(actual[k])}`);
    if (canonical(actual.requests) !== canonical(expected.requests)) diffs.push(`  requests:\n    want ${JSON.stringify(expected.requests)}\n    got  ${JSON.stringify(actual.requests)}`);
    if (diffs.length) {
      differ++;
      console.log(`✗ ${id}  args=${JSON.stringify(c.args)}\n${diffs.join('\n')}`);
    }
  }
}
console.log(`${total - differ} of ${total} cases match`);
