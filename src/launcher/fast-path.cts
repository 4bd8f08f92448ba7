// The answers that need no parsing, given by bin/ssm-assoc before anything else (launch.cts):
// `--version` and the input skeletons, for exactly these argument lists. Everything else goes to
// the full CLI. Tiny, so these commands start as fast as Node itself; the skeleton texts are
// what the full CLI printed at build time (scripts/build/skeletons.mjs), so both paths print
// the same bytes.
import os from 'node:os';
import { versionLine } from '../version.js';

declare const __SKELETON_INPUT__: string;
declare const __SKELETON_YAML_INPUT__: string;

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/** What to print for `argv`, or undefined when the full CLI must run. */
export function fastAnswer(argv: readonly string[]): string | undefined {
  if (same(argv, ['--version'])) {
    return versionLine({ node: process.version, platform: os.type(), release: os.release(), arch: os.machine() }) + '\n';
  }
  const words = argv[0] === 'ssm' ? argv.slice(1) : argv;
  // Empty while the build has not yet recorded them: the full CLI answers meanwhile.
  if (same(words, ['update-association-status', '--generate-cli-skeleton'])) return __SKELETON_INPUT__ || undefined;
  if (same(words, ['update-association-status', '--generate-cli-skeleton', 'input'])) return __SKELETON_INPUT__ || undefined;
  if (same(words, ['update-association-status', '--generate-cli-skeleton', 'yaml-input'])) return __SKELETON_YAML_INPUT__ || undefined;
  return undefined;
}
