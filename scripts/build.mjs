#!/usr/bin/env node
// Bundles the CLI and the local endpoint into dist/ with esbuild, so start-up reads one module
// graph instead of hundreds of package files; modules most calls never need (the SDK client,
// formatters other than JSON, JMESPath, YAML input) are split into chunks loaded on demand.
// Then dist/fast-path.cjs: the answers bin/ssm-assoc gives without loading the CLI at all.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  minify: true,
  // The SDK tells loggers apart by constructor name; keep names through minification.
  keepNames: true,
  // Prefer the packages' ESM builds: smaller bundles, and no CommonJS require shims at start-up.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __ssmAssocCreateRequire } from 'node:module'; const require = __ssmAssocCreateRequire(import.meta.url);" },
};
const cli = await build({
  ...common,
  entryPoints: { 'ssm-assoc': path.join(root, 'src/main.ts') },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});
// Chunks of earlier builds would linger under old hashes. dist/ is never removed whole: a
// process starting meanwhile (a test, a second terminal) must always find a complete build.
const current = new Set(Object.keys(cli.metafile.outputs).map((file) => path.resolve(file)));
const chunks = path.join(dist, 'chunks');
for (const file of fs.readdirSync(chunks)) {
  if (!current.has(path.join(chunks, file))) fs.rmSync(path.join(chunks, file));
}
await build({
  ...common,
  entryPoints: { 'local-endpoint': path.join(root, 'src/local-endpoint/main.ts') },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
});

const skeleton = (...value) =>
  execFileSync(process.execPath, [path.join(dist, 'ssm-assoc.mjs'), 'update-association-status', '--generate-cli-skeleton', ...value], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dist, AWS_EC2_METADATA_DISABLED: 'true', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' },
  });
await build({
  ...common,
  format: 'cjs',
  banner: {},
  entryPoints: { 'fast-path': path.join(root, 'src/fast-path.ts') },
  outdir: dist,
  outExtension: { '.js': '.cjs' },
  define: {
    __SKELETON_INPUT__: JSON.stringify(skeleton('input')),
    __SKELETON_YAML_INPUT__: JSON.stringify(skeleton('yaml-input')),
  },
});
