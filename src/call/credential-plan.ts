// Which credentials the reference would use for a profile, decided from the environment and
// the parsed files alone, with the configuration errors botocore reports before it fetches
// anything (its words; exit 255).
//
// Why this is not left to the SDK's default chain: that chain answers every misconfiguration
// with one message, "Could not load credentials from any providers", and its order differs from
// botocore's (keys in the environment lose to AWS_PROFILE there, win here; static keys beat
// credential_process there, not here). So this module picks the one source botocore's resolver
// would pick (its order: environment, assume-role, web identity, SSO, credentials file,
// credential_process, config file, container, instance metadata) and src/call/credentials.ts
// hands that source to the SDK's own provider for it, which does the fetching (processes, STS,
// SSO, files). Nothing here reads a file or starts a process.
import { CliError } from '../errors.js';
import { pyRepr } from '../python/values.js';
import type { ConfigFiles, ProfileSection } from './settings.js';

type Env = Record<string, string | undefined>;

export interface StaticKeys {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export type CredentialPlan =
  /** Nothing configured: "Unable to locate credentials" when the request is signed. */
  | { source: 'none' }
  | { source: 'env' }
  /** role_arn with source_profile or credential_source: the SDK's ini provider assumes the chain. */
  | { source: 'assume-role'; profile: string; roleArn: string }
  | { source: 'assume-role-with-web-identity'; tokenFile: string; roleArn: string; roleSessionName: string | undefined; from: 'environment' | 'profile' }
  | { source: 'sso'; profile: string; startUrl: string; sessionName: string | undefined }
  | { source: 'shared-credentials-file'; keys: StaticKeys; profile: string }
  | { source: 'custom-process'; profile: string; command: string }
  | { source: 'config-file'; keys: StaticKeys; profile: string }
  | { source: 'container-role' }
  | { source: 'iam-role' };

export interface PlanInput {
  profile: string;
  /** --profile was given: botocore then skips the keys and web identity settings in the environment. */
  profileFromFlag: boolean;
  env: Env;
  files: ConfigFiles;
}

const CREDENTIAL_SOURCES = ['Environment', 'EcsContainer', 'Ec2InstanceMetadata'];

const has = (section: ProfileSection | undefined, key: string) => section !== undefined && section[key] !== undefined;

function invalidConfig(message: string): CliError {
  return new CliError('other', message);
}

function partial(provider: string, missing: string): CliError {
  return new CliError('other', `Partial credentials found in ${provider}, missing: ${missing}`);
}

/** botocore's CredentialRetrievalError. */
export function retrievalError(provider: string, message: string): CliError {
  return new CliError('other', `Error when retrieving credentials from ${provider}: ${message}`);
}

/** The profiles as botocore sees them: config file sections, credentials file values on top. */
export function mergedProfile(files: ConfigFiles, name: string): ProfileSection | undefined {
  const config = files.configFile[name];
  const credentials = files.credentialsFile[name];
  if (config === undefined && credentials === undefined) return undefined;
  return { ...config, ...credentials };
}

function staticKeys(section: ProfileSection, provider: string): StaticKeys {
  const secret = section.aws_secret_access_key;
  if (secret === undefined) throw partial(provider, 'aws_secret_access_key');
  const token = section.aws_session_token ?? section.aws_security_token;
  return { accessKeyId: section.aws_access_key_id!, secretAccessKey: secret, ...(token === undefined ? {} : { sessionToken: token }) };
}

function envPlan(env: Env): CredentialPlan | undefined {
  if (!env.AWS_ACCESS_KEY_ID) return undefined;
  if (!env.AWS_SECRET_ACCESS_KEY) throw partial('env', 'AWS_SECRET_ACCESS_KEY');
  return { source: 'env' };
}

const hasStaticKeys = (section: ProfileSection | undefined) => has(section, 'aws_access_key_id') || has(section, 'aws_secret_access_key');
const hasRoleConfig = (section: ProfileSection | undefined) => has(section, 'role_arn') && !has(section, 'web_identity_token_file');

/**
 * The providers botocore builds from a profile (ProfileProviderBuilder): web identity, SSO, the
 * credentials file, credential_process, the config file. Used for the profile itself and for a
 * role's source_profile (then without the environment).
 */
function profilePlan(input: PlanInput, name: string, disableEnv: boolean): CredentialPlan | undefined {
  const { env, files } = input;
  const profile = mergedProfile(files, name) ?? {};

  // Web identity: each setting from the environment when the variable exists (even empty), else the profile.
  const setting = (key: string, envKey: string) => {
    const fromEnv = disableEnv ? undefined : env[envKey];
    return fromEnv !== undefined ? { value: fromEnv, from: 'environment' as const } : { value: profile[key], from: 'profile' as const };
  };
  const tokenFile = setting('web_identity_token_file', 'AWS_WEB_IDENTITY_TOKEN_FILE');
  if (tokenFile.value) {
    const roleArn = setting('role_arn', 'AWS_ROLE_ARN').value;
    if (!roleArn) {
      // botocore's words, the missing space in "role_arnconfiguration" included.
      throw invalidConfig(
        'The provided profile or the current environment is configured to assume role with web identity but has no role ARN configured. Ensure that the profile has the role_arnconfiguration set or the AWS_ROLE_ARN env var is set.',
      );
    }
    return {
      source: 'assume-role-with-web-identity',
      tokenFile: tokenFile.value,
      roleArn,
      roleSessionName: setting('role_session_name', 'AWS_ROLE_SESSION_NAME').value,
      from: tokenFile.from,
    };
  }

  if (has(profile, 'sso_role_name') || has(profile, 'sso_account_id')) return ssoPlan(files, name, profile);

  const credentials = files.credentialsFile[name];
  if (has(credentials, 'aws_access_key_id')) {
    return { source: 'shared-credentials-file', keys: staticKeys(credentials!, 'shared-credentials-file'), profile: name };
  }
  if (profile.credential_process !== undefined) return { source: 'custom-process', profile: name, command: profile.credential_process };
  const config = files.configFile[name];
  if (has(config, 'aws_access_key_id')) return { source: 'config-file', keys: staticKeys(config!, 'config-file'), profile: name };
  return undefined;
}

function ssoPlan(files: ConfigFiles, name: string, profile: ProfileSection): CredentialPlan {
  const resolved: ProfileSection = { ...profile };
  const required = ['sso_role_name', 'sso_account_id', 'sso_start_url', 'sso_region'];
  const sessionName = profile.sso_session;
  if (sessionName !== undefined) {
    const session = files.configFile[`sso-session.${sessionName}`];
    if (session === undefined) throw invalidConfig(`The specified sso-session does not exist: "${sessionName}"`);
    for (const [key, value] of Object.entries(session)) {
      if (resolved[key] !== undefined && resolved[key] !== value) {
        throw invalidConfig(`The value for ${key} is inconsistent between profile (${resolved[key]}) and sso-session (${value}).`);
      }
      resolved[key] = value;
    }
    required.push('sso_session');
  }
  const missing = required.filter((key) => resolved[key] === undefined);
  if (missing.length > 0) {
    throw invalidConfig(`The profile "${name}" is configured to use SSO but is missing required configuration: ${missing.join(', ')}`);
  }
  return { source: 'sso', profile: name, startUrl: resolved.sso_start_url!, sessionName };
}

/** The container provider's condition: one of its two variables set. */
const containerConfigured = (env: Env) => Boolean(env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI);
const instanceMetadataEnabled = (env: Env) => (env.AWS_EC2_METADATA_DISABLED ?? '').toLowerCase() !== 'true';

/**
 * botocore's AssumeRoleProvider checks, made when the credentials are loaded: the role's
 * settings, the source profile's existence, loops, and that the source has credentials.
 */
function checkRoleChain(input: PlanInput, name: string, visited: string[]): void {
  const { files, env } = input;
  const profile = mergedProfile(files, name)!;
  const sourceProfile = profile.source_profile;
  const credentialSource = profile.credential_source;
  if (sourceProfile !== undefined && credentialSource !== undefined) {
    throw invalidConfig(`The profile "${name}" contains both source_profile and credential_source.`);
  }
  if (sourceProfile === undefined && credentialSource === undefined) throw partial('assume-role', 'source_profile or credential_source');
  if (credentialSource !== undefined) {
    if (!CREDENTIAL_SOURCES.includes(credentialSource)) {
      throw invalidConfig(`The credential source "${credentialSource}" referenced in profile "${name}" is not valid.`);
    }
    const found =
      credentialSource === 'Environment' ? envPlan(env) !== undefined : credentialSource === 'EcsContainer' ? containerConfigured(env) : instanceMetadataEnabled(env);
    if (!found) throw retrievalError(credentialSource, `No credentials found in credential_source referenced in profile ${name}`);
    return;
  }
  const source = sourceProfile!;
  const sourceSection = mergedProfile(files, source);
  if (sourceSection === undefined) {
    throw invalidConfig(`The source_profile "${source}" referenced in the profile "${name}" does not exist.`);
  }
  if (visited.includes(source) && (source !== name || !hasStaticKeys(sourceSection))) {
    throw invalidConfig(
      `Infinite loop in credential configuration detected. Attempting to load from profile ${source} which has already been visited. Visited profiles: ${pyRepr(visited)}`,
    );
  }
  visited.push(source);
  if (hasStaticKeys(sourceSection) || !hasRoleConfig(sourceSection)) {
    if (profilePlan(input, source, true) === undefined) throw invalidConfig(`The source profile "${source}" must have credentials.`);
    return;
  }
  checkRoleChain(input, source, visited);
}

/** The source botocore's default resolver would use, or the configuration error it reports. */
export function planCredentials(input: PlanInput): CredentialPlan {
  const { env, files } = input;
  if (!input.profileFromFlag) {
    const fromEnv = envPlan(env);
    if (fromEnv) return fromEnv;
  }
  const profile = mergedProfile(files, input.profile);
  if (hasRoleConfig(profile)) {
    checkRoleChain(input, input.profile, [input.profile]);
    return { source: 'assume-role', profile: input.profile, roleArn: profile!.role_arn! };
  }
  const fromProfile = profilePlan(input, input.profile, input.profileFromFlag);
  if (fromProfile) return fromProfile;
  if (containerConfigured(env)) return { source: 'container-role' };
  if (instanceMetadataEnabled(env)) return { source: 'iam-role' };
  return { source: 'none' };
}

/** One line for --debug: where the credentials come from (never the secrets). */
export function describePlan(plan: CredentialPlan, paths: { configPath?: string; credentialsPath?: string }): string {
  switch (plan.source) {
    case 'none':
      return 'credentials: none found (environment, profile, container and instance metadata were checked)';
    case 'env':
      return 'credentials: environment variables AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN if set)';
    case 'assume-role':
      return `credentials: assume role ${plan.roleArn} (profile ${plan.profile}) through the SDK's STS client`;
    case 'assume-role-with-web-identity':
      return `credentials: assume role ${plan.roleArn} with the web identity token in ${plan.tokenFile} (from the ${plan.from})`;
    case 'sso':
      return `credentials: IAM Identity Center (SSO) for profile ${plan.profile}, ${plan.sessionName === undefined ? `start URL ${plan.startUrl}` : `sso-session ${plan.sessionName}`}`;
    case 'shared-credentials-file':
      return `credentials: static keys of profile ${plan.profile} in the credentials file ${paths.credentialsPath ?? ''}`.trimEnd();
    case 'custom-process':
      return `credentials: credential_process of profile ${plan.profile}: ${plan.command}`;
    case 'config-file':
      return `credentials: static keys of profile ${plan.profile} in the config file ${paths.configPath ?? ''}`.trimEnd();
    case 'container-role':
      return 'credentials: container credentials endpoint (AWS_CONTAINER_CREDENTIALS_*)';
    case 'iam-role':
      return 'credentials: EC2 instance metadata';
  }
}
