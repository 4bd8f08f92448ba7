// The fast path's skeleton texts (src/launcher/fast-path.cts) are what the CLI itself prints:
// a first dist/launch.cjs without them runs the CLI for them, and the second carries them.
import { bundleLauncher } from './bundle.mjs';
import { runCli } from './built-cli.mjs';

export async function bundleLauncherWithSkeletons(env) {
  await bundleLauncher({ input: '', yamlInput: '' });
  await bundleLauncher({
    input: runCli(['update-association-status', '--generate-cli-skeleton', 'input'], env),
    yamlInput: runCli(['update-association-status', '--generate-cli-skeleton', 'yaml-input'], env),
  });
}
