// Runs bin/ssm-assoc the way every end-to-end test must: a throwaway HOME with its own config
// and credentials file paths, no instance-metadata lookups, UTC, and only the environment the
// test gives on top. Returns the exit code and everything printed. The same sealing serves the
// reference CLI when a test runs it side by side (`program`).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'ssm-assoc');

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunBinOptions {
  /** The HOME to use (kept); by default a new directory, removed afterwards. */
  home?: string;
  env?: Record<string, string>;
  stdin?: string;
  cwd?: string;
  /** Called with everything printed so far, each time stdout grows (to signal mid-run). */
  onStdout?: (stdout: string, child: ChildProcess) => void;
  /** The program to run instead of bin/ssm-assoc (e.g. /usr/bin/aws, to compare with the reference). */
  program?: string;
}

export function sealedBinEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    TZ: 'UTC',
    HOME: home,
    AWS_CONFIG_FILE: path.join(home, '.aws', 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, '.aws', 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

export function runBin(args: string[], options: RunBinOptions = {}): Promise<BinResult> {
  const home = options.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-bin-'));
  return new Promise((resolve, reject) => {
    const child = spawn(options.program ?? bin, args, { cwd: options.cwd ?? home, env: { ...sealedBinEnv(home), ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      options.onStdout?.(stdout, child);
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (options.home === undefined) fs.rmSync(home, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? '');
  });
}
