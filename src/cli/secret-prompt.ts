// Asks for a secret (an MFA code) as Python's getpass.getpass does for the reference: on the
// controlling terminal (/dev/tty), with echo turned off and the terminal's own line editing
// (backspace, Ctrl-U; Ctrl-C interrupts), then a newline. Without a terminal it warns on stderr
// that the input may be echoed and reads one line of stdin. This is a process edge: it opens
// the terminal, runs `stty` on it and waits for the line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { CliError } from '../errors.js';

/** Reads up to a newline from `fd` (in libuv's thread pool, so signals still reach the process). */
async function readLine(fd: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  const byte = Buffer.alloc(1);
  for (;;) {
    const n = await new Promise<number>((resolve, reject) => fs.read(fd, byte, 0, 1, null, (error, read) => (error ? reject(error) : resolve(read))));
    if (n === 0) return chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8');
    if (byte[0] === 0x0a) return Buffer.concat(chunks).toString('utf8');
    chunks.push(Buffer.from(byte));
  }
}

function stty(fd: number, setting: string): boolean {
  return spawnSync('stty', [setting], { stdio: [fd, 'ignore', 'ignore'] }).status === 0;
}

function openTerminal(): number | undefined {
  try {
    return fs.openSync('/dev/tty', 'r+');
  } catch {
    return undefined;
  }
}

/**
 * The line typed after `prompt`, without its newline. End of input is an interruption; so is
 * Ctrl-C, through the process's own SIGINT handling, with the terminal's echo restored on exit.
 */
export async function promptSecret(prompt: string): Promise<string> {
  const tty = openTerminal();
  if (tty === undefined || !stty(tty, '-echo')) {
    if (tty !== undefined) fs.closeSync(tty);
    fs.writeSync(2, `Warning: Password input may be echoed.\n${prompt}`);
    const line = await readLine(0);
    fs.writeSync(2, '\n');
    if (line === undefined) throw new CliError('interrupted', '');
    return line.replace(/\r$/, '');
  }
  const restore = () => stty(tty, 'echo');
  process.once('exit', restore);
  try {
    fs.writeSync(tty, prompt);
    const line = await readLine(tty);
    fs.writeSync(tty, '\n');
    if (line === undefined) throw new CliError('interrupted', '');
    return line.replace(/\r$/, '');
  } finally {
    process.off('exit', restore);
    restore();
    fs.closeSync(tty);
  }
}
