#!/usr/bin/env node
// Builds dist/ (npm run build, after tsc). The steps, in order, each in scripts/build/:
//   1. bundle       the CLI as one CommonJS script, dist/ssm-assoc.cjs (bundle.mjs, with
//                   plugins.mjs: built-ins loaded on first use, the proxy agents' shims), and
//                   the embedded endpoint, dist/local-endpoint.mjs
//   2. notices      dist/THIRD-PARTY-NOTICES.txt, for the packages both bundles hold
//                   (third-party-notices.mjs, from esbuild's metafiles)
//   then, running what was built with a throwaway HOME (built-cli.mjs):
//   3. launcher     dist/launch.cjs, what bin/ssm-assoc runs, carrying the input skeletons the
//                   CLI printed for its fast path (skeletons.mjs)
//   4. man page     dist/ssm-assoc.1, from the help the CLI prints (man-page.mjs)
//   5. code cache   dist/ssm-assoc.cjs.cache, recorded from one call against the local endpoint
//                   (code-cache.mjs)
import fs from 'node:fs';
import path from 'node:path';
import { bundleCli, bundleLocalEndpoint } from './build/bundle.mjs';
import { runCli, withSealedEnv } from './build/built-cli.mjs';
import { writeCodeCache } from './build/code-cache.mjs';
import { dist, root, writeAtomically } from './build/dist.mjs';
import { manPage } from './build/man-page.mjs';
import { bundleLauncherWithSkeletons } from './build/skeletons.mjs';
import { bundledPackageDirs, thirdPartyNotices } from './build/third-party-notices.mjs';

const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
fs.mkdirSync(dist, { recursive: true });

const metafiles = [await bundleCli(), await bundleLocalEndpoint()];

const bundleInputs = metafiles.flatMap((metafile) => Object.keys(metafile.inputs)).map((input) => path.resolve(root, input));
writeAtomically(path.join(dist, 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(bundledPackageDirs(bundleInputs), `${packageJson.name} ${packageJson.version}`));

await withSealedEnv(async (env) => {
  await bundleLauncherWithSkeletons(env);
  const man = manPage({
    name: packageJson.name,
    version: packageJson.version,
    summary: packageJson.description,
    page: runCli(['help'], env),
    commands: [
      { title: 'update-association-status', page: runCli(['update-association-status', 'help'], env) },
      { title: 'completion', page: runCli(['help', 'completion'], env) },
      { title: 'local-endpoint', page: runCli(['help', 'local-endpoint'], env) },
    ],
  });
  writeAtomically(path.join(dist, 'ssm-assoc.1'), man);
  await writeCodeCache(env);
});
