// `--version`: one line naming the tool, the runtime and the platform, like the reference's
// `aws-cli/2.9.19 Python/3.11.2 Linux/6.1.0 ...`.
import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;

export function versionLine(runtime: { node: string; platform: string; release: string; arch: string }): string {
  return `ssm-assoc/${VERSION} Node.js/${runtime.node.replace(/^v/, '')} ${runtime.platform}/${runtime.release} ${runtime.arch}`;
}
