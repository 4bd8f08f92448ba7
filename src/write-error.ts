// How a failed write to stdout is reported: as the reference reports an OSError
// (`[Errno 28] No space left on device`), with Python's strerror for the failures a write
// meets and libuv's words for any other.
const STRERROR: Record<string, string> = {
  ENOSPC: 'No space left on device',
  EIO: 'Input/output error',
  EBADF: 'Bad file descriptor',
  EFBIG: 'File too large',
  EDQUOT: 'Disk quota exceeded',
};

export function writeErrorText(error: NodeJS.ErrnoException): string {
  const words = (error.code !== undefined && STRERROR[error.code]) || error.message;
  return `${error.errno === undefined ? '' : `[Errno ${Math.abs(error.errno)}] `}${words}`;
}
