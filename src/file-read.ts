// Reading a file the user named (file:// values, --cli-input-*, --ca-bundle) so that neither
// its kind nor its size can take the process down:
//   - never a synchronous read, and never a read that can block a thread of libuv's pool: a
//     FIFO or a terminal is opened non-blocking and read through the event loop, so a signal
//     still ends the process (a pool thread blocked in open() or read() keeps Node from
//     exiting, even on process.exit);
//   - at most `limit` bytes: past that, FileTooLargeError, so `/dev/zero` or a huge file is a
//     message, not a heap exhaustion.
import fs from 'node:fs';
import net from 'node:net';
import tty from 'node:tty';
import { promisify } from 'node:util';

const open = promisify(fs.open);
const fstat = promisify(fs.fstat);
const read = promisify(fs.read);
const close = promisify(fs.close);

/** The file holds more than the limit allows. */
export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError';
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`);
  }
}

/** `n` bytes as the README states the limits: 64 MiB. */
export function sizeText(n: number): string {
  return n % 2 ** 20 === 0 ? `${n / 2 ** 20} MiB` : `${n} bytes`;
}

/** Reads a stream (a FIFO's or a terminal's) to its end, failing past `limit` bytes. */
function readStream(stream: net.Socket | tty.ReadStream, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        reject(new FileTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** Reads a regular file or a device that never blocks (/dev/zero), in chunks, up to `limit`. */
async function readFd(fd: number, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - size));
      const { bytesRead } = await read(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks);
      size += bytesRead;
      if (size > limit) throw new FileTooLargeError(limit);
      chunks.push(chunk.subarray(0, bytesRead));
    }
  } finally {
    await close(fd);
  }
}

/**
 * The whole file at `path`, at most `limit` bytes. Fails with Node's errno errors (ENOENT,
 * EISDIR, ...) as reading would, or with FileTooLargeError.
 */
export async function readFileBounded(path: string, limit: number): Promise<Buffer> {
  // O_NONBLOCK: opening a FIFO that has no writer yet returns at once instead of waiting.
  const fd = await open(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  let stat: fs.Stats;
  try {
    stat = await fstat(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: 'EISDIR', errno: -21 });
    if (stat.isFile() && stat.size > limit) throw new FileTooLargeError(limit);
  } catch (error) {
    await close(fd);
    throw error;
  }
  if (stat.isFIFO() || stat.isSocket()) return readStream(new net.Socket({ fd, readable: true, writable: false }), limit);
  if (tty.isatty(fd)) return readStream(new tty.ReadStream(fd), limit);
  return readFd(fd, limit);
}
