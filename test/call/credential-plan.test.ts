// Which credential source botocore's resolver picks, and the configuration errors it reports
// before fetching anything (its words, recorded in test/fixtures/reference/config.json).
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { describePlan, mergedProfile, planCredentials, type PlanInput } from '../../src/call/credential-plan.js';
import type { ConfigFiles } from '../../src/call/settings.js';

const ROLE = 'arn:aws:iam::123456789012:role/r';
const NO_IMDS = { AWS_EC2_METADATA_DISABLED: 'true' };
const KEYS = { aws_access_key_id: 'AKIDFILE', aws_secret_access_key: 'file-secret' };

function input(configFile: ConfigFiles['configFile'] = {}, credentialsFile: ConfigFiles['credentialsFile'] = {}, extra: Partial<PlanInput> = {}): PlanInput {
  return { profile: 'default', profileFromFlag: false, env: { ...NO_IMDS }, files: { configFile, credentialsFile }, ...extra };
}

function failure(value: PlanInput): string {
  try {
    planCredentials(value);
  } catch (error) {
    if (error instanceof CliError && error.exitCode === 255) return error.message;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('planCredentials: the order of sources', () => {
  it('takes keys in the environment first', () => {
    expect(planCredentials(input({ default: { credential_process: 'x' } }, {}, { env: { ...NO_IMDS, AWS_ACCESS_KEY_ID: 'A', AWS_SECRET_ACCESS_KEY: 's' } }))).toEqual({ source: 'env' });
  });

  it('skips the environment when --profile named the profile (not when AWS_PROFILE did)', () => {
    const env = { ...NO_IMDS, AWS_ACCESS_KEY_ID: 'A', AWS_SECRET_ACCESS_KEY: 's' };
    expect(planCredentials(input({ p: { output: 'text' } }, {}, { profile: 'p', profileFromFlag: true, env }))).toEqual({ source: 'none' });
    expect(planCredentials(input({ p: { output: 'text' } }, {}, { profile: 'p', env }))).toEqual({ source: 'env' });
  });

  it('reports a key id without a secret in the environment, but skips a secret alone', () => {
    expect(failure(input({}, {}, { env: { ...NO_IMDS, AWS_ACCESS_KEY_ID: 'A' } }))).toBe('Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY');
    expect(planCredentials(input({}, {}, { env: { ...NO_IMDS, AWS_SECRET_ACCESS_KEY: 's' } }))).toEqual({ source: 'none' });
  });

  it('prefers a role over every source of the profile', () => {
    const files = { default: { role_arn: ROLE, source_profile: 'base', credential_process: 'x', ...KEYS }, base: KEYS };
    expect(planCredentials(input(files))).toEqual({ source: 'assume-role', profile: 'default', roleArn: ROLE });
  });

  it('then web identity, SSO, the credentials file, credential_process, the config file', () => {
    const sso = { sso_start_url: 'https://x/start', sso_region: 'us-east-1', sso_account_id: '1', sso_role_name: 'r' };
    const everything = { web_identity_token_file: '/t', role_arn: ROLE, ...sso, credential_process: 'proc', ...KEYS };
    expect(planCredentials(input({ default: everything }))).toMatchObject({ source: 'assume-role-with-web-identity', tokenFile: '/t', roleArn: ROLE, from: 'profile' });
    const { web_identity_token_file: _w, role_arn: _r, ...noWeb } = everything;
    expect(planCredentials(input({ default: noWeb }))).toMatchObject({ source: 'sso', startUrl: 'https://x/start' });
    expect(planCredentials(input({ default: { credential_process: 'proc', ...KEYS } }, { default: { aws_access_key_id: 'AKIDCRED', aws_secret_access_key: 'cred-secret', aws_session_token: 'tok' } }))).toEqual({
      source: 'shared-credentials-file',
      profile: 'default',
      keys: { accessKeyId: 'AKIDCRED', secretAccessKey: 'cred-secret', sessionToken: 'tok' },
    });
    expect(planCredentials(input({ default: { credential_process: 'proc', ...KEYS } }))).toEqual({ source: 'custom-process', profile: 'default', command: 'proc' });
    expect(planCredentials(input({ default: { ...KEYS, aws_security_token: 'legacy' } }))).toEqual({
      source: 'config-file',
      profile: 'default',
      keys: { accessKeyId: 'AKIDFILE', secretAccessKey: 'file-secret', sessionToken: 'legacy' },
    });
  });

  it('finds credential_process in the credentials file too (the profile is merged)', () => {
    expect(planCredentials(input({}, { default: { credential_process: 'proc' } }))).toMatchObject({ source: 'custom-process' });
  });

  it('falls back to the container, then instance metadata unless disabled', () => {
    expect(planCredentials(input({}, {}, { env: { ...NO_IMDS, AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/creds' } }))).toEqual({ source: 'container-role' });
    expect(planCredentials(input({}, {}, { env: {} }))).toEqual({ source: 'iam-role' });
    expect(planCredentials(input({}, {}, { env: { AWS_EC2_METADATA_DISABLED: 'TRUE' } }))).toEqual({ source: 'none' });
  });

  it('reports partial static keys in either file', () => {
    expect(failure(input({}, { default: { aws_access_key_id: 'A' } }))).toBe('Partial credentials found in shared-credentials-file, missing: aws_secret_access_key');
    expect(failure(input({ default: { aws_access_key_id: 'A' } }))).toBe('Partial credentials found in config-file, missing: aws_secret_access_key');
  });
});

describe('planCredentials: web identity', () => {
  const env = { ...NO_IMDS, AWS_WEB_IDENTITY_TOKEN_FILE: '/env-token', AWS_ROLE_ARN: ROLE, AWS_ROLE_SESSION_NAME: 'me' };
  it('takes the environment, unless --profile named the profile', () => {
    expect(planCredentials(input({}, {}, { env }))).toEqual({ source: 'assume-role-with-web-identity', tokenFile: '/env-token', roleArn: ROLE, roleSessionName: 'me', from: 'environment' });
    expect(planCredentials(input({ p: { region: 'x' } }, {}, { env, profile: 'p', profileFromFlag: true }))).toEqual({ source: 'none' });
  });
  it('needs a role', () => {
    expect(failure(input({}, {}, { env: { ...NO_IMDS, AWS_WEB_IDENTITY_TOKEN_FILE: '/t' } }))).toBe(
      'The provided profile or the current environment is configured to assume role with web identity but has no role ARN configured. Ensure that the profile has the role_arnconfiguration set or the AWS_ROLE_ARN env var is set.',
    );
  });
  it('lets an empty token file variable hide the profile setting', () => {
    expect(planCredentials(input({ default: { web_identity_token_file: '/t', role_arn: ROLE } }, {}, { env: { ...NO_IMDS, AWS_WEB_IDENTITY_TOKEN_FILE: '' } }))).toEqual({ source: 'none' });
  });
});

describe('planCredentials: SSO', () => {
  it('needs sso_role_name or sso_account_id to be an SSO profile', () => {
    expect(planCredentials(input({ default: { sso_start_url: 'https://x', sso_region: 'us-east-1' } }))).toEqual({ source: 'none' });
  });
  it('lists missing settings in botocore order', () => {
    expect(failure(input({ default: { sso_role_name: 'r' } }))).toBe(
      'The profile "default" is configured to use SSO but is missing required configuration: sso_account_id, sso_start_url, sso_region',
    );
  });
  it('resolves an sso-session, which must exist and agree with the profile', () => {
    const base = { sso_session: 'corp', sso_account_id: '1', sso_role_name: 'r' };
    const session = { 'sso-session.corp': { sso_start_url: 'https://corp/start', sso_region: 'us-east-1' } };
    expect(planCredentials(input({ default: base, ...session }))).toEqual({ source: 'sso', profile: 'default', startUrl: 'https://corp/start', sessionName: 'corp' });
    expect(failure(input({ default: base }))).toBe('The specified sso-session does not exist: "corp"');
    expect(failure(input({ default: { ...base, sso_region: 'eu-west-1' }, ...session }))).toBe(
      'The value for sso_region is inconsistent between profile (eu-west-1) and sso-session (us-east-1).',
    );
  });
});

describe('planCredentials: roles', () => {
  it('needs exactly one of source_profile and credential_source', () => {
    expect(failure(input({ default: { role_arn: ROLE } }))).toBe('Partial credentials found in assume-role, missing: source_profile or credential_source');
    expect(failure(input({ default: { role_arn: ROLE, source_profile: 'b', credential_source: 'Environment' }, b: KEYS }))).toBe(
      'The profile "default" contains both source_profile and credential_source.',
    );
  });

  it('checks the credential source and that it has credentials now', () => {
    expect(failure(input({ default: { role_arn: ROLE, credential_source: 'Moon' } }))).toBe('The credential source "Moon" referenced in profile "default" is not valid.');
    expect(failure(input({ default: { role_arn: ROLE, credential_source: 'Environment' } }))).toBe(
      'Error when retrieving credentials from Environment: No credentials found in credential_source referenced in profile default',
    );
    expect(failure(input({ default: { role_arn: ROLE, credential_source: 'EcsContainer' } }))).toBe(
      'Error when retrieving credentials from EcsContainer: No credentials found in credential_source referenced in profile default',
    );
    expect(failure(input({ default: { role_arn: ROLE, credential_source: 'Ec2InstanceMetadata' } }))).toBe(
      'Error when retrieving credentials from Ec2InstanceMetadata: No credentials found in credential_source referenced in profile default',
    );
    const env = { ...NO_IMDS, AWS_ACCESS_KEY_ID: 'A', AWS_SECRET_ACCESS_KEY: 's' };
    expect(planCredentials(input({ p: { role_arn: ROLE, credential_source: 'Environment' } }, {}, { env, profile: 'p', profileFromFlag: true }))).toMatchObject({ source: 'assume-role' });
  });

  it('checks the source profile: it exists and has credentials of its own', () => {
    expect(failure(input({ default: { role_arn: ROLE, source_profile: 'nope' } }))).toBe('The source_profile "nope" referenced in the profile "default" does not exist.');
    expect(failure(input({ default: { role_arn: ROLE, source_profile: 'b' }, b: { region: 'x' } }))).toBe('The source profile "b" must have credentials.');
    expect(failure(input({ default: { role_arn: ROLE, source_profile: 'b' }, b: { aws_access_key_id: 'A' } }))).toBe(
      'Partial credentials found in config-file, missing: aws_secret_access_key',
    );
    // The environment is not a source profile's credentials.
    const env = { ...NO_IMDS, AWS_WEB_IDENTITY_TOKEN_FILE: '/t', AWS_ROLE_ARN: ROLE };
    expect(failure(input({ p: { role_arn: ROLE, source_profile: 'b' }, b: { region: 'x' } }, {}, { env, profile: 'p', profileFromFlag: true }))).toBe(
      'The source profile "b" must have credentials.',
    );
    expect(planCredentials(input({ default: { role_arn: ROLE, source_profile: 'b' } }, { b: KEYS }))).toMatchObject({ source: 'assume-role' });
    expect(planCredentials(input({ default: { role_arn: ROLE, source_profile: 'b' }, b: { credential_process: 'p' } }))).toMatchObject({ source: 'assume-role' });
  });

  it('follows chains of roles and detects loops with botocore visited list', () => {
    const chain = { default: { role_arn: ROLE, source_profile: 'a' }, a: { role_arn: ROLE, source_profile: 'b' }, b: KEYS };
    expect(planCredentials(input(chain))).toMatchObject({ source: 'assume-role' });
    expect(failure(input({ default: { role_arn: ROLE, source_profile: 'default' } }))).toBe(
      "Infinite loop in credential configuration detected. Attempting to load from profile default which has already been visited. Visited profiles: ['default']",
    );
    expect(failure(input({ default: { role_arn: ROLE, source_profile: 'a' }, a: { role_arn: ROLE, source_profile: 'b' }, b: { role_arn: ROLE, source_profile: 'a' } }))).toBe(
      "Infinite loop in credential configuration detected. Attempting to load from profile a which has already been visited. Visited profiles: ['default', 'a', 'b']",
    );
    // A profile may be its own source when it has keys.
    expect(planCredentials(input({ default: { role_arn: ROLE, source_profile: 'default', ...KEYS } }))).toMatchObject({ source: 'assume-role' });
    // A source profile with keys and a role is used for its keys.
    expect(planCredentials(input({ default: { role_arn: ROLE, source_profile: 'b' }, b: { role_arn: ROLE, source_profile: 'nope', ...KEYS } }))).toMatchObject({ source: 'assume-role' });
  });
});

describe('mergedProfile and describePlan', () => {
  it('merges the two files, credentials file on top', () => {
    const files = { configFile: { p: { a: '1', b: '1' } }, credentialsFile: { p: { b: '2' } } };
    expect(mergedProfile(files, 'p')).toEqual({ a: '1', b: '2' });
    expect(mergedProfile(files, 'q')).toBeUndefined();
  });

  it('describes every source without its secrets', () => {
    const text = [
      describePlan({ source: 'shared-credentials-file', profile: 'p', keys: { accessKeyId: 'AKID', secretAccessKey: 'the-secret', sessionToken: 'the-token' } }, { credentialsPath: '/c' }),
      describePlan({ source: 'config-file', profile: 'p', keys: { accessKeyId: 'AKID', secretAccessKey: 'the-secret' } }, { configPath: '/k' }),
    ].join('\n');
    expect(text).toBe('credentials: static keys of profile p in the credentials file /c\ncredentials: static keys of profile p in the config file /k');
    expect(describePlan({ source: 'sso', profile: 'p', startUrl: 'https://x', sessionName: 'corp' }, {})).toBe('credentials: IAM Identity Center (SSO) for profile p, sso-session corp');
    expect(describePlan({ source: 'none' }, {})).toMatch(/^credentials: none found/);
  });
});
