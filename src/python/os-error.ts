// Node's system errors in the words the reference prints for an OSError: `[Errno N] strerror`,
// with `: 'path'` after a file's. One table of Python's (glibc's) strerror texts serves the file
// reads the reference reports that way and failed writes to stdout.
const PYTHON_STRERROR: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'],
  EIO: [5, 'Input/output error'],
  EBADF: [9, 'Bad file descriptor'],
  EACCES: [13, 'Permission denied'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EFBIG: [27, 'File too large'],
  ENOSPC: [28, 'No space left on device'],
  EPIPE: [32, 'Broken pipe'],
  EDQUOT: [122, 'Disk quota exceeded'],
};

/** The failures of reading a file that the reference words as an OSError; others keep Node's message. */
const FILE_READ_CODES = new Set(['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR']);

/** Python's OSError text for the errno codes a file read can fail with, else undefined. */
export function pythonOsError(error: unknown, file?: string): string | undefined {
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
