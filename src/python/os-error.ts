// Node's system errors in the words Python prints for an OSError: `[Errno N] strerror`, with
// `: 'path'` after a file's. The one table of Python's (glibc's) strerror texts: file reads
// (paramfile, credential and CA files), the pager's and a credential process's start, failed
// writes to stdout. The launcher bundles this module, so it imports nothing of the project.
import { getSystemErrorMap } from 'node:util';

// Linux errno numbers and glibc's strerror() words.
const PYTHON_STRERROR: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  EIO: [5, 'Input/output error'],
  ENXIO: [6, 'No such device or address'],
  E2BIG: [7, 'Argument list too long'],
  ENOEXEC: [8, 'Exec format error'],
  EBADF: [9, 'Bad file descriptor'],
  EAGAIN: [11, 'Resource temporarily unavailable'],
  ENOMEM: [12, 'Cannot allocate memory'],
  EACCES: [13, 'Permission denied'],
  EBUSY: [16, 'Device or resource busy'],
  ENODEV: [19, 'No such device'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  ENFILE: [23, 'Too many open files in system'],
  EMFILE: [24, 'Too many open files'],
  ETXTBSY: [26, 'Text file busy'],
  EFBIG: [27, 'File too large'],
  ENOSPC: [28, 'No space left on device'],
  EPIPE: [32, 'Broken pipe'],
  ENAMETOOLONG: [36, 'File name too long'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  EOVERFLOW: [75, 'Value too large for defined data type'],
  EDQUOT: [122, 'Disk quota exceeded'],
};

/** The failures of reading a file that the reference words as an OSError; others keep Node's message. */
const FILE_READ_CODES = new Set(['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR']);

/** Python's OSError text for the errno codes a file read can fail with, else undefined. */
export function pyOsError(error: unknown, file?: string): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string' || !FILE_READ_CODES.has(code)) return undefined;
  const [errno, words] = PYTHON_STRERROR[code]!;
  return `[Errno ${errno}] ${words}${file === undefined ? '' : `: '${file}'`}`;
}

/** How a failed write to stdout is reported (`[Errno 28] No space left on device`); libuv's words for codes not in the table. */
export function writeErrorText(error: NodeJS.ErrnoException): string {
  const words = (error.code !== undefined && PYTHON_STRERROR[error.code]?.[1]) || error.message;
  return `${error.errno === undefined ? '' : `[Errno ${Math.abs(error.errno)}] `}${words}`;
}

/**
 * `[Errno N] words` of any system error, for str(OSError(errno, strerror, filename)) (the caller
 * appends `: repr(filename)`). Codes outside the table get libuv's lower-case wording, which is
 * glibc's apart from the first letter.
 */
export function errnoText(error: NodeJS.ErrnoException): string {
  const known = error.code === undefined ? undefined : PYTHON_STRERROR[error.code];
  const errno = known?.[0] ?? Math.abs(error.errno ?? 0);
  const words = known?.[1] ?? capitalise(getSystemErrorMap().get(error.errno ?? 0)?.[1] ?? error.code ?? 'Unknown error');
  return `[Errno ${errno}] ${words}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
