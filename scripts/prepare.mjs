#!/usr/bin/env node
// npm's `prepare` hook: builds dist/ after `npm ci` / `npm install` in a clone. `npm pack` and
// `npm publish` run `prepare` too, right after `prepack`, which has just built: building twice
// would only cost time, so it is skipped there. The build needs the devDependencies (tsc,
// esbuild and the packages bundled into dist/); without them (`npm ci --omit=dev`) it says so
// instead of failing with `tsc: not found`. package.json runs this file only where it exists:
// the packed package has no scripts/, and npm may run `prepare` when a tarball is installed
// (`--allow-scripts`), where dist/ is already built.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

if (['pack', 'publish'].includes(process.env.npm_command ?? '')) process.exit(0);
const require = createRequire(import.meta.url);
try {
  require.resolve('typescript/package.json');
  require.resolve('esbuild/package.json');
} catch {
  process.stderr.write(
    'ssm-assoc: cannot build: the build tools (devDependencies) are not installed. In a clone run `npm ci` without --omit=dev; ' +
      'to use ssm-assoc without building, install a packed copy (`npm i -g ./ssm-assoc-X.tgz`, made by `npm pack` where the build tools are).\n',
  );
  process.exit(1);
}
const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
