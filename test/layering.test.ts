// The dependency rules of src/ (.dependency-cruiser.cjs), checked by dependency-cruiser itself:
// no import cycles among runtime imports, and each folder imports only the layers below it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

describe('dependency rules', () => {
  it('src/ keeps them (dependency-cruiser)', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toMatch(/no dependency violations found/);
    expect(result.status).toBe(0);
  }, 60_000);
});
