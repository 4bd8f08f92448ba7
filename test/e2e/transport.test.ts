// End to end: what bin/ssm-assoc says when the transport fails, against real servers on
// 127.0.0.1 that refuse, stall, reset, answer 5xx or throttle, send something that is not HTTP,
// or cut a body short; how many attempts it makes; and the --debug trace, which must never show
// a secret key or session token in any form.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalEndpoint, LocalEndpointOptions } from '../../src/local-endpoint/index.js';
import { startSeededEndpoint } from '../support/seeded-endpoint.js';
import { runBin, type BinResult } from '../support/run-bin.js';
import { startFaultServer, type FaultScript, type FaultServer } from '../support/fault-server.js';

const ARGS = ['update-association-status', '--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0', '--association-status', 'Date=1424421071,Name=Pending,Message=transport'];
const ACCESS_KEY = 'ASIATRANSPORTTEST';
const SECRET = 'transport/Secret+Key/With/Slashes+0123456789';
const TOKEN = 'IQoJb3JpZ2luX2VjE//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+session/token==';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function endpoint(options: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  const ep = await startSeededEndpoint({
    credentials: { [ACCESS_KEY]: { secretAccessKey: SECRET, sessionToken: TOKEN } },
    ...options,
  });
  cleanups.push(() => ep.close());
  return ep;
}

function run(args: string[], env: Record<string, string> = {}): Promise<BinResult> {
  return runBin([...ARGS, ...args], {
    env: { AWS_ACCESS_KEY_ID: ACCESS_KEY, AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: TOKEN, AWS_DEFAULT_REGION: 'us-east-1', ...env },
  });
}

/**
 * A TCP server that reads one HTTP request per connection (headers and Content-Length body)
 * and answers with `answer(socket, requestNumber)`. Counts the requests it read.
 */
async function rawServer(answer: (socket: net.Socket, n: number) => void): Promise<{ url: string; count: () => number }> {
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/content-length: *(\d+)/i.exec(buffer.subarray(0, end).toString('latin1'))?.[1] ?? 0);
      if (buffer.length < end + 4 + length) return;
      buffer = Buffer.alloc(0);
      count += 1;
      answer(socket, count);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`, count: () => count };
}

function httpResponse(status: string, body: string, headers: Record<string, string> = {}): string {
  const head = { 'Content-Type': 'application/x-amz-json-1.1', 'Content-Length': String(Buffer.byteLength(body)), ...headers };
  return `HTTP/1.1 ${status}\r\n${Object.entries(head).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`;
}

/** A port nothing listens on: bound, noted, closed. */
async function closedPort(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('transport failures, in the reference words (exit 255)', () => {
  it('a port nobody listens on: retried, then "Could not connect"', async () => {
    const url = await closedPort();
    const result = await run(['--endpoint-url', url, '--debug']);
    expect(result.code).toBe(255);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith(`\nCould not connect to the endpoint URL: "${url}/"\n`)).toBe(true);
    expect(result.stderr).toContain(`attempt 3 of 3 after a pause of `);
    expect(result.stderr).toContain('call failed after 3 attempts');
  });

  it('a server that never answers: "Read timeout" after --cli-read-timeout', async () => {
    const server = await rawServer(() => {});
    const started = Date.now();
    const result = await run(['--endpoint-url', server.url, '--cli-read-timeout', '1'], { AWS_MAX_ATTEMPTS: '1' });
    expect(result).toEqual({ code: 255, stdout: '', stderr: `\nRead timeout on endpoint URL: "${server.url}/"\n` });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(server.count()).toBe(1);
  });

  it('a connection reset: retried, then "Connection was closed"', async () => {
    const server = await rawServer((socket) => socket.resetAndDestroy());
    const result = await run(['--endpoint-url', server.url]);
    expect(result).toEqual({ code: 255, stdout: '', stderr: `\nConnection was closed before we received a valid response from endpoint URL: "${server.url}/".\n` });
    expect(server.count()).toBe(3);
  });

  it('an answer that is not HTTP: "Connection was closed"', async () => {
    const server = await rawServer((socket) => socket.end('SSH-2.0-OpenSSH_9.2\r\n\r\n'));
    const result = await run(['--endpoint-url', server.url], { AWS_MAX_ATTEMPTS: '1' });
    expect(result).toEqual({ code: 255, stdout: '', stderr: `\nConnection was closed before we received a valid response from endpoint URL: "${server.url}/".\n` });
  });

  it('a reset, then an answer: the retry succeeds and only the result is printed', async () => {
    const server = await rawServer((socket, n) =>
      n === 1 ? socket.resetAndDestroy() : socket.end(httpResponse('200 OK', '{"AssociationDescription": {"Name": "AWS-UpdateSSMAgent"}}')),
    );
    const result = await run(['--endpoint-url', server.url]);
    expect(result).toEqual({ code: 0, stdout: '{\n    "AssociationDescription": {\n        "Name": "AWS-UpdateSSMAgent"\n    }\n}\n', stderr: '' });
    expect(server.count()).toBe(2);
  });
});

describe('error answers and retries', () => {
  it('5xx: three attempts by default, then the service error with the retry count (254)', async () => {
    const ep = await endpoint({ failNext: 5 });
    const result = await run(['--endpoint-url', ep.url]);
    expect(result.code).toBe(254);
    expect(result.stderr).toMatch(/^\nAn error occurred \(InternalServerError\) when calling the UpdateAssociationStatus operation \(reached max retries: 2\): .+\n$/);
    expect(ep.requests).toHaveLength(3);
  });

  it('throttling: retried with backoff as AWS_MAX_ATTEMPTS allows', async () => {
    const server = await rawServer((socket) => socket.end(httpResponse('400 Bad Request', '{"__type": "ThrottlingException", "message": "Rate exceeded"}')));
    const result = await run(['--endpoint-url', server.url], { AWS_MAX_ATTEMPTS: '2' });
    expect(result).toEqual({
      code: 254,
      stdout: '',
      stderr: '\nAn error occurred (ThrottlingException) when calling the UpdateAssociationStatus operation (reached max retries: 1): Rate exceeded\n',
    });
    expect(server.count()).toBe(2);
  });

  it('max_attempts from the profile', async () => {
    const ep = await endpoint({ failNext: 5 });
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-transport-'));
    cleanups.push(() => fs.rmSync(home, { recursive: true, force: true }));
    fs.writeFileSync(path.join(home, 'config'), '[default]\nmax_attempts = 1\n');
    const result = await run(['--endpoint-url', ep.url], { AWS_CONFIG_FILE: path.join(home, 'config') });
    expect(result.stderr).toMatch(/\(reached max retries: 0\)/);
    expect(ep.requests).toHaveLength(1);
  });
});

describe('retries as botocore makes them', () => {
  async function faults(script: FaultScript): Promise<FaultServer> {
    const server = await startFaultServer(script);
    cleanups.push(() => server.close());
    return server;
  }

  it('waits between 5xx attempts as botocore does: up to 1 s, then up to 2 s', async () => {
    const server = await faults([{ kind: 'respond', status: 500, body: '{"__type": "InternalServerError", "message": "Broke."}' }]);
    const result = await run(['--endpoint-url', server.url]);
    expect(result).toEqual({
      code: 254,
      stdout: '',
      stderr: '\nAn error occurred (InternalServerError) when calling the UpdateAssociationStatus operation (reached max retries: 2): Broke.\n',
    });
    const at = server.requests.map((r) => r.at);
    expect(at).toHaveLength(3);
    // rand(0, 1) * 1 s and rand(0, 1) * 2 s, plus an exchange on 127.0.0.1 and the signing.
    expect(at[1]! - at[0]!).toBeLessThan(1000 + 250);
    expect(at[2]! - at[1]!).toBeLessThan(2000 + 250);
  });

  it('a session token with a newline: botocore words, nothing sent, and the process ends at once', async () => {
    const server = await faults([{ kind: 'respond' }]);
    const started = Date.now();
    const result = await run(['--endpoint-url', server.url], { AWS_SESSION_TOKEN: 'token\nsecond-line', AWS_MAX_ATTEMPTS: '1' });
    expect(result).toEqual({ code: 255, stdout: '', stderr: "\nAn HTTP Client raised an unhandled exception: Invalid header value b'token\\nsecond-line'\n" });
    expect(server.requests).toHaveLength(0);
    // Node's own refusal used to leave the SDK's 62 s socket timer running.
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('answers that cannot be read are errors, never silent success', () => {
  it('a 200 whose body is cut short of its Content-Length (the reference prints what it got)', async () => {
    const server = await rawServer((socket) =>
      socket.end('HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 200\r\n\r\n{"AssociationDescription": {"Name": "AWS-Upd'),
    );
    const result = await run(['--endpoint-url', server.url], { AWS_MAX_ATTEMPTS: '1' });
    expect(result).toEqual({
      code: 255,
      stdout: '',
      stderr: `\nThe response from endpoint URL "${server.url}/" was cut short: 44 of 200 bytes of its body arrived before the connection closed; nothing was printed.\n`,
    });
  });

  it('a 200 whose body is not JSON', async () => {
    const server = await rawServer((socket) => socket.end(httpResponse('200 OK', '<html>maintenance</html>')));
    const result = await run(['--endpoint-url', server.url], { AWS_MAX_ATTEMPTS: '1' });
    expect(result).toEqual({
      code: 255,
      stdout: '',
      stderr: `\nThe response from endpoint URL "${server.url}/" is not valid JSON (Expecting value: line 1 column 1 (char 0)); nothing was printed.\n`,
    });
  });
});

describe('--debug', () => {
  /** Every form in which a secret could leak. */
  function forms(secret: string): string[] {
    const b64 = Buffer.from(secret).toString('base64');
    return [secret, encodeURIComponent(secret), b64, b64.replace(/=+$/, ''), Buffer.from(secret).toString('base64url'), JSON.stringify(secret).slice(1, -1).replaceAll('/', '\\/')];
  }

  it('traces settings, each attempt and the outcome, and never shows the secret key or the token', async () => {
    const ep = await endpoint({ failNext: 1 });
    const result = await run(['--endpoint-url', ep.url, '--debug']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\{\n {4}"AssociationDescription"/);
    const lines = result.stderr.split('\n');
    const debug = (pattern: RegExp) => expect(lines.some((line) => pattern.test(line))).toBe(true);
    debug(/^\d{4}-\d\d-\d\dT[\d:.]+Z - ssm-assoc - DEBUG - ssm-assoc\/\S+ Node\.js\//);
    debug(/ - DEBUG - arguments: \["update-association-status",/);
    debug(/ - DEBUG - profile: default \(from default\)$/);
    debug(/ - DEBUG - region: us-east-1 \(from AWS_DEFAULT_REGION\)$/);
    debug(new RegExp(` - DEBUG - endpoint: ${ep.url.replaceAll('.', '\\.')} \\(from --endpoint-url\\)$`));
    debug(/ - DEBUG - credentials: environment variables AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY/);
    debug(/ - DEBUG - attempt 1 of 3: POST http:\/\/127\.0\.0\.1:\d+\/$/);
    debug(/^ {4}x-amz-target: AmazonSSM\.UpdateAssociationStatus$/);
    debug(/^ {4}x-amz-security-token: <redacted>$/);
    debug(/^ {4}authorization: AWS4-HMAC-SHA256 Credential=ASIATRANSPORTTEST\/\d{8}\/us-east-1\/ssm\/aws4_request, SignedHeaders=\S+, Signature=<redacted>$/);
    debug(/^ {4}body: \{"Name":"AWS-UpdateSSMAgent","InstanceId":"i-1234567890abcdef0","AssociationStatus":\{"Date":1424421071,/);
    debug(/ - DEBUG - attempt 1 answered in \d+\.\d{3} s: HTTP 500$/);
    debug(/ - DEBUG - attempt 2 of 3 after a pause of \d+\.\d{3} s: POST /);
    debug(/ - DEBUG - attempt 2 answered in \d+\.\d{3} s: HTTP 200$/);
    debug(/^ {4}body: \{"AssociationDescription":/);
    debug(/ - DEBUG - call succeeded after 2 attempts$/);
    for (const secret of [SECRET, TOKEN]) for (const form of forms(secret)) expect(result.stderr).not.toContain(form);
  });

  it('keeps secrets from files and from credential_process out of the trace too', async () => {
    const processSecret = 'process/secret+from/the-script';
    const processToken = 'process-token/with+slashes==';
    const ep = await startSeededEndpoint({
      credentials: { ASIAPROCESS: { secretAccessKey: processSecret, sessionToken: processToken } },
    });
    cleanups.push(() => ep.close());
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-transport-'));
    cleanups.push(() => fs.rmSync(home, { recursive: true, force: true }));
    fs.writeFileSync(path.join(home, 'creds.sh'), `echo '{"Version": 1, "AccessKeyId": "ASIAPROCESS", "SecretAccessKey": "${processSecret}", "SessionToken": "${processToken}"}'\n`);
    fs.writeFileSync(path.join(home, 'config'), `[default]\ncredential_process = sh ${path.join(home, 'creds.sh')}\n[profile other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = ${SECRET}\n`);
    const result = await run(['--endpoint-url', ep.url, '--debug'], { AWS_CONFIG_FILE: path.join(home, 'config'), AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_SESSION_TOKEN: '' });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(' - DEBUG - credentials: credential_process of profile default: sh ');
    for (const secret of [processSecret, processToken, SECRET]) for (const form of forms(secret)) expect(result.stderr).not.toContain(form);
  });
});
