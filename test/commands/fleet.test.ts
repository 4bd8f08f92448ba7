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

  // Instance ids of the service's form (the local endpoint checks the pattern).
  const instance = (n: string) => `i-${n.padStart(17, '0')}`;
  const [I1, I2, I3, I404] = [instance('1'), instance('2'), instance('3'), instance('404')];
  const family = (args: string[], stdin: string) =>
    runBin(args, { stdin, env: { AWS_ACCESS_KEY_ID: DEFAULT_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: DEFAULT_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION: 'us-east-1' } });

  it("create-association: the command line's --max-concurrency is the association's (each request carries it), the run keeps its default 8", async () => {
    const endpoint = await startLocalEndpoint({ documents: [DOC], instances: [I1, I2] });
    closers.push(() => endpoint.close());
    const input = [`{"InstanceId": "${I1}"}`, `{"InstanceId": "${I2}", "MaxConcurrency": "1"}`, `{"InstanceId": "${I404}"}`].join('\n') + '\n';
    const result = await family(
      ['create-association', '--cli-input-jsonl', '-', '--name', DOC, '--max-concurrency', '50%', '--endpoint-url', endpoint.url, '--query', 'AssociationDescription.[InstanceId, MaxConcurrency]'],
      input,
    );
    expect(result.code).toBe(254);
    expect(records(result.stdout)).toEqual([
      { line: 1, input: { Name: DOC, InstanceId: I1 }, output: [I1, '50%'] },
      { line: 2, input: { Name: DOC, InstanceId: I2 }, output: [I2, '1'] },
      { line: 3, input: { Name: DOC, InstanceId: I404 }, error: { code: 'InvalidInstanceId', message: expect.stringMatching(/^An error occurred \(InvalidInstanceId\) when calling the CreateAssociation operation: /) } },
    ]);
    expect(endpoint.requests.map((r) => (r.parsedBody as any).MaxConcurrency).sort()).toEqual(['1', '50%', '50%']);
    expect(result.stderr).toBe('3 lines: 2 succeeded, 1 failed\n');
  });

  it('delete-association: one line each, a second delete of the same association refused', async () => {
    const endpoint = await startLocalEndpoint({ associations: [{ Name: DOC, InstanceId: I1 }, { Name: DOC, InstanceId: I2 }], instances: [I3] });
    closers.push(() => endpoint.close());
    const input = [`{"Name": "${DOC}", "InstanceId": "${I1}"}`, `{"Name": "${DOC}", "InstanceId": "${I2}"}`, `{"Name": "${DOC}", "InstanceId": "${I3}"}`].join('\n') + '\n';
    const result = await family(['delete-association', '--cli-input-jsonl', '-', '--endpoint-url', endpoint.url], input);
    expect(result.code).toBe(254);
    expect(records(result.stdout)).toEqual([
      { line: 1, input: { AssociationId: null, Name: DOC, InstanceId: I1 }, output: {} },
      { line: 2, input: { AssociationId: null, Name: DOC, InstanceId: I2 }, output: {} },
      { line: 3, input: { AssociationId: null, Name: DOC, InstanceId: I3 }, error: { code: 'AssociationDoesNotExist', message: expect.stringMatching(/^An error occurred \(AssociationDoesNotExist\) when calling the DeleteAssociation operation: /) } },
    ]);
    const again = await family(['delete-association', '--cli-input-jsonl', '-', '--endpoint-url', endpoint.url], input.split('\n')[0] + '\n');
    expect(records(again.stdout)[0]!.error.code).toBe('AssociationDoesNotExist');
  });

  it('list-associations: each line pages to the end, one output line with the pages merged; a line with its own MaxResults makes one call', async () => {
    const instances = ['i-1', 'i-2', 'i-3', 'i-4', 'i-5'];
    const endpoint = await startLocalEndpoint({ associations: instances.map((InstanceId) => ({ Name: DOC, InstanceId })) });
    closers.push(() => endpoint.close());
    const input = ['{}', '{"AssociationFilterList": [{"key": "InstanceId", "value": "i-3"}]}'].join('\n') + '\n';
    const query = ['--query', '{ids: Associations[].Targets[0].Values[0], next: NextToken}'];
    const result = await family(['list-associations', '--cli-input-jsonl', '-', '--page-size', '2', '--max-concurrency', '1', '--endpoint-url', endpoint.url, ...query], input);
    expect(result.code).toBe(0);
    expect(records(result.stdout)).toEqual([
      { line: 1, input: {}, output: { ids: instances, next: null } },
      { line: 2, input: {}, output: { ids: ['i-3'], next: null } },
    ]);
    expect(endpoint.requests.map((r) => (r.parsedBody as any).MaxResults)).toEqual([2, 2, 2, 2]);
    expect(endpoint.requests.map((r) => (r.parsedBody as any).NextToken === undefined)).toEqual([true, false, false, true]);

    // --max-items stops each line early with the resume token, as a single call prints it.
    const limited = await family(['list-associations', '--cli-input-jsonl', '-', '--max-items', '3', '--endpoint-url', endpoint.url, '--query', 'length(Associations)'], '{}\n');
    expect(records(limited.stdout)).toEqual([{ line: 1, input: {}, output: 3 }]);

    // The operation's own token or limit in a line turns paging off for it (one call, the service's NextToken kept).
    const own = await family(['list-associations', '--cli-input-jsonl', '-', '--endpoint-url', endpoint.url, ...query], '{"MaxResults": 2}\n');
    const line = records(own.stdout)[0]!;
    expect(line.output.ids).toEqual(['i-1', 'i-2']);
    expect(typeof line.output.next).toBe('string');
    // ... and then, as for a single call, the paging options are refused for that line.
    const clash = await family(['list-associations', '--cli-input-jsonl', '-', '--page-size', '2', '--endpoint-url', endpoint.url], '{"MaxResults": 2}\n{}\n');
    expect(clash.code).toBe(252);
    expect(records(clash.stdout)[0]).toEqual({ line: 1, input: {}, error: { code: 'ParamValidation', message: 'Cannot specify --no-paginate along with pagination arguments: --page-size' } });
    expect(records(clash.stdout)[1]!.output.Associations).toHaveLength(5);
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
