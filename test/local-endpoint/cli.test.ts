// The local endpoint's command line: flag parsing, the in-process runner (ready line, --verbose,
// exit codes, stopping on a signal), main.ts bundled and run as a real process (SIGINT and
// SIGTERM), and AWS CLI v2 itself against the example seed when /usr/bin/aws is installed.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EndpointUsageError, USAGE, parseEndpointArgs, runEndpointCli } from '../../src/local-endpoint/cli.js';
import {
  DEFAULT_ACCESS_KEY_ID,
  DEFAULT_SECRET_ACCESS_KEY,
  loadSeed,
  startLocalEndpoint,
  type LocalEndpoint,
} from '../../src/local-endpoint/index.js';
import { bundleLocalEndpoint } from '../support/endpoint-bundle.js';
import { DOCUMENTATION_ARGS, DOCUMENTATION_OUTPUT } from '../support/sample-responses.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const exampleSeed = path.join(root, 'examples', 'local-endpoint-seed.json');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-endpoint-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const READY = /^ssm-assoc local endpoint listening on (http:\/\/127\.0\.0\.1:\d+)\n$/;

describe('parseEndpointArgs', () => {
  it('defaults', () => {
    expect(parseEndpointArgs([])).toEqual({
      help: false,
      seedPath: undefined,
      verbose: false,
      options: {
        port: 0,
        host: '127.0.0.1',
        region: 'us-east-1',
        credentials: { AKIAIOSFODNN7EXAMPLE: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
        allowUnsigned: false,
        associations: [],
        documents: [],
        instances: [],
      },
    });
  });

  it('every flag', () => {
    const parsed = parseEndpointArgs([
      '--port', '8111',
      '--host', '127.0.0.1',
      '--seed', 'seed.json',
      '--association', 'AWS-RunShellScript:i-0123456789abcdef0',
      '--association', 'arn:aws:ssm:us-east-1:123456789012:document/My-Doc:mi-0123456789abcdef0',
      '--document', 'AWS-Other',
      '--instance', 'i-00000000',
      '--access-key-id', 'AKIDEXAMPLE',
      '--secret-access-key', 'secret',
      '--region', 'eu-west-1',
      '--rate-limit', '5/1.5',
      '--max-clock-skew', '0',
      '--allow-unsigned',
      '--verbose',
    ]);
    expect(parsed).toEqual({
      help: false,
      seedPath: 'seed.json',
      verbose: true,
      options: {
        port: 8111,
        host: '127.0.0.1',
        region: 'eu-west-1',
        credentials: { AKIDEXAMPLE: 'secret' },
        allowUnsigned: true,
        associations: [
          { Name: 'AWS-RunShellScript', InstanceId: 'i-0123456789abcdef0' },
          { Name: 'arn:aws:ssm:us-east-1:123456789012:document/My-Doc', InstanceId: 'mi-0123456789abcdef0' },
        ],
        documents: ['AWS-Other'],
        instances: ['i-00000000'],
        rateLimit: { updates: 5, perSeconds: 1.5 },
        maxClockSkewSeconds: false,
      },
    });
    expect(parseEndpointArgs(['--max-clock-skew', '60'])).toMatchObject({ options: { maxClockSkewSeconds: 60 } });
    expect(parseEndpointArgs(['--request-log', '5'])).toMatchObject({ options: { requestLogSize: 5 } });
    expect(parseEndpointArgs(['--state', 'state.json'])).toMatchObject({ options: { statePath: 'state.json' } });
    expect(parseEndpointArgs(['--port=0', '--help'])).toEqual({ help: true });
  });

  const errors: Array<[string[], string]> = [
    [['--bogus'], "Unknown option '--bogus'"],
    [['extra'], "Unexpected argument 'extra'"],
    [['--port'], "Option '--port <value>' argument missing"],
    [['--port', '70000'], "--port: expected a whole number from 0 to 65535, got '70000'"],
    [['--port=-1'], "--port: expected a whole number from 0 to 65535, got '-1'"],
    [['--rate-limit', '5'], "--rate-limit: expected N/SECONDS with N >= 1 and SECONDS > 0, got '5'"],
    [['--rate-limit', '0/10'], "--rate-limit: expected N/SECONDS with N >= 1 and SECONDS > 0, got '0/10'"],
    [['--association', 'AWS-RunShellScript'], "--association: expected DOCUMENT:INSTANCE_ID, got 'AWS-RunShellScript'"],
    [['--association', 'AWS-RunShellScript:'], "--association: expected DOCUMENT:INSTANCE_ID, got 'AWS-RunShellScript:'"],
    [['--max-clock-skew', 'off'], "--max-clock-skew: expected a whole number from 0 to 604800, got 'off'"],
    [['--request-log', 'all'], "--request-log: expected a whole number from 0 to 1000000, got 'all'"],
    [['--region', ''], '--region: expected a value'],
    [['--state', ''], '--state: expected a value'],
  ];
  for (const [argv, message] of errors) {
    it(`rejects ${argv.join(' ')}`, () => {
      let error: unknown;
      try {
        parseEndpointArgs(argv);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(EndpointUsageError);
      expect((error as Error).message.startsWith(message)).toBe(true);
    });
  }
});

/** Runs the CLI in-process; `signals` stands in for the process. */
function runInProcess(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const signals = new EventEmitter();
  let endpoint: LocalEndpoint | undefined;
  let resolveReady: (e: LocalEndpoint) => void = () => {};
  const ready = new Promise<LocalEndpoint>((resolve) => (resolveReady = resolve));
  const exit = runEndpointCli(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    signals,
    onReady: (e) => {
      endpoint = e;
      resolveReady(e);
    },
  });
  return { out, err, signals, exit, ready, endpoint: () => endpoint };
}

describe('runEndpointCli', () => {
  it('announces the URL, serves the seed plus flags, logs with --verbose, stops on SIGTERM', async () => {
    const run = runInProcess([
      '--seed', exampleSeed,
      '--association', 'AWS-RunShellScript:i-0123456789abcdef0',
      '--allow-unsigned',
      '--verbose',
    ]);
    const endpoint = await run.ready;
    expect(run.out).toHaveLength(1);
    expect(run.out[0]).toMatch(READY);
    expect(run.out[0]).toBe(`ssm-assoc local endpoint listening on ${endpoint.url}\n`);
    expect(endpoint.associations.list().map((a) => [a.Name, a.InstanceId])).toEqual([
      ['AWS-UpdateSSMAgent', 'i-1234567890abcdef0'],
      ['AWS-RunShellScript', 'i-0123456789abcdef0'],
    ]);
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.UpdateAssociationStatus' },
      body: JSON.stringify({
        Name: 'AWS-RunShellScript',
        InstanceId: 'i-0123456789abcdef0',
        AssociationStatus: { Date: 1, Name: 'Success', Message: 'ok' },
      }),
    });
    expect(response.status).toBe(200);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^POST \/ AmazonSSM\.UpdateAssociationStatus -> 200 \(\d+ ms\)\n$/);

    run.signals.emit('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.signals.listenerCount('SIGINT') + run.signals.listenerCount('SIGTERM')).toBe(0);
    await expect(fetch(endpoint.url, { method: 'POST' })).rejects.toThrow();
  });

  it('no request log without --verbose', async () => {
    const run = runInProcess(['--allow-unsigned']);
    const endpoint = await run.ready;
    await fetch(endpoint.url, { method: 'GET' });
    run.signals.emit('SIGINT');
    expect(await run.exit).toBe(0);
    expect(run.err).toEqual([]);
  });

  it('--help prints the usage and exits 0 without listening', async () => {
    const run = runInProcess(['--help']);
    expect(await run.exit).toBe(0);
    expect(run.out).toEqual([USAGE]);
    expect(run.endpoint()).toBeUndefined();
  });

  it('usage errors exit 2, seed errors and unusable addresses exit 1, all on stderr', async () => {
    const usage = runInProcess(['--port', 'x']);
    expect(await usage.exit).toBe(2);
    expect(usage.out).toEqual([]);
    expect(usage.err).toEqual([
      "local-endpoint: error: --port: expected a whole number from 0 to 65535, got 'x'\nRun 'local-endpoint --help' for usage.\n",
    ]);

    const missing = path.join(dir, 'missing.json');
    const seed = runInProcess(['--seed', missing]);
    expect(await seed.exit).toBe(1);
    expect(seed.err).toEqual([`local-endpoint: error: ${missing}: cannot read seed file (ENOENT)\n`]);

    const duplicate = runInProcess(['--seed', exampleSeed, '--association', 'AWS-UpdateSSMAgent:i-1234567890abcdef0']);
    expect(await duplicate.exit).toBe(1);
    expect(duplicate.err).toEqual([
      'local-endpoint: error: an association for document AWS-UpdateSSMAgent and instance i-1234567890abcdef0 already exists\n',
    ]);

    const taken = await startLocalEndpoint({});
    try {
      const busy = runInProcess(['--port', String(taken.port)]);
      expect(await busy.exit).toBe(1);
      expect(busy.err).toEqual([`local-endpoint: error: cannot start: listen EADDRINUSE: address already in use 127.0.0.1:${taken.port}\n`]);
    } finally {
      await taken.close();
    }
  });
});

describe('main.ts as a process', () => {
  const bundle = path.join(dir, 'local-endpoint.mjs');
  beforeAll(async () => {
    await bundleLocalEndpoint(bundle);
  });

  function start(
    args: string[],
    nodeFlags: string[] = [],
  ): { child: ChildProcessWithoutNullStreams; url: Promise<string>; done: Promise<[number | null, string, string]> } {
    const child = spawn(process.execPath, [...nodeFlags, bundle, ...args], {
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir },
    });
    let out = '';
    let err = '';
    const url = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = READY.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error(`exited before ready: ${out} ${err}`)));
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const done = new Promise<[number | null, string, string]>((resolve) => child.on('exit', (code) => resolve([code, out, err])));
    return { child, url, done };
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`prints the ready line, serves, and exits 0 on ${signal}`, async () => {
      const run = start(['--seed', exampleSeed, '--verbose']);
      const url = await run.url;
      const response = await fetch(url, { method: 'POST', headers: { 'x-amz-target': 'AmazonSSM.UpdateAssociationStatus' } });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        __type: 'com.amazon.coral.service#MissingAuthenticationTokenException',
        message: 'Request is missing Authentication Token',
      });
      run.child.kill(signal);
      const [code, out, err] = await run.done;
      expect(code).toBe(0);
      expect(out).toBe(`ssm-assoc local endpoint listening on ${url}\n`);
      expect(err).toMatch(/^POST \/ AmazonSSM\.UpdateAssociationStatus -> 400 MissingAuthenticationTokenException \(\d+ ms\)\n$/);
    });
  }

  /** Posts `count` bodies of `size` bytes, `parallel` at a time; the statuses seen. */
  async function flood(url: string, count: number, size: number, parallel = 8): Promise<Set<number>> {
    const body = Buffer.alloc(size, 0x78);
    const statuses = new Set<number>();
    let next = 0;
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next++ < count) {
          const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/x-amz-json-1.1' } });
          await response.arrayBuffer();
          statuses.add(response.status);
        }
      }),
    );
    return statuses;
  }

  const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

  it.each([
    ['unauthenticated bodies, never read', [] as string[], 400],
    ['accepted bodies, 10 kept by --request-log', ['--allow-unsigned', '--request-log', '10'], 400],
  ])('keeps its memory bounded under 300 bodies of 1 MB: %s', async (_name, args, status) => {
    // 300 MB of bodies against a 64 MB heap: kept, they would exhaust it.
    const run = start(args, ['--max-old-space-size=64']);
    const url = await run.url;
    expect(await flood(url, 300, 1_000_000)).toEqual(new Set([status]));
    expect(run.child.exitCode).toBeNull();
    expect(rssMiB(run.child.pid!)).toBeLessThan(200);
    run.child.kill('SIGTERM');
    expect((await run.done)[0]).toBe(0);
  }, 60_000);
});

const AWS = '/usr/bin/aws';
describe.skipIf(!fs.existsSync(AWS))('AWS CLI v2 against the example seed', () => {
  function aws(url: string, secret: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const home = fs.mkdtempSync(path.join(dir, 'home-'));
    const env = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: home,
      AWS_CONFIG_FILE: path.join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ACCESS_KEY_ID: DEFAULT_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: secret,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_PAGER: '',
    };
    const args = [
      'ssm', 'update-association-status', '--endpoint-url', url,
      ...DOCUMENTATION_ARGS,
    ];
    return new Promise((resolve) => {
      execFile(AWS, args, { env }, (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr });
      });
    });
  }

  it('the documentation example succeeds, its botocore signature verified', async () => {
    const endpoint = await startLocalEndpoint({ seed: await loadSeed(exampleSeed) });
    try {
      const ok = await aws(endpoint.url, DEFAULT_SECRET_ACCESS_KEY);
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toBe(DOCUMENTATION_OUTPUT);
      expect(endpoint.requests).toHaveLength(1);
      expect(endpoint.requests[0]?.body).toBe(
        '{"Name": "AWS-UpdateSSMAgent", "InstanceId": "i-1234567890abcdef0", "AssociationStatus": {"Date": 1424421071, "Name": "Pending", "Message": "temp_status_change", "AdditionalInfo": "Additional-Config-Needed"}}',
      );
      expect(endpoint.requests[0]?.verification).toMatchObject({
        status: 'verified',
        signedHeaders: ['content-type', 'host', 'x-amz-date', 'x-amz-target'],
      });
    } finally {
      await endpoint.close();
    }
  });
});
