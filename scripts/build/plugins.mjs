// What the CLI bundle loads differently from the packages' own code: built-in modules a call may
// never need become stand-ins loaded on first use (lazyBuiltins), and two optional parts of the
// proxy agents are replaced by the shims in src/shims/ (SHIM_ALIASES).
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from './dist.mjs';

const require = createRequire(import.meta.url);

/**
 * The proxy agents' optional parts: `debug` logging (stderr, when DEBUG names them) and Kerberos
 * proxy authentication (a dynamic import of an addon); see src/shims/.
 */
export const SHIM_ALIASES = {
  debug: path.join(root, 'src/shims/debug.ts'),
  'proxy-agent-negotiate': path.join(root, 'src/shims/proxy-agent-negotiate.ts'),
};

/**
 * Built-in modules that the bundle imports at start-up but that many runs never use. Each was
 * checked to stay unloaded in a run that does not need it (process.moduleLoadList):
 *   https, tls      loaded by a call (the SDK's handler makes an https agent even for an http
 *                   endpoint), not by help, skeletons or usage errors
 *   child_process   the pager, an MFA prompt's stty, credential_process
 *   readline        auto-prompt
 *   zlib            checksums, which an SSM call never computes
 *   assert          https-proxy-agent, only when it reads a proxy's answer (1.1 ms)
 *   fs/promises     the SDK's readers of the shared files and SSO tokens; its readFile, which
 *                   every call reaches, is served without it (SERVED_BY below) (1.2 ms)
 *   v8              fleet mode's heap settings (0.5 ms)
 * Not here: `http`, which agent-base (under the proxy agents) subclasses at start-up, so it
 * always loads; http2, dgram and readline/promises, which nothing left in the bundle imports.
 */
export const LAZY_BUILTINS = ['https', 'tls', 'child_process', 'readline', 'zlib', 'assert', 'fs/promises', 'v8'];

/**
 * Functions served by another module that is loaded anyway, so the lazy one stays unloaded:
 * fs/promises' readFile(path[, options]), which the SDK calls for the shared config files on
 * every call (for use_fips_endpoint and the like), is fs.readFile behind a promise, with the
 * same arguments, contents and errors (1.2 ms of every call for loading fs/promises and its
 * readline and watcher modules). Everything else of fs/promises still loads it.
 */
const SERVED_BY = {
  'fs/promises': {
    readFile: `(...rest) => new Promise((resolve, reject) => require('node:fs').readFile(...rest, (error, data) => (error ? reject(error) : resolve(data))))`,
  },
};

/**
 * A few functions are only looked at during start-up (`typeof zlib.crc32` in @smithy/core's
 * checksums, which an SSM call never computes): for these the stand-in hands out a forwarding
 * function instead of loading the module (1.5 ms for zlib).
 */
const FORWARDED_FUNCTIONS = { zlib: ['crc32'] };

/**
 * Each lazy built-in becomes a stand-in whose properties load the real module when read. Its
 * key list is read here, so esbuild's interop helpers can enumerate it without loading anything.
 * A module that is itself a function (assert) gets a callable stand-in: calling it loads the
 * module and calls the real function.
 */
export const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?[a-z_0-9/]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!LAZY_BUILTINS.includes(name)) return undefined;
      return args.namespace === 'lazy-builtin' ? { path: `node:${name}`, external: true } : { path: name, namespace: 'lazy-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
      const real = require(`node:${args.path}`);
      return {
        loader: 'js',
        contents: `let real;
const load = () => (real ??= require(${JSON.stringify(`node:${args.path}`)}));
const keys = ${JSON.stringify(Object.keys(real))};
const forwarded = new Map(${JSON.stringify((FORWARDED_FUNCTIONS[args.path] ?? []).filter((key) => typeof real[key] === 'function'))}.map((key) => [key, function (...rest) { return load()[key].apply(this, rest); }]));
const served = { ${Object.entries(SERVED_BY[args.path] ?? {}).map(([key, source]) => `${JSON.stringify(key)}: ${source}`).join(', ')} };
module.exports = new Proxy(${typeof real === 'function' ? '() => {}' : '{}'}, {
  get: (_, key) => (key === '__esModule' ? undefined : Object.hasOwn(served, key) ? served[key] : real === undefined && forwarded.has(key) ? forwarded.get(key) : load()[key]),
  has: (_, key) => keys.includes(key),
  ownKeys: () => keys,
  getOwnPropertyDescriptor: (_, key) => (keys.includes(key) ? { configurable: true, enumerable: true, writable: false, value: undefined } : undefined),${typeof real === 'function' ? '\n  apply: (_, self, rest) => Reflect.apply(load(), self, rest),' : ''}
});`,
      };
    });
  },
};
