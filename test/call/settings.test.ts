// Settings precedence and the checks botocore makes on them. Messages and exit codes are the
// reference's (test/fixtures/reference/config.json records them end to end).
import { describe, expect, it } from 'vitest';
import type { GlobalOptions } from '../../src/model/options.js';
import { thrownCliError as thrown } from '../support/cli-error.js';
import {
  checkClientSettings,
  checkRegionName,
  checkRetrySettings,
  checkSessionSettings,
  checkSessionStart,
  describeSettings,
  resolveSettings,
  selectProfile,
  type ConfigFiles,
} from '../../src/call/settings.js';

function globals(partial: Partial<GlobalOptions> = {}): GlobalOptions {
  return {
    debug: false,
    noVerifySsl: false,
    noPaginate: false,
    version: false,
    color: 'auto',
    noSignRequest: false,
    noCliPager: false,
    cliAutoPrompt: false,
    noCliAutoPrompt: false,
    ...partial,
  };
}

function files(configFile: ConfigFiles['configFile'] = {}, credentialsFile: ConfigFiles['credentialsFile'] = {}): ConfigFiles {
  return { configFile, credentialsFile, configPath: '/home/me/.aws/config', credentialsPath: '/home/me/.aws/credentials' };
}


describe('selectProfile', () => {
  it('takes --profile, then AWS_PROFILE, then AWS_DEFAULT_PROFILE, else default', () => {
    const env = { AWS_PROFILE: 'env', AWS_DEFAULT_PROFILE: 'old' };
    expect(selectProfile(globals({ profile: 'flag' }), env)).toEqual({ profile: 'flag', named: true, source: '--profile' });
    expect(selectProfile(globals(), env)).toEqual({ profile: 'env', named: true, source: 'AWS_PROFILE' });
    expect(selectProfile(globals(), { AWS_DEFAULT_PROFILE: 'old' })).toEqual({ profile: 'old', named: true, source: 'AWS_DEFAULT_PROFILE' });
    expect(selectProfile(globals(), {})).toEqual({ profile: 'default', named: false, source: 'default' });
  });

  it('ignores an empty --profile but not an empty AWS_PROFILE', () => {
    expect(selectProfile(globals({ profile: '' }), {}).profile).toBe('default');
    expect(selectProfile(globals(), { AWS_PROFILE: '' })).toEqual({ profile: '', named: true, source: 'AWS_PROFILE' });
  });
});

describe('resolveSettings', () => {
  it('fails for a named profile in neither file, with exit 255', () => {
    expect(thrown(() => resolveSettings(globals({ profile: 'nope' }), {}, files()))).toEqual({ message: 'The config profile (nope) could not be found', exitCode: 255 });
    expect(thrown(() => resolveSettings(globals(), { AWS_PROFILE: '' }, files()))).toEqual({ message: 'The config profile () could not be found', exitCode: 255 });
  });

  it('accepts a missing default profile and a profile from the credentials file alone', () => {
    expect(resolveSettings(globals(), {}, files()).profile).toBe('default');
    expect(resolveSettings(globals({ profile: 'p' }), {}, files({}, { p: { output: 'text' } })).output).toBe('text');
  });

  it('reports a file configparser refuses before anything else', () => {
    expect(thrown(() => resolveSettings(globals({ profile: 'nope' }), {}, { ...files(), unparsable: '/x/config' }))).toEqual({
      message: 'Unable to parse config file: /x/config',
      exitCode: 255,
    });
  });

  it('merges the profile: credentials file values win', () => {
    const s = resolveSettings(globals(), {}, files({ default: { region: 'us-west-2', output: 'yaml' } }, { default: { output: 'text' } }));
    expect(s.section).toEqual({ region: 'us-west-2', output: 'text' });
    expect(s.output).toBe('text');
  });

  it('takes the region from --region, AWS_REGION, AWS_DEFAULT_REGION, then the profile', () => {
    const f = files({ default: { region: 'eu-west-1' } });
    const env = { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'us-west-1' };
    expect(resolveSettings(globals({ region: 'ap-south-1' }), env, f)).toMatchObject({ region: 'ap-south-1', regionSource: '--region' });
    expect(resolveSettings(globals(), env, f)).toMatchObject({ region: 'us-east-2', regionSource: 'AWS_REGION' });
    expect(resolveSettings(globals(), { AWS_DEFAULT_REGION: 'us-west-1' }, f)).toMatchObject({ region: 'us-west-1', regionSource: 'AWS_DEFAULT_REGION' });
    expect(resolveSettings(globals(), {}, f)).toMatchObject({ region: 'eu-west-1', regionSource: 'region of profile default' });
    expect(resolveSettings(globals(), {}, files())).toMatchObject({ region: undefined, regionSource: 'none' });
  });

  it('treats an empty region variable as set: it hides the profile, and is no region', () => {
    const f = files({ default: { region: 'eu-west-1' } });
    expect(resolveSettings(globals(), { AWS_DEFAULT_REGION: '' }, f)).toMatchObject({ region: undefined, regionSource: 'AWS_DEFAULT_REGION, empty' });
    expect(resolveSettings(globals({ region: '' }), {}, f)).toMatchObject({ region: undefined, regionSource: '--region, empty' });
  });

  it('takes the output from --output, AWS_DEFAULT_OUTPUT, the profile, else json; a bad name is kept for the formatter', () => {
    const f = files({ default: { output: 'table' } });
    expect(resolveSettings(globals({ output: 'yaml' }), { AWS_DEFAULT_OUTPUT: 'text' }, f).output).toBe('yaml');
    expect(resolveSettings(globals(), { AWS_DEFAULT_OUTPUT: 'text' }, f).output).toBe('text');
    expect(resolveSettings(globals(), {}, f).output).toBe('table');
    expect(resolveSettings(globals(), {}, files()).output).toBe('json');
    expect(resolveSettings(globals(), {}, files({ default: { output: 'xml' } })).output).toBe('xml');
  });

  it('takes cli_timestamp_format from the profile and refuses unknown values with exit 253', () => {
    expect(resolveSettings(globals(), {}, files({ default: { cli_timestamp_format: 'wire' } })).timestampFormat).toBe('wire');
    expect(resolveSettings(globals(), {}, files()).timestampFormat).toBe('iso8601');
    expect(thrown(() => resolveSettings(globals(), {}, files({ default: { cli_timestamp_format: 'epoch' } })))).toEqual({
      message: 'Unknown cli_timestamp_format value: epoch, valid values are "wire" or "iso8601"',
      exitCode: 253,
    });
  });

  describe('endpoint', () => {
    const services = files({
      default: { endpoint_url: 'http://profile', services: 'local' },
      'services.local': { 'ssm.endpoint_url': 'http://services', 's3.endpoint_url': 'http://s3' },
    });
    const env = { AWS_ENDPOINT_URL_SSM: 'http://env-ssm', AWS_ENDPOINT_URL: 'http://env-global' };
    const endpoint = (g: Partial<GlobalOptions>, e: Record<string, string>, f = services) => {
      const s = resolveSettings(globals(g), e, f);
      return [s.endpointUrl, s.endpointSource];
    };

    it('follows the configured-endpoint order: flag, AWS_ENDPOINT_URL_SSM, AWS_ENDPOINT_URL, services section, profile', () => {
      expect(endpoint({ endpointUrl: 'http://flag' }, env)).toEqual(['http://flag', '--endpoint-url']);
      expect(endpoint({}, env)).toEqual(['http://env-ssm', 'AWS_ENDPOINT_URL_SSM']);
      expect(endpoint({}, { AWS_ENDPOINT_URL: 'http://env-global' })).toEqual(['http://env-global', 'AWS_ENDPOINT_URL']);
      expect(endpoint({}, {})).toEqual(['http://services', 'the ssm endpoint_url of [services local]']);
      expect(endpoint({}, {}, files({ default: { endpoint_url: 'http://profile' } }))).toEqual(['http://profile', 'endpoint_url of profile default']);
      expect(endpoint({}, {}, files())).toEqual([undefined, 'the default']);
    });

    it('ignores configured endpoints when told to, but never the flag', () => {
      expect(endpoint({}, { ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' })[0]).toBeUndefined();
      expect(endpoint({}, {}, files({ default: { endpoint_url: 'http://profile', ignore_configured_endpoint_urls: 'true' } }))[0]).toBeUndefined();
      expect(endpoint({}, { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'false' }, files({ default: { endpoint_url: 'http://profile', ignore_configured_endpoint_urls: 'true' } }))[0]).toBe(
        'http://profile',
      );
      expect(endpoint({ endpointUrl: 'http://flag' }, { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' })[0]).toBe('http://flag');
    });

    it('refuses an --endpoint-url without a scheme as the reference does (252)', () => {
      expect(thrown(() => resolveSettings(globals({ endpointUrl: 'localhost' }), {}, files()))).toEqual({
        message: 'Bad value for --endpoint-url "localhost": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/',
        exitCode: 252,
      });
      expect(thrown(() => resolveSettings(globals({ endpointUrl: '' }), {}, files())).exitCode).toBe(252);
      // Python's urlparse sees a scheme in `localhost:4566`; the request fails later.
      expect(resolveSettings(globals({ endpointUrl: 'localhost:4566' }), {}, files()).endpointUrl).toBe('localhost:4566');
    });

    it('refuses a configured endpoint without a scheme, naming where it came from (253)', () => {
      expect(thrown(() => resolveSettings(globals(), { AWS_ENDPOINT_URL: '127.0.0.1' }, files()))).toEqual({
        message: 'Bad value for AWS_ENDPOINT_URL "127.0.0.1": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/',
        exitCode: 253,
      });
    });
  });

  it('takes retry settings from the environment, then the profile', () => {
    const f = files({ default: { retry_mode: 'adaptive', max_attempts: '5' } });
    expect(resolveSettings(globals(), {}, f)).toMatchObject({ retryMode: 'adaptive', maxAttempts: 5, maxAttemptsSetting: '5' });
    expect(resolveSettings(globals(), { AWS_RETRY_MODE: 'standard', AWS_MAX_ATTEMPTS: '2' }, f)).toMatchObject({ retryMode: 'standard', maxAttempts: 2 });
    expect(resolveSettings(globals(), {}, files())).toMatchObject({ retryMode: 'standard', maxAttempts: 3, maxAttemptsSetting: undefined });
    expect(resolveSettings(globals(), { AWS_MAX_ATTEMPTS: '' }, f)).toMatchObject({ maxAttempts: 3, maxAttemptsSetting: '' });
  });

  it('takes the CA bundle from --ca-bundle, AWS_CA_BUNDLE, the profile; an empty AWS_CA_BUNDLE is unset', () => {
    const f = files({ default: { ca_bundle: '/profile.pem' } });
    expect(resolveSettings(globals({ caBundle: '/flag.pem' }), { AWS_CA_BUNDLE: '/env.pem' }, f)).toMatchObject({ caBundle: '/flag.pem', caBundleSource: '--ca-bundle' });
    expect(resolveSettings(globals(), { AWS_CA_BUNDLE: '/env.pem' }, f)).toMatchObject({ caBundle: '/env.pem', caBundleSource: 'AWS_CA_BUNDLE' });
    expect(resolveSettings(globals(), { AWS_CA_BUNDLE: '' }, f)).toMatchObject({ caBundle: '/profile.pem', caBundleSource: 'ca_bundle of profile default' });
    expect(resolveSettings(globals({ noVerifySsl: true }), {}, files())).toMatchObject({ caBundle: undefined, verifyTls: false });
  });

  it('turns timeouts into milliseconds: default 60 s, 0 for none', () => {
    expect(resolveSettings(globals(), {}, files())).toMatchObject({ connectTimeoutMs: 60_000, readTimeoutMs: 60_000 });
    expect(resolveSettings(globals({ cliConnectTimeout: 5, cliReadTimeout: 0 }), {}, files())).toMatchObject({ connectTimeoutMs: 5000, readTimeoutMs: 0 });
  });
});

describe('checkRegionName', () => {
  it.each(['us-east-1', 'local', 'a', 'x'.repeat(63), 'us-gov-west-1'])('accepts %s', (region) => {
    expect(() => checkRegionName(region)).not.toThrow();
  });
  it.each(['bad_region!', 'a b', 'a/b', '-us', 'us-', '123', 'x'.repeat(64)])('refuses %s with exit 255', (region) => {
    expect(thrown(() => checkRegionName(region))).toEqual({ message: `Provided region_name '${region}' doesn't match a supported format.`, exitCode: 255 });
  });
});

describe('checkSessionSettings', () => {
  it('checks the region, then the credential configuration', () => {
    const broken = files({ default: { role_arn: 'arn:aws:iam::123456789012:role/r', source_profile: 'nope' } });
    expect(thrown(() => checkSessionSettings(resolveSettings(globals({ region: 'a b' }), {}, broken))).message).toMatch(/^Provided region_name/);
    expect(thrown(() => checkSessionSettings(resolveSettings(globals({ region: 'us-east-1' }), {}, broken)))).toEqual({
      message: 'The source_profile "nope" referenced in the profile "default" does not exist.',
      exitCode: 255,
    });
  });

  it('loads no credentials with --no-sign-request', () => {
    const broken = files({ default: { role_arn: 'arn:aws:iam::123456789012:role/r', source_profile: 'nope' } });
    expect(() => checkSessionSettings(resolveSettings(globals({ noSignRequest: true }), {}, broken))).not.toThrow();
  });
});

describe('checkRetrySettings and checkClientSettings', () => {
  const check = (env: Record<string, string>, g: Partial<GlobalOptions> = {}) => thrown(() => checkClientSettings(resolveSettings(globals(g), env, files())));

  it('refuses retry modes and attempt counts botocore refuses', () => {
    expect(check({ AWS_RETRY_MODE: 'legacy' })).toEqual({ message: 'Invalid value provided to "mode": "legacy" must be one of: "standard" or "adaptive"', exitCode: 255 });
    expect(check({ AWS_RETRY_MODE: '' }).message).toBe('Invalid value provided to "mode": "" must be one of: "standard" or "adaptive"');
    expect(check({ AWS_MAX_ATTEMPTS: 'many' })).toEqual({ message: "invalid literal for int() with base 10: 'many'", exitCode: 255 });
    expect(check({ AWS_MAX_ATTEMPTS: '' }).message).toBe("invalid literal for int() with base 10: ''");
    expect(check({ AWS_MAX_ATTEMPTS: '0' }).message).toBe('Value provided to "max_attempts": 0 must be an integer greater than or equal to one.');
    expect(() => checkRetrySettings(resolveSettings(globals(), { AWS_MAX_ATTEMPTS: ' 2 ', AWS_RETRY_MODE: 'adaptive' }, files()))).not.toThrow();
  });

  it('refuses negative timeouts, connect first, as urllib3 does', () => {
    expect(check({}, { cliReadTimeout: -1 })).toEqual({
      message: 'Attempted to set read timeout to -1, but the timeout cannot be set to a value less than or equal to 0.',
      exitCode: 255,
    });
    expect(check({}, { cliReadTimeout: -1, cliConnectTimeout: -2 }).message).toBe(
      'Attempted to set connect timeout to -2, but the timeout cannot be set to a value less than or equal to 0.',
    );
    expect(() => checkClientSettings(resolveSettings(globals({ cliReadTimeout: 0, cliConnectTimeout: 0 }), {}, files()))).not.toThrow();
  });
});

describe('describeSettings', () => {
  it('says where each setting came from and never prints a secret', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
    const s = resolveSettings(
      globals({ endpointUrl: 'http://127.0.0.1:4566' }),
      { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: secret, AWS_SESSION_TOKEN: 'token-token-token', AWS_REGION: 'eu-west-1' },
      files({ default: { max_attempts: '4' } }, { default: { aws_secret_access_key: 'file-secret-file-secret' } }),
    );
    const lines = describeSettings(s);
    expect(lines).toEqual([
      'config file: /home/me/.aws/config; credentials file: /home/me/.aws/credentials',
      'profile: default (from default)',
      'region: eu-west-1 (from AWS_REGION)',
      'endpoint: http://127.0.0.1:4566 (from --endpoint-url)',
      'retries: standard mode, 4 attempts at most (from default mode, max_attempts of profile default)',
      'timeouts: connect 60 s, read 60 s',
      'TLS: certificates verified against the default trust store',
      'output: json; timestamps: iso8601',
      'credentials: environment variables AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN if set)',
    ]);
    expect(lines.join('\n')).not.toContain(secret);
  });

  it('describes a misconfiguration instead of failing', () => {
    const s = resolveSettings(globals(), {}, files({ default: { role_arn: 'arn:aws:iam::123456789012:role/r' } }));
    expect(describeSettings(s).at(-1)).toBe('credentials: misconfigured (Partial credentials found in assume-role, missing: source_profile or credential_source)');
    expect(describeSettings(resolveSettings(globals({ noSignRequest: true }), {}, files())).at(-1)).toBe('credentials: none (--no-sign-request: the request is sent unsigned)');
  });
});

describe('parameter_validation and cli_binary_format', () => {
  it('turns validation off as ensure_boolean does: anything but true, in any case', () => {
    const validation = (value?: string) => resolveSettings(globals(), {}, files(value === undefined ? {} : { default: { parameter_validation: value } })).parameterValidation;
    expect(validation()).toBe(true);
    expect(validation('true')).toBe(true);
    expect(validation('TRUE')).toBe(true);
    expect(validation('false')).toBe(false);
    expect(validation('no')).toBe(false);
    expect(validation('')).toBe(false);
  });

  it('refuses an unknown cli_binary_format at session start, unless --cli-binary-format replaces it', () => {
    const start = (value: string, flag?: 'base64') => () => checkSessionStart(globals(flag ? { cliBinaryFormat: flag } : {}), {}, files({ default: { cli_binary_format: value } }));
    expect(thrown(start('base64x'))).toEqual({ message: 'Unknown cli_binary_format value: base64x, valid values are "base64" or "raw-in-base64-out"', exitCode: 253 });
    expect(thrown(start(''))).toEqual({ message: 'Unknown cli_binary_format value: , valid values are "base64" or "raw-in-base64-out"', exitCode: 253 });
    expect(start('raw-in-base64-out')).not.toThrow();
    expect(start('base64x', 'base64')).not.toThrow();
  });
});
