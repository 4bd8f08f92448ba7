// The output pager (awscli/utils.py OutputStreamFactory, awscli/compat.py, the `pager` chain of
// awscli/clidriver.py): which program pages the formatted response, and piping it there.
//
//   pager   = AWS_PAGER, else the profile's cli_pager, else PAGER, else `less -R`
//             (the first one SET wins: an empty value stops the search and turns paging off)
//   used    = stdout is a terminal, --no-cli-pager not given, and the value has a word in it
//   command = the value split like a POSIX shell would split it (Python's shlex.split), run
//             directly, not through a shell: `cat > file` runs cat with two arguments
//   env     = ours, plus LESS=FRX when LESS is not set at all (quit if one screen, keep colour
//             escapes, do not clear the screen)
//
// Only the response goes through the pager; error messages go to stderr as usual, and an empty
// output starts no pager at all. The reference uses `less` where this uses `less -R`: the same
// thing while LESS is unset, and colour escapes still display when the user's LESS lacks R.
import { spawn as nodeSpawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { CliError } from '../errors.js';
import { SHLEX_WHITESPACE, splitCommand } from '../python/shlex.js';
import { errnoText } from '../python/os-error.js';
import { pyStringRepr } from '../python/repr.js';

export interface PagerChoice {
  /** The pager command as configured, before it is split into words. */
  command: string;
  /** Where it came from: AWS_PAGER, cli_pager, PAGER or default. */
  source: string;
}

export const DEFAULT_PAGER = 'less -R';

/** What LESS becomes for the pager when the environment does not set it. */
export const DEFAULT_LESS_FLAGS = 'FRX';

/**
 * The pager for this run, or undefined when output goes straight to stdout. Paging only
 * happens on a terminal: a pipe or a file gets the bytes unchanged whatever is configured.
 */
export function choosePager(input: {
  noCliPager: boolean;
  stdoutIsTty: boolean;
  env: Record<string, string | undefined>;
  profilePager: string | undefined;
}): PagerChoice | undefined {
  if (input.noCliPager || !input.stdoutIsTty) return undefined;
  const candidates: Array<[string | undefined, string]> = [
    [input.env.AWS_PAGER, 'AWS_PAGER'],
    [input.profilePager, 'cli_pager'],
    [input.env.PAGER, 'PAGER'],
  ];
  const [command, source] = candidates.find(([value]) => value !== undefined) ?? [DEFAULT_PAGER, 'default'];
  // The reference fails with "list index out of range" on a blank value; blank means no pager here.
  if (command === undefined || [...command].every((c) => SHLEX_WHITESPACE.includes(c))) return undefined;
  return { command, source };
}

/** The pager's environment: ours, with LESS=FRX unless LESS is set (even to nothing). */
export function pagerEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  if (!('LESS' in out)) out.LESS = DEFAULT_LESS_FLAGS;
  return out;
}

/** Python's str(OSError(errno, strerror, filename)): `[Errno 2] No such file or directory: 'less'`. */
export function osErrorText(error: NodeJS.ErrnoException, program: string): string {
  return `${errnoText(error)}: ${pyStringRepr(program)}`;
}

/** awscli/errorhandler.py PagerErrorHandler's words (exit 253). */
export function pagerErrorMessage(error: string): string {
  return (
    'Unable to redirect output to pager. Received the following error when opening pager:\n' +
    `${error}\n\n` +
    'Learn more about configuring the output pager by running "aws help config-vars".'
  );
}

export type SpawnFunction = (command: string, args: string[], options: SpawnOptions) => ChildProcess;

export interface PagerIo {
  /** The environment the pager starts with (LESS=FRX is added when LESS is unset). */
  env: Record<string, string | undefined>;
  /** child_process.spawn; tests pass their own. */
  spawn?: SpawnFunction;
}

/**
 * Starts the pager on our terminal, writes `text` to its stdin and waits until it exits (the
 * user has read the output). Nothing is started for empty text. The pager's exit status and a
 * pager that stops reading early (`q` in less) are not errors, as in the reference. A pager
 * that cannot be started is a CliError (configuration, 253) with the reference's words; the
 * reference reports only a missing program that way and silently prints nothing for the other
 * failures (permission denied, not a directory), which are reported the same way here.
 */
export async function writeThroughPager(text: string, pager: PagerChoice, io: PagerIo = { env: process.env }): Promise<void> {
  const words = splitCommand(pager.command);
  if (text === '') return;
  const [program, ...args] = words;
  if (program === undefined) throw new CliError('configuration', pagerErrorMessage('The pager command is empty'));
  // Python passes argv to exec as C strings; Node refuses these before trying.
  if (words.some((w) => w.includes('\0'))) throw new CliError('other', 'embedded null byte');
  if (program === '') {
    throw new CliError('configuration', pagerErrorMessage(osErrorText(Object.assign(new Error(''), { code: 'ENOENT' }), program)));
  }
  const spawn = io.spawn ?? nodeSpawn;
  const child = spawn(program, args, { stdio: ['pipe', 'inherit', 'inherit'], env: pagerEnvironment(io.env) });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', () => resolve());
    child.once('error', (error: NodeJS.ErrnoException) => reject(new CliError('configuration', pagerErrorMessage(osErrorText(error, program)))));
  });
  const stdin = child.stdin;
  if (stdin) {
    // EPIPE: the pager quit before reading everything, which is the user's choice.
    stdin.on('error', () => {});
    stdin.end(text);
  }
  await exited;
}
