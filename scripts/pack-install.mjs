// Packs the project as `npm pack` does and installs the tarball globally into a temporary prefix
// from an empty folder, as a user would: `npm i -g --prefix PREFIX ./ssm-assoc-X.tgz`. Used by the
// package check (scripts/check-package.mjs, run by .ci/run) and by `npm run bench` for the
// installed copy's row. The package has no dependencies, so the install needs no network.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * root:          the project
 * work:          an empty folder to pack and install in (kept; the caller removes it)
 * ignoreScripts: pack the dist/ as it is, without prepack's fresh build (the bench has just built)
 * Returns the tarball, the prefix, the installed bin/ssm-assoc and a PATH holding only the
 * prefix's bin/ and a folder with the running node.
 */
export function packAndInstall({ root, work, ignoreScripts = false, env = process.env }) {
  const npmEnv = { ...env, npm_config_cache: path.join(work, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work, ...(ignoreScripts ? ['--ignore-scripts'] : [])], {
      cwd: root,
      env: npmEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const tarball = path.join(work, packed[0].filename);
  const elsewhere = path.join(work, 'elsewhere');
  const prefix = path.join(work, 'prefix');
  fs.mkdirSync(elsewhere);
  execFileSync('npm', ['install', '--global', '--prefix', prefix, tarball], { cwd: elsewhere, env: npmEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  // bin/ssm-assoc starts with `#!/usr/bin/env node`: PATH must find node, and nothing else of ours.
  const nodeDir = path.join(work, 'node-only');
  fs.mkdirSync(nodeDir);
  fs.symlinkSync(process.execPath, path.join(nodeDir, 'node'));
  return { tarball, files: packed[0].files.map((f) => f.path), prefix, elsewhere, bin: path.join(prefix, 'bin', 'ssm-assoc'), path: [path.join(prefix, 'bin'), nodeDir].join(path.delimiter), npmEnv };
}
