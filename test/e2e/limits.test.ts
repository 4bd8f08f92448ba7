// End to end: inputs built to exhaust memory fail with a message and exit 255 under a 2 GB heap
// (`--max-old-space-size=2048`), never a V8 abort (exit 134): a YAML alias bomb, /dev/zero as a
// value or a --cli-input-* file, a file over the 4 MiB limit; and a document of many small
// values within the limit is still read and reported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../support/run-bin.js';

let dir: string;
const ENV = { NODE_OPTIONS: '--max-old-space-size=2048', AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'x', AWS_DEFAULT_REGION: 'us-east-1' };
const E = ['--endpoint-url', 'http://127.0.0.1:9'];
const NAMES = ['--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0'];
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limits-e2e-'));
  // Nine levels of ten aliases: a billion values in 600 bytes.
  const levels = Array.from({ length: 8 }, (_, i) => `  X${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(',')}]`);
  fs.writeFileSync(file('bomb.yaml'), ['Name: x', 'InstanceId: i', 'AssociationStatus:', '  Date: 1', '  Name: Pending', '  X0: &a0 [x,x,x,x,x,x,x,x,x,x]', ...levels, '  Message: *a8', ''].join('\n'));
  fs.writeFileSync(file('big.json'), `{"Name": "${'x'.repeat(5 * 2 ** 20)}"}`);
  const items = Math.floor((4 * 2 ** 20 - 200) / 4);
  fs.writeFileSync(file('wide.json'), `{"Name": "x", "InstanceId": "i", "AssociationStatus": {"Date": 1, "Name": "Pending", "Message": [${Array(items).fill('{}').join(', ')}]}}`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('under a 2 GB heap', () => {
  it('refuses a YAML alias bomb', async () => {
    const result = await runBin(['update-association-status', '--cli-input-yaml', `file://${file('bomb.yaml')}`, ...E], { env: ENV });
    expect(result).toEqual({
      code: 255,
      stdout: '',
      stderr: "\nError parsing parameter '--cli-input-yaml': the document holds more than 1000000 values (each use of an alias counts as a copy)\n",
    });
  });

  it.each([
    ['--association-status', 'file:///dev/zero', NAMES],
    ['--name', 'fileb:///dev/zero', ['--instance-id', 'i', '--association-status', 'Date=1,Name=Pending,Message=m']],
    ['--cli-input-json', 'file:///dev/zero', []],
    ['--cli-input-yaml', 'file:///dev/zero', []],
  ])('stops reading %s %s at the limit', async (option, value, rest) => {
    const result = await runBin(['update-association-status', ...rest, option, value, ...E], { env: ENV });
    expect(result).toEqual({
      code: 255,
      stdout: '',
      stderr: `\nError parsing parameter '${option}': Unable to load paramfile ${value}: the file is larger than the 4 MiB limit\n`,
    });
  });

  it('refuses a regular file over the limit before reading it', async () => {
    const result = await runBin(['update-association-status', '--cli-input-json', `file://${file('big.json')}`, ...E], { env: ENV });
    expect(result.code).toBe(255);
    expect(result.stderr).toBe(`\nError parsing parameter '--cli-input-json': Unable to load paramfile file://${file('big.json')}: the file is larger than the 4 MiB limit\n`);
  });

  it('reads a document of a million values within the limit, and reports it', async () => {
    const result = await runBin(['update-association-status', '--cli-input-json', `file://${file('wide.json')}`, ...E], { env: ENV });
    expect(result.code).toBe(252);
    expect(result.stderr).toMatch(/^\nParameter validation failed:\nInvalid type for parameter AssociationStatus\.Message, value: \[\{\}, \{\}, .*\{\}\], type: <class 'list'>, valid types: <class 'str'>\n$/s);
  }, 30_000);
});
