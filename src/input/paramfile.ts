// Parameter values read from local files (awscli/paramfile.py), applied to every operation
// option before its value is parsed; global options (--region, --query, ...) never are.
//
//   value = "file://" path    → the file's text: decoded (UTF-8 unless AWS_CLI_FILE_ENCODING
//                               names a codec), "\r\n" and "\r" turned into "\n"
//         | "fileb://" path   → the file's bytes
//         | anything else     → not a paramfile; the value stays as typed
//   path  = ~ and ~user expanded, then $NAME / ${NAME} from the environment (unknown names stay);
//           a relative path is relative to the working directory
// The prefixes are case-sensitive and must come first: " file://x" is an ordinary value.
//
// Reading the file is the only effect, and it goes through ParamFileIo so tests can run
// without a filesystem. The real one reads asynchronously (a FIFO or /dev/stdin never blocks a
// signal) and at most PARAM_FILE_LIMIT bytes (src/file-read.ts).

import fs from 'node:fs';
import os from 'node:os';
import { CliError } from '../errors.js';
import { FileTooLargeError, readFileBounded, sizeText } from '../file-read.js';
import { errnoText } from '../python/os-error.js';
import { pyStringRepr } from '../python/repr.js';
import { ParamError } from './param-error.js';

/**
 * The largest file a file:// or fileb:// value may name (the reference has no limit). A request
 * of this operation is a few kilobytes; at 60 MiB, a document of small values already exhausts
 * a 2 GB heap once decoded and quoted in a validation message.
 */
export const PARAM_FILE_LIMIT = 4 * 2 ** 20;

export interface ParamFileIo {
  /**
   * The whole file. Throws Node's errno error (code ENOENT, EISDIR, EACCES, ...) on failure,
   * or FileTooLargeError.
   */
  readFile(path: string): Promise<Uint8Array> | Uint8Array;
  /** For ~, $NAME and AWS_CLI_FILE_ENCODING. */
  env: Readonly<Record<string, string | undefined>>;
  /** Home directory of a user (`~name`), or of the current user when `name` is undefined. */
  userHome(name?: string): string | undefined;
}

/** What a paramfile value loads as: text for file://, bytes for fileb://. */
export type ParamFileContents = string | Uint8Array;

/** The value of one option as argparse hands it over: list shapes take several words. */
export type RawOptionValue = string | string[];

/** /etc/passwd's home field for `name`, as Python's pwd.getpwnam would find it. */
function passwdHome(name: string): string | undefined {
  try {
    for (const line of fs.readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const fields = line.split(':');
      if (fields[0] === name && fields.length >= 7) return fields[5];
    }
  } catch {
    // No passwd database: the path is left unexpanded, like a missing user.
  }
  return undefined;
}

export const nodeParamFileIo: ParamFileIo = {
  readFile: (path) => readFileBounded(path, PARAM_FILE_LIMIT),
  env: process.env,
  userHome: (name) => (name === undefined ? os.userInfo().homedir : passwdHome(name)),
};

/** posixpath.expanduser */
function expandUser(path: string, io: ParamFileIo): string {
  if (!path.startsWith('~')) return path;
  let slash = path.indexOf('/', 1);
  if (slash < 0) slash = path.length;
  const home = slash === 1 ? (io.env['HOME'] ?? io.userHome()) : io.userHome(path.slice(1, slash));
  if (home === undefined) return path;
  return home.replace(/\/+$/, '') + path.slice(slash) || '/';
}

/** posixpath.expandvars: $NAME and ${NAME}, names of ASCII word characters; unknown ones stay. */
function expandVars(path: string, env: ParamFileIo['env']): string {
  return path.replace(/\$(\w+|\{[^}]*\})/g, (whole, ref: string) => {
    const name = ref.startsWith('{') && ref.endsWith('}') ? ref.slice(1, -1) : ref;
    return env[name] ?? whole;
  });
}

/** Python's OSError text for a file that could not be read: `[Errno 2] No such file or directory: 'x'`. */
function osErrorText(error: unknown, filePath: string): string {
  return `${errnoText(error as NodeJS.ErrnoException)}: ${pyStringRepr(filePath)}`;
}

type Codec = (bytes: Uint8Array) => string;

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** The decoder for a Python codec name; undefined when Python would not know it either. */
function codecFor(name: string): Codec | undefined {
  const key = name.toLowerCase().replace(/[-_ ]/g, '');
  if (['utf8', 'u8', 'utf', 'cp65001'].includes(key)) return utf8;
  if (key === 'utf8sig') return (bytes) => utf8(bytes).replace(/^\ufeff/, '');
  if (['latin1', 'latin', 'l1', 'iso88591', 'iso885911987', '8859', 'cp819'].includes(key)) {
    return (bytes) => Buffer.from(bytes).toString('latin1');
  }
  if (['ascii', 'usascii', '646', 'us'].includes(key)) {
    return (bytes) => {
      if (bytes.some((b) => b > 0x7f)) throw new TypeError('not ascii');
      return Buffer.from(bytes).toString('latin1');
    };
  }
  try {
    const decoder = new TextDecoder(name, { fatal: true });
    return (bytes) => decoder.decode(bytes);
  } catch {
    return undefined;
  }
}


/**
 * The contents `value` refers to when it starts with file:// or fileb://, else undefined.
 * `paramName` (e.g. `--association-status`) only names the option in errors.
 */
export async function readParamFile(
  paramName: string,
  value: string,
  io: ParamFileIo = nodeParamFileIo,
): Promise<ParamFileContents | undefined> {
  const binary = value.startsWith('fileb://');
  if (!binary && !value.startsWith('file://')) return undefined;
  const filePath = expandVars(expandUser(value.slice(binary ? 'fileb://'.length : 'file://'.length), io), io.env);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(filePath);
  } catch (error) {
    // The reference reads any size and runs out of memory (a bare MemoryError, exit 255).
    if (error instanceof FileTooLargeError) {
      throw new CliError(
        'other',
        `Error parsing parameter '${paramName}': Unable to load paramfile ${value}: the file is larger than the ${sizeText(error.limit)} limit`,
      );
    }
    throw new ParamError(paramName, `Unable to load paramfile ${value}: ${osErrorText(error, filePath)}`);
  }
  if (binary) return bytes;
  const encoding = io.env['AWS_CLI_FILE_ENCODING'];
  const decode = encoding === undefined ? utf8 : codecFor(encoding);
  // Python looks the codec up once the file is open, and that LookupError is no paramfile
  // error: it reaches the top level as it is.
  if (decode === undefined) throw new CliError('other', `unknown encoding: ${encoding}`);
  let text: string;
  try {
    text = decode(bytes);
  } catch {
    throw new ParamError(
      paramName,
      `Unable to load paramfile (${filePath}), text contents could not be decoded.  If this is a binary ` +
        'file, please use the fileb:// prefix instead of the file:// prefix.',
    );
  }
  // Python reads text files with universal newlines.
  return text.replace(/\r\n?/g, '\n');
}
