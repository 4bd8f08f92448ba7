// Running one command for scripts/bench.mjs: wall time (process.hrtime from spawn() to the
// child's exit) or peak resident set size, never both in the same run, so that the memory
// wrapper's own fork/exec never lands in a timed run.
//
// Peak RSS, exactly, is the kernel's ru_maxrss of the terminated child, which only a parent
// that reaps the child with wait4() sees. Node's child_process reaps with waitpid() and
// process.resourceUsage() is RUSAGE_SELF, so Node cannot read it for its own children; a
// small wrapper process does, in order of preference:
//   time    GNU time (`/usr/bin/time -f %M`), the Debian package `time`;
//   python  python3's os.fork/execv/os.wait4, where /usr/bin/python3 exists (it does wherever
//           Debian's awscli does);
//   proc    no wrapper: poll /proc/PID/status VmHWM (the same high-water mark) every
//           millisecond and keep the last value. A lower bound: growth in the last poll
//           interval before exit is missed.
// ru_maxrss also counts the high-water mark of the forked wrapper before exec() (Linux folds
// the old mm's peak into it at exec), so the wrapper must be smaller than what it measures:
// GNU time is ~2 MiB and python3 ~10 MiB, against ~40 MiB for `node -e 0`. The same is why the
// bench itself (a Node process of ~50 MiB) cannot be the parent whose rusage is read.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * @typedef {{ code: number | null, signal: string | null, stdout: string, stderr: string }} Exit
 */

/** Spawns, collects output, resolves after 'close'; `onSpawn`/`onExit` see the child for timing or polling. */
function run(file, args, env, hooks = {}) {
  return new Promise((resolve, reject) => {
    const stdout = [];
    const stderr = [];
    let exitedAt;
    const start = process.hrtime.bigint();
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    hooks.onSpawn?.(child);
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.once('error', reject);
    child.once('exit', () => {
      exitedAt = process.hrtime.bigint();
      hooks.onExit?.(child);
    });
    child.once('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ms: Number((exitedAt ?? process.hrtime.bigint()) - start) / 1e6,
      }),
    );
  });
}

/** @returns {Promise<Exit & { ms: number }>} */
export function timedRun(file, args, env) {
  return run(file, args, env);
}

const PYTHON_WAIT4 = [
  'import os, sys',
  'pid = os.fork()',
  'if pid == 0:',
  '    try:',
  '        os.execv(sys.argv[2], sys.argv[2:])',
  '    finally:',
  '        os._exit(127)',
  '_, status, usage = os.wait4(pid, 0)',
  'open(sys.argv[1], "w").write(str(usage.ru_maxrss))',
  'sys.exit(os.waitstatus_to_exitcode(status) & 255)',
].join('\n');

/** Which wrapper `--rss auto` uses here, or the one asked for if it works. */
export function pickRssMethod(requested) {
  const works = {
    time: () => spawnSync('/usr/bin/time', ['-f', '%M', '-o', '/dev/null', '/bin/true']).status === 0,
    python: () => spawnSync('/usr/bin/python3', ['-c', PYTHON_WAIT4, '/dev/null', '/bin/true']).status === 0,
    proc: () => fs.existsSync(`/proc/${process.pid}/status`),
    none: () => true,
  };
  if (requested !== 'auto') {
    if (!works[requested]()) throw new Error(`--rss ${requested} does not work on this machine`);
    return requested;
  }
  return ['time', 'python', 'proc'].find((method) => works[method]()) ?? 'none';
}

export const RSS_METHOD_DESCRIPTION = {
  time: 'GNU time -f %M (wait4 ru_maxrss of the child, exact)',
  python: 'python3 os.wait4 ru_maxrss of the child (exact)',
  proc: 'last /proc/PID/status VmHWM polled every 1 ms (a lower bound)',
  none: 'not measured',
};

/**
 * Runs `file args` once for its peak RSS. `file` must exec in place (a binary or a `#!` script):
 * the wrappers measure the process they start and what it reaped, not grandchildren left running.
 * @returns {Promise<Exit & { kib: number }>}
 */
export async function rssRun(method, file, args, env) {
  if (method === 'none') return { ...(await run(file, args, env)), kib: NaN };
  if (method === 'time' || method === 'python') {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-bench-rss-')), 'maxrss');
    try {
      const result =
        method === 'time'
          ? await run('/usr/bin/time', ['-f', '%M', '-o', out, file, ...args], env)
          : await run('/usr/bin/python3', ['-c', PYTHON_WAIT4, out, file, ...args], env);
      const text = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
      // GNU time prefixes "Command exited with non-zero status N" when it does.
      const kib = Number(/(\d+)\s*$/.exec(text)?.[1] ?? NaN);
      return { ...result, kib };
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  }
  // proc: poll the child's own status file until it exits.
  let kib = NaN;
  let timer;
  const poll = (pid) => {
    try {
      const match = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) kib = Number(match[1]);
    } catch {
      // gone already
    }
  };
  const result = await run(file, args, env, {
    onSpawn: (child) => {
      poll(child.pid);
      timer = setInterval(() => poll(child.pid), 1);
    },
    onExit: () => clearInterval(timer),
  });
  clearInterval(timer);
  return { ...result, kib };
}
