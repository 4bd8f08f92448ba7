// Asks for a secret (an MFA code) as Python's getpass.getpass does for the reference: on the
// controlling terminal (/dev/tty), with echo turned off and the terminal's own line editing
// (backspace, Ctrl-U; Ctrl-C interrupts), then a newline. Without a terminal it warns on stderr
// that the input may be echoed and reads one line of stdin. This is a process edge: it opens
// the terminal, runs `stty` on it and waits for the line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import tty from 'node:tty';
import { CliError } from '../errors.js';

/**
 * One line from a stream (its newline dropped), undefined at end of input with nothing read.
 * Streams, not blocking reads: a signal must still end the process while it waits.
 */
function readLine(input: NodeJS.ReadableStream): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    let text = '';
    const done = () => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
      input.pause();
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      const newline = text.indexOf('\n');
      if (newline < 0) return;
      done();
      resolve(text.slice(0, newline));
    };
    const onEnd = () => {
      done();
      resolve(text === '' ? undefined : text);
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onError);
    input.resume();
  });
}

function stty(fd: number, setting: string): boolean {
  return spawnSync('stty', [setting], { stdio: [fd, 'ignore', 'ignore'] }).status === 0;
}

/** The terminal's settings as `stty -g` prints them, to put back exactly (echo may have been off). */
function sttySettings(fd: number): string | undefined {
  const result = spawnSync('stty', ['-g'], { stdio: [fd, 'pipe', 'ignore'], encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function openTerminal(): number | undefined {
  try {
    return fs.openSync('/dev/tty', 'r+');
  } catch {
    return undefined;
  }
}

/**
 * The line typed after `prompt`, without its newline. End of input fails as Python's EOFError
 * does (an empty message, 255); Ctrl-C goes to the process's own SIGINT handling (130), with
 * the terminal's echo restored on exit.
 */
export async function promptSecret(prompt: string): Promise<string> {
  const fd = openTerminal();
  const saved = fd === undefined ? undefined : sttySettings(fd);
  if (fd === undefined || saved === undefined || !stty(fd, '-echo')) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.writeSync(2, `Warning: Password input may be echoed.\n${prompt}`);
    const line = await readLine(process.stdin);
    // End of input: Python's EOFError, whose message is empty (and no newline after the prompt).
    if (line === undefined) throw new CliError('other', '');
    fs.writeSync(2, '\n');
    return line.replace(/\r$/, '');
  }
  const restore = () => stty(fd, saved);
  process.once('exit', restore);
  const input = new tty.ReadStream(fd);
  try {
    fs.writeSync(fd, prompt);
    const line = await readLine(input);
    if (line === undefined) throw new CliError('other', '');
    fs.writeSync(fd, '\n');
    return line.replace(/\r$/, '');
  } finally {
    process.off('exit', restore);
    restore();
    // Closes the terminal's descriptor too.
    input.destroy();
  }
}
