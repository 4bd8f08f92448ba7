// The esbuild steps: the CLI as one CommonJS module function (dist/ssm-assoc.cjs), the launcher
// (dist/launch.cjs) and the local endpoint (dist/local-endpoint.mjs).
// Why one script and not ES modules: V8's code cache is reachable from vm.Script on Node 20,
// not from the ES module loader, and the compile it saves is the largest part of a call's
// start-up (README, design notes). Our own modules import each other statically, so esbuild
// tree-shakes the whole graph; the packages' few `import()` of built-ins become plain requires
// when reached, since a vm.Script has no module loader to go to.
import crypto from 'node:crypto';
import { build } from 'esbuild';
import path from 'node:path';
import { dist, root, writeAtomically } from './dist.mjs';
import { SHIM_ALIASES, lazyBuiltins } from './plugins.mjs';

/** The first line of dist/ssm-assoc.cjs, before the bundle's id (src/launcher/launch.cts reads it). */
const BUNDLE_ID_PREFIX = '// ssm-assoc bundle ';
/**
 * The CommonJS wrapper, written around the bundle here rather than added by the launcher at every
 * start: concatenating it there made V8 hold a second copy of the 0.9 MB source.
 */
const MODULE_WRAPPER_OPEN = '(function (exports, require, module, __filename, __dirname) {';
const MODULE_WRAPPER_CLOSE = '\n})';

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  minify: true,
  // No keepNames: its __name() call on every function and class cost 1.8 MiB of a call's peak
  // RSS (npm run bench). Nothing here reads a minified name: our errors and the SDK's set `name`
  // explicitly; the SDK's `constructor.name === "NoOpLogger"` checks only choose between a logger
  // and console.warn, and every client and provider gets our own logger (call/client.ts).
  keepNames: false,
  // Prefer the packages' ESM builds: they tree-shake (the SSM client's 150 other commands go).
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

/**
 * dist/ssm-assoc.cjs: the whole CLI, tree-shaken and minified; its first line carries the
 * bundle's id (SHA-256 of the rest). Returns esbuild's metafile (for the notices).
 */
export async function bundleCli() {
  const result = await build({
    ...common,
    format: 'cjs',
    entryPoints: [path.join(root, 'src/main.ts')],
    plugins: [lazyBuiltins],
    alias: SHIM_ALIASES,
    // A dynamic import() in a vm.Script has no loader to go to: esbuild turns the packages' own
    // `import("node:async_hooks")` into a require of the built-in, made when it is reached.
    supported: { 'dynamic-import': false },
    write: false,
    outfile: path.join(dist, 'ssm-assoc.cjs'),
    metafile: true,
  });
  const text = result.outputFiles[0].text;
  if (/\bimport\(/.test(text)) throw new Error('dist/ssm-assoc.cjs still contains a dynamic import(); see scripts/build/bundle.mjs');
  const id = crypto.createHash('sha256').update(text).digest('hex');
  writeAtomically(path.join(dist, 'ssm-assoc.cjs'), `${BUNDLE_ID_PREFIX}${id}\n${MODULE_WRAPPER_OPEN}${text}${MODULE_WRAPPER_CLOSE}`);
  return result.metafile;
}

/** The only modules the launcher may bundle: its own folder and the two it needs for --version and errors. */
const LAUNCHER_INPUTS = /^(src\/launcher\/[^/]+\.cts|src\/python\/os-error\.ts|src\/version\.ts|package\.json)$/;

/**
 * dist/launch.cjs, with the fast path's skeleton texts (src/launcher/fast-path.cts), checked
 * against src/launcher/tsconfig.json. It must stay small: anything it bundles beyond
 * LAUNCHER_INPUTS and built-ins slows --version, so that fails the build.
 */
export async function bundleLauncher(skeletons) {
  const result = await build({
    ...common,
    format: 'cjs',
    entryPoints: [path.join(root, 'src/launcher/launch.cts')],
    outfile: path.join(dist, 'launch.cjs'),
    tsconfig: path.join(root, 'src/launcher/tsconfig.json'),
    define: {
      __SKELETON_INPUT__: JSON.stringify(skeletons.input),
      __SKELETON_YAML_INPUT__: JSON.stringify(skeletons.yamlInput),
    },
    metafile: true,
  });
  const strays = Object.keys(result.metafile.inputs).filter((input) => !LAUNCHER_INPUTS.test(input));
  if (strays.length > 0) throw new Error(`dist/launch.cjs bundles modules beyond the launcher's: ${strays.join(', ')}`);
}

/** dist/local-endpoint.mjs, the embedded SSM endpoint. Returns esbuild's metafile. */
export async function bundleLocalEndpoint() {
  const { metafile } = await build({
    ...common,
    format: 'esm',
    entryPoints: { 'local-endpoint': path.join(root, 'src/local-endpoint/main.ts') },
    outdir: dist,
    outExtension: { '.js': '.mjs' },
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __ssmAssocCreateRequire } from 'node:module'; const require = __ssmAssocCreateRequire(import.meta.url);" },
    metafile: true,
  });
  return metafile;
}
