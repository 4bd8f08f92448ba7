// The SDK call, in process, against real servers on 127.0.0.1: the embedded SSM endpoint (which
// verifies SigV4), and raw sockets for what a server should never do.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { callOnce, requestUrlFor } from '../../src/call/client.js';
import { resolveSettings, type ConfigFiles, type Settings } from '../../src/call/settings.js';
import { CliError } from '../../src/errors.js';
import { TruncatedBodyError } from '../../src/call/transport-errors.js';
import type { GlobalOptions } from '../../src/model/options.js';
import type { LocalEndpoint, LocalEndpointOptions } from '../../src/local-endpoint/index.js';
import { startSeededEndpoint } from '../support/seeded-endpoint.js';
import { startFaultServer, type FaultScript, type FaultServer } from '../support/fault-server.js';

const ACCESS_KEY = 'AKIDCLIENTTEST';
const SECRET = 'client/test+secret/key/0123456789abcdefXYZ';
const TOKEN = 'FwoGZXIvYXdzEJr//////////session+token/value==';
const REQUEST = { Name: 'AWS-UpdateSSMAgent', InstanceId: 'i-1234567890abcdef0', AssociationStatus: { Date: new Date(1424421071000), Name: 'Pending', Message: 'hi' } };

// The SDK reads a few settings of its own from the environment and the files; keep them local.
const savedEnv = { ...process.env };
beforeAll(() => {
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  // The SDK's notice about Node 20 is for the CLI's --debug, not for the test log.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  process.env.AWS_CONFIG_FILE = '/nonexistent/config';
  process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/credentials';
  delete process.env.AWS_PROFILE;
});
afterAll(() => {
  process.env = savedEnv;
});

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-client-')));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function endpoint(options: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  const ep = await startSeededEndpoint({
    credentials: { [ACCESS_KEY]: { secretAccessKey: SECRET, sessionToken: TOKEN } },
    ...options,
  });
  cleanups.push(() => ep.close());
  return ep;
}

function globals(partial: Partial<GlobalOptions>): GlobalOptions {
  return { debug: false, noVerifySsl: false, noPaginate: false, version: false, color: 'auto', noSignRequest: false, noCliPager: false, cliAutoPrompt: false, noCliAutoPrompt: false, ...partial };
}

/** Settings with the keys and token in the default profile of the credentials file. */
function settingsFor(g: Partial<GlobalOptions>, extra: { configFile?: ConfigFiles['configFile']; env?: Record<string, string> } = {}): Settings {
  const files: ConfigFiles = {
    configFile: extra.configFile ?? {},
    credentialsFile: { default: { aws_access_key_id: ACCESS_KEY, aws_secret_access_key: SECRET, aws_session_token: TOKEN } },
  };
  return resolveSettings(globals({ region: 'us-east-1', ...g }), { AWS_EC2_METADATA_DISABLED: 'true', AWS_MAX_ATTEMPTS: '1', ...extra.env }, files);
}

function call(settings: Settings, trace?: (line: string) => void, warn?: (line: string) => void) {
  return callOnce(REQUEST, { operationName: 'UpdateAssociationStatus', settings, signRequest: settings.signRequest, profileFromFlag: settings.profileFromFlag, trace, warn });
}

describe('requestUrlFor', () => {
  it.each([
    ['http://127.0.0.1:4566', 'http://127.0.0.1:4566/'],
    ['http://127.0.0.1:4566/', 'http://127.0.0.1:4566/'],
    ['HTTP://Host:80', 'http://Host:80/'],
    ['http://127.0.0.1:4566/base/path', 'http://127.0.0.1:4566/base/path'],
    ['http://127.0.0.1:4566?x=1', 'http://127.0.0.1:4566/?x=1'],
    ['localhost:4566', 'localhost:4566'],
  ])('%s → %s', (endpointUrl, url) => {
    expect(requestUrlFor(endpointUrl)).toBe(url);
  });
});

describe('callOnce', () => {
  it('signs with the profile keys and token, and keeps the raw response', async () => {
    const ep = await endpoint();
    const outcome = await call(settingsFor({ endpointUrl: ep.url }));
    expect(outcome.error).toBeUndefined();
    expect(outcome.attempts).toBe(1);
    expect(outcome.url).toBe(`${ep.url}/`);
    expect(outcome.response?.statusCode).toBe(200);
    expect(JSON.parse(Buffer.from(outcome.response!.body).toString('utf8'))).toHaveProperty('AssociationDescription.Name', 'AWS-UpdateSSMAgent');
    expect(ep.requests[0]!.verification).toMatchObject({ status: 'verified', accessKeyId: ACCESS_KEY, region: 'us-east-1' });
  });

  it('sends the request unsigned with --no-sign-request: no Authorization, no token, no credentials loaded', async () => {
    const ep = await endpoint({ allowUnsigned: true });
    // A profile whose credentials could not load: nothing tries.
    const settings = settingsFor({ endpointUrl: ep.url, noSignRequest: true }, { configFile: { default: { role_arn: 'arn:aws:iam::1:role/r', source_profile: 'nope' } } });
    const outcome = await call(settings);
    expect(outcome.error).toBeUndefined();
    const request = ep.requests[0]!;
    expect(request.verification).toEqual({ status: 'unsigned' });
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers['x-amz-security-token']).toBeUndefined();
  });

  it('traces every attempt, and no form of the secret or the token reaches the trace', async () => {
    const ep = await endpoint({ failNext: 1 });
    const lines: string[] = [];
    const outcome = await call(settingsFor({ endpointUrl: ep.url }, { env: { AWS_MAX_ATTEMPTS: '2' } }), (line) => lines.push(line));
    expect(outcome.error).toBeUndefined();
    expect(outcome.attempts).toBe(2);
    const text = lines.join('\n');
    expect(text).toMatch(/attempt 1 of 2: POST http:\/\/127\.0\.0\.1:\d+\/\n/);
    expect(text).toMatch(/attempt 1 answered in \d+\.\d{3} s: HTTP 500/);
    expect(text).toMatch(/attempt 2 of 2 after a pause of \d+\.\d{3} s: POST/);
    expect(text).toContain('x-amz-security-token: <redacted>');
    expect(text).toMatch(/authorization: AWS4-HMAC-SHA256 Credential=AKIDCLIENTTEST\/\d{8}\/us-east-1\/ssm\/aws4_request, SignedHeaders=[^,]+, Signature=<redacted>/);
    expect(text).toContain('call succeeded after 2 attempts');
    for (const secret of [SECRET, TOKEN]) {
      for (const form of [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('base64url')]) {
        expect(text).not.toContain(form);
      }
    }
  });

  it('resolves credentials once per settings, however many calls use them', async () => {
    const ep = await endpoint();
    const dir = tempDir();
    const counter = path.join(dir, 'runs');
    fs.writeFileSync(
      path.join(dir, 'creds.sh'),
      `echo run >> ${counter}\necho '{"Version": 1, "AccessKeyId": "${ACCESS_KEY}", "SecretAccessKey": "${SECRET}", "SessionToken": "${TOKEN}"}'\n`,
    );
    fs.writeFileSync(path.join(dir, 'config'), `[default]\ncredential_process = sh ${path.join(dir, 'creds.sh')}\n`);
    const files: ConfigFiles = { configFile: { default: { credential_process: `sh ${path.join(dir, 'creds.sh')}` } }, credentialsFile: {}, configPath: path.join(dir, 'config'), credentialsPath: path.join(dir, 'credentials') };
    const settings = resolveSettings(globals({ region: 'us-east-1', endpointUrl: ep.url }), { AWS_EC2_METADATA_DISABLED: 'true' }, files);
    await Promise.all([call(settings), call(settings), call(settings)]);
    // All three signed (the endpoint answers the repeats with StatusUnchanged), one process run.
    expect(ep.requests.map((r) => r.verification.status)).toEqual(['verified', 'verified', 'verified']);
    expect(fs.readFileSync(counter, 'utf8')).toBe('run\n');
  });

  it('refuses a scheme it cannot send to, in the reference words', async () => {
    const outcome = await call(settingsFor({ endpointUrl: 'ftp://127.0.0.1:1' }));
    expect(outcome.error).toBeInstanceOf(CliError);
    expect((outcome.error as CliError).message).toBe('An HTTP Client raised an unhandled exception: Not supported URL scheme ftp');
  });

  it('reads a CA bundle only for https, and names the URL when it cannot', async () => {
    const missing = path.join(tempDir(), 'missing.pem');
    const https = await call(settingsFor({ endpointUrl: 'https://127.0.0.1:1', caBundle: missing }));
    expect((https.error as CliError).message).toBe('SSL validation failed for https://127.0.0.1:1/ [Errno 2] No such file or directory');
    const ep = await endpoint();
    expect((await call(settingsFor({ endpointUrl: ep.url, caBundle: missing }))).error).toBeUndefined();
  });

  it('resolves the default URL with the SDK endpoint rules, for messages', async () => {
    const settings = resolveSettings(globals({ region: 'cn-north-1' }), { AWS_EC2_METADATA_DISABLED: 'true' }, { configFile: {}, credentialsFile: {} });
    // No credentials: the call stops before anything is sent.
    const outcome = await call(settings);
    expect((outcome.error as CliError).exitCode).toBe(253);
    expect(outcome.url).toBe('https://ssm.cn-north-1.amazonaws.com.cn/');
  });

  it('reports a 200 whose body stops short of its Content-Length', async () => {
    const server = net.createServer((socket) => {
      socket.once('data', () => {
        socket.end('HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 100\r\n\r\n{"AssociationDescription": {"Name": "x"}}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { port } = server.address() as net.AddressInfo;
    const outcome = await call(settingsFor({ endpointUrl: `http://127.0.0.1:${port}` }));
    expect(outcome.error).toBeInstanceOf(TruncatedBodyError);
    expect(outcome.error).toMatchObject({ received: 41, expected: 100 });
  });
});

describe('retries as botocore makes them', () => {
  async function faults(script: FaultScript): Promise<FaultServer> {
    const server = await startFaultServer(script);
    cleanups.push(() => server.close());
    return server;
  }
  /** Makes every jitter draw `value` for this test. */
  function drawJitter(value: number): void {
    const random = vi.spyOn(Math, 'random').mockReturnValue(value);
    cleanups.push(() => random.mockRestore());
  }
  const gaps = (server: FaultServer) => server.requests.slice(1).map((r, i) => r.at - server.requests[i]!.at);
  /** Settings whose credentials carry `token` as the session token. */
  function withToken(endpointUrl: string, token: string): Settings {
    const credentials = { aws_access_key_id: ACCESS_KEY, aws_secret_access_key: SECRET, aws_session_token: token };
    return resolveSettings(globals({ region: 'us-east-1', endpointUrl }), { AWS_EC2_METADATA_DISABLED: 'true' }, { configFile: {}, credentialsFile: { default: credentials } });
  }
  const BODY = JSON.stringify({ AssociationDescription: { Name: 'AWS-UpdateSSMAgent', Status: { Name: 'Pending', Message: 'a message long enough to be cut' } } });

  it('waits rand(0, 1) * 2^(attempt - 1) seconds between attempts (botocore backoff)', async () => {
    const server = await faults([{ kind: 'respond', status: 500, body: '{"__type": "InternalServerError", "message": "x"}' }]);
    drawJitter(0.9);
    const outcome = await call(settingsFor({ endpointUrl: server.url }, { env: { AWS_MAX_ATTEMPTS: '3' } }));
    expect(outcome.attempts).toBe(3);
    const [first, second] = gaps(server);
    // 0.9 s and 1.8 s, plus the time of an exchange on 127.0.0.1.
    expect(first).toBeGreaterThanOrEqual(890);
    expect(first).toBeLessThan(1200);
    expect(second).toBeGreaterThanOrEqual(1790);
    expect(second).toBeLessThan(2100);
  });

  it('retries at once when the jitter draws 0', async () => {
    const server = await faults([{ kind: 'respond', status: 503, body: '' }]);
    drawJitter(0);
    const outcome = await call(settingsFor({ endpointUrl: server.url }, { env: { AWS_MAX_ATTEMPTS: '3' } }));
    expect(outcome.attempts).toBe(3);
    for (const gap of gaps(server)) expect(gap).toBeLessThan(200);
  });

  it('retries a reset in the middle of the body, then reports the reset', async () => {
    const server = await faults([{ kind: 'reset-mid-body', body: BODY }]);
    const outcome = await call(settingsFor({ endpointUrl: server.url }, { env: { AWS_MAX_ATTEMPTS: '2' } }));
    expect(server.requests).toHaveLength(2);
    expect(outcome.attempts).toBe(2);
    expect(outcome.error).not.toBeInstanceOf(TruncatedBodyError);
    expect(outcome.error).toMatchObject({ code: 'ECONNRESET', message: 'read ECONNRESET' });
  });

  it('retries a body that stalls after the headers, then reports a read timeout', async () => {
    const server = await faults([{ kind: 'headers-then-stall', body: BODY }]);
    const started = Date.now();
    const outcome = await call(settingsFor({ endpointUrl: server.url, cliReadTimeout: 1 }, { env: { AWS_MAX_ATTEMPTS: '2' } }));
    expect(server.requests).toHaveLength(2);
    expect(outcome.error).toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
  });

  it('reads a slow body to the end while each byte comes within the read timeout', async () => {
    const server = await faults([{ kind: 'drip', intervalMs: 20, body: '{"AssociationDescription": {}}' }]);
    const outcome = await call(settingsFor({ endpointUrl: server.url, cliReadTimeout: 1 }));
    expect(outcome.error).toBeUndefined();
    expect(Buffer.from(outcome.response!.body).toString()).toBe('{"AssociationDescription": {}}');
  });

  it('keeps the part of an error body that a clean close cut short, as urllib3 does', async () => {
    const raw = net.createServer((socket) => {
      socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 100\r\n\r\n{"__type": "Inval'));
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => raw.close(() => resolve())));
    const outcome = await call(settingsFor({ endpointUrl: `http://127.0.0.1:${(raw.address() as net.AddressInfo).port}` }, { env: { AWS_MAX_ATTEMPTS: '3' } }));
    expect(outcome.attempts).toBe(1);
    expect(outcome.response?.statusCode).toBe(400);
    expect(Buffer.from(outcome.response!.body).toString()).toBe('{"__type": "Inval');
  });

  it('sends a non-ASCII session token as UTF-8, as botocore does, on every attempt', async () => {
    const server = await faults([{ kind: 'respond', status: 503, body: '' }, { kind: 'respond', body: '{"AssociationDescription": {}}' }]);
    drawJitter(0);
    const outcome = await call(withToken(server.url, 'tokén✓'));
    expect(outcome.error).toBeUndefined();
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) expect(Buffer.from(request.headers['x-amz-security-token'] as string, 'latin1').toString('utf8')).toBe('tokén✓');
  });

  it('refuses a session token with a newline before sending, in botocore words, and retries as it does', async () => {
    const server = await faults([{ kind: 'respond' }]);
    drawJitter(0);
    const outcome = await call(withToken(server.url, 'token\nsecond-line'));
    expect(server.requests).toHaveLength(0);
    expect(outcome.attempts).toBe(3);
    expect((outcome.error as CliError).message).toBe("An HTTP Client raised an unhandled exception: Invalid header value b'token\\nsecond-line'");
  });
});
