// Runs what the build has just made, sealed off: nothing it runs reads the builder's own AWS
// settings or reaches beyond 127.0.0.1 (a throwaway HOME and config files, no instance metadata,
// no pager).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dist } from './dist.mjs';

/** Calls `use(env)` with the sealed environment, then removes its HOME. */
export async function withSealedEnv(use) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-build-'));
  try {
    return await use({
      PATH: process.env.PATH,
      HOME: home,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: path.join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
      AWS_PAGER: '',
    });
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** Runs `script` in a node process with dist/launch.cjs as argv[1] and `args` after it; returns stdout. */
export function runLauncher(script, args, env) {
  return execFileSync(process.execPath, ['-e', script, path.join(dist, 'launch.cjs'), ...args], { encoding: 'utf8', env });
}

/** Runs the freshly built CLI (not the fast path) and returns what it printed. */
export function runCli(args, env) {
  return runLauncher('require(process.argv[1]).loadCli().cli.startCli(process.argv.slice(2))', args, env);
}
