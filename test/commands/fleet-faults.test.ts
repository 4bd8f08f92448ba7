// Fleet mode under faults, end to end: bin/ssm-assoc --cli-input-jsonl against endpoints that
// hang or fail, with signals sent at fixed moments, stdin left open, FIFOs, closed stdout and
// hostile input lines. Each test asserts the exit code, that every input line got exactly one
// valid JSON line, and what reached the endpoint before and after the signal.
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { startScriptedEndpoint } from '../support/scripted-endpoint.mjs';
import { startFaultServer, type FaultScript } from '../support/fault-server.js';
import { startBin, type BinResult } from '../support/run-bin.js';

const DOC = 'AWS-RunShellScript';
const INSTANCE = 'i-0123456789abcdef1';
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0)) await clean();
});

const HANG = { action: 'stall' };
const OK = { status: 200, body: JSON.stringify({ AssociationDescription: { Name: DOC } }) };

/** A fault server whose answer depends on the request (a paginated line's page 1 and page 2). */
async function faultEndpoint(script: FaultScript) {
  const server = await startFaultServer(script);
  cleanups.push(() => server.close());
  return server;
}

async function endpoint(script: Array<Record<string, unknown>>) {
  const server = await startScriptedEndpoint(script);
  cleanups.push(() => server.close());
  return server;
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-fleet-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const statusLine = (message: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ InstanceId: `i-${message}`, AssociationStatus: { Date: 1424421071, Name: 'Success', Message: message }, ...extra });

interface Run {
  child: ChildProcess;
  done: Promise<BinResult & { ms: number }>;
}

/** Starts bin/ssm-assoc in fleet mode; stdin stays open unless `stdin` is given (then it is written and closed). */
function start(args: string[], options: { stdin?: string; home?: string; command?: string[] } = {}): Run {
  const started = Date.now();
  const run = startBin([...(options.command ?? ['update-association-status', '--name', DOC]), ...args], {
    home: options.home ?? tempDir(),
    env: { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_DEFAULT_REGION: 'us-east-1' },
    keepStdinOpen: true,
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  });
  cleanups.push(() => {
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  });
  return { child: run.child, done: run.done.then((result) => ({ ...result, ms: Date.now() - started })) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every stdout line parsed: each must be valid JSON (JSON.parse throws otherwise). */
function records(stdout: string): Array<Record<string, any>> {
  expect(stdout.endsWith('\n') || stdout === '').toBe(true);
  return stdout === '' ? [] : stdout.slice(0, -1).split('\n').map((line) => JSON.parse(line));
}

describe('fleet mode stops when told', () => {
  it('SIGTERM at 2 s against an endpoint that never answers: exit 143 within the grace, 50 valid lines, no request after the signal', async () => {
    const server = await endpoint([HANG]);
    const input = Array.from({ length: 50 }, (_, i) => statusLine(`m${i + 1}`)).join('\n') + '\n';
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url], { stdin: input });
    await sleep(2000);
    const atSignal = server.requests.length;
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code).toBe(143);
    expect(result.ms).toBeLessThan(8000);
    expect(atSignal).toBe(8);
    expect(server.requests).toHaveLength(8);
    const lines = records(result.stdout);
    expect(lines.map((r) => r.line)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(lines.slice(0, 8).map((r) => r.error.code)).toEqual(Array(8).fill('Interrupted'));
    // The aborted lines name their real input.
    expect(lines[0]!.input).toEqual({ Name: DOC, InstanceId: 'i-m1' });
    expect(lines.slice(8).every((r) => r.error.code === 'NotAttempted')).toBe(true);
    expect(lines[49]!.input).toEqual({ Name: DOC, InstanceId: 'i-m50' });
    expect(result.stderr).toBe('50 lines: 0 succeeded, 50 failed (interrupted by SIGTERM)\n');
  }, 20_000);

  it('a second signal skips the grace; SIGHUP exits 129', async () => {
    const server = await endpoint([HANG]);
    const input = Array.from({ length: 5 }, (_, i) => statusLine(`m${i + 1}`)).join('\n') + '\n';
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url, '--cli-shutdown-grace', '60', '--max-concurrency', '2'], { stdin: input });
    while (server.requests.length < 2) await sleep(20);
    run.child.kill('SIGHUP');
    await sleep(300);
    expect(run.child.exitCode).toBe(null);
    run.child.kill('SIGHUP');
    const result = await run.done;
    expect(result.code).toBe(129);
    expect(records(result.stdout).map((r) => r.error.code)).toEqual(['Interrupted', 'Interrupted', 'NotAttempted', 'NotAttempted', 'NotAttempted']);
    expect(server.requests).toHaveLength(2);
  }, 20_000);

  it('calls in flight that answer within the grace print their output', async () => {
    const server = await endpoint([{ ...OK, delayMs: 700 }]);
    const input = Array.from({ length: 6 }, (_, i) => statusLine(`m${i + 1}`)).join('\n') + '\n';
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url, '--max-concurrency', '3'], { stdin: input });
    while (server.requests.length < 3) await sleep(20);
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code).toBe(130);
    const lines = records(result.stdout);
    expect(lines.slice(0, 3).map((r) => r.output)).toEqual(Array(3).fill({ AssociationDescription: { Name: DOC } }));
    expect(lines.slice(3).map((r) => r.error.code)).toEqual(['NotAttempted', 'NotAttempted', 'NotAttempted']);
    expect(server.requests).toHaveLength(3);
    expect(result.ms).toBeLessThan(3000);
  }, 20_000);

  it('no call in flight is retried after the signal', async () => {
    const server = await endpoint([{ status: 500, body: JSON.stringify({ __type: 'InternalServerError', message: 'busy' }), delayMs: 600 }]);
    const input = Array.from({ length: 4 }, (_, i) => statusLine(`m${i + 1}`)).join('\n') + '\n';
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url, '--max-concurrency', '4'], { stdin: input });
    while (server.requests.length < 4) await sleep(10);
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code).toBe(143);
    expect(server.requests).toHaveLength(4);
    const lines = records(result.stdout);
    expect(lines.map((r) => r.error.code)).toEqual(Array(4).fill('Interrupted'));
    expect(lines[0]!.error.message).toBe('The call failed and was not retried because of the interrupt; its outcome is unknown.');
  }, 20_000);

  it('stdin left open does not hold the run: lines read print, and the run ends within the grace', async () => {
    const server = await endpoint([OK]);
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url, '--cli-shutdown-grace', '1']);
    run.child.stdin!.write(statusLine('a') + '\n' + statusLine('b') + '\n');
    while (server.requests.length < 2) await sleep(20);
    await sleep(200);
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(result.ms).toBeLessThan(5000);
    expect(records(result.stdout).map((r) => r.input.InstanceId)).toEqual(['i-a', 'i-b']);
    expect(result.stderr).toBe('2 lines: 2 succeeded, 0 failed (interrupted by SIGINT); the input was not read past line 2\n');
  }, 20_000);

  it('a FIFO nobody writes to does not hold the run', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'lines.fifo');
    execFileSync('mkfifo', [fifo]);
    const run = start(['--cli-input-jsonl', fifo, '--endpoint-url', 'http://127.0.0.1:9']);
    await sleep(700);
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code).toBe(143);
    expect(result.ms).toBeLessThan(3000);
    expect(result.stdout).toBe('');
  }, 20_000);

  it('a single call killed with SIGTERM exits 143 at once, printing nothing', async () => {
    const server = await endpoint([HANG]);
    const run = start(['--instance-id', INSTANCE, '--association-status', 'Date=1,Name=Pending,Message=m', '--endpoint-url', server.url]);
    while (server.requests.length < 1) await sleep(20);
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code).toBe(143);
    expect(result.stdout).toBe('');
    expect(result.ms).toBeLessThan(5000);
  }, 20_000);
});

describe('fleet mode stops when told, for the other association operations', () => {
  const lines = (n: number, line: (i: number) => Record<string, unknown>) => Array.from({ length: n }, (_, i) => JSON.stringify(line(i + 1))).join('\n') + '\n';

  it("create-association: its own --max-concurrency goes in every request, the run keeps fleet's 8 calls; SIGTERM: 143, one line each", async () => {
    const server = await endpoint([HANG]);
    const input = lines(20, (i) => ({ InstanceId: `i-${i}` }));
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url, '--name', DOC, '--max-concurrency', '50%', '--cli-shutdown-grace', '1'], { command: ['create-association'], stdin: input });
    await sleep(2000);
    const atSignal = server.requests.length;
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code).toBe(143);
    expect(atSignal).toBe(8);
    expect(server.requests).toHaveLength(8);
    expect(server.requests.map((r) => JSON.parse(r.body))).toEqual(Array.from({ length: 8 }, (_, i) => ({ Name: DOC, InstanceId: `i-${i + 1}`, MaxConcurrency: '50%' })));
    const out = records(result.stdout);
    expect(out.map((r) => [r.line, r.input, r.error.code])).toEqual(
      Array.from({ length: 20 }, (_, i) => [i + 1, { Name: DOC, InstanceId: `i-${i + 1}` }, i < 8 ? 'Interrupted' : 'NotAttempted']),
    );
    expect(result.stderr).toBe('20 lines: 0 succeeded, 20 failed (interrupted by SIGTERM)\n');
  }, 20_000);

  it('delete-association: SIGTERM while the calls hang: 143, one line each, no request after the signal', async () => {
    const server = await endpoint([HANG]);
    const input = lines(5, (i) => ({ AssociationId: `a-${i}` }));
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url, '--max-concurrency', '2', '--cli-shutdown-grace', '1'], { command: ['delete-association'], stdin: input });
    while (server.requests.length < 2) await sleep(20);
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code).toBe(143);
    expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([{ AssociationId: 'a-1' }, { AssociationId: 'a-2' }]);
    expect(records(result.stdout).map((r) => [r.line, r.input, r.error.code])).toEqual([
      [1, { AssociationId: 'a-1', Name: null, InstanceId: null }, 'Interrupted'],
      [2, { AssociationId: 'a-2', Name: null, InstanceId: null }, 'Interrupted'],
      [3, { AssociationId: 'a-3', Name: null, InstanceId: null }, 'NotAttempted'],
      [4, { AssociationId: 'a-4', Name: null, InstanceId: null }, 'NotAttempted'],
      [5, { AssociationId: 'a-5', Name: null, InstanceId: null }, 'NotAttempted'],
    ]);
  }, 20_000);

  it('list-associations: SIGTERM while every line waits for page 2: 143, one Interrupted line each, no page after the signal', async () => {
    const server = await faultEndpoint((request) => {
      const token = JSON.parse(request.body).NextToken;
      return token === undefined ? { kind: 'respond', body: JSON.stringify({ Associations: [{ Name: DOC }], NextToken: 't1' }) } : { kind: 'hang' };
    });
    const input = lines(6, (i) => ({ AssociationFilterList: [{ key: 'Name', value: `doc-${i}` }] }));
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url, '--max-concurrency', '2', '--cli-shutdown-grace', '1'], { command: ['list-associations'], stdin: input });
    while (server.requests.length < 4) await sleep(20);
    await sleep(200);
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code).toBe(143);
    // Lines 1 and 2, page 1 then page 2 each (the two lines' requests in either order).
    const filter = (n: number) => ({ AssociationFilterList: [{ key: 'Name', value: `doc-${n}` }] });
    expect(server.requests.map((r) => r.body).sort()).toEqual(
      [filter(1), filter(2), { ...filter(1), NextToken: 't1' }, { ...filter(2), NextToken: 't1' }].map((body) => JSON.stringify(body)).sort(),
    );
    const out = records(result.stdout);
    expect(out.map((r) => [r.line, r.input, r.error.code])).toEqual(
      Array.from({ length: 6 }, (_, i) => [i + 1, {}, i < 2 ? 'Interrupted' : 'NotAttempted']),
    );
    expect(result.stderr).toBe('6 lines: 0 succeeded, 6 failed (interrupted by SIGTERM)\n');
  }, 20_000);

  it('list-associations: a page in flight at the signal finishes within the grace, and no page after it is asked for', async () => {
    const server = await faultEndpoint((request) => {
      const token = JSON.parse(request.body).NextToken;
      return { kind: 'respond', body: JSON.stringify({ Associations: [{ Name: DOC }], NextToken: token === undefined ? 't1' : `${token}+` }), delayMs: token === undefined ? 0 : 600 };
    });
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url], { command: ['list-associations'], stdin: '{}\n' });
    while (server.requests.length < 2) await sleep(20);
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code).toBe(143);
    expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([{}, { NextToken: 't1' }]);
    expect(records(result.stdout)).toEqual([
      { line: 1, input: {}, error: { code: 'Interrupted', message: 'The listing was stopped by the interrupt after 2 pages; its pages are not printed.' } },
    ]);
  }, 20_000);
});

describe('fleet mode memory', () => {
  it('reads only a bounded window ahead of the line it waits for, then the rest once stopped', async () => {
    const server = await endpoint([HANG]);
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url, '--max-concurrency', '1', '--cli-shutdown-grace', '1']);
    const input = Array.from({ length: 5_000 }, (_, i) => statusLine(`m${i + 1}`)).join('\n') + '\n';
    run.child.stdin!.end(input);
    while (server.requests.length < 1) await sleep(20);
    await sleep(1000);
    // 470 KB were offered; a run that reads ahead without bound has taken them all by now.
    expect(run.child.stdin!.writableLength).toBeGreaterThan(200_000);
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code).toBe(143);
    const lines = records(result.stdout);
    expect(lines).toHaveLength(5_000);
    expect(lines[0]!.error.code).toBe('Interrupted');
    expect(lines[4_999]!.error.code).toBe('NotAttempted');
    expect(server.requests).toHaveLength(1);
  }, 30_000);
});

describe('fleet mode never loses a line', () => {
  it('a line nested thousands of levels deep gets its own error line; the others go through', async () => {
    const server = await endpoint([OK]);
    const deepList = '{"AssociationStatus": ' + '['.repeat(3000) + ']'.repeat(3000) + '}';
    const deepObject = '{"Name": ' + '{"a": '.repeat(3000) + '1' + '}'.repeat(3000) + '}';
    const input = [statusLine('a'), deepList, deepObject, statusLine('b')].join('\n') + '\n';
    const result = await start(['--cli-input-jsonl', '-', '--endpoint-url', server.url], { stdin: input }).done;
    const lines = records(result.stdout);
    expect(lines.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(lines[0]!.output).toBeDefined();
    for (const [deep, kind] of [[lines[1]!, 'array'], [lines[2]!, 'object']] as const) {
      expect(deep.error.code).toBe('ParamValidation');
      expect(deep.error.message).toBe(`Invalid JSON: maximum recursion depth exceeded while decoding a JSON ${kind} from a unicode string`);
    }
    expect(lines[3]!.output).toBeDefined();
    expect(server.requests).toHaveLength(2);
    expect(result.stderr).toBe('4 lines: 2 succeeded, 2 failed\n');
    expect(result.code).toBe(252);
  }, 20_000);

  it('NaN, Infinity and 1e400 in a line still make a valid JSON line', async () => {
    const server = await endpoint([OK]);
    const input = ['{"Name": NaN, "InstanceId": Infinity}', '{"InstanceId": 1e400}', '{"InstanceId": -Infinity}'].join('\n') + '\n';
    const result = await start(['--cli-input-jsonl', '-', '--endpoint-url', server.url], { stdin: input }).done;
    const lines = records(result.stdout);
    expect(lines.map((r) => [r.line, r.input, r.error.code])).toEqual([
      [1, { Name: null, InstanceId: null }, 'ParamValidation'],
      [2, { Name: DOC, InstanceId: null }, 'ParamValidation'],
      [3, { Name: DOC, InstanceId: null }, 'ParamValidation'],
    ]);
    expect(server.requests).toHaveLength(0);
  }, 20_000);

  it('lines holding only NBSP, a BOM or a form feed, and invalid UTF-8, each get an error line; blank lines none', async () => {
    const server = await endpoint([OK]);
    const input = Buffer.concat([
      Buffer.from('\u00a0\n\ufeff\n\f\n  \t\r\n\n'),
      Buffer.from('{"InstanceId": "i-\xff"}\n', 'latin1'),
      Buffer.from(statusLine('ok') + '\n'),
    ]);
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url]);
    run.child.stdin!.end(input);
    const result = await run.done;
    const lines = records(result.stdout);
    expect(lines.map((r) => [r.line, r.error?.code ?? 'ok'])).toEqual([
      [1, 'ParamValidation'],
      [2, 'ParamValidation'],
      [3, 'ParamValidation'],
      [6, 'ParamValidation'],
      [7, 'ok'],
    ]);
    expect(lines[3]!.error.message).toBe('Invalid UTF-8: byte 0xff at position 18 cannot be decoded.');
    // Only the good line reached the endpoint: nothing with U+FFFD was sent.
    expect(server.requests.map((r) => JSON.parse(r.body).InstanceId)).toEqual(['i-ok']);
  }, 20_000);

  it('an input that cannot be opened fails at once with 252 and sends nothing', async () => {
    const dir = tempDir();
    for (const [source, words] of [
      [path.join(dir, 'missing.jsonl'), `[Errno 2] No such file or directory: '${path.join(dir, 'missing.jsonl')}'`],
      [dir, `[Errno 21] Is a directory: '${dir}'`],
      ['', "[Errno 2] No such file or directory: ''"],
    ] as const) {
      const result = await start(['--cli-input-jsonl', source, '--endpoint-url', 'http://127.0.0.1:9'], { stdin: '' }).done;
      expect(result).toMatchObject({ code: 252, stdout: '', stderr: `\nUnable to read --cli-input-jsonl ${source}: ${words}\n` });
    }
  }, 20_000);

  it('/dev/zero is not JSON Lines: one error line, exit 252, bounded memory', async () => {
    const result = await start(['--cli-input-jsonl', '/dev/zero', '--endpoint-url', 'http://127.0.0.1:9'], { stdin: '' }).done;
    expect(result.code).toBe(252);
    const lines = records(result.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.error.message).toBe('The line is longer than 1048576 bytes: the input is not JSON Lines, and nothing after this line was read.');
  }, 20_000);
});

describe('fleet mode stops when stdout closes', () => {
  it('exits 255 with a summary, and starts no call after the pipe closed', async () => {
    const server = await endpoint([{ ...OK, delayMs: 50 }]);
    const input = Array.from({ length: 200 }, (_, i) => statusLine(`m${i + 1}`)).join('\n') + '\n';
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url, '--max-concurrency', '2'], { stdin: input });
    let closedAt = -1;
    await new Promise<void>((resolve) =>
      run.child.stdout!.once('data', () => {
        run.child.stdout!.destroy();
        closedAt = server.requests.length;
        resolve();
      }),
    );
    const result = await run.done;
    expect(result.code).toBe(255);
    expect(result.stderr).toMatch(/^stdout was closed: \d+ lines? read (was|were) not printed.*; \d+ printed before\.\n$/);
    // At most the calls already in flight, and those started before the write failed, came after.
    expect(server.requests.length).toBeLessThanOrEqual(closedAt + 4);
    expect(server.requests.length).toBeLessThan(200);
  }, 20_000);

  it('ends even when stdin stays open', async () => {
    const server = await endpoint([OK]);
    const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url]);
    run.child.stdin!.write(Array.from({ length: 50 }, (_, i) => statusLine(`m${i + 1}`)).join('\n') + '\n');
    await new Promise<void>((resolve) =>
      run.child.stdout!.once('data', () => {
        run.child.stdout!.destroy();
        resolve();
      }),
    );
    const result = await run.done;
    expect(result.code).toBe(255);
    expect(result.stderr).toMatch(/^stdout was closed: .*, and the input was not read past line \d+; \d+ printed before\.\n$/);
  }, 20_000);

  it('a single call into a closed pipe exits 255 with the reference\'s words', async () => {
    const server = await endpoint([{ status: 200, body: JSON.stringify({ AssociationDescription: { Name: 'x'.repeat(300_000) } }) }]);
    const run = start(['--instance-id', INSTANCE, '--association-status', 'Date=1,Name=Pending,Message=m', '--endpoint-url', server.url, '--output', 'text']);
    run.child.stdout!.destroy();
    const result = await run.done;
    expect(result.code).toBe(255);
    expect(result.stderr).toBe('\n[Errno 32] Broken pipe\n');
  }, 20_000);
});

describe('fleet mode input property', () => {
  const blank = (line: Uint8Array) => line.every((b, i) => b === 0x20 || b === 0x09 || (b === 0x0d && i === line.length - 1));
  const lineArb = fc.oneof(
    fc.uint8Array({ maxLength: 60 }).map((bytes) => bytes.map((b) => (b === 0x0a ? 0x20 : b))),
    fc.nat(4000).map((depth) => Buffer.from('{"AssociationStatus": ' + '['.repeat(depth) + ']'.repeat(depth) + '}')),
    fc.nat(4000).map((depth) => Buffer.from('{"Name": ' + '{"a": '.repeat(depth) + '1' + '}'.repeat(depth) + '}')),
    fc.string({ maxLength: 20, unit: 'binary' }).map((message) => Buffer.from(statusLine('p', { Name: message }))),
    fc.constantFrom('NaN', '1e400', '[]', 'null', '"x"', '{"InstanceId": -Infinity}', '\ufeff{}', '{"AssociationStatus": {"Date": 1e400}}').map((text) => Buffer.from(text)),
    fc.nat(200_000).map((size) => Buffer.from(JSON.stringify({ InstanceId: 'x'.repeat(size) }))),
  );

  it('every input line that is not blank gets exactly one valid JSON line, in order, and the run never crashes', async () => {
    const server = await endpoint([OK]);
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { minLength: 1, maxLength: 12 }), async (lines) => {
        const input = Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));
        const run = start(['--cli-input-jsonl', '-', '--endpoint-url', server.url, '--instance-id', INSTANCE]);
        run.child.stdin!.end(input);
        const result = await run.done;
        const expected = lines.flatMap((line, i) => (blank(line) ? [] : [i + 1]));
        expect([0, 252, 254, 255]).toContain(result.code);
        expect(records(result.stdout).map((r) => r.line)).toEqual(expected);
        expect(result.stderr).toMatch(/^\d+ lines?: \d+ succeeded, \d+ failed\n$/);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
