// The local State Manager (src/local-endpoint/state-manager.ts behind server.ts): every
// association operation's success and error paths through a real SSMClient on 127.0.0.1,
// ListAssociations paging (opaque, complete tokens), version history, execution records, and
// the whole life cycle driven by AWS CLI v2 itself when /usr/bin/aws is installed.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CreateAssociationBatchCommand,
  CreateAssociationCommand,
  DeleteAssociationCommand,
  DescribeAssociationCommand,
  DescribeAssociationExecutionTargetsCommand,
  DescribeAssociationExecutionsCommand,
  DescribeEffectiveInstanceAssociationsCommand,
  DescribeInstanceAssociationsStatusCommand,
  ListAssociationVersionsCommand,
  ListAssociationsCommand,
  SSMClient,
  StartAssociationsOnceCommand,
  UpdateAssociationCommand,
  UpdateAssociationStatusCommand,
} from '@aws-sdk/client-ssm';
import { afterEach, describe, expect, it } from 'vitest';
import { sealProcessEnvironment } from '../support/sealed-process.js';
import {
  DEFAULT_ACCESS_KEY_ID as AKID,
  DEFAULT_SECRET_ACCESS_KEY as SECRET,
  startLocalEndpoint,
  type LocalEndpoint,
  type LocalEndpointOptions,
} from '../../src/local-endpoint/index.js';

sealProcessEnvironment('local-state-manager-');

const DOC = 'AWS-RunShellScript';
const I1 = 'i-0123456789abcdef0';
const I2 = 'i-0123456789abcdef1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const open: LocalEndpoint[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

async function setup(options: LocalEndpointOptions = {}): Promise<{ endpoint: LocalEndpoint; ssm: SSMClient }> {
  const endpoint = await startLocalEndpoint({ documents: [DOC, 'Custom-Doc'], instances: [I1, I2], maxClockSkewSeconds: false, ...options });
  open.push(endpoint);
  const ssm = new SSMClient({
    endpoint: endpoint.url,
    region: 'us-east-1',
    credentials: { accessKeyId: AKID, secretAccessKey: SECRET },
    maxAttempts: 1,
  });
  return { endpoint, ssm };
}

/** The error an SDK call fails with, as [code, message]. */
async function failure(promise: Promise<unknown>): Promise<[string, string | undefined]> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message?: string; $response?: { statusCode?: number } };
    return [e.name, e.message];
  }
  throw new Error('the call succeeded');
}

const lastBody = (endpoint: LocalEndpoint) => endpoint.requests.at(-1)?.response.body ?? '';

describe('CreateAssociation', () => {
  it('creates a Pending version 1 with a UUID, by instance or by targets, members in model order', async () => {
    const { endpoint, ssm } = await setup({ now: () => 1_700_000_000_000 });
    const byInstance = await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1, Parameters: { commands: ['echo hi'] } }));
    const d = byInstance.AssociationDescription!;
    expect(d.AssociationId).toMatch(UUID);
    expect([d.Name, d.InstanceId, d.AssociationVersion, d.DocumentVersion, d.Overview]).toEqual([
      DOC,
      I1,
      '1',
      '$DEFAULT',
      { Status: 'Pending', DetailedStatus: 'Creating' },
    ]);
    expect(d.Date).toEqual(new Date(1_700_000_000_000));
    expect(Object.keys(JSON.parse(lastBody(endpoint)).AssociationDescription)).toEqual([
      'Name',
      'InstanceId',
      'AssociationVersion',
      'Date',
      'LastUpdateAssociationDate',
      'Overview',
      'DocumentVersion',
      'Parameters',
      'AssociationId',
    ]);
    const byTargets = await ssm.send(
      new CreateAssociationCommand({ Name: DOC, Targets: [{ Key: 'tag:Env', Values: ['prod'] }], AssociationName: 'nightly', ScheduleExpression: 'rate(1 day)' }),
    );
    expect(byTargets.AssociationDescription?.AssociationId).not.toBe(d.AssociationId);
    expect(byTargets.AssociationDescription?.AssociationName).toBe('nightly');
  });

  it("answers the service's errors: unknown document or node, duplicates, no target, model validation", async () => {
    const { endpoint, ssm } = await setup();
    expect(await failure(ssm.send(new CreateAssociationCommand({ Name: 'Nope', InstanceId: I1 })))).toEqual([
      'InvalidDocument',
      'Document with name Nope does not exist.',
    ]);
    expect(await failure(ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: 'i-00000000000000000' })))).toEqual([
      'InvalidInstanceId',
      'Instance i-00000000000000000 is not a valid managed node.',
    ]);
    expect(await failure(ssm.send(new CreateAssociationCommand({ Name: DOC })))).toEqual([
      'InvalidTarget',
      'Either InstanceId or Targets must be given.',
    ]);
    await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1 }));
    expect((await failure(ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1 }))))[0]).toBe('AssociationAlreadyExists');
    // The model gives AssociationAlreadyExists no members: the body is the bare type.
    expect(lastBody(endpoint)).toBe('{"__type":"AssociationAlreadyExists"}');
    const targets = [{ Key: 'InstanceIds', Values: [I2] }];
    await ssm.send(new CreateAssociationCommand({ Name: DOC, Targets: targets }));
    expect((await failure(ssm.send(new CreateAssociationCommand({ Name: DOC, Targets: targets }))))[0]).toBe('AssociationAlreadyExists');
    expect(await failure(ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1, MaxConcurrency: 'lots' })))).toEqual([
      'ValidationException',
      "1 validation error detected: Value 'lots' at 'maxConcurrency' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$",
    ]);
  });

  it('AssociationLimitExceeded at 2,000 associations', async () => {
    const associations = Array.from({ length: 2000 }, (_, i) => ({ Name: DOC, InstanceId: `i-${String(i).padStart(17, '0')}` }));
    const { endpoint, ssm } = await setup({ associations });
    expect((await failure(ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1 }))))[0]).toBe('AssociationLimitExceeded');
    expect(lastBody(endpoint)).toBe('{"__type":"AssociationLimitExceeded"}');
  });
});

describe('the state budget (maxStateBytes)', () => {
  it('refuses creations and updates past it, and frees what a deletion held', async () => {
    const { endpoint, ssm } = await setup({ maxStateBytes: 3100 });
    const big = { commands: ['x'.repeat(900)] };
    const first = (await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1, Parameters: big }))).AssociationDescription!;
    await ssm.send(new UpdateAssociationCommand({ AssociationId: first.AssociationId!, Parameters: big }));
    expect((await failure(ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I2, Parameters: big }))))[0]).toBe('AssociationLimitExceeded');
    expect(await failure(ssm.send(new UpdateAssociationCommand({ AssociationId: first.AssociationId!, Parameters: big })))).toEqual([
      'AssociationVersionLimitExceeded',
      "The local endpoint's state is full (3100 bytes of versions and executions).",
    ]);
    expect(endpoint.associations.bytes).toBeGreaterThan(2000);
    await ssm.send(new DeleteAssociationCommand({ AssociationId: first.AssociationId! }));
    expect(endpoint.associations.bytes).toBe(0);
    await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I2, Parameters: big }));
  });
});

describe('CreateAssociationBatch', () => {
  it('creates what it can and reports the rest as Failed entries with their message and fault', async () => {
    const { ssm } = await setup();
    const out = await ssm.send(
      new CreateAssociationBatchCommand({
        Entries: [{ Name: DOC, InstanceId: I1 }, { Name: 'Nope', InstanceId: I1 }, { Name: DOC, InstanceId: I1 }, { Name: 'Custom-Doc', InstanceId: I2 }],
      }),
    );
    expect(out.Successful?.map((d) => [d.Name, d.InstanceId, d.AssociationVersion])).toEqual([
      [DOC, I1, '1'],
      ['Custom-Doc', I2, '1'],
    ]);
    expect(out.Failed).toEqual([
      { Entry: { Name: 'Nope', InstanceId: I1 }, Message: 'Document with name Nope does not exist.', Fault: 'Client' },
      { Entry: { Name: DOC, InstanceId: I1 }, Message: 'AssociationAlreadyExists', Fault: 'Client' },
    ]);
  });
});

describe('DescribeAssociation, UpdateAssociation and ListAssociationVersions', () => {
  it('keeps every version: UpdateAssociation adds one, DescribeAssociation reads any, by id or by Name and InstanceId', async () => {
    let clock = 1_700_000_000_000;
    const { ssm } = await setup({ now: () => clock });
    const id = (await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1, ScheduleExpression: 'rate(1 day)' })))
      .AssociationDescription!.AssociationId!;
    clock += 60_000;
    const v2 = await ssm.send(new UpdateAssociationCommand({ AssociationId: id, ScheduleExpression: 'rate(2 days)', AssociationVersion: '1' }));
    expect([v2.AssociationDescription?.AssociationVersion, v2.AssociationDescription?.ScheduleExpression]).toEqual(['2', 'rate(2 days)']);
    expect(v2.AssociationDescription?.LastUpdateAssociationDate).toEqual(new Date(clock));
    expect(v2.AssociationDescription?.Date).toEqual(new Date(1_700_000_000_000));
    clock += 60_000;
    await ssm.send(new UpdateAssociationCommand({ AssociationId: id, AssociationName: 'third', AssociationVersion: '$LATEST' }));

    const latest = await ssm.send(new DescribeAssociationCommand({ Name: DOC, InstanceId: I1 }));
    expect([latest.AssociationDescription?.AssociationVersion, latest.AssociationDescription?.AssociationName]).toEqual(['3', 'third']);
    const first = await ssm.send(new DescribeAssociationCommand({ AssociationId: id, AssociationVersion: '1' }));
    expect([first.AssociationDescription?.AssociationVersion, first.AssociationDescription?.ScheduleExpression]).toEqual(['1', 'rate(1 day)']);

    const versions = await ssm.send(new ListAssociationVersionsCommand({ AssociationId: id }));
    expect(versions.AssociationVersions?.map((v) => [v.AssociationVersion, v.ScheduleExpression, v.AssociationName, v.CreatedDate?.getTime()])).toEqual([
      ['1', 'rate(1 day)', undefined, 1_700_000_000_000],
      ['2', 'rate(2 days)', undefined, 1_700_000_060_000],
      ['3', 'rate(2 days)', 'third', 1_700_000_120_000],
    ]);
    const paged = await ssm.send(new ListAssociationVersionsCommand({ AssociationId: id, MaxResults: 2 }));
    expect(paged.AssociationVersions?.length).toBe(2);
    const rest = await ssm.send(new ListAssociationVersionsCommand({ AssociationId: id, MaxResults: 2, NextToken: paged.NextToken! }));
    expect([rest.AssociationVersions?.map((v) => v.AssociationVersion), rest.NextToken]).toEqual([['3'], undefined]);
  });

  it('AssociationDoesNotExist, InvalidAssociationVersion, InvalidDocument', async () => {
    const { ssm } = await setup();
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await failure(ssm.send(new DescribeAssociationCommand({ AssociationId: missing })))).toEqual([
      'AssociationDoesNotExist',
      `Association with id ${missing} does not exist.`,
    ]);
    expect(await failure(ssm.send(new DescribeAssociationCommand({ Name: DOC, InstanceId: I1 })))).toEqual([
      'AssociationDoesNotExist',
      `Association for document ${DOC} and instance ${I1} does not exist.`,
    ]);
    expect((await failure(ssm.send(new UpdateAssociationCommand({ AssociationId: missing }))))[0]).toBe('AssociationDoesNotExist');
    expect((await failure(ssm.send(new ListAssociationVersionsCommand({ AssociationId: missing }))))[0]).toBe('AssociationDoesNotExist');
    const id = (await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1 }))).AssociationDescription!.AssociationId!;
    expect(await failure(ssm.send(new DescribeAssociationCommand({ AssociationId: id, AssociationVersion: '7' })))).toEqual([
      'InvalidAssociationVersion',
      'Association version 7 is not valid; the latest version is 1.',
    ]);
    expect((await failure(ssm.send(new UpdateAssociationCommand({ AssociationId: id, AssociationVersion: '2' }))))[0]).toBe('InvalidAssociationVersion');
    expect(await failure(ssm.send(new UpdateAssociationCommand({ AssociationId: id, Name: 'Nope' })))).toEqual([
      'InvalidDocument',
      'Document with name Nope does not exist.',
    ]);
    expect((await failure(ssm.send(new DescribeAssociationCommand({}))))[0]).toBe('ValidationException');
  });

  it('AssociationVersionLimitExceeded at 1,000 versions', async () => {
    const { endpoint, ssm } = await setup();
    const id = (await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1 }))).AssociationDescription!.AssociationId!;
    for (let v = 2; v <= 999; v++) endpoint.associations.update(id, { AssociationName: `v${v}` });
    expect((await ssm.send(new UpdateAssociationCommand({ AssociationId: id }))).AssociationDescription?.AssociationVersion).toBe('1000');
    expect(await failure(ssm.send(new UpdateAssociationCommand({ AssociationId: id })))).toEqual([
      'AssociationVersionLimitExceeded',
      'Association has reached the limit of 1000 versions.',
    ]);
  });
});

describe('DeleteAssociation', () => {
  it('deletes by id or by Name and InstanceId; afterwards the association does not exist', async () => {
    const { ssm } = await setup();
    const id = (await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1 }))).AssociationDescription!.AssociationId!;
    await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I2 }));
    await ssm.send(new DeleteAssociationCommand({ AssociationId: id }));
    await ssm.send(new DeleteAssociationCommand({ Name: DOC, InstanceId: I2 }));
    expect((await failure(ssm.send(new DescribeAssociationCommand({ AssociationId: id }))))[0]).toBe('AssociationDoesNotExist');
    expect((await failure(ssm.send(new DeleteAssociationCommand({ AssociationId: id }))))[0]).toBe('AssociationDoesNotExist');
    expect((await failure(ssm.send(new DeleteAssociationCommand({ Name: 'Nope', InstanceId: I2 }))))[0]).toBe('InvalidDocument');
    expect((await failure(ssm.send(new DeleteAssociationCommand({ Name: DOC, InstanceId: 'i-00000000000000009' }))))[0]).toBe('InvalidInstanceId');
    expect((await ssm.send(new ListAssociationsCommand({}))).Associations).toEqual([]);
    // The same document and node can be associated again.
    await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1 }));
  });
});

describe('ListAssociations', () => {
  it('pages 120 associations in pages of 50: opaque tokens, every association once', async () => {
    const associations = Array.from({ length: 120 }, (_, i) => ({ Name: DOC, InstanceId: `i-${String(i).padStart(17, '0')}` }));
    const { ssm } = await setup({ associations });
    const seen: string[] = [];
    const tokens: string[] = [];
    let token: string | undefined;
    const sizes: number[] = [];
    do {
      const out = await ssm.send(new ListAssociationsCommand({ MaxResults: 50, ...(token ? { NextToken: token } : {}) }));
      sizes.push(out.Associations!.length);
      seen.push(...out.Associations!.map((a) => a.InstanceId!));
      token = out.NextToken;
      if (token !== undefined) tokens.push(token);
    } while (token !== undefined);
    expect(sizes).toEqual([50, 50, 20]);
    expect(seen).toEqual(associations.map((a) => a.InstanceId));
    expect(new Set(seen).size).toBe(120);
    for (const t of tokens) expect(t).not.toMatch(/^\d+$/);
    // Without MaxResults a page holds 50, as the service's default.
    expect((await ssm.send(new ListAssociationsCommand({}))).Associations?.length).toBe(50);
  });

  it('InvalidNextToken for garbage, another operation or other filters', async () => {
    const associations = Array.from({ length: 3 }, (_, i) => ({ Name: DOC, InstanceId: `i-${i}` }));
    const { ssm } = await setup({ associations });
    const token = (await ssm.send(new ListAssociationsCommand({ MaxResults: 1 }))).NextToken!;
    expect(await failure(ssm.send(new ListAssociationsCommand({ NextToken: 'garbage' })))).toEqual([
      'InvalidNextToken',
      'The specified token is not valid.',
    ]);
    const filtered = new ListAssociationsCommand({ MaxResults: 1, NextToken: token, AssociationFilterList: [{ key: 'Name', value: DOC }] });
    expect((await failure(ssm.send(filtered)))[0]).toBe('InvalidNextToken');
    const id = (await ssm.send(new ListAssociationsCommand({}))).Associations![0]!.AssociationId!;
    expect((await failure(ssm.send(new ListAssociationVersionsCommand({ AssociationId: id, NextToken: token }))))[0]).toBe('InvalidNextToken');
    // The same request with its own token goes on.
    expect((await ssm.send(new ListAssociationsCommand({ MaxResults: 1, NextToken: token }))).Associations?.[0]?.InstanceId).toBe('i-1');
  });

  it("filters by the service's keys; every filter must hold; bad keys and values are refused", async () => {
    let clock = 1_700_000_000_000;
    const { ssm } = await setup({ now: () => clock });
    const a = (await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1, AssociationName: 'one' }))).AssociationDescription!;
    const b = (await ssm.send(new CreateAssociationCommand({ Name: 'Custom-Doc', Targets: [{ Key: 'InstanceIds', Values: [I1, I2] }] })))
      .AssociationDescription!;
    const c = (await ssm.send(new CreateAssociationCommand({ Name: DOC, Targets: [{ Key: 'resource-groups:Name', Values: ['web'] }] })))
      .AssociationDescription!;
    clock += 3_600_000;
    await ssm.send(new StartAssociationsOnceCommand({ AssociationIds: [b.AssociationId!] }));
    const ids = async (filters: Array<{ key: string; value: string }>) =>
      (await ssm.send(new ListAssociationsCommand({ AssociationFilterList: filters as never }))).Associations!.map((x) => x.AssociationId);
    expect(await ids([{ key: 'Name', value: DOC }])).toEqual([a.AssociationId, c.AssociationId]);
    expect(await ids([{ key: 'InstanceId', value: I1 }])).toEqual([a.AssociationId, b.AssociationId]);
    expect(await ids([{ key: 'InstanceId', value: I2 }, { key: 'Name', value: DOC }])).toEqual([]);
    expect(await ids([{ key: 'AssociationId', value: c.AssociationId! }])).toEqual([c.AssociationId]);
    expect(await ids([{ key: 'AssociationName', value: 'one' }])).toEqual([a.AssociationId]);
    expect(await ids([{ key: 'ResourceGroupName', value: 'web' }])).toEqual([c.AssociationId]);
    expect(await ids([{ key: 'AssociationStatusName', value: 'Success' }])).toEqual([b.AssociationId]);
    expect(await ids([{ key: 'AssociationStatusName', value: 'Pending' }])).toEqual([a.AssociationId, c.AssociationId]);
    expect(await ids([{ key: 'LastExecutedAfter', value: '2023-11-14T22:00:00Z' }])).toEqual([b.AssociationId]);
    expect(await ids([{ key: 'LastExecutedBefore', value: '2023-11-14T22:00:00Z' }])).toEqual([]);
    expect(await failure(ids([{ key: 'Colour', value: 'x' }]))).toEqual([
      'ValidationException',
      "1 validation error detected: Value 'Colour' at 'associationFilterList.1.member.key' failed to satisfy constraint: Member must satisfy enum value set: [InstanceId, Name, AssociationId, AssociationStatusName, LastExecutedBefore, LastExecutedAfter, AssociationName, ResourceGroupName]",
    ]);
    expect(await failure(ids([{ key: 'LastExecutedAfter', value: 'yesterday' }]))).toEqual([
      'ValidationException',
      "Filter LastExecutedAfter needs a date-time, got 'yesterday'.",
    ]);
    expect((await failure(ids([])))[0]).toBe('ValidationException');
  });
});

describe('executions', () => {
  it('StartAssociationsOnce and UpdateAssociationStatus record executions and targets the describe operations return', async () => {
    let clock = 1_700_000_000_000;
    const { ssm } = await setup({ now: () => clock });
    const id = (await ssm.send(new CreateAssociationCommand({ Name: DOC, Targets: [{ Key: 'InstanceIds', Values: ['*'] }] })))
      .AssociationDescription!.AssociationId!;
    const legacy = (await ssm.send(new CreateAssociationCommand({ Name: 'Custom-Doc', InstanceId: I2 }))).AssociationDescription!.AssociationId!;
    clock += 1000;
    await ssm.send(new StartAssociationsOnceCommand({ AssociationIds: [id, legacy] }));
    clock += 1000;
    await ssm.send(
      new UpdateAssociationStatusCommand({
        Name: 'Custom-Doc',
        InstanceId: I2,
        AssociationStatus: { Date: new Date(clock), Name: 'Failed', Message: 'exit 1' },
      }),
    );

    const after = (await ssm.send(new DescribeAssociationCommand({ AssociationId: id }))).AssociationDescription!;
    expect(after.Overview).toEqual({ Status: 'Success', DetailedStatus: 'Success', AssociationStatusAggregatedCount: { Success: 2 } });
    expect(after.LastExecutionDate).toEqual(new Date(1_700_000_001_000));
    expect(after.LastSuccessfulExecutionDate).toEqual(new Date(1_700_000_001_000));

    const executions = (await ssm.send(new DescribeAssociationExecutionsCommand({ AssociationId: id }))).AssociationExecutions!;
    expect(executions.map((e) => [e.AssociationVersion, e.Status, e.ResourceCountByStatus])).toEqual([['1', 'Success', '{Success=2}']]);
    const targets = await ssm.send(new DescribeAssociationExecutionTargetsCommand({ AssociationId: id, ExecutionId: executions[0]!.ExecutionId! }));
    expect(targets.AssociationExecutionTargets?.map((t) => [t.ResourceId, t.ResourceType, t.Status])).toEqual([
      [I1, 'ManagedInstance', 'Success'],
      [I2, 'ManagedInstance', 'Success'],
    ]);
    const oneTarget = await ssm.send(
      new DescribeAssociationExecutionTargetsCommand({ AssociationId: id, ExecutionId: executions[0]!.ExecutionId!, Filters: [{ Key: 'ResourceId', Value: I2 }] }),
    );
    expect(oneTarget.AssociationExecutionTargets?.map((t) => t.ResourceId)).toEqual([I2]);

    // The status report is an execution too, newest first.
    const legacyExecutions = (await ssm.send(new DescribeAssociationExecutionsCommand({ AssociationId: legacy }))).AssociationExecutions!;
    expect(legacyExecutions.map((e) => e.Status)).toEqual(['Failed', 'Success']);
    const failed = await ssm.send(
      new DescribeAssociationExecutionsCommand({ AssociationId: legacy, Filters: [{ Key: 'Status', Value: 'Failed', Type: 'EQUAL' }] }),
    );
    expect(failed.AssociationExecutions?.map((e) => e.CreatedTime?.getTime())).toEqual([1_700_000_002_000]);
    const later = await ssm.send(
      new DescribeAssociationExecutionsCommand({
        AssociationId: legacy,
        Filters: [{ Key: 'CreatedTime', Value: '2023-11-14T22:13:21.500Z', Type: 'GREATER_THAN' }],
      }),
    );
    expect(later.AssociationExecutions?.map((e) => e.Status)).toEqual(['Failed']);

    const status = await ssm.send(new DescribeInstanceAssociationsStatusCommand({ InstanceId: I2 }));
    expect(status.InstanceAssociationStatusInfos?.map((s) => [s.AssociationId, s.Name, s.Status, s.InstanceId])).toEqual([
      [id, DOC, 'Success', I2],
      [legacy, 'Custom-Doc', 'Failed', I2],
    ]);
    const effective = await ssm.send(new DescribeEffectiveInstanceAssociationsCommand({ InstanceId: I1 }));
    expect(effective.Associations?.map((a) => [a.AssociationId, a.InstanceId, a.AssociationVersion])).toEqual([[id, I1, '1']]);
    expect(JSON.parse(effective.Associations![0]!.Content!)).toEqual({ document: DOC, documentVersion: '$DEFAULT', parameters: {} });
  });

  it('errors: unknown association or execution, filter types, unknown node', async () => {
    const { ssm } = await setup();
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await failure(ssm.send(new StartAssociationsOnceCommand({ AssociationIds: [missing] }))))[0]).toBe('AssociationDoesNotExist');
    expect((await failure(ssm.send(new DescribeAssociationExecutionsCommand({ AssociationId: missing }))))[0]).toBe('AssociationDoesNotExist');
    const id = (await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1 }))).AssociationDescription!.AssociationId!;
    expect(await failure(ssm.send(new DescribeAssociationExecutionTargetsCommand({ AssociationId: id, ExecutionId: missing })))).toEqual([
      'AssociationExecutionDoesNotExist',
      `Execution ${missing} does not exist.`,
    ]);
    expect(
      await failure(
        ssm.send(new DescribeAssociationExecutionsCommand({ AssociationId: id, Filters: [{ Key: 'Status', Value: 'Success', Type: 'LESS_THAN' }] })),
      ),
    ).toEqual(['ValidationException', 'Filter Status takes only the EQUAL type, got LESS_THAN.']);
    expect((await failure(ssm.send(new DescribeInstanceAssociationsStatusCommand({ InstanceId: 'i-00000000000000009' }))))[0]).toBe('InvalidInstanceId');
    expect((await failure(ssm.send(new DescribeEffectiveInstanceAssociationsCommand({ InstanceId: 'i-00000000000000009' }))))[0]).toBe('InvalidInstanceId');
    expect((await failure(ssm.send(new StartAssociationsOnceCommand({ AssociationIds: [] }))))[0]).toBe('ValidationException');
  });

  it('keeps at most 100 executions per association', async () => {
    const { endpoint, ssm } = await setup();
    const id = (await ssm.send(new CreateAssociationCommand({ Name: DOC, InstanceId: I1 }))).AssociationDescription!.AssociationId!;
    for (let i = 0; i < 105; i++) await ssm.send(new StartAssociationsOnceCommand({ AssociationIds: [id] }));
    expect(endpoint.associations.executions(id)?.length).toBe(100);
  });
});

const AWS = '/usr/bin/aws';
const awsData = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'aws-data');

describe.skipIf(!fs.existsSync(AWS))('AWS CLI v2 drives the life cycle', () => {
  it('create, list, update, describe, list versions, delete; the SDK sees the same state', async () => {
    const { endpoint, ssm } = await setup();
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'state-manager-aws-'));
    fs.writeFileSync(path.join(home, 'config'), '[default]\nregion = us-east-1\n');
    fs.writeFileSync(path.join(home, 'credentials'), `[default]\naws_access_key_id = ${AKID}\naws_secret_access_key = ${SECRET}\n`);
    const aws = (...args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          AWS,
          ['ssm', ...args, '--endpoint-url', endpoint.url, '--output', 'json'],
          {
            env: {
              PATH: '/usr/bin:/bin',
              HOME: home,
              AWS_CONFIG_FILE: path.join(home, 'config'),
              AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
              AWS_EC2_METADATA_DISABLED: 'true',
              AWS_DATA_PATH: awsData,
            },
          },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 255) : 0, stdout, stderr }),
        );
      });
    try {
      const created = await aws('create-association', '--name', DOC, '--targets', `Key=InstanceIds,Values=${I1}`, '--association-name', 'tour');
      expect([created.code, created.stderr]).toEqual([0, '']);
      const id = JSON.parse(created.stdout).AssociationDescription.AssociationId as string;
      expect(id).toMatch(UUID);

      const listed = await aws('list-associations');
      expect(JSON.parse(listed.stdout).Associations.map((a: { AssociationId: string }) => a.AssociationId)).toEqual([id]);

      const updated = await aws('update-association', '--association-id', id, '--schedule-expression', 'rate(1 day)');
      expect([updated.code, JSON.parse(updated.stdout).AssociationDescription.AssociationVersion]).toEqual([0, '2']);

      const described = await aws('describe-association', '--association-id', id);
      expect(JSON.parse(described.stdout).AssociationDescription.ScheduleExpression).toBe('rate(1 day)');
      const sdkView = await ssm.send(new DescribeAssociationCommand({ AssociationId: id }));
      expect([sdkView.AssociationDescription?.AssociationVersion, sdkView.AssociationDescription?.AssociationName]).toEqual(['2', 'tour']);

      const versions = await aws('list-association-versions', '--association-id', id);
      expect(JSON.parse(versions.stdout).AssociationVersions.map((v: { AssociationVersion: string }) => v.AssociationVersion)).toEqual(['1', '2']);

      const deleted = await aws('delete-association', '--association-id', id);
      expect([deleted.code, deleted.stdout, deleted.stderr]).toEqual([0, '', '']);
      const gone = await aws('describe-association', '--association-id', id);
      expect([gone.code, gone.stdout, gone.stderr]).toEqual([
        254,
        '',
        `\nAn error occurred (AssociationDoesNotExist) when calling the DescribeAssociation operation: Association with id ${id} does not exist.\n`,
      ]);
      expect((await ssm.send(new ListAssociationsCommand({}))).Associations).toEqual([]);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);
});
