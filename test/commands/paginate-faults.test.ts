// Pagination (src/commands/paginate.ts, as src/commands/operation.ts prints it) under faults
// the differential fixtures cannot record: a signal while page 2 hangs, and stdout closed part
// way. Faults on page 2 itself (500s, resets, a body that is not JSON, the same NextToken
// again) are recorded cases: test/reference-cases/pagination-faults.mjs. Where these tests pin
// the reference's bytes, they are what /usr/bin/aws (2.9.19, AWS_DATA_PATH=../shared/reference/
// aws-data) printed against the same scripted endpoint, noted beside each.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFaultServer, type FaultScript, type FaultServer } from '../support/fault-server.js';
import { startBin, type StartedBin } from '../support/run-bin.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0)) await clean();
});

async function server(script: FaultScript): Promise<FaultServer> {
  const started = await startFaultServer(script);
  cleanups.push(() => started.close());
  return started;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const page = (body: Record<string, unknown>, delayMs = 0) => ({ kind: 'respond' as const, body: JSON.stringify(body), delayMs });

/** bin/ssm-assoc (or, with `shell`, a bash pipeline around it) in a sealed environment. */
function start(args: string[], shell?: string): StartedBin {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-pages-'));
  cleanups.push(() => fs.rmSync(home, { recursive: true, force: true }));
  const env = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_DEFAULT_REGION: 'us-east-1' };
  const run = startBin(args, { home, env, ...(shell === undefined ? {} : { shell }) });
  cleanups.push(() => {
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  });
  return run;
}

const a = (n: number) => ({ Name: `doc-${n}`, AssociationId: `id-${n}` });
const PAGE_1 = page({ Associations: [a(1), a(2)], NextToken: 't1' });
const PAGE_1_TEXT = 'ASSOCIATIONS\tid-1\tdoc-1\nASSOCIATIONS\tid-2\tdoc-2\n';
const PAGE_1_YAML = '- Associations:\n  - AssociationId: id-1\n    Name: doc-1\n  - AssociationId: id-2\n    Name: doc-2\n  NextToken: t1\n';

describe('a signal while page 2 hangs', () => {
  // What the reference printed (stdout) in each case, with page 1 in and page 2 never answered.
  // json, yaml and table merge the pages before printing: nothing of page 1. text and
  // yaml-stream print each page as it comes. SIGINT adds the KeyboardInterrupt handler's
  // newline. The reference's SIGTERM ends Python without flushing its stdout buffer, so its text
  // output on a pipe loses page 1 (prints '', exit by signal); ssm-assoc has already written it
  // (README, deviations). yaml-stream flushes each page, so there both print it.
  const cases: Array<[string, 'SIGINT' | 'SIGTERM', string, number]> = [
    ['json', 'SIGINT', '\n', 130],
    ['json', 'SIGTERM', '', 143],
    ['table', 'SIGINT', '\n', 130],
    ['yaml', 'SIGTERM', '', 143],
    ['text', 'SIGINT', `${PAGE_1_TEXT}\n`, 130],
    ['text', 'SIGTERM', PAGE_1_TEXT, 143],
    ['yaml-stream', 'SIGINT', `${PAGE_1_YAML}\n`, 130],
    ['yaml-stream', 'SIGTERM', PAGE_1_YAML, 143],
  ];
  for (const [output, signal, stdout, code] of cases) {
    it(`${output}, ${signal}: exit ${code}, page 1 ${stdout.includes('id-1') ? 'printed' : 'not printed'}, no request after the signal`, async () => {
      const endpoint = await server([PAGE_1, { kind: 'hang' }]);
      const run = start(['list-associations', '--endpoint-url', endpoint.url, '--output', output]);
      while (endpoint.requests.length < 2) await sleep(20);
      // Page 1 is out before page 2 is asked for (where the format prints per page).
      if (stdout.includes('id-1')) while (!run.stdout().includes('doc-2')) await sleep(20);
      run.child.kill(signal);
      const result = await run.done;
      expect(result).toEqual({ code, stdout, stderr: '' });
      await sleep(200);
      expect(endpoint.requests).toHaveLength(2);
      expect(JSON.parse(endpoint.requests[1]!.body)).toEqual({ NextToken: 't1' });
    }, 20_000);
  }

  // Every paginated operation prints per page in text output, and stops on SIGINT as above.
  const operations: Array<[string, string[], string]> = [
    ['list-associations', [], 'Associations'],
    ['list-association-versions', ['--association-id', 'a'], 'AssociationVersions'],
    ['describe-association-executions', ['--association-id', 'a'], 'AssociationExecutions'],
    ['describe-association-execution-targets', ['--association-id', 'a', '--execution-id', 'e'], 'AssociationExecutionTargets'],
    ['describe-effective-instance-associations', ['--instance-id', 'i-1'], 'Associations'],
    ['describe-instance-associations-status', ['--instance-id', 'i-1'], 'InstanceAssociationStatusInfos'],
  ];
  for (const [command, args, key] of operations) {
    it(`${command}, text, SIGINT: page 1 and the newline`, async () => {
      const endpoint = await server([page({ [key]: [{ AssociationId: 'id-1' }], NextToken: 't1' }), { kind: 'hang' }]);
      const run = start([command, ...args, '--endpoint-url', endpoint.url, '--output', 'text']);
      while (!run.stdout().includes('id-1')) await sleep(20);
      while (endpoint.requests.length < 2) await sleep(20);
      run.child.kill('SIGINT');
      expect(await run.done).toEqual({ code: 130, stdout: `${key.toUpperCase()}\tid-1\n\n`, stderr: '' });
      expect(endpoint.requests.map((r) => JSON.parse(r.body).NextToken)).toEqual([undefined, 't1']);
    }, 20_000);
  }
});

describe('stdout closed part way through the pages', () => {
  // 20 pages; every page after the first answers 300 ms late, so `head -1` has read page 1 and
  // exited before page 2 is printed. The reference, block-buffered, notices only when its 8 KiB
  // buffer is flushed: with pages of 200 items it printed `\n[Errno 32] Broken pipe\n` and
  // exited 255 after 3 requests; with small pages it fetched all 20 and exited 0 (text) or 120
  // (yaml-stream, "Exception ignored ... BrokenPipeError"). ssm-assoc reports the first write
  // that fails, as it does for a single call, and asks for no page after it.
  const pages: FaultScript = (_request, n) =>
    page({ Associations: [a(n * 10 + 1), a(n * 10 + 2)], ...(n < 19 ? { NextToken: `t${n + 1}` } : {}) }, n === 0 ? 0 : 300);

  for (const output of ['text', 'yaml-stream']) {
    it(`${output} into | head -1: [Errno 32] Broken pipe, exit 255, no page requested after the failed write`, async () => {
      const endpoint = await server(pages);
      const run = start(['list-associations', '--endpoint-url', endpoint.url, '--output', output], '"$0" "$@" | head -1; echo "exit ${PIPESTATUS[0]}"');
      const result = await run.done;
      const first = output === 'text' ? 'ASSOCIATIONS\tid-1\tdoc-1\n' : '- Associations:\n';
      expect(result).toEqual({ code: 0, stdout: `${first}exit 255\n`, stderr: '\n[Errno 32] Broken pipe\n' });
      // Page 2 was fetched and could not be printed; page 3 was never asked for.
      expect(endpoint.requests).toHaveLength(2);
    }, 20_000);
  }

  it('text, the reader gone after page 1: the same, whatever the page size', async () => {
    const endpoint = await server(pages);
    const run = start(['list-associations', '--endpoint-url', endpoint.url, '--output', 'text', '--page-size', '2']);
    while (!run.stdout().includes('doc-2')) await sleep(20);
    run.child.stdout!.destroy();
    const result = await run.done;
    expect([result.code, result.stderr]).toEqual([255, '\n[Errno 32] Broken pipe\n']);
    expect(endpoint.requests).toHaveLength(2);
    expect(endpoint.requests.map((r) => JSON.parse(r.body))).toEqual([{ MaxResults: 2 }, { MaxResults: 2, NextToken: 't1' }]);
  }, 20_000);
});
