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

/** A bin/ssm-assoc process started by startBin: the child (to signal it), what it printed so far, and its end. */
export interface StartedBin {
  child: ChildProcess;
  stdout: () => string;
  done: Promise<BinResult>;
}

export interface StartBinOptions extends Omit<RunBinOptions, 'home'> {
  home: string;
  /** Leave stdin open (fleet mode reading `-`) unless `stdin` is given; by default it is closed. */
  keepStdinOpen?: boolean;
  /** A bash command run with $0 the program and $@ the arguments, e.g. a pipeline around it. */
  shell?: string;
}

/** Starts the program in the sealed environment of `home`; the caller removes `home` and kills what is left. */
export function startBin(args: string[], options: StartBinOptions): StartedBin {
  const program = options.program ?? bin;
  const spawnOptions = { cwd: options.cwd ?? options.home, env: { ...sealedBinEnv(options.home), ...options.env } };
  const child = options.shell === undefined ? spawn(program, args, spawnOptions) : spawn('bash', ['-c', options.shell, program, ...args], spawnOptions);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
    options.onStdout?.(stdout, child);
  });
  child.stderr.on('data', (d) => (stderr += d));
  // A child that exits before reading its stdin must not fail the test with EPIPE.
  child.stdin.on('error', () => undefined);
  if (options.stdin !== undefined || !options.keepStdinOpen) child.stdin.end(options.stdin ?? '');
  const done = new Promise<BinResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, stdout: () => stdout, done };
}

export async function runBin(args: string[], options: RunBinOptions = {}): Promise<BinResult> {
  const home = options.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-bin-'));
  try {
    return await startBin(args, { ...options, home }).done;
  } finally {
    if (options.home === undefined) fs.rmSync(home, { recursive: true, force: true });
  }
}
