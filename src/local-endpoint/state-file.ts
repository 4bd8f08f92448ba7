// The --state file of the local State Manager: read once at start (a missing file is an empty
// state; an unreadable or corrupt one is a StateError naming the file), written after every
// change so that it survives restarts. Writes are atomic: the JSON goes to a temporary file in
// the same directory, is fsynced, then renamed over the old file (rename is atomic on POSIX),
// so a crash at any point leaves either the old or the new complete file, never a partial one.
import fs from 'node:fs';
import path from 'node:path';
import { StateError, type AssociationStore } from './associations.js';

/** Loads `file` into the store; returns false when the file does not exist yet. */
export function loadState(file: string, store: AssociationStore): boolean {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === 'ENOENT') return false;
    throw new StateError(`${file}: cannot read state file (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StateError(`${file}: state file is not valid JSON (${(error as Error).message})`);
  }
  store.restore(json, file);
  return true;
}

/** Writes the store's snapshot to `file` atomically (temp file + fsync + rename + directory fsync). */
export function saveState(file: string, store: AssociationStore): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = fs.openSync(temporary, 'w', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(store.snapshot()) + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
  // The rename itself is durable only once the directory entry is on disk.
  let dir: number | undefined;
  try {
    dir = fs.openSync(path.dirname(file), 'r');
    fs.fsyncSync(dir);
  } catch {
    // Some filesystems refuse fsync on a directory; the rename is still atomic.
  } finally {
    if (dir !== undefined) fs.closeSync(dir);
  }
}
