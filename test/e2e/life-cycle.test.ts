// End to end: one association's whole life cycle against the local State Manager (the embedded
// endpoint, on a free port, with a clock the test moves), driven by bin/ssm-assoc alone and, when
// AWS CLI v2 is installed, by ssm-assoc and `aws ssm` in turn so that each sees what the other
// did. Every read then runs with both CLIs against the same state, in json, text and table, and
// their stdout, stderr and exit codes must be equal; both variants assert the exact values.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_ACCESS_KEY_ID,
  DEFAULT_SECRET_ACCESS_KEY,
  startLocalEndpoint,
  type LocalEndpoint,
} from '../../src/local-endpoint/index.js';
import { runBin, sealedBinEnv, type BinResult } from '../support/run-bin.js';

const AWS = '/usr/bin/aws';
const awsData = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'aws-data');
// Only v2 is the reference: a v1 (a pyenv shim's, say) prints timestamps as epoch numbers.
const awsV2 =
  fs.existsSync(AWS) &&
  spawnSync(AWS, ['--version'], { encoding: 'utf8', env: sealedBinEnv(os.tmpdir()) }).stdout?.startsWith('aws-cli/2.') === true;

const DOC = 'AWS-RunShellScript';
const I1 = 'i-0123456789abcdef0';
const I2 = 'i-0123456789abcdef1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** 2023-11-14T22:13:20Z; every change moves the clock on by a minute. */
const T0 = 1_700_000_000_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');

const ENV = {
  AWS_ACCESS_KEY_ID: DEFAULT_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY: DEFAULT_SECRET_ACCESS_KEY,
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_PAGER: '',
  LANG: 'C.UTF-8',
};

const open: LocalEndpoint[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

type Cli = (...args: string[]) => Promise<BinResult>;

interface Tour {
  endpoint: LocalEndpoint;
  /** bin/ssm-assoc against the endpoint (json unless the args say otherwise). */
  ssmAssoc: Cli;
  /** The CLI that makes the changes ssm-assoc does not: aws when compared, else ssm-assoc too. */
  other: Cli;
  /** A read: with aws, both CLIs in json, text and table must print the same; answers ssm-assoc's json. */
  read: Cli;
  /** Moves the clock on a minute; answers the new time. */
  tick: () => number;
}

async function tour(withAws: boolean): Promise<Tour> {
  let clock = T0;
  // The clock stands still between changes, so signatures would look old: no skew check.
  const endpoint = await startLocalEndpoint({ documents: [DOC], instances: [I1, I2], now: () => clock, maxClockSkewSeconds: false });
  open.push(endpoint);
  const ssmAssoc: Cli = (...args) => runBin([...args, '--endpoint-url', endpoint.url], { env: ENV });
  const aws: Cli = (...args) =>
    runBin(['ssm', ...args, '--endpoint-url', endpoint.url], { program: AWS, env: { ...ENV, AWS_DATA_PATH: awsData } });
  const read: Cli = async (...args) => {
    const ours = await ssmAssoc(...args, '--output', 'json');
    if (!withAws) return ours;
    expect(await aws(...args, '--output', 'json'), `aws ${args.join(' ')} --output json`).toEqual(ours);
    for (const output of ['text', 'table']) {
      const [a, b] = await Promise.all([aws(...args, '--output', output), ssmAssoc(...args, '--output', output)]);
      expect(b, `ssm-assoc ${args.join(' ')} --output ${output}`).toEqual(a);
    }
    return ours;
  };
  // The change really came from the reference: its request is the latest the endpoint saw.
  const other: Cli = async (...args) => {
    const result = await aws(...args);
    expect(endpoint.requests.at(-1)?.headers['user-agent']).toMatch(/^aws-cli\/2\./);
    return result;
  };
  return { endpoint, ssmAssoc, other: withAws ? other : ssmAssoc, read, tick: () => (clock += 60_000) };
}

/** Parses a successful JSON result (exit 0, nothing on stderr). */
function json(result: BinResult): Record<string, any> {
  expect([result.code, result.stderr]).toEqual([0, '']);
  return JSON.parse(result.stdout) as Record<string, any>;
}

const CREATE = [
  'create-association', '--name', DOC,
  '--targets', `Key=InstanceIds,Values=${I1}`,
  '--parameters', 'commands=["echo hi"]',
  '--schedule-expression', 'rate(30 minutes)',
  '--association-name', 'tour',
];

async function lifeCycle(withAws: boolean): Promise<void> {
  const { endpoint, ssmAssoc, other, read, tick } = await tour(withAws);

  // ssm-assoc creates it: the shorthand reached the endpoint as the structures the model says.
  const created = await ssmAssoc(...CREATE);
  const id = json(created).AssociationDescription.AssociationId as string;
  expect(id).toMatch(UUID);
  expect(created.stdout).toBe(
    `${JSON.stringify(
      {
        AssociationDescription: {
          Name: DOC,
          AssociationVersion: '1',
          Date: iso(T0),
          LastUpdateAssociationDate: iso(T0),
          Overview: { Status: 'Pending', DetailedStatus: 'Creating' },
          DocumentVersion: '$DEFAULT',
          Parameters: { commands: ['echo hi'] },
          AssociationId: id,
          Targets: [{ Key: 'InstanceIds', Values: [I1] }],
          ScheduleExpression: 'rate(30 minutes)',
          AssociationName: 'tour',
        },
      },
      null,
      4,
    )}\n`,
  );
  expect(endpoint.requests.at(-1)).toMatchObject({
    target: 'AmazonSSM.CreateAssociation',
    parsedBody: {
      Name: DOC,
      Parameters: { commands: ['echo hi'] },
      Targets: [{ Key: 'InstanceIds', Values: [I1] }],
      ScheduleExpression: 'rate(30 minutes)',
      AssociationName: 'tour',
    },
  });

  // The other CLI describes what ssm-assoc created: the same description, byte for byte.
  expect(await read('describe-association', '--association-id', id)).toEqual(created);

  // The other CLI makes version 2; ssm-assoc lists both versions.
  const t1 = tick();
  const updated = json(await other('update-association', '--association-id', id, '--schedule-expression', 'rate(1 day)', '--output', 'json'));
  expect(updated.AssociationDescription).toMatchObject({
    AssociationId: id,
    AssociationVersion: '2',
    ScheduleExpression: 'rate(1 day)',
    Date: iso(T0),
    LastUpdateAssociationDate: iso(t1),
  });
  const versions = json(await read('list-association-versions', '--association-id', id)).AssociationVersions as Array<Record<string, unknown>>;
  expect(versions.map((v) => [v.AssociationId, v.AssociationVersion, v.ScheduleExpression, v.CreatedDate, v.AssociationName])).toEqual([
    [id, '1', 'rate(30 minutes)', iso(T0), 'tour'],
    [id, '2', 'rate(1 day)', iso(t1), 'tour'],
  ]);

  // A second association, by instance, whose status ssm-assoc reports; the other CLI sees it.
  const t2 = tick();
  const byInstance = json(await ssmAssoc('create-association', '--name', DOC, '--instance-id', I2));
  const id2 = byInstance.AssociationDescription.AssociationId as string;
  expect([byInstance.AssociationDescription.InstanceId, byInstance.AssociationDescription.AssociationVersion]).toEqual([I2, '1']);
  const t3 = tick();
  const reported = await ssmAssoc(
    'update-association-status', '--name', DOC, '--instance-id', I2,
    '--association-status', `Date=${t3 / 1000},Name=Success,Message=applied`,
    '--query', 'AssociationDescription.[AssociationId,Status]',
  );
  expect(reported).toEqual({
    code: 0,
    stdout: `[\n    "${id2}",\n    {\n        "Date": "${iso(t3)}",\n        "Name": "Success",\n        "Message": "applied"\n    }\n]\n`,
    stderr: '',
  });
  const described = json(await read('describe-association', '--name', DOC, '--instance-id', I2)).AssociationDescription;
  expect([described.AssociationId, described.Date, described.LastUpdateAssociationDate, described.Status]).toEqual([
    id2,
    iso(t2),
    iso(t3),
    { Date: iso(t3), Name: 'Success', Message: 'applied' },
  ]);

  // ssm-assoc runs the first one now; the run is an execution of version 2 on its one target.
  const t4 = tick();
  expect(await ssmAssoc('start-associations-once', '--association-ids', id)).toEqual({ code: 0, stdout: '', stderr: '' });
  const executions = json(await read('describe-association-executions', '--association-id', id)).AssociationExecutions as Array<
    Record<string, unknown>
  >;
  expect(executions).toHaveLength(1);
  expect(executions[0]).toMatchObject({
    AssociationId: id,
    AssociationVersion: '2',
    Status: 'Success',
    CreatedTime: iso(t4),
    ResourceCountByStatus: '{Success=1}',
  });
  expect(executions[0]!.ExecutionId).toMatch(UUID);

  // Two more from the other CLI, then list-associations pages three at a time, client-side.
  tick();
  const more = [];
  for (const [name, targets] of [['third', `Key=InstanceIds,Values=${I2}`], ['fourth', 'Key=tag:Env,Values=prod']]) {
    const made = await other('create-association', '--name', DOC, '--targets', targets!, '--association-name', name!, '--output', 'json');
    more.push(json(made).AssociationDescription.AssociationId as string);
  }
  const ids = (result: Record<string, any>) => (result.Associations as Array<{ AssociationId: string }>).map((a) => a.AssociationId);
  const first = json(await read('list-associations', '--max-items', '3'));
  expect(ids(first)).toEqual([id, id2, more[0]]);
  expect(typeof first.NextToken).toBe('string');
  const rest = json(await read('list-associations', '--max-items', '3', '--starting-token', first.NextToken as string));
  expect([ids(rest), rest.NextToken]).toEqual([[more[1]], undefined]);

  // The other CLI deletes the first: ssm-assoc no longer finds it, as the reference words it.
  expect(await other('delete-association', '--association-id', id)).toEqual({ code: 0, stdout: '', stderr: '' });
  expect(await read('describe-association', '--association-id', id)).toEqual({
    code: 254,
    stdout: '',
    stderr: `\nAn error occurred (AssociationDoesNotExist) when calling the DescribeAssociation operation: Association with id ${id} does not exist.\n`,
  });
  expect(ids(json(await read('list-associations')))).toEqual([id2, ...more]);
}

describe('the association life cycle against the local State Manager', () => {
  it('ssm-assoc alone: create, describe, update, versions, status, run once, page, delete', async () => {
    await lifeCycle(false);
  }, 60_000);

  it.skipIf(!awsV2)('ssm-assoc and AWS CLI v2 in turn: each sees what the other did, and reads print the same bytes', async () => {
    await lifeCycle(true);
  }, 180_000);
});
