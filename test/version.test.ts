// --version: one line naming the tool, the runtime and the platform, and nothing else.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { versionLine } from '../src/version.js';

const bin = path.resolve(import.meta.dirname, '..', 'bin', 'ssm-assoc');

describe('--version', () => {
  it('formats tool, Node.js and platform', () => {
    expect(versionLine({ node: 'v20.1.2', platform: 'Linux', release: '6.1.0', arch: 'x86_64' })).toBe(
      `ssm-assoc/${packageJson.version} Node.js/20.1.2 Linux/6.1.0 x86_64`,
    );
  });

  it.each([[['--version']], [['update-association-status', '--version']], [['--vers']]])('%j prints it and exits 0', (args) => {
    const result = spawnSync(bin, args, { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: os.tmpdir(), AWS_EC2_METADATA_DISABLED: 'true' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`ssm-assoc/${packageJson.version} Node.js/${process.version.slice(1)} ${os.type()}/${os.release()} ${os.machine()}\n`);
  });
});
