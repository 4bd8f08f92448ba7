#!/usr/bin/env node
// Bundles the CLI and the local endpoint into dist/ with esbuild: one file each, so start-up
// reads one module graph instead of hundreds of package files.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  // Prefer the packages' ESM builds: smaller bundles, and no CommonJS require shims at start-up.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __ssmAssocCreateRequire } from 'node:module'; const require = __ssmAssocCreateRequire(import.meta.url);" },
};
await build({
  ...common,
  entryPoints: { 'ssm-assoc': path.join(root, 'src/main.ts') },
  outdir: path.join(root, 'dist'),
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
await build({
  ...common,
  entryPoints: { 'local-endpoint': path.join(root, 'src/local-endpoint/main.ts') },
  outdir: path.join(root, 'dist'),
  outExtension: { '.js': '.mjs' },
});
