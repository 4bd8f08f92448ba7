#!/usr/bin/env node
// Builds dist/ with esbuild:
//   ssm-assoc.cjs        the whole CLI as one CommonJS script (tree-shaken, minified). Its first
//                        line carries the bundle's id (SHA-256 of the rest).
//   ssm-assoc.cjs.cache  V8's code cache for it, recorded by running one documentation call
//                        against the local endpoint, so later calls skip parsing and compiling.
//   launch.cjs           what bin/ssm-assoc runs: the fast answers (--version, input skeletons,
//                        whose text is what the CLI printed here) and the cached load.
//   local-endpoint.mjs   the embedded SSM endpoint.
//   ssm-assoc.1          the man page, from the help the CLI prints (scripts/build/man-page.mjs).
//   THIRD-PARTY-NOTICES.txt  licences and copyright lines of the packages in the bundles, read
//                        from esbuild's metafile (scripts/build/third-party-notices.mjs).
// Why one script and not ES modules: V8's code cache is reachable from vm.Script on Node 20,
// not from the ES module loader, and the compile it saves is the largest part of a call's
// start-up (README, design notes). Built-in modules a call may never need (https, child_process,
// readline, ...) are loaded on first use instead of at start-up (lazyBuiltins).
// dist/ is never removed whole: a process starting meanwhile must always find a complete build.
import { build } from 'esbuild';
import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { manPage } from './build/man-page.mjs';
import { bundledPackageDirs, thirdPartyNotices } from './build/third-party-notices.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const require = createRequire(import.meta.url);
const BUNDLE_ID_PREFIX = '// ssm-assoc bundle ';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  minify: true,
  // The SDK tells loggers and errors apart by constructor name; keep names through minification.
  keepNames: true,
  // Prefer the packages' ESM builds: they tree-shake (the SSM client's 150 other commands go).
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

/**
 * Our own `await import('./x.js')` (lazy loading for the ES module build) become static imports:
 * in a single script esbuild would otherwise wrap each lazily imported module graph in an
 * initializer and stop tree-shaking inside it.
 */
const staticOwnImports = {
  name: 'static-own-imports',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const hoisted = [];
      const source = fs.readFileSync(args.path, 'utf8').replace(/await import\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, quote, specifier) => {
        const name = `__ownModule${hoisted.length}`;
        hoisted.push(`import * as ${name} from ${quote}${specifier}${quote};`);
        return name;
      });
      return { contents: `${hoisted.join('\n')}\n${source}`, loader: 'ts' };
    });
  },
};

/**
 * Built-in modules loaded on first use: each becomes a stand-in whose properties load the real
 * module when read. Its key list is read here, so esbuild's interop helpers can enumerate it
 * without loading anything. https/tls only for https endpoints, child_process for the pager,
 * readline for prompts and fleet input.
 * A few functions are only looked at during start-up (`typeof zlib.crc32` in @smithy/core's
 * checksums, which an SSM call never computes): for these the stand-in hands out a forwarding
 * function instead of loading the module (1.5 ms for zlib).
 */
const LAZY_BUILTINS = ['http', 'https', 'http2', 'tls', 'child_process', 'readline', 'readline/promises', 'zlib', 'dgram'];
const FORWARDED_FUNCTIONS = { zlib: ['crc32'] };
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?[a-z_0-9/]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!LAZY_BUILTINS.includes(name)) return undefined;
      return args.namespace === 'lazy-builtin' ? { path: `node:${name}`, external: true } : { path: name, namespace: 'lazy-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      loader: 'js',
      contents: `let real;
const load = () => (real ??= require(${JSON.stringify(`node:${args.path}`)}));
const keys = ${JSON.stringify(Object.keys(require(`node:${args.path}`)))};
const forwarded = new Map(${JSON.stringify((FORWARDED_FUNCTIONS[args.path] ?? []).filter((key) => typeof require(`node:${args.path}`)[key] === 'function'))}.map((key) => [key, function (...rest) { return load()[key].apply(this, rest); }]));
module.exports = new Proxy({}, {
  get: (_, key) => (key === '__esModule' ? undefined : real === undefined && forwarded.has(key) ? forwarded.get(key) : load()[key]),
  has: (_, key) => keys.includes(key),
  ownKeys: () => keys,
  getOwnPropertyDescriptor: (_, key) => (keys.includes(key) ? { configurable: true, enumerable: true, writable: false, value: undefined } : undefined),
});`,
    }));
  },
};

async function buildCli() {
  const result = await build({
    ...common,
    format: 'cjs',
    entryPoints: [path.join(root, 'src/main.ts')],
    outfile: path.join(dist, 'ssm-assoc.cjs'),
    plugins: [staticOwnImports, lazyBuiltins],
    // The proxy agents' optional parts: `debug` logging (stderr, when DEBUG names them) and
    // Kerberos proxy authentication (a dynamic import of an addon); see src/shims/.
    alias: { debug: path.join(root, 'src/shims/debug.ts'), 'proxy-agent-negotiate': path.join(root, 'src/shims/proxy-agent-negotiate.ts') },
    write: false,
    metafile: true,
  });
  // A dynamic import() in a vm.Script has no loader to go to: the packages' own
  // `import("node:http")` become plain requires of the built-in.
  const text = result.outputFiles[0].text.replace(/\bimport\("node:([a-z_0-9/]+)"\)/g, 'Promise.resolve(require("node:$1"))');
  if (/\bimport\(/.test(text)) throw new Error('dist/ssm-assoc.cjs still contains a dynamic import(); see scripts/build.mjs');
  const id = crypto.createHash('sha256').update(text).digest('hex');
  writeAtomically(path.join(dist, 'ssm-assoc.cjs'), `${BUNDLE_ID_PREFIX}${id}\n${text}`);
  return result.metafile;
}

function writeAtomically(file, contents) {
  fs.writeFileSync(`${file}.tmp`, contents);
  fs.renameSync(`${file}.tmp`, file);
}

/** Runs the freshly built CLI (not the fast path) and returns what it printed. */
function runCli(args, env) {
  return execFileSync(process.execPath, ['-e', 'require(process.argv[1]).loadCli().cli.startCli(process.argv.slice(2))', path.join(dist, 'launch.cjs'), ...args], {
    encoding: 'utf8',
    env,
  });
}

async function buildLaunch(skeletons) {
  await build({
    ...common,
    format: 'cjs',
    entryPoints: [path.join(root, 'src/launch.ts')],
    outfile: path.join(dist, 'launch.cjs'),
    define: {
      __SKELETON_INPUT__: JSON.stringify(skeletons.input),
      __SKELETON_YAML_INPUT__: JSON.stringify(skeletons.yamlInput),
    },
  });
}

/** Starts dist/local-endpoint.mjs on a free port; resolves to its URL and a stop function. */
async function startEndpoint() {
  const child = spawn(process.execPath, [path.join(dist, 'local-endpoint.mjs'), '--port', '0', '--seed', path.join(root, 'examples/local-endpoint-seed.json')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).once('line', resolve);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`local endpoint exited with ${code} before listening`)));
  });
  child.stdout.resume();
  const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
  if (!url) throw new Error(`unexpected local endpoint banner: ${line}`);
  return { url, stop: () => child.kill('SIGTERM') };
}

/** Records the code cache from the documentation call, the one `npm run bench` times. */
async function recordCodeCache(sealedEnv) {
  const endpoint = await startEndpoint();
  const cacheFile = path.join(dist, 'ssm-assoc.cjs.cache');
  try {
    const script = `require(process.argv[1]).launch(process.argv.slice(3), { writeCodeCache: process.argv[2] })`;
    const args = [
      'update-association-status',
      '--name', 'AWS-UpdateSSMAgent',
      '--instance-id', 'i-1234567890abcdef0',
      '--association-status', 'Date=1424421071.939,Name=Pending,Message=code-cache,AdditionalInfo=Additional-Config-Needed',
      '--endpoint-url', endpoint.url,
    ];
    execFileSync(process.execPath, ['-e', script, path.join(dist, 'launch.cjs'), cacheFile, ...args], {
      encoding: 'utf8',
      env: { ...sealedEnv, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', AWS_DEFAULT_REGION: 'us-east-1' },
    });
  } finally {
    endpoint.stop();
  }
}

fs.mkdirSync(dist, { recursive: true });
const cliMetafile = await buildCli();
const { metafile: endpointMetafile } = await build({
  ...common,
  format: 'esm',
  entryPoints: { 'local-endpoint': path.join(root, 'src/local-endpoint/main.ts') },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __ssmAssocCreateRequire } from 'node:module'; const require = __ssmAssocCreateRequire(import.meta.url);" },
  metafile: true,
});
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const bundleInputs = [...Object.keys(cliMetafile.inputs), ...Object.keys(endpointMetafile.inputs)].map((input) => path.resolve(root, input));
writeAtomically(path.join(dist, 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(bundledPackageDirs(bundleInputs), `${packageJson.name} ${packageJson.version}`));

// Nothing the build runs reads the builder's own AWS settings or reaches beyond 127.0.0.1.
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-build-'));
const sealedEnv = {
  PATH: process.env.PATH,
  HOME: home,
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_CONFIG_FILE: path.join(home, 'config'),
  AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
  AWS_PAGER: '',
};
try {
  // The fast path's skeletons are what the CLI itself prints: a first launch.cjs without them
  // runs the CLI, the second carries them.
  await buildLaunch({ input: '', yamlInput: '' });
  const skeletons = {
    input: runCli(['update-association-status', '--generate-cli-skeleton', 'input'], sealedEnv),
    yamlInput: runCli(['update-association-status', '--generate-cli-skeleton', 'yaml-input'], sealedEnv),
  };
  await buildLaunch(skeletons);
  writeAtomically(
    path.join(dist, 'ssm-assoc.1'),
    manPage({
      name: packageJson.name,
      version: packageJson.version,
      summary: packageJson.description,
      page: runCli(['help'], sealedEnv),
      commands: [
        { title: 'update-association-status', page: runCli(['update-association-status', 'help'], sealedEnv) },
        { title: 'completion', page: runCli(['help', 'completion'], sealedEnv) },
        { title: 'local-endpoint', page: runCli(['help', 'local-endpoint'], sealedEnv) },
      ],
    }),
  );
  // Without a cache every call still works, only slower: a failure to record one is a warning.
  await recordCodeCache(sealedEnv).catch((error) => process.stderr.write(`build: warning: could not record the code cache: ${error.message}\n`));
  const use = execFileSync(process.execPath, ['-e', 'process.stdout.write(require(process.argv[1]).loadCli().codeCache)', path.join(dist, 'launch.cjs')], { encoding: 'utf8', env: sealedEnv });
  if (use !== 'used') process.stderr.write(`build: warning: the recorded code cache is not used (${use}); calls will start slower\n`);
} finally {
  fs.rmSync(home, { recursive: true, force: true });
}

// Outputs of the earlier ES module build.
for (const stale of ['ssm-assoc.mjs', 'fast-path.cjs', 'chunks']) fs.rmSync(path.join(dist, stale), { recursive: true, force: true });
