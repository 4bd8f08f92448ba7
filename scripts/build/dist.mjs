// Where the build reads and writes: the repository root and dist/. dist/ is never removed
// whole, and each file is written to a temporary name and renamed into place, so a process
// starting meanwhile always finds a complete file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = path.join(root, 'dist');

export function writeAtomically(file, contents) {
  fs.writeFileSync(`${file}.tmp`, contents);
  fs.renameSync(`${file}.tmp`, file);
}
