// What bin/ssm-assoc runs, built to dist/launch.cjs. It answers the commands that need no parsing
// (src/launcher/fast-path.cts) with one synchronous write, and otherwise loads the CLI bundle
// (dist/ssm-assoc.cjs, one CommonJS script) with the V8 code cache the build recorded beside it
// (dist/ssm-assoc.cjs.cache), so that a call neither parses nor compiles the bundle: on Node 20
// that compile is the largest part of a call's start-up. The cache is only a shortcut: a cache
// from another build, another V8 or other V8 flags is ignored and the bundle is compiled as usual.
// Where V8 refuses the shipped cache (an install running on another Node.js, or other V8 flags),
// the process records a cache of its own when it exits, in the user's cache folder
// ($XDG_CACHE_HOME/ssm-assoc/ or ~/.cache/ssm-assoc/, one file per bundle and Node.js version),
// and later runs use that one. It is written to a temporary file and renamed into place, so a
// concurrent run never reads half of it; a folder that cannot be written costs only the compile.
//
// Cache file layout: the bundle's id (64 hex digits, the SHA-256 the build put in the bundle's
// first line), a newline, then V8's cached data. V8 itself checks only the source's length, so
// the id is what ties a cache to the exact bundle it was made from.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import { fastAnswer } from './fast-path.cjs';
import { writeErrorText } from '../python/os-error.js';

export const BUNDLE_ID_PREFIX = '// ssm-assoc bundle ';
const ID_LENGTH = 64;

interface CliBundle {
  startCli(argv: string[]): void;
}

export interface LaunchOptions {
  /** The build's hook: where to write a fresh code cache when the process exits. */
  writeCodeCache?: string;
}

/**
 * Writes all of `text` to stdout now; a closed pipe (`| head -c 1`) ends quietly, any other
 * failure as the reference reports it (`[Errno 28] No space left on device`, exit 255).
 */
function writeAnswer(text: string): void {
  const bytes = Buffer.from(text);
  let offset = 0;
  try {
    while (offset < bytes.length) offset += fs.writeSync(1, bytes, offset);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return;
    if (code === 'EAGAIN') {
      // A non-blocking pipe that is full: let the stream wait for it.
      process.stdout.on('error', () => {});
      process.stdout.write(bytes.subarray(offset));
      return;
    }
    process.stderr.write(`${writeErrorText(error as NodeJS.ErrnoException)}\n`);
    process.exitCode = 255;
  }
}

/**
 * What became of the code cache: used; absent (no file, or recording a new one); made for another
 * bundle (its id differs); or refused by V8 (another V8 version or other flags, or damaged).
 */
export type CodeCacheUse = 'used' | 'absent' | 'other-bundle' | 'refused';

/** The id the build put in the bundle's first line, or '' for a bundle without one. */
function bundleId(source: string): string {
  return source.startsWith(BUNDLE_ID_PREFIX) ? source.slice(BUNDLE_ID_PREFIX.length, BUNDLE_ID_PREFIX.length + ID_LENGTH) : '';
}

function readCodeCache(cacheFile: string, id: string): { data?: Buffer; use: CodeCacheUse } {
  let cache: Buffer;
  try {
    cache = fs.readFileSync(cacheFile);
  } catch {
    return { use: 'absent' };
  }
  const matches = id.length === ID_LENGTH && cache.length > ID_LENGTH + 1 && cache.toString('latin1', 0, ID_LENGTH) === id && cache[ID_LENGTH] === 0x0a;
  return matches ? { data: cache.subarray(ID_LENGTH + 1), use: 'used' } : { use: 'other-bundle' };
}

/** The user's home, or '' where there is none (no HOME and no password entry for the uid). */
function homeFolder(): string {
  try {
    return os.homedir();
  } catch {
    return '';
  }
}

/**
 * The user's own cache for this bundle on this Node.js: $XDG_CACHE_HOME (only when absolute, as
 * the XDG spec says) or ~/.cache, then ssm-assoc/ID-node-VERSION-ARCH.cache.
 */
function userCodeCacheFile(id: string): string | undefined {
  const xdg = process.env.XDG_CACHE_HOME;
  const home = homeFolder();
  const base = xdg !== undefined && path.isAbsolute(xdg) ? xdg : home === '' ? undefined : path.join(home, '.cache');
  return id.length === ID_LENGTH && base !== undefined ? path.join(base, 'ssm-assoc', `${id}-node-${process.version}-${process.arch}.cache`) : undefined;
}

/** Writes a cache file whole or not at all: a temporary file of this process, renamed into place. */
function writeCacheFile(file: string, id: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from(`${id}\n`, 'latin1'), data]));
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** Compiles and runs the bundle as a CommonJS module would be, with the code cache when it fits. */
export function loadCli(options: LaunchOptions = {}): { cli: CliBundle; codeCache: CodeCacheUse } {
  const bundleFile = path.join(__dirname, 'ssm-assoc.cjs');
  let source: string;
  try {
    source = fs.readFileSync(bundleFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    process.stderr.write(`ssm-assoc is not built: ${bundleFile} is missing; run npm run build (npm ci does) in ${path.dirname(__dirname)}\n`);
    process.exit(255);
  }
  const id = bundleId(source);
  const recording = options.writeCodeCache !== undefined;
  // The user's cache exists only where the shipped one was refused before: it goes first.
  const userFile = recording ? undefined : userCodeCacheFile(id);
  const userCache = userFile === undefined ? { use: 'absent' as const } : readCodeCache(userFile, id);
  const cache = recording ? { use: 'absent' as const } : userCache.use === 'used' ? userCache : readCodeCache(`${bundleFile}.cache`, id);
  // The build wrote the CommonJS wrapper around the bundle (scripts/build/bundle.mjs), so the
  // script's value is the module function and V8 keeps one copy of the source, not two.
  const script = new vm.Script(source, {
    filename: bundleFile,
    cachedData: cache.data,
  });
  const module = { exports: {} as CliBundle };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundleFile), module, bundleFile, path.dirname(bundleFile));
  const use: CodeCacheUse = cache.data !== undefined && script.cachedDataRejected === true ? 'refused' : cache.use;
  const out = options.writeCodeCache ?? (use === 'used' ? undefined : userFile);
  if (out !== undefined) {
    // After the run, so the functions the call compiled on the way are in the cache too.
    process.on('exit', () => {
      try {
        writeCacheFile(out, id, script.createCachedData());
      } catch (error) {
        // The build must know; a user's unwritable cache folder only costs the compile.
        if (recording) throw error;
      }
    });
  }
  return { cli: module.exports, codeCache: use };
}

export function launch(argv: string[], options: LaunchOptions = {}): void {
  const answer = options.writeCodeCache === undefined ? fastAnswer(argv) : undefined;
  if (answer !== undefined) writeAnswer(answer);
  else loadCli(options).cli.startCli(argv);
}
