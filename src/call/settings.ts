// Where each setting comes from, in the reference's order of precedence: command line, then
// environment, then the selected profile of the config (and credentials) file. Pure: it takes
// the environment and the parsed files; loading them is the caller's effect. Also the checks
// botocore makes on these settings before it sends anything, in its order and with its words.
import { CliError } from '../errors.js';
import type { GlobalOptions } from '../model/options.js';
import { pyStringRepr } from '../python/repr.js';
import type { TimestampFormat } from '../output/response.js';
import { describePlan, planCredentials, type CredentialPlan } from './credential-plan.js';

export type ProfileSection = Record<string, string | undefined>;

export interface ConfigFiles {
  /**
   * The config file as the SDK's loader returns it: profiles by name (`[profile x]` as `x`,
   * `[default]` as `default`), `[sso-session x]` as `sso-session.x`, `[services x]` as
   * `services.x` (nested keys as `ssm.endpoint_url`).
   */
  configFile: Record<string, ProfileSection>;
  credentialsFile: Record<string, ProfileSection>;
  configPath?: string;
  credentialsPath?: string;
  /** The first of the two files Python's configparser would refuse, if any. */
  unparsable?: string;
}

export interface Settings {
  profile: string;
  /** `--profile`, `AWS_PROFILE`, `AWS_DEFAULT_PROFILE` or `default`. */
  profileSource: string;
  /** True when the profile was named (flag or environment), so it must exist. */
  profileNamed: boolean;
  /** --profile named it: botocore then ignores keys in the environment. */
  profileFromFlag: boolean;
  /** False with --no-sign-request: no credentials are loaded. */
  signRequest: boolean;
  region: string | undefined;
  regionSource: string;
  /**
   * As configured (--output, AWS_DEFAULT_OUTPUT, the profile, json). A name that is no format
   * fails when the response is formatted, as the reference's does (src/output/format.ts).
   */
  output: string;
  timestampFormat: TimestampFormat;
  /** The profile's parameter_validation: false sends the request unchecked. */
  parameterValidation: boolean;
  endpointUrl: string | undefined;
  endpointSource: string;
  maxAttempts: number;
  /** As written in the environment or profile; checked by checkRetrySettings. */
  maxAttemptsSetting: string | undefined;
  retryMode: string;
  retrySource: string;
  caBundle: string | undefined;
  caBundleSource: string;
  verifyTls: boolean;
  /** Milliseconds, 0 for none. */
  connectTimeoutMs: number;
  readTimeoutMs: number;
  /** Seconds as given on the command line (negative values are refused by checkClientSettings). */
  connectTimeoutSetting: number | undefined;
  readTimeoutSetting: number | undefined;
  /** The merged profile section, config values first, credentials file values on top. */
  section: ProfileSection;
  files: ConfigFiles;
  env: Env;
}

type Env = Record<string, string | undefined>;

const nonEmpty = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
const isTrue = (v: string | undefined) => (v ?? '').trim().toLowerCase() === 'true';

export function selectProfile(globals: GlobalOptions, env: Env): { profile: string; named: boolean; source: string } {
  // An empty --profile is no profile (the CLI ignores it); an empty AWS_PROFILE names the
  // profile "", which does not exist, as it does for the reference.
  const candidates: Array<[string | undefined, string]> = [
    [nonEmpty(globals.profile), '--profile'],
    [env.AWS_PROFILE, 'AWS_PROFILE'],
    [env.AWS_DEFAULT_PROFILE, 'AWS_DEFAULT_PROFILE'],
  ];
  const found = candidates.find(([v]) => v !== undefined);
  return found ? { profile: found[0]!, named: true, source: found[1] } : { profile: 'default', named: false, source: 'default' };
}

function timeoutMs(seconds: number | undefined): number {
  // 0 means no timeout; the default is 60 seconds.
  if (seconds === undefined) return 60_000;
  return seconds <= 0 ? 0 : seconds * 1000;
}

/** Python's urlparse: a scheme is letters, digits, `+-.` before the first `:`, starting with a letter. */
function hasScheme(url: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(url);
}

/**
 * The endpoint: --endpoint-url, else (newer AWS CLI releases; 2.9.19 knows only the flag)
 * AWS_ENDPOINT_URL_SSM, AWS_ENDPOINT_URL, the `ssm` endpoint_url of the profile's `services`
 * section, the profile's endpoint_url; none of these four when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS
 * or the profile's ignore_configured_endpoint_urls is true.
 */
function resolveEndpoint(globals: GlobalOptions, env: Env, files: ConfigFiles, section: ProfileSection, profile: string): { url: string | undefined; source: string } {
  if (globals.endpointUrl !== undefined) {
    if (!hasScheme(globals.endpointUrl)) {
      throw new CliError(
        'usage',
        `Bad value for --endpoint-url "${globals.endpointUrl}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`,
      );
    }
    return { url: globals.endpointUrl, source: '--endpoint-url' };
  }
  const ignore = env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS !== undefined ? isTrue(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS) : isTrue(section.ignore_configured_endpoint_urls);
  if (ignore) return { url: undefined, source: 'the default (configured endpoints are ignored)' };
  const services = section.services === undefined ? undefined : files.configFile[`services.${section.services}`];
  const candidates: Array<[string | undefined, string]> = [
    [nonEmpty(env.AWS_ENDPOINT_URL_SSM), 'AWS_ENDPOINT_URL_SSM'],
    [nonEmpty(env.AWS_ENDPOINT_URL), 'AWS_ENDPOINT_URL'],
    [nonEmpty(services?.['ssm.endpoint_url']), `the ssm endpoint_url of [services ${section.services}]`],
    [nonEmpty(section.endpoint_url), `endpoint_url of profile ${profile}`],
  ];
  const found = candidates.find(([v]) => v !== undefined);
  if (!found) return { url: undefined, source: 'the default' };
  const [url, source] = found as [string, string];
  if (!hasScheme(url)) {
    throw new CliError('configuration', `Bad value for ${source} "${url}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`);
  }
  return { url, source };
}

function timestampFormatOf(section: ProfileSection): TimestampFormat {
  const setting = section.cli_timestamp_format ?? 'iso8601';
  if (setting !== 'iso8601' && setting !== 'wire') {
    throw new CliError('configuration', `Unknown cli_timestamp_format value: ${setting}, valid values are "wire" or "iso8601"`);
  }
  return setting;
}

const BINARY_FORMATS = ['base64', 'raw-in-base64-out'];

/**
 * The profile's cli_binary_format, when --cli-binary-format does not replace it, must be one the
 * reference knows (it fails with a bare KeyError, `'base64x'`; here the setting is named).
 */
function checkBinaryFormat(globals: GlobalOptions, section: ProfileSection): void {
  const setting = section.cli_binary_format;
  if (globals.cliBinaryFormat !== undefined || setting === undefined || BINARY_FORMATS.includes(setting)) return;
  throw new CliError('configuration', `Unknown cli_binary_format value: ${setting}, valid values are "base64" or "raw-in-base64-out"`);
}

/**
 * botocore's parameter_validation: on unless the profile's value, lower-cased, is not `true`
 * (ensure_boolean: `false`, `False` and `no` all turn it off).
 */
function parameterValidationOf(section: ProfileSection): boolean {
  const setting = section.parameter_validation;
  return setting === undefined || setting.toLowerCase() === 'true';
}

/**
 * What the reference checks when its session starts, after the global options and before the
 * operation's: the config files parse, the profile's cli_timestamp_format and cli_binary_format
 * are known. A profile that does not exist is not an error yet (the reference falls back to
 * iso8601 and base64 here).
 */
export function checkSessionStart(globals: GlobalOptions, env: Env, files: ConfigFiles): void {
  if (files.unparsable !== undefined) throw new CliError('other', `Unable to parse config file: ${files.unparsable}`);
  const { profile } = selectProfile(globals, env);
  const configSection = files.configFile[profile];
  const credentialsSection = files.credentialsFile[profile];
  if (configSection === undefined && credentialsSection === undefined) return;
  const section = { ...configSection, ...credentialsSection };
  timestampFormatOf(section);
  checkBinaryFormat(globals, section);
}

export function resolveSettings(globals: GlobalOptions, env: Env, files: ConfigFiles): Settings {
  if (files.unparsable !== undefined) throw new CliError('other', `Unable to parse config file: ${files.unparsable}`);
  const { profile, named, source: profileSource } = selectProfile(globals, env);
  const configSection = files.configFile[profile];
  const credentialsSection = files.credentialsFile[profile];
  if (named && configSection === undefined && credentialsSection === undefined) {
    throw new CliError('other', `The config profile (${profile}) could not be found`);
  }
  const section: ProfileSection = { ...configSection, ...credentialsSection };

  // Environment variables count when set, even to "" (botocore reads them so): an empty
  // AWS_DEFAULT_REGION hides the profile's region. An empty region is no region here; the
  // reference signs for the region "" when an endpoint is given, and names the invalid host
  // `ssm..amazonaws.com` when not.
  const regionCandidates: Array<[string | undefined, string]> = [
    [globals.region, '--region'],
    [env.AWS_REGION, 'AWS_REGION'],
    [env.AWS_DEFAULT_REGION, 'AWS_DEFAULT_REGION'],
    [nonEmpty(section.region), `region of profile ${profile}`],
  ];
  const regionFound = regionCandidates.find(([v]) => v !== undefined);
  const region = nonEmpty(regionFound?.[0]);
  const regionSource = regionFound === undefined ? 'none' : `${regionFound[1]}${region === undefined ? ', empty' : ''}`;

  const output = globals.output ?? env.AWS_DEFAULT_OUTPUT ?? section.output ?? 'json';

  const timestampSetting = timestampFormatOf(section);

  const endpoint = resolveEndpoint(globals, env, files, section, profile);

  const retryMode = env.AWS_RETRY_MODE ?? nonEmpty(section.retry_mode) ?? 'standard';
  const maxAttemptsSetting = env.AWS_MAX_ATTEMPTS ?? nonEmpty(section.max_attempts);
  const maxAttempts = maxAttemptsSetting !== undefined && /^\s*[+-]?\d+\s*$/.test(maxAttemptsSetting) ? Number(maxAttemptsSetting) : 3;
  const retrySource = [
    env.AWS_RETRY_MODE !== undefined ? 'AWS_RETRY_MODE' : nonEmpty(section.retry_mode) ? `retry_mode of profile ${profile}` : 'default mode',
    env.AWS_MAX_ATTEMPTS !== undefined ? 'AWS_MAX_ATTEMPTS' : nonEmpty(section.max_attempts) ? `max_attempts of profile ${profile}` : 'default attempts',
  ].join(', ');

  // An empty AWS_CA_BUNDLE turns certificate verification off in the reference (urllib3 reads
  // the empty path as "do not verify"); here it is unset, and verification stays on.
  const caCandidates: Array<[string | undefined, string]> = [
    [globals.caBundle, '--ca-bundle'],
    [nonEmpty(env.AWS_CA_BUNDLE), 'AWS_CA_BUNDLE'],
    [nonEmpty(section.ca_bundle), `ca_bundle of profile ${profile}`],
  ];
  const ca = caCandidates.find(([v]) => v !== undefined);

  return {
    profile,
    profileSource,
    profileNamed: named,
    profileFromFlag: nonEmpty(globals.profile) !== undefined,
    signRequest: !globals.noSignRequest,
    region,
    regionSource,
    output,
    timestampFormat: timestampSetting,
    parameterValidation: parameterValidationOf(section),
    endpointUrl: endpoint.url,
    endpointSource: endpoint.source,
    maxAttempts,
    maxAttemptsSetting,
    retryMode,
    retrySource,
    caBundle: ca?.[0],
    caBundleSource: ca?.[1] ?? 'the default trust store',
    verifyTls: !globals.noVerifySsl,
    connectTimeoutMs: timeoutMs(globals.cliConnectTimeout),
    readTimeoutMs: timeoutMs(globals.cliReadTimeout),
    connectTimeoutSetting: globals.cliConnectTimeout,
    readTimeoutSetting: globals.cliReadTimeout,
    section,
    files,
    env,
  };
}

/** botocore's validate_region_name: a region must be a valid host label. */
export function checkRegionName(region: string | undefined): void {
  if (region === undefined) return;
  if (!/^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{0,63}(?<!-)$/.test(region)) {
    throw new CliError('other', `Provided region_name '${region}' doesn't match a supported format.`);
  }
}

/** Where the credentials will come from; undefined with --no-sign-request (none are loaded). */
export function credentialPlan(settings: Settings): CredentialPlan | undefined {
  if (!settings.signRequest) return undefined;
  return planCredentials({ profile: settings.profile, profileFromFlag: settings.profileFromFlag, env: settings.env, files: settings.files });
}

/**
 * What botocore's session checks before it makes the client: the region's form, then the
 * credentials' configuration (loaded then; they are fetched when the request is signed).
 */
export function checkSessionSettings(settings: Settings): void {
  checkRegionName(settings.region);
  credentialPlan(settings);
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

/**
 * What botocore checks as it makes the client, after the region: the retry settings, then the
 * timeouts (urllib3 refuses negative ones; 0 means none).
 */
export function checkClientSettings(settings: Settings): void {
  checkRetrySettings(settings);
  for (const [name, value] of [['connect', settings.connectTimeoutSetting], ['read', settings.readTimeoutSetting]] as const) {
    if (value !== undefined && value < 0) {
      throw new CliError('other', `Attempted to set ${name} timeout to ${value}, but the timeout cannot be set to a value less than or equal to 0.`);
    }
  }
}

/** Lines for --debug: every setting and where it came from (no secrets). */
export function describeSettings(settings: Settings): string[] {
  const seconds = (ms: number) => (ms === 0 ? 'none' : `${ms / 1000} s`);
  const lines = [
    `config file: ${settings.files.configPath ?? '(default)'}; credentials file: ${settings.files.credentialsPath ?? '(default)'}`,
    `profile: ${settings.profile} (from ${settings.profileSource})`,
    `region: ${settings.region ?? '(none)'} (from ${settings.regionSource})`,
    `endpoint: ${settings.endpointUrl ?? '(the SDK default for the region)'} (from ${settings.endpointSource})`,
    `retries: ${settings.retryMode} mode, ${settings.maxAttempts} attempt${settings.maxAttempts === 1 ? '' : 's'} at most (from ${settings.retrySource})`,
    `timeouts: connect ${seconds(settings.connectTimeoutMs)}, read ${seconds(settings.readTimeoutMs)}`,
    `TLS: ${settings.verifyTls ? `certificates verified against ${settings.caBundle ?? 'the default trust store'}${settings.caBundle ? ` (from ${settings.caBundleSource})` : ''}` : 'certificates NOT verified (--no-verify-ssl)'}`,
    `output: ${settings.output}; timestamps: ${settings.timestampFormat}`,
  ];
  if (!settings.signRequest) lines.push('credentials: none (--no-sign-request: the request is sent unsigned)');
  else {
    try {
      lines.push(describePlan(credentialPlan(settings)!, settings.files));
    } catch (error) {
      lines.push(`credentials: misconfigured (${(error as Error).message})`);
    }
  }
  return lines;
}
