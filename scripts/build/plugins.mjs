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
 * Not here: `http`, which agent-base (under the proxy agents) subclasses at start-up, so it
 * always loads; http2, dgram and readline/promises, which nothing left in the bundle imports.
 */
export const LAZY_BUILTINS = ['https', 'tls', 'child_process', 'readline', 'zlib'];

/**
 * A few functions are only looked at during start-up (`typeof zlib.crc32` in @smithy/core's
 * checksums, which an SSM call never computes): for these the stand-in hands out a forwarding
 * function instead of loading the module (1.5 ms for zlib).
 */
const FORWARDED_FUNCTIONS = { zlib: ['crc32'] };

/**
 * Each lazy built-in becomes a stand-in whose properties load the real module when read. Its
 * key list is read here, so esbuild's interop helpers can enumerate it without loading anything.
 */
export const lazyBuiltins = {
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
