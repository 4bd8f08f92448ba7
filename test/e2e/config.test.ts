// End to end: bin/ssm-assoc with real config and credentials files in throwaway homes, against
// the embedded SSM endpoint, which verifies each SigV4 signature: a request that verifies was
// signed with the keys (and token) the configuration should have produced, for the region it
// should have chosen. Roles, web identity and SSO go through local STS and SSO servers, reached
// with AWS_ENDPOINT_URL_STS and AWS_ENDPOINT_URL_SSO.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EndpointCredential, LocalEndpoint, LocalEndpointOptions } from '../../src/local-endpoint/index.js';
import { startSeededEndpoint } from '../support/seeded-endpoint.js';
import { bin, runBin, sealedBinEnv, type BinResult } from '../support/run-bin.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const ARGS = ['update-association-status', '--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0', '--association-status', 'Date=1424421071,Name=Pending,Message=e2e'];
const ROLE_ARN = 'arn:aws:iam::123456789012:role/ssm-assoc';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function endpoint(credentials: Record<string, string | EndpointCredential>, options: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  const ep = await startSeededEndpoint({ credentials, ...options });
  cleanups.push(() => ep.close());
  return ep;
}

/** A throwaway home with the given files (paths relative to it). */
function home(files: Record<string, string> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-config-')));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content.replaceAll('{home}', dir));
  }
  return dir;
}

/** Runs the CLI with nothing from this process's environment but PATH: no keys, no region. */
function run(dir: string, args: string[], env: Record<string, string> = {}): Promise<BinResult> {
  return runBin([...ARGS, ...args], { home: dir, env: { AWS_MAX_ATTEMPTS: '1', ...env } });
}

interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * STS and the SSO portal, as far as credential providers use them: AssumeRole and
 * AssumeRoleWithWebIdentity (query protocol, XML answers) and GetRoleCredentials (REST JSON).
 */
async function identityServer(): Promise<{ url: string; requests: Recorded[] }> {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if ((req.url ?? '').startsWith('/federation/credentials')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ roleCredentials: { accessKeyId: 'ASIASSOROLE', secretAccessKey: 'sso-role-secret', sessionToken: 'sso-role-token', expiration: Date.parse('2999-01-01T00:00:00Z') } }));
        return;
      }
      const action = new URLSearchParams(body).get('Action') ?? 'Unknown';
      const prefix = action === 'AssumeRole' ? 'ASIAROLE' : 'ASIAWEBID';
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(
        `<${action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><${action}Result><Credentials>` +
          `<AccessKeyId>${prefix}</AccessKeyId><SecretAccessKey>${prefix.toLowerCase()}-secret</SecretAccessKey><SessionToken>${prefix.toLowerCase()}-token</SessionToken>` +
          `<Expiration>2999-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROAEXAMPLE:s</AssumedRoleId>` +
          `<Arn>arn:aws:sts::123456789012:assumed-role/ssm-assoc/s</Arn></AssumedRoleUser></${action}Result>` +
          `<ResponseMetadata><RequestId>00000000-0000-4000-8000-000000000000</RequestId></ResponseMetadata></${action}Response>`,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, requests };
}

/** No form of any of the secrets appears in the text. */
function expectNoSecrets(text: string, secrets: string[]): void {
  for (const secret of secrets) {
    const b64 = Buffer.from(secret).toString('base64');
    for (const form of [secret, encodeURIComponent(secret), b64, b64.replace(/=+$/, ''), Buffer.from(secret).toString('base64url')]) expect(text).not.toContain(form);
  }
}

const OK_STDOUT = /^\{\n {4}"AssociationDescription": \{\n {8}"Name": "AWS-UpdateSSMAgent",/;

function expectVerified(ep: LocalEndpoint, accessKeyId: string, region = 'us-east-1'): void {
  expect(ep.requests).toHaveLength(1);
  expect(ep.requests[0]!.verification).toMatchObject({ status: 'verified', accessKeyId, region, service: 'ssm' });
}

describe('profiles and regions', () => {
  it('signs with the default profile keys of the credentials file, for the region of the config file', async () => {
    const ep = await endpoint({ AKIDDEFAULT: 'default-secret-key' }, { region: 'eu-west-1' });
    const dir = home({ '.aws/credentials': '[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = default-secret-key\n', '.aws/config': '[default]\nregion = eu-west-1\n' });
    const result = await run(dir, ['--endpoint-url', ep.url]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(OK_STDOUT);
    expectVerified(ep, 'AKIDDEFAULT', 'eu-west-1');
  });

  it.each([
    ['--profile', ['--profile', 'work'], {}],
    ['AWS_PROFILE', [], { AWS_PROFILE: 'work' }],
    ['AWS_DEFAULT_PROFILE', [], { AWS_DEFAULT_PROFILE: 'work' }],
  ])('selects a named profile with %s: its keys (config file) and its region', async (_name, args, env) => {
    const ep = await endpoint({ AKIDWORK: 'work-secret-key' }, { region: 'ap-southeast-2' });
    const dir = home({
      '.aws/config': '[default]\nregion = us-east-1\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = default-secret-key\n[profile work]\nregion = ap-southeast-2\naws_access_key_id = AKIDWORK\naws_secret_access_key = work-secret-key\n',
    });
    const result = await run(dir, ['--endpoint-url', ep.url, ...args], env);
    expect(result.code).toBe(0);
    expectVerified(ep, 'AKIDWORK', 'ap-southeast-2');
  });

  it('takes AWS_REGION over AWS_DEFAULT_REGION and the profile, and --region over all', async () => {
    const ep = await endpoint({ AKIDDEFAULT: 'default-secret-key' }, { region: 'us-west-2' });
    const dir = home({ '.aws/credentials': '[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = default-secret-key\nregion = eu-central-1\n' });
    expect((await run(dir, ['--endpoint-url', ep.url], { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'eu-west-3' })).code).toBe(0);
    // Another status, or the endpoint would answer StatusUnchanged.
    const again = ['--association-status', 'Date=1424421072,Name=Success,Message=again'];
    expect((await run(dir, ['--endpoint-url', ep.url, '--region', 'us-west-2', ...again], { AWS_REGION: 'eu-west-3' })).code).toBe(0);
    expect(ep.requests.map((r) => r.verification)).toMatchObject([{ status: 'verified', region: 'us-west-2' }, { status: 'verified', region: 'us-west-2' }]);
  });

  it('uses the keys and session token of the environment, and AWS_SESSION_TOKEN is checked by the endpoint', async () => {
    const ep = await endpoint({ ASIAENV: { secretAccessKey: 'env-secret-key', sessionToken: 'env-session-token' } });
    const dir = home();
    const env = { AWS_ACCESS_KEY_ID: 'ASIAENV', AWS_SECRET_ACCESS_KEY: 'env-secret-key', AWS_SESSION_TOKEN: 'env-session-token', AWS_DEFAULT_REGION: 'us-east-1' };
    expect((await run(dir, ['--endpoint-url', ep.url], env)).code).toBe(0);
    expect(ep.requests[0]!.headers['x-amz-security-token']).toBe('env-session-token');
    expectVerified(ep, 'ASIAENV');
  });

  it('reports a missing profile, missing credentials and a missing region in the reference words', async () => {
    const dir = home();
    expect(await run(dir, ['--endpoint-url', 'http://127.0.0.1:1', '--profile', 'nope'], { AWS_DEFAULT_REGION: 'us-east-1' })).toEqual({
      code: 255,
      stdout: '',
      stderr: '\nThe config profile (nope) could not be found\n',
    });
    expect(await run(dir, ['--endpoint-url', 'http://127.0.0.1:1'], { AWS_DEFAULT_REGION: 'us-east-1' })).toEqual({
      code: 253,
      stdout: '',
      stderr: '\nUnable to locate credentials. You can configure credentials by running "aws configure".\n',
    });
    expect(await run(dir, ['--endpoint-url', 'http://127.0.0.1:1'])).toEqual({
      code: 253,
      stdout: '',
      stderr: '\nYou must specify a region. You can also configure your region by running "aws configure".\n',
    });
  });
});

describe('credential sources', () => {
  it('runs credential_process and signs with the keys and token it prints', async () => {
    const ep = await endpoint({ ASIAPROCESS: { secretAccessKey: 'process-secret-key', sessionToken: 'process-session-token' } });
    const dir = home({
      'bin/creds.sh': 'echo \'{"Version": 1, "AccessKeyId": "ASIAPROCESS", "SecretAccessKey": "process-secret-key", "SessionToken": "process-session-token", "Expiration": "2999-01-01T00:00:00Z"}\'\n',
      '.aws/config': '[default]\nregion = us-east-1\ncredential_process = sh {home}/bin/creds.sh\n',
    });
    const result = await run(dir, ['--endpoint-url', ep.url]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectVerified(ep, 'ASIAPROCESS');
  });

  it('reports a credential_process that fails with its stderr', async () => {
    const dir = home({ 'bin/creds.sh': 'echo "the vault is sealed" >&2\nexit 4\n', '.aws/config': '[default]\nregion = us-east-1\ncredential_process = sh {home}/bin/creds.sh\n' });
    expect(await run(dir, ['--endpoint-url', 'http://127.0.0.1:1'])).toEqual({
      code: 255,
      stdout: '',
      stderr: '\nError when retrieving credentials from custom-process: the vault is sealed\n\n',
    });
  });

  it('assumes role_arn with the keys of source_profile through STS, then signs with the role', async () => {
    const sts = await identityServer();
    const ep = await endpoint({ ASIAROLE: { secretAccessKey: 'asiarole-secret', sessionToken: 'asiarole-token' } });
    const dir = home({
      '.aws/config': `[default]\nregion = us-east-1\nrole_arn = ${ROLE_ARN}\nsource_profile = base\nrole_session_name = e2e-session\n[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret-key\n`,
    });
    const result = await run(dir, ['--endpoint-url', ep.url, '--debug'], { AWS_ENDPOINT_URL_STS: sts.url });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(` - DEBUG - credentials: assume role ${ROLE_ARN} (profile default) through the SDK's STS client\n`);
    expectNoSecrets(result.stderr, ['base-secret-key', 'asiarole-secret', 'asiarole-token']);
    expect(sts.requests).toHaveLength(1);
    const params = new URLSearchParams(sts.requests[0]!.body);
    expect(params.get('Action')).toBe('AssumeRole');
    expect(params.get('RoleArn')).toBe(ROLE_ARN);
    expect(params.get('RoleSessionName')).toBe('e2e-session');
    // The STS call is signed with the source profile's key.
    expect(sts.requests[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDBASE\/\d{8}\/us-east-1\/sts\/aws4_request/);
    expectVerified(ep, 'ASIAROLE');
  });

  describe("assumed-role credentials in the AWS CLI's cache (~/.aws/cli/cache)", () => {
    const config = `[default]\nregion = us-east-1\nrole_arn = ${ROLE_ARN}\nsource_profile = base\n[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret-key\n`;
    // sha1('{"RoleArn": "arn:aws:iam::123456789012:role/ssm-assoc"}'), botocore's key for this profile.
    const cached = (dir: string) => path.join(dir, '.aws', 'cli', 'cache', 'fda770e9501517cf493c52e61cd5b9bb07e6839d.json');
    const entry = (expiration: string) =>
      `{"Credentials": {"AccessKeyId": "ASIAROLE", "SecretAccessKey": "asiarole-secret", "SessionToken": "asiarole-token", "Expiration": "${expiration}"}}`;

    it('a role is assumed once: the next run signs with the cached credentials', async () => {
      const sts = await identityServer();
      const ep = await endpoint({ ASIAROLE: { secretAccessKey: 'asiarole-secret', sessionToken: 'asiarole-token' } });
      const dir = home({ '.aws/config': config });
      for (let run_ = 0; run_ < 2; run_++) {
        // A new message each run: the endpoint answers StatusUnchanged to a repeated update.
        const result = await run(dir, ['--endpoint-url', ep.url, '--association-status', `Date=1424421071,Name=Pending,Message=run${run_}`], { AWS_ENDPOINT_URL_STS: sts.url });
        expect(result.code).toBe(0);
      }
      expect(sts.requests).toHaveLength(1);
      expect(ep.requests.map((r) => r.verification)).toMatchObject([{ status: 'verified', accessKeyId: 'ASIAROLE' }, { status: 'verified', accessKeyId: 'ASIAROLE' }]);
      expect(fs.readFileSync(cached(dir), 'utf8')).toBe(entry('2999-01-01T00:00:00UTC'));
      expect(fs.statSync(cached(dir)).mode & 0o777).toBe(0o600);
    });

    it('credentials the AWS CLI cached are used without asking STS', async () => {
      const sts = await identityServer();
      const ep = await endpoint({ ASIAROLE: { secretAccessKey: 'asiarole-secret', sessionToken: 'asiarole-token' } });
      const dir = home({ '.aws/config': config, '.aws/cli/cache/fda770e9501517cf493c52e61cd5b9bb07e6839d.json': entry('2999-01-01T00:00:00UTC') });
      const result = await run(dir, ['--endpoint-url', ep.url], { AWS_ENDPOINT_URL_STS: sts.url });
      expect(result.code).toBe(0);
      expect(sts.requests).toHaveLength(0);
      expectVerified(ep, 'ASIAROLE');
    });

    it("STS goes through the proxy chosen for STS, not the one chosen for the SSM endpoint", async () => {
      const { startForwardProxy } = await import('../support/forward-proxy.js');
      const sts = await identityServer();
      const proxy = await startForwardProxy();
      cleanups.push(() => proxy.close());
      const ep = await endpoint({ ASIAROLE: { secretAccessKey: 'asiarole-secret', sessionToken: 'asiarole-token' } });
      const dir = home({ '.aws/config': config });
      // NO_PROXY names the SSM endpoint's host and port only: STS, on another port, is proxied.
      const result = await run(dir, ['--endpoint-url', ep.url], { AWS_ENDPOINT_URL_STS: sts.url, HTTP_PROXY: proxy.url, NO_PROXY: ep.url.replace('http://', '') });
      expect(result.code).toBe(0);
      expect(proxy.requests.map((r) => `${r.method} ${r.target}`)).toEqual([`POST ${sts.url}/`]);
      expectVerified(ep, 'ASIAROLE');
    });

    it('credentials with less than 15 minutes left are assumed again', async () => {
      const sts = await identityServer();
      const ep = await endpoint({ ASIAROLE: { secretAccessKey: 'asiarole-secret', sessionToken: 'asiarole-token' } });
      const soon = new Date(Date.now() + 10 * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, 'UTC');
      const dir = home({ '.aws/config': config, '.aws/cli/cache/fda770e9501517cf493c52e61cd5b9bb07e6839d.json': entry(soon) });
      const result = await run(dir, ['--endpoint-url', ep.url], { AWS_ENDPOINT_URL_STS: sts.url });
      expect(result.code).toBe(0);
      expect(sts.requests).toHaveLength(1);
      expect(fs.readFileSync(cached(dir), 'utf8')).toBe(entry('2999-01-01T00:00:00UTC'));
    });
  });

  describe('a role with mfa_serial asks for the code, as the reference does (getpass)', () => {
    const MFA_SERIAL = 'arn:aws:iam::123456789012:mfa/ops';
    const PROMPT = `Enter MFA code for ${MFA_SERIAL}: `;
    const config = `[default]\nregion = us-east-1\nrole_arn = ${ROLE_ARN}\nsource_profile = base\nmfa_serial = ${MFA_SERIAL}\n[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret-key\n`;
    const hasPty = spawnSync('python3', ['-c', 'import pty'], { stdio: 'ignore' }).status === 0;

    function expectMfaCall(sts: { requests: Recorded[] }, ep: LocalEndpoint): void {
      expect(sts.requests).toHaveLength(1);
      const params = new URLSearchParams(sts.requests[0]!.body);
      expect([params.get('Action'), params.get('SerialNumber'), params.get('TokenCode')]).toEqual(['AssumeRole', MFA_SERIAL, '123456']);
      expectVerified(ep, 'ASIAROLE');
    }

    /** The call on a pseudo-terminal (test/support/pty-run.py): `keys` answer the prompt. */
    async function callInPty(keys: string, extraArgs: string[]) {
      const sts = await identityServer();
      const ep = await endpoint({ ASIAROLE: { secretAccessKey: 'asiarole-secret', sessionToken: 'asiarole-token' } });
      const dir = home({ '.aws/config': config });
      // No pager: stdout is the terminal too.
      const env = { ...sealedBinEnv(dir), AWS_MAX_ATTEMPTS: '1', AWS_ENDPOINT_URL_STS: sts.url, TERM: 'dumb', AWS_PAGER: '', PTY_RUN_TIMEOUT: '20' };
      const ptyRun = path.join(root, 'test', 'support', 'pty-run.py');
      const result = await new Promise<{ exitCode: number; transcript: string; error: string | null }>((resolve, reject) => {
        const child = spawn('python3', [ptyRun, JSON.stringify([[PROMPT, keys]]), '--', bin, ...ARGS, '--endpoint-url', ep.url, ...extraArgs], { env });
        let stdout = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.on('error', reject);
        child.on('close', () => resolve(JSON.parse(stdout)));
      });
      return { result, sts, ep };
    }

    it.skipIf(!hasPty)('on the terminal, without echo', async () => {
      const { result, sts, ep } = await callInPty('123456\r', ['--query', 'AssociationDescription.Name']);
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(0);
      // The prompt, the newline getpass writes (no echo of the code), then the output.
      expect(result.transcript).toBe(`${PROMPT}\r\n"AWS-UpdateSSMAgent"\r\n`);
      expectMfaCall(sts, ep);
    });

    it.skipIf(!hasPty)('Ctrl-C at the prompt ends the call at once (130), nothing sent', async () => {
      const { result, sts, ep } = await callInPty('\u0003', []);
      expect(result.error).toBeNull();
      expect(result.exitCode).toBe(130);
      expect(sts.requests).toHaveLength(0);
      expect(ep.requests).toHaveLength(0);
    });

    it('end of input at the prompt fails as the reference does (EOFError: 255, an empty message)', async () => {
      const dir = home({ '.aws/config': config });
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(bin, [...ARGS, '--endpoint-url', 'http://127.0.0.1:1'], { env: { ...sealedBinEnv(dir), AWS_MAX_ATTEMPTS: '1' }, detached: true });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr }));
        child.stdin.end('');
      });
      expect(result).toEqual({ code: 255, stderr: `Warning: Password input may be echoed.\n${PROMPT}\n\n` });
    });

    it('without a terminal, from stdin after a warning', async () => {
      const sts = await identityServer();
      const ep = await endpoint({ ASIAROLE: { secretAccessKey: 'asiarole-secret', sessionToken: 'asiarole-token' } });
      const dir = home({ '.aws/config': config });
      // A new session has no controlling terminal, so /dev/tty cannot be opened.
      const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(bin, [...ARGS, '--endpoint-url', ep.url, '--query', 'AssociationDescription.Name'], {
          env: { ...sealedBinEnv(dir), AWS_MAX_ATTEMPTS: '1', AWS_ENDPOINT_URL_STS: sts.url },
          detached: true,
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        child.stdin.end('123456\n');
      });
      expect(result).toEqual({ code: 0, stdout: '"AWS-UpdateSSMAgent"\n', stderr: `Warning: Password input may be echoed.\n${PROMPT}\n` });
      expectMfaCall(sts, ep);
    });
  });

  it('exchanges a web identity token through STS (the environment variables)', async () => {
    const sts = await identityServer();
    const ep = await endpoint({ ASIAWEBID: { secretAccessKey: 'asiawebid-secret', sessionToken: 'asiawebid-token' } });
    const dir = home({ 'token.jwt': 'eyJhbGciOiJub25lIn0.e30.' });
    const result = await run(dir, ['--endpoint-url', ep.url, '--debug'], {
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_ROLE_ARN: ROLE_ARN,
      AWS_WEB_IDENTITY_TOKEN_FILE: path.join(dir, 'token.jwt'),
      AWS_ENDPOINT_URL_STS: sts.url,
    });
    expect(result.code).toBe(0);
    expectNoSecrets(result.stderr, ['asiawebid-secret', 'asiawebid-token', 'eyJhbGciOiJub25lIn0.e30.']);
    const params = new URLSearchParams(sts.requests[0]!.body);
    expect(params.get('Action')).toBe('AssumeRoleWithWebIdentity');
    expect(params.get('WebIdentityToken')).toBe('eyJhbGciOiJub25lIn0.e30.');
    expectVerified(ep, 'ASIAWEBID');
  });

  it.each([
    ['a legacy SSO profile', `[default]\nregion = us-east-1\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = ssm-assoc\n`, 'https://example.awsapps.com/start'],
    ['an sso-session', `[default]\nregion = us-east-1\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = ssm-assoc\n[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n`, 'corp'],
  ])('gets role credentials from the SSO portal with the cached token (%s)', async (_name, config, cacheKey) => {
    const portal = await identityServer();
    const ep = await endpoint({ ASIASSOROLE: { secretAccessKey: 'sso-role-secret', sessionToken: 'sso-role-token' } });
    const cacheFile = `.aws/sso/cache/${createHash('sha1').update(cacheKey).digest('hex')}.json`;
    const dir = home({
      '.aws/config': config,
      [cacheFile]: JSON.stringify({ startUrl: 'https://example.awsapps.com/start', region: 'us-east-1', accessToken: 'cached-sso-access-token', expiresAt: '2999-01-01T00:00:00Z' }),
    });
    const result = await run(dir, ['--endpoint-url', ep.url, '--debug'], { AWS_ENDPOINT_URL_SSO: portal.url });
    expect(result.code).toBe(0);
    expectNoSecrets(result.stderr, ['sso-role-secret', 'sso-role-token']);
    expect(portal.requests).toHaveLength(1);
    expect(portal.requests[0]!.url).toBe('/federation/credentials?account_id=123456789012&role_name=ssm-assoc');
    expect(portal.requests[0]!.headers['x-amz-sso_bearer_token']).toBe('cached-sso-access-token');
    expectVerified(ep, 'ASIASSOROLE');
  });

  it('reports an expired SSO token in the reference words, before calling the portal', async () => {
    const portal = await identityServer();
    const dir = home({
      '.aws/config': '[default]\nregion = us-east-1\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = ssm-assoc\n',
      [`.aws/sso/cache/${createHash('sha1').update('https://example.awsapps.com/start').digest('hex')}.json`]: JSON.stringify({ accessToken: 'old', expiresAt: '2000-01-01T00:00:00Z' }),
    });
    expect(await run(dir, ['--endpoint-url', 'http://127.0.0.1:1'], { AWS_ENDPOINT_URL_SSO: portal.url })).toEqual({
      code: 255,
      stdout: '',
      stderr: '\nThe SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.\n',
    });
    expect(portal.requests).toHaveLength(0);
  });

  it('reports STS refusing the role as the service error it is (254)', async () => {
    const sts = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(403, { 'content-type': 'text/xml' });
        res.end('<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Not authorized to perform sts:AssumeRole</Message></Error><RequestId>1</RequestId></ErrorResponse>');
      });
    });
    await new Promise<void>((resolve) => sts.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => sts.close(() => resolve())));
    const dir = home({ '.aws/config': `[default]\nregion = us-east-1\nrole_arn = ${ROLE_ARN}\nsource_profile = base\n[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret-key\n` });
    expect(await run(dir, ['--endpoint-url', 'http://127.0.0.1:1'], { AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${(sts.address() as { port: number }).port}` })).toEqual({
      code: 254,
      stdout: '',
      stderr: '\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Not authorized to perform sts:AssumeRole\n',
    });
  });

  it('sends an unsigned request with --no-sign-request and loads no credentials at all', async () => {
    const ep = await endpoint({}, { allowUnsigned: true });
    // A credential_process that would leave a mark if it ran.
    const dir = home({ 'bin/creds.sh': 'touch {home}/ran\nexit 1\n', '.aws/config': '[default]\nregion = us-east-1\ncredential_process = sh {home}/bin/creds.sh\n' });
    const result = await run(dir, ['--endpoint-url', ep.url, '--no-sign-request']);
    expect(result.code).toBe(0);
    expect(ep.requests[0]!.verification).toEqual({ status: 'unsigned' });
    expect(ep.requests[0]!.headers.authorization).toBeUndefined();
    expect(fs.existsSync(path.join(dir, 'ran'))).toBe(false);
  });
});

describe('configured endpoints', () => {
  const KEYS = '[default]\nregion = us-east-1\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = default-secret-key\n';

  it.each([
    ['endpoint_url in the profile', (url: string) => ({ files: { '.aws/config': `${KEYS}endpoint_url = ${url}\n` }, env: {} })],
    ['the services section', (url: string) => ({ files: { '.aws/config': `${KEYS}services = local\n[services local]\nssm =\n  endpoint_url = ${url}\n` }, env: {} })],
    ['AWS_ENDPOINT_URL', (url: string) => ({ files: { '.aws/config': KEYS }, env: { AWS_ENDPOINT_URL: url } })],
    ['AWS_ENDPOINT_URL_SSM over AWS_ENDPOINT_URL and the profile', (url: string) => ({ files: { '.aws/config': `${KEYS}endpoint_url = http://127.0.0.1:1\n` }, env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:1', AWS_ENDPOINT_URL_SSM: url } })],
  ])('sends to %s', async (_name, setup) => {
    const ep = await endpoint({ AKIDDEFAULT: 'default-secret-key' });
    const { files, env } = setup(ep.url);
    const result = await run(home(files), [], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expectVerified(ep, 'AKIDDEFAULT');
  });

  it('ignores them with AWS_IGNORE_CONFIGURED_ENDPOINT_URLS (shown by --debug; nothing is sent without credentials)', async () => {
    const ep = await endpoint({});
    const dir = home({ '.aws/config': `[default]\nregion = us-east-1\nendpoint_url = ${ep.url}\n` });
    const result = await run(dir, ['--debug'], { AWS_ENDPOINT_URL: ep.url, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' });
    expect(result.code).toBe(253);
    expect(result.stderr).toContain(' - endpoint: (the SDK default for the region) (from the default (configured endpoints are ignored))\n');
    expect(result.stderr.endsWith('\nUnable to locate credentials. You can configure credentials by running "aws configure".\n')).toBe(true);
    expect(ep.requests).toHaveLength(0);
  });
});
