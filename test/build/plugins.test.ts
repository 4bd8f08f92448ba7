// scripts/build/plugins.mjs: a built-in bundled through lazyBuiltins is not loaded until one of
// its properties is read (or, for assert, until it is called), its keys are the real module's,
// zlib.crc32 can be looked at without loading zlib, fs/promises' readFile is served by fs, and
// built-ins not in the list are left alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

// A computed specifier: the build helpers are plain .mjs without type declarations.
const { LAZY_BUILTINS, lazyBuiltins } = await import(pathToFileURL(path.resolve(import.meta.dirname, '..', '..', 'scripts', 'build', 'plugins.mjs')).href);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-plugins-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Bundles `source` as the CLI is bundled (CommonJS, with the plugin), runs it, returns its stdout lines. */
async function run(source: string): Promise<string[]> {
  const entry = path.join(dir, `entry-${Math.random().toString(36).slice(2)}.mjs`);
  fs.writeFileSync(entry, source);
  const outfile = `${entry}.cjs`;
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', plugins: [lazyBuiltins], logLevel: 'error' });
  const result = spawnSync(process.execPath, [outfile], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.trimEnd().split('\n');
}

const LOADED = `const loaded = (name) => process.moduleLoadList.includes('NativeModule ' + name);`;

describe('lazyBuiltins', () => {
  it('loads a built-in when a property is read, not at import', async () => {
    const lines = await run(`${LOADED}
import readline from 'node:readline';
console.log(loaded('readline'));
console.log(typeof readline.createInterface);
console.log(loaded('readline'));`);
    expect(lines).toEqual(['false', 'function', 'true']);
  });

  it('a namespace import enumerates the real keys without loading the module', async () => {
    const lines = await run(`${LOADED}
import * as cp from 'node:child_process';
import real from 'node:child_process';
const keys = Object.keys(cp).filter((k) => k !== 'default').sort();
console.log(loaded('child_process'));
console.log(JSON.stringify(keys) === JSON.stringify(Object.keys(real).sort()));`);
    expect(lines).toEqual(['false', 'true']);
  });

  // crc32 is in zlib from Node.js 20.15 / 22.2; without it there is nothing to forward.
  it.runIf(typeof zlib.crc32 === 'function')('zlib.crc32 is a forwarding function until zlib is needed, and computes the real checksum', async () => {
    const lines = await run(`${LOADED}
import zlib from 'node:zlib';
console.log(typeof zlib.crc32, loaded('zlib'));
console.log(zlib.crc32('abc'), loaded('zlib'));`);
    expect(lines).toEqual(['function false', '891568578 true']);
  });

  it('a built-in that is a function (assert) is callable before it loads, and loads on the call', async () => {
    const lines = await run(`${LOADED}
import assert from 'node:assert';
console.log(typeof assert, loaded('assert'));
assert(true);
console.log(loaded('assert'));
try { assert(false, 'no'); } catch (error) { console.log(error.code, error.message); }`);
    expect(lines).toEqual(['function false', 'true', 'ERR_ASSERTION no']);
  });

  it('fs/promises readFile is served by fs.readFile: same contents and errors, fs/promises never loaded', async () => {
    const file = path.join(dir, 'contents.txt');
    fs.writeFileSync(file, 'caf\u00e9\n');
    const lines = await run(`${LOADED}
import { readFile } from 'node:fs/promises';
(async () => {
  console.log(JSON.stringify(await readFile(${JSON.stringify(file)}, 'utf8')), (await readFile(${JSON.stringify(file)})).length);
  for (const missing of [${JSON.stringify(path.join(dir, 'missing'))}, ${JSON.stringify(dir)}]) {
    try { await readFile(missing, 'utf8'); } catch (error) { console.log(error.code, error.syscall, error.message); }
  }
  console.log(loaded('fs/promises'));
})();`);
    const real = async (target: string) => {
      try {
        await fs.promises.readFile(target, 'utf8');
        return 'read';
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        return `${e.code} ${e.syscall} ${e.message}`;
      }
    };
    expect(lines).toEqual([`${JSON.stringify('caf\u00e9\n')} 6`, await real(path.join(dir, 'missing')), await real(dir), 'false']);
  });

  it('leaves other built-ins as plain requires', async () => {
    expect(LAZY_BUILTINS).not.toContain('http');
    const lines = await run(`${LOADED}
import http from 'node:http';
console.log(loaded('http'), typeof http.Agent);`);
    expect(lines).toEqual(['true function']);
  });
});
