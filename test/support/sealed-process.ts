// For tests that use the SDK in-process: the SDK reads config files and the environment even
// with explicit credentials, so the test process gets no AWS_* variables of its own, a
// throwaway HOME and config file paths, and no instance-metadata lookups.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export function sealProcessEnvironment(prefix: string): void {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  beforeAll(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
    process.env['HOME'] = home;
    process.env['AWS_CONFIG_FILE'] = path.join(home, 'config');
    process.env['AWS_SHARED_CREDENTIALS_FILE'] = path.join(home, 'credentials');
    process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
  });
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
}
