// Fleet mode end to end: bin/ssm-assoc --cli-input-jsonl against the local endpoint and a
// scripted one, asserting the exact output lines, their order, the exit code and what reached
// the endpoint.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY, startLocalEndpoint, type LocalEndpoint } from '../../src/local-endpoint/index.js';
import { startScriptedEndpoint } from '../support/scripted-endpoint.mjs';
import { runBin, type BinResult, type RunBinOptions } from '../support/run-bin.js';

const DOC = 'AWS-RunShellScript';
const INSTANCE = 'i-0123456789abcdef1';
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function localEndpoint(): Promise<LocalEndpoint> {
  const endpoint = await startLocalEndpoint({ associations: [{ Name: DOC, InstanceId: INSTANCE }] });
  closers.push(() => endpoint.close());
  return endpoint;
}

function run(args: string[], options: { stdin?: string; env?: Record<string, string>; onStdout?: RunBinOptions['onStdout'] } = {}): Promise<BinResult> {
  return runBin(['update-association-status', ...args], {
    ...options,
    env: { AWS_ACCESS_KEY_ID: DEFAULT_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: DEFAULT_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION: 'us-east-1', ...options.env },
  });
}

const statusLine = (message: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ AssociationStatus: { Date: 1424421071, Name: 'Success', Message: message }, ...extra });

const records = (stdout: string) => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, any>);

describe('--cli-input-jsonl', () => {
  it('answers every line once, in input order, with the command line filling in what lines leave out', async () => {
    const endpoint = await localEndpoint();
    const input = Array.from({ length: 40 }, (_, i) => statusLine(`m${i + 1}`)).join('\n') + '\n';
    const result = await run(['--cli-input-jsonl', '-', '--name', DOC, '--instance-id', INSTANCE, '--endpoint-url', endpoint.url, '--query', 'AssociationDescription.Status.Message'], {
      stdin: input,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('40 lines: 40 succeeded, 0 failed\n');
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(41);
    expect(lines[0]).toBe(`{"line": 1, "input": {"Name": "${DOC}", "InstanceId": "${INSTANCE}"}, "output": "m1"}`);
    expect(records(result.stdout).map((r) => [r.line, r.output])).toEqual(Array.from({ length: 40 }, (_, i) => [i + 1, `m${i + 1}`]));
    expect(endpoint.requests).toHaveLength(40);
    expect(new Set(endpoint.requests.map((r) => (r.parsedBody as any).AssociationStatus.Message)).size).toBe(40);
  });

  it('reports malformed and invalid lines without stopping the others; exit is the worst code', async () => {
    const endpoint = await localEndpoint();
    const input = [
      statusLine('first'),
      '',
      '{not json',
      JSON.stringify({ AssociationStatus: { Name: 'Success', Message: '' } }),
      statusLine('unknown document', { Name: 'No-Such-Doc' }),
      statusLine('last'),
    ].join('\n');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-jsonl-')), 'in.jsonl');
    fs.writeFileSync(file, input);
    const result = await run(['--cli-input-jsonl', `file://${file}`, '--name', DOC, '--instance-id', INSTANCE, '--endpoint-url', endpoint.url, '--query', 'AssociationDescription.Status.Message']);
    expect(result.code).toBe(254);
    expect(result.stderr).toBe('5 lines: 2 succeeded, 3 failed\n');
    expect(records(result.stdout)).toEqual([
      { line: 1, input: { Name: DOC, InstanceId: INSTANCE }, output: 'first' },
      {
        line: 3,
        input: { Name: null, InstanceId: null },
        error: { code: 'ParamValidation', message: 'Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)' },
      },
      {
        line: 4,
        input: { Name: DOC, InstanceId: INSTANCE },
        error: {
          code: 'ParamValidation',
          message: 'Parameter validation failed:\nMissing required parameter in AssociationStatus: "Date"\nInvalid length for parameter AssociationStatus.Message, value: 0, valid min length: 1',
        },
      },
      {
        line: 5,
        input: { Name: 'No-Such-Doc', InstanceId: INSTANCE },
        error: { code: 'InvalidDocument', message: expect.stringMatching(/^An error occurred \(InvalidDocument\) when calling the UpdateAssociationStatus operation: /) },
      },
      { line: 6, input: { Name: DOC, InstanceId: INSTANCE }, output: 'last' },
    ]);
    expect(endpoint.requests).toHaveLength(3);
  });

  it('rides out throttling: retried with backoff, no line lost', async () => {
    const throttled = { status: 400, body: JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }) };
    const ok = { status: 200, body: JSON.stringify({ AssociationDescription: { Name: DOC } }) };
    const script = Array.from({ length: 90 }, (_, i) => (i % 3 === 0 ? throttled : ok));
    const endpoint = await startScriptedEndpoint(script);
    closers.push(() => endpoint.close());
    const input = Array.from({ length: 30 }, (_, i) => statusLine(`t${i}`)).join('\n');
    const result = await run(['--cli-input-jsonl', '-', '--name', DOC, '--instance-id', INSTANCE, '--endpoint-url', endpoint.url], {
      stdin: input,
      env: { AWS_MAX_ATTEMPTS: '10' },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('30 lines: 30 succeeded, 0 failed\n');
    expect(records(result.stdout).map((r) => r.line)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(endpoint.requests.length).toBeGreaterThan(30);
  });

  it("works for another operation, the summary showing that operation's identifying members", async () => {
    const ok = { status: 200, body: JSON.stringify({ AssociationDescription: { Name: DOC, AssociationId: 'a-1' } }) };
    const missing = { status: 400, body: JSON.stringify({ __type: 'AssociationDoesNotExist', message: 'The association does not exist.' }) };
    const endpoint = await startScriptedEndpoint([ok, missing]);
    closers.push(() => endpoint.close());
    const result = await runBin(['describe-association', '--cli-input-jsonl', '-', '--endpoint-url', endpoint.url, '--max-concurrency', '1'], {
      stdin: '{"AssociationId": "a-1"}\n{"Name": "d", "InstanceId": "i-1"}\n',
      env: { AWS_ACCESS_KEY_ID: DEFAULT_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: DEFAULT_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION: 'us-east-1' },
    });
    expect(result.code).toBe(254);
    expect(records(result.stdout)).toEqual([
      { line: 1, input: { AssociationId: 'a-1', Name: null, InstanceId: null }, output: { AssociationDescription: { Name: DOC, AssociationId: 'a-1' } } },
      { line: 2, input: { AssociationId: null, Name: 'd', InstanceId: 'i-1' }, error: { code: 'AssociationDoesNotExist', message: 'An error occurred (AssociationDoesNotExist) when calling the DescribeAssociation operation: The association does not exist.' } },
    ]);
    expect(endpoint.requests.map((r: { body: string }) => JSON.parse(r.body))).toEqual([{ AssociationId: 'a-1' }, { Name: 'd', InstanceId: 'i-1' }]);
  });

  it('on SIGINT finishes the calls in flight, marks the rest NotAttempted and exits 130', async () => {
    const slow = { status: 200, body: JSON.stringify({ AssociationDescription: { Name: DOC } }), delayMs: 400 };
    const endpoint = await startScriptedEndpoint([slow]);
    closers.push(() => endpoint.close());
    const input = Array.from({ length: 12 }, (_, i) => statusLine(`s${i}`)).join('\n');
    let signalled = false;
    const result = await run(['--cli-input-jsonl', '-', '--name', DOC, '--instance-id', INSTANCE, '--endpoint-url', endpoint.url, '--max-concurrency', '2'], {
      stdin: input,
      onStdout: (text, child) => {
        if (!signalled && text.includes('"line": 2')) {
          signalled = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(result.code).toBe(130);
    const lines = records(result.stdout);
    expect(lines.map((r) => r.line)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const answered = lines.filter((r) => 'output' in r).length;
    const notAttempted = lines.filter((r) => r.error?.code === 'NotAttempted');
    expect(answered + notAttempted.length).toBe(12);
    expect(notAttempted.length).toBeGreaterThan(0);
    expect(endpoint.requests).toHaveLength(answered);
    expect(result.stderr).toBe(`12 lines: ${answered} succeeded, ${notAttempted.length} failed (interrupted by SIGINT)\n`);
  });

  it('rejects a bad --max-concurrency and a second cli-input option', async () => {
    expect(await run(['--cli-input-jsonl', '-', '--max-concurrency', '0'])).toEqual({
      code: 252,
      stdout: '',
      stderr: '\n--max-concurrency must be a whole number of at least 1, not 0\n',
    });
    expect((await run(['--cli-input-jsonl', '-', '--cli-input-json', '{}'])).stderr).toBe('\nOnly one --cli-input- parameter may be specified.\n');
  });
});
