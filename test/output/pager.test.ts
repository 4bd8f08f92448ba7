import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import {
  choosePager,
  osErrorText,
  pagerEnvironment,
  pagerErrorMessage,
  writeThroughPager,
  type SpawnFunction,
} from '../../src/output/pager.js';

const tty = { noCliPager: false, stdoutIsTty: true, profilePager: undefined };

describe('choosePager', () => {
  it('takes AWS_PAGER, then the profile cli_pager, then PAGER, then less -R', () => {
    const env = { AWS_PAGER: 'a', PAGER: 'c' };
    expect(choosePager({ ...tty, env, profilePager: 'b' })).toEqual({ command: 'a', source: 'AWS_PAGER' });
    expect(choosePager({ ...tty, env: { PAGER: 'c' }, profilePager: 'b' })).toEqual({ command: 'b', source: 'cli_pager' });
    expect(choosePager({ ...tty, env: { PAGER: 'c' } })).toEqual({ command: 'c', source: 'PAGER' });
    expect(choosePager({ ...tty, env: {} })).toEqual({ command: 'less -R', source: 'default' });
  });

  it('turns paging off for an empty value at any level, without looking further', () => {
    expect(choosePager({ ...tty, env: { AWS_PAGER: '', PAGER: 'c' }, profilePager: 'b' })).toBeUndefined();
    expect(choosePager({ ...tty, env: { PAGER: 'c' }, profilePager: '' })).toBeUndefined();
    expect(choosePager({ ...tty, env: { PAGER: '' } })).toBeUndefined();
  });

  it('treats a value of only spaces, tabs and newlines as empty', () => {
    expect(choosePager({ ...tty, env: { AWS_PAGER: ' \t\r\n ' } })).toBeUndefined();
    // Anything else is a command, even if it splits into one empty word.
    expect(choosePager({ ...tty, env: { AWS_PAGER: "''" } })).toEqual({ command: "''", source: 'AWS_PAGER' });
    expect(choosePager({ ...tty, env: { AWS_PAGER: '\u00a0' } })).toEqual({ command: '\u00a0', source: 'AWS_PAGER' });
  });

  it('pages only on a terminal and never with --no-cli-pager', () => {
    expect(choosePager({ ...tty, stdoutIsTty: false, env: { AWS_PAGER: 'a' } })).toBeUndefined();
    expect(choosePager({ ...tty, noCliPager: true, env: { AWS_PAGER: 'a' } })).toBeUndefined();
    expect(choosePager({ ...tty, noCliPager: true, env: {} })).toBeUndefined();
  });
});

describe('pagerEnvironment', () => {
  it('adds LESS=FRX only when LESS is not set at all', () => {
    expect(pagerEnvironment({ PATH: '/bin', GONE: undefined })).toEqual({ PATH: '/bin', LESS: 'FRX' });
    expect(pagerEnvironment({ LESS: '' })).toEqual({ LESS: '' });
    expect(pagerEnvironment({ LESS: '-i' })).toEqual({ LESS: '-i' });
  });
});

describe('the pager error', () => {
  it("prints Python's OSError text for the program as configured", () => {
    const error = (code: string, errno: number) => Object.assign(new Error('x'), { code, errno });
    expect(osErrorText(error('ENOENT', -2), 'nosuchpager')).toBe("[Errno 2] No such file or directory: 'nosuchpager'");
    expect(osErrorText(error('EACCES', -13), '/tmp')).toBe("[Errno 13] Permission denied: '/tmp'");
    expect(osErrorText(error('ENOTDIR', -20), "it's")).toBe(`[Errno 20] Not a directory: "it's"`);
    expect(osErrorText(error('EMFILE', -24), 'p')).toBe("[Errno 24] Too many open files: 'p'");
  });

  it('wraps it in the reference words', () => {
    expect(pagerErrorMessage("[Errno 2] No such file or directory: 'x'")).toBe(
      "Unable to redirect output to pager. Received the following error when opening pager:\n[Errno 2] No such file or directory: 'x'\n\n" +
        'Learn more about configuring the output pager by running "aws help config-vars".',
    );
  });
});

describe('writeThroughPager', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  function tempDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-pager-'));
    dirs.push(dir);
    return dir;
  }
  const env = (extra: Record<string, string | undefined> = {}) => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', ...extra });
  const pager = (command: string) => ({ command, source: 'AWS_PAGER' });

  it("writes the text to the pager's stdin and waits for it to finish", async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    const text = 'ü line\n'.repeat(20000);
    await writeThroughPager(text, pager(`sh -c 'cat > "$0"; echo "LESS=\${LESS-unset}" > "$0.env"' '${out}'`), { env: env() });
    expect(fs.readFileSync(out, 'utf8')).toBe(text);
    expect(fs.readFileSync(`${out}.env`, 'utf8')).toBe('LESS=FRX\n');
  });

  it('keeps a LESS the environment sets, even an empty one', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'env');
    await writeThroughPager('x\n', pager(`sh -c 'cat > /dev/null; echo "[\${LESS-unset}]" > "$0"' ${out}`), { env: env({ LESS: '' }) });
    expect(fs.readFileSync(out, 'utf8')).toBe('[]\n');
    await writeThroughPager('x\n', pager(`sh -c 'cat > /dev/null; echo "[\${LESS-unset}]" > "$0"' ${out}`), { env: env({ LESS: 'SR' }) });
    expect(fs.readFileSync(out, 'utf8')).toBe('[SR]\n');
  });

  it('runs the words directly, not through a shell', async () => {
    const dir = tempDir();
    // `printf '%s|' > x` as argv: printf prints its arguments; no file named x appears.
    const out = path.join(dir, 'out');
    await writeThroughPager('ignored\n', pager(`sh -c 'printf "%s|" "$@" > "$0"' ${out} '>' x '$HOME'`), { env: env() });
    expect(fs.readFileSync(out, 'utf8')).toBe('>|x|$HOME|');
    expect(fs.existsSync(path.join(dir, 'x'))).toBe(false);
  });

  it('starts nothing for empty text', async () => {
    const spawn: SpawnFunction = () => {
      throw new Error('spawned');
    };
    await expect(writeThroughPager('', pager('less -R'), { env: env(), spawn })).resolves.toBeUndefined();
  });

  it('does not mind a pager that stops reading or fails', async () => {
    await expect(writeThroughPager('x'.repeat(1 << 20), pager('true'), { env: env() })).resolves.toBeUndefined();
    await expect(writeThroughPager('x\n', pager('false'), { env: env() })).resolves.toBeUndefined();
  });

  async function failure(command: string, text = 'x\n'): Promise<CliError> {
    try {
      await writeThroughPager(text, pager(command), { env: env() });
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      return error as CliError;
    }
    throw new Error('no error');
  }

  it('reports a missing program with the reference words and exit 253', async () => {
    const error = await failure('nosuchpager -R');
    expect(error.message).toBe(pagerErrorMessage("[Errno 2] No such file or directory: 'nosuchpager'"));
    expect(error.exitCode).toBe(253);
    expect((await failure("'/nonexistent/my pager'")).message).toBe(pagerErrorMessage("[Errno 2] No such file or directory: '/nonexistent/my pager'"));
    expect((await failure("'' x")).message).toBe(pagerErrorMessage("[Errno 2] No such file or directory: ''"));
  });

  it('reports a program that cannot be run the same way', async () => {
    const dir = tempDir();
    const error = await failure(dir);
    expect(error.message).toBe(pagerErrorMessage(`[Errno 13] Permission denied: '${dir}'`));
    expect(error.exitCode).toBe(253);
  });

  it("fails with shlex's words for a command it cannot split, even with nothing to print", async () => {
    const error = await failure('less "-R', '');
    expect(error.message).toBe('No closing quotation');
    expect(error.exitCode).toBe(255);
  });
});
