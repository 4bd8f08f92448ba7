// The --state file (src/local-endpoint/state-file.ts): what is saved comes back after a restart
// (associations, versions, executions, documents, nodes), a missing file is an empty state, a
// corrupt or unreadable one stops the start with a message naming it, and the write is atomic:
// a reader never sees a partial file, even when the endpoint process is killed mid-traffic.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateAssociationCommand, DescribeAssociationCommand, SSMClient, StartAssociationsOnceCommand, UpdateAssociationCommand } from '@aws-sdk/client-ssm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sealProcessEnvironment } from '../support/sealed-process.js';
import { bundleLocalEndpoint } from '../support/endpoint-bundle.js';
import { runEndpointCli } from '../../src/local-endpoint/cli.js';
import {
  AssociationStore,
  DEFAULT_ACCESS_KEY_ID as AKID,
  DEFAULT_SECRET_ACCESS_KEY as SECRET,
  StateError,
  startLocalEndpoint,
  type LocalEndpoint,
} from '../../src/local-endpoint/index.js';
import { loadState, saveState } from '../../src/local-endpoint/state-file.js';

sealProcessEnvironment('local-state-file-');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-state-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => path.join(dir, `state-${++n}.json`);

const DOC = 'AWS-RunShellScript';
const I1 = 'i-0123456789abcdef0';

const open: LocalEndpoint[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

const client = (url: string) =>
  new SSMClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: AKID, secretAccessKey: SECRET }, maxAttempts: 1 });

async function start(statePath: string): Promise<{ endpoint: LocalEndpoint; ssm: SSMClient }> {
  const endpoint = await startLocalEndpoint({ statePath, documents: [DOC], instances: [I1] });
  open.push(endpoint);
  return { endpoint, ssm: client(endpoint.url) };
}

describe('loadState and saveState', () => {
  it('a missing file is an empty state; a saved store reads back equal', () => {
    const file = freshPath();
    expect(loadState(file, new AssociationStore())).toBe(false);
    const store = new AssociationStore(() => 1_700_000_000_000);
    store.add({ Name: DOC, InstanceId: I1, Status: { Date: 1, Name: 'Success', Message: 'ok' } });
    store.addDocument('Other');
    const created = store.create({ Name: 'Other', Targets: [{ Key: 'InstanceIds', Values: ['*'] }] });
    store.update(created.AssociationId as string, { ScheduleExpression: 'rate(1 day)' });
    store.recordExecution(created.AssociationId as string, [[I1, 'Success']]);
    saveState(file, store);
    const back = new AssociationStore();
    expect(loadState(file, back)).toBe(true);
    expect(back.snapshot()).toEqual(store.snapshot());
    expect(back.get(DOC, I1)).toEqual(store.get(DOC, I1));
    expect(back.versions(created.AssociationId as string)?.map((v) => v.AssociationVersion)).toEqual(['1', '2']);
    // Nothing but the state file is left in the directory.
    expect(fs.readdirSync(dir).filter((f) => f.includes(path.basename(file)))).toEqual([path.basename(file)]);
  });

  it('a corrupt, foreign or unreadable file is a StateError naming it', () => {
    const file = freshPath();
    fs.writeFileSync(file, '{"format": "ssm-assoc local State Manager 1", "documents": [');
    expect(() => loadState(file, new AssociationStore())).toThrow(StateError);
    expect(() => loadState(file, new AssociationStore())).toThrow(new RegExp(`^${file}: state file is not valid JSON \\(`));
    fs.writeFileSync(file, '{"associations": []}');
    expect(() => loadState(file, new AssociationStore())).toThrow(new StateError(`${file}: not a local State Manager state file (no "format" line)`));
    fs.writeFileSync(
      file,
      JSON.stringify({ format: 'ssm-assoc local State Manager 1', documents: [], instances: [], associations: [{ association: { Name: 'd', AssociationId: 'x', Date: 'soon' }, versions: [], executions: [] }] }),
    );
    expect(() => loadState(file, new AssociationStore())).toThrow(
      new StateError(`${file}: not a local State Manager state file (associations[0].association.Date: expected epoch seconds or an ISO 8601 date-time, got a string)`),
    );
    expect(() => loadState(dir, new AssociationStore())).toThrow(new StateError(`${dir}: cannot read state file (EISDIR)`));
  });
});

describe('--state across restarts', () => {
  it('keeps associations, versions and executions; seeds add only what the file lacks', async () => {
    const file = freshPath();
    const first = await start(file);
    const id = (await first.ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1 }))).AssociationDescription!.AssociationId!;
    await first.ssm.send(new UpdateAssociationCommand({ AssociationId: id, ScheduleExpression: 'rate(1 day)' }));
    await first.ssm.send(new StartAssociationsOnceCommand({ AssociationIds: [id] }));
    const before = first.endpoint.associations.snapshot();
    await first.endpoint.close();

    const second = await startLocalEndpoint({ statePath: file, associations: [{ Name: DOC, InstanceId: I1 }, { Name: DOC, InstanceId: 'i-2' }] });
    open.push(second);
    const described = await client(second.url).send(new DescribeAssociationCommand({ AssociationId: id }));
    expect([described.AssociationDescription?.AssociationVersion, described.AssociationDescription?.ScheduleExpression]).toEqual(['2', 'rate(1 day)']);
    expect(second.associations.executions(id)).toEqual(first.endpoint.associations.executions(id));
    // The stored association stayed; only the new one was added from the flags.
    expect(second.associations.list().map((a) => [a.InstanceId, a.AssociationId === id])).toEqual([
      [I1, true],
      ['i-2', false],
    ]);
    expect((before as { associations: unknown[] }).associations).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).associations).toHaveLength(2);
  });

  it('a corrupt file stops the command line with exit 1 and its message', async () => {
    const file = freshPath();
    fs.writeFileSync(file, 'not json');
    const err: string[] = [];
    const code = await runEndpointCli(['--state', file], {
      stdout: () => undefined,
      stderr: (text) => err.push(text),
      signals: new EventEmitter() as never,
    });
    expect(code).toBe(1);
    expect(err.join('')).toMatch(new RegExp(`^local-endpoint: error: ${file}: state file is not valid JSON \\([^\\n]*\\)\\n$`));
    // The file is left as it was.
    expect(fs.readFileSync(file, 'utf8')).toBe('not json');
  });
});

describe('atomic writes, with the endpoint as a process', () => {
  const bundle = path.join(dir, 'local-endpoint.mjs');
  beforeAll(async () => {
    await bundleLocalEndpoint(bundle);
  });

  function spawnEndpoint(file: string) {
    const child = spawn(process.execPath, [bundle, '--state', file, '--document', DOC, '--instance', I1], {
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir },
    });
    const url = new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (\S+)\n/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error(`exited before ready: ${out}`)));
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    return { child, url, exited };
  }

  it('every read between writes and after SIGKILL mid-traffic sees a whole state file, which a restart loads', async () => {
    const file = freshPath();
    const first = spawnEndpoint(file);
    const ssm = client(await first.url);
    let reads = 0;
    const readWhole = () => {
      const text = fs.readFileSync(file, 'utf8');
      reads += 1;
      return JSON.parse(text) as { associations: unknown[] };
    };
    for (let i = 0; i < 40; i++) {
      await ssm.send(new CreateAssociationCommand({ Name: DOC, Targets: [{ Key: 'InstanceIds', Values: [`i-${String(i).padStart(17, '0')}`] }] }));
      expect(readWhole().associations).toHaveLength(i + 1);
    }
    // Now many writes in flight, a reader polling the file as fast as it can, and a SIGKILL.
    const inFlight = Array.from({ length: 200 }, (_, i) =>
      ssm.send(new CreateAssociationCommand({ Name: DOC, Targets: [{ Key: 'tag:n', Values: [String(i)] }] })).catch(() => undefined),
    );
    const counts: number[] = [];
    const poller = setInterval(() => counts.push(readWhole().associations.length), 1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    first.child.kill('SIGKILL');
    await first.exited;
    clearInterval(poller);
    await Promise.all(inFlight);
    const final = readWhole().associations.length;
    expect(final).toBeGreaterThanOrEqual(40);
    expect(counts.every((c, i) => c >= 40 && (i === 0 || c >= (counts[i - 1] ?? 0)))).toBe(true);
    expect(reads).toBeGreaterThan(40);

    const second = spawnEndpoint(file);
    await second.url;
    expect(readWhole().associations).toHaveLength(final);
    second.child.kill('SIGTERM');
    await second.exited;
  }, 60_000);
});
