// Where each setting comes from, in the reference's order of precedence: command line, then
// environment, then the selected profile of the config (and credentials) file. Pure: it takes
// the environment and the parsed files; loading them is the caller's effect.
import { CliError } from '../errors.js';
import type { GlobalOptions, OutputFormat } from '../cli/options.js';
import { OUTPUT_FORMATS } from '../cli/options.js';
import { pyStringRepr } from '../input/python-repr.js';
import type { TimestampFormat } from '../output/response.js';

export type ProfileSection = Record<string, string | undefined>;

export interface ConfigFiles {
  /** Profiles of the config file by name (`[profile x]` as `x`, `[default]` as `default`). */
  configFile: Record<string, ProfileSection>;
  credentialsFile: Record<string, ProfileSection>;
}

export interface Settings {
  profile: string;
  /** True when the profile was named (flag or environment), so it must exist. */
  profileNamed: boolean;
  region: string | undefined;
  regionSource: string;
  output: OutputFormat;
  timestampFormat: TimestampFormat;
  endpointUrl: string | undefined;
  endpointSource: string;
  maxAttempts: number;
  /** As written in the environment or profile; checked by checkRetrySettings. */
  maxAttemptsSetting: string | undefined;
  retryMode: string;
  caBundle: string | undefined;
  verifyTls: boolean;
  connectTimeoutMs: number;
  readTimeoutMs: number;
  /** The merged profile section, config values first, credentials file values on top. */
  section: ProfileSection;
}

type Env = Record<string, string | undefined>;

const nonEmpty = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);

export function selectProfile(globals: GlobalOptions, env: Env): { profile: string; named: boolean } {
  const named = globals.profile ?? nonEmpty(env.AWS_PROFILE) ?? nonEmpty(env.AWS_DEFAULT_PROFILE);
  return { profile: named ?? 'default', named: named !== undefined };
}

function timeoutMs(seconds: number | undefined): number {
  // 0 means no timeout; the default is 60 seconds.
  if (seconds === undefined) return 60_000;
  return seconds === 0 ? 0 : seconds * 1000;
}

/**
 * The retry settings as botocore checks them when the client is made: after the parameters
 * are parsed, before anything is validated or sent. Its words, and its exit code (255).
 */
export function checkRetrySettings(settings: Settings): void {
  if (settings.retryMode !== 'standard' && settings.retryMode !== 'adaptive') {
    throw new CliError('other', `Invalid value provided to "mode": "${settings.retryMode}" must be one of: "standard" or "adaptive"`);
  }
  const attempts = settings.maxAttemptsSetting;
  if (attempts === undefined) return;
  if (!/^\s*[+-]?\d+\s*$/.test(attempts)) throw new CliError('other', `invalid literal for int() with base 10: ${pyStringRepr(attempts)}`);
  if (Number(attempts) < 1) {
    throw new CliError('other', `Value provided to "max_attempts": ${Number(attempts)} must be an integer greater than or equal to one.`);
  }
}

export function resolveSettings(globals: GlobalOptions, env: Env, files: ConfigFiles): Settings {
  const { profile, named } = selectProfile(globals, env);
  const configSection = files.configFile[profile];
  const credentialsSection = files.credentialsFile[profile];
  if (named && configSection === undefined && credentialsSection === undefined) {
    throw new CliError('other', `The config profile (${profile}) could not be found`);
  }
  const section: ProfileSection = { ...configSection, ...credentialsSection };

  let region: string | undefined;
  let regionSource = 'none';
  if (globals.region !== undefined) [region, regionSource] = [globals.region, '--region'];
  else if (nonEmpty(env.AWS_REGION)) [region, regionSource] = [env.AWS_REGION, 'AWS_REGION'];
  else if (nonEmpty(env.AWS_DEFAULT_REGION)) [region, regionSource] = [env.AWS_DEFAULT_REGION, 'AWS_DEFAULT_REGION'];
  else if (nonEmpty(section.region)) [region, regionSource] = [section.region, `profile ${profile}`];

  const outputSetting = globals.output ?? nonEmpty(env.AWS_DEFAULT_OUTPUT) ?? nonEmpty(section.output) ?? 'json';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(outputSetting)) {
    throw new CliError('configuration', `Unknown output type: ${outputSetting}`);
  }

  const timestampSetting = section.cli_timestamp_format ?? 'iso8601';
  if (timestampSetting !== 'iso8601' && timestampSetting !== 'wire') {
    throw new CliError(
      'configuration',
      `Unknown cli_timestamp_format value: ${timestampSetting}, valid values are "wire" or "iso8601"`,
    );
  }

  let endpointUrl = globals.endpointUrl;
  let endpointSource = endpointUrl === undefined ? 'default' : '--endpoint-url';
  if (endpointUrl === undefined && !/^true$/i.test(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? '')) {
    const candidates: Array<[string | undefined, string]> = [
      [nonEmpty(env.AWS_ENDPOINT_URL_SSM), 'AWS_ENDPOINT_URL_SSM'],
      [nonEmpty(env.AWS_ENDPOINT_URL), 'AWS_ENDPOINT_URL'],
      [nonEmpty(section.endpoint_url), `profile ${profile}`],
    ];
    const found = candidates.find(([v]) => v !== undefined);
    if (found) [endpointUrl, endpointSource] = found;
  }

  const retryMode = nonEmpty(env.AWS_RETRY_MODE) ?? nonEmpty(section.retry_mode) ?? 'standard';
  const maxAttemptsSetting = nonEmpty(env.AWS_MAX_ATTEMPTS) ?? nonEmpty(section.max_attempts);
  const maxAttempts = maxAttemptsSetting !== undefined && /^\s*[+-]?\d+\s*$/.test(maxAttemptsSetting) ? Number(maxAttemptsSetting) : 3;

  return {
    profile,
    profileNamed: named,
    region,
    regionSource,
    output: outputSetting as OutputFormat,
    timestampFormat: timestampSetting,
    endpointUrl,
    endpointSource,
    maxAttempts,
    maxAttemptsSetting,
    retryMode,
    caBundle: globals.caBundle ?? nonEmpty(env.AWS_CA_BUNDLE) ?? nonEmpty(section.ca_bundle),
    verifyTls: !globals.noVerifySsl,
    connectTimeoutMs: timeoutMs(globals.cliConnectTimeout),
    readTimeoutMs: timeoutMs(globals.cliReadTimeout),
    section,
  };
}
