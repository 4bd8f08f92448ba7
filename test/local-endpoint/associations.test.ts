// Seeds and the association store: the example seed, every kind of seed error (with the file
// and the JSON path in the message), timestamp forms, defaults and pinning.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AssociationStore, SeedError, loadSeed, parseSeed } from '../../src/local-endpoint/index.js';
import { documentationExample } from '../support/sample-responses.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const exampleSeed = path.join(root, 'examples', 'local-endpoint-seed.json');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-endpoint-seed-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function seedFile(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function seedError(file: string): Promise<string> {
  const error = await loadSeed(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SeedError);
  return (error as SeedError).message;
}

describe('the example seed', () => {
  it('holds the documentation association with a status that differs from the documented request', async () => {
    const seed = await loadSeed(exampleSeed);
    expect(seed.documents).toEqual(['AWS-RunShellScript']);
    expect(seed.instances).toEqual(['i-0123456789abcdef0']);
    expect(seed.associations).toHaveLength(1);
    const [association] = seed.associations;
    // The documentation example's association as it was before the example's update.
    expect(association).toEqual({
      ...documentationExample.AssociationDescription,
      Status: { Date: 1550507808, Name: 'Success', Message: 'Association applied successfully' },
    });
    const store = new AssociationStore();
    store.addSeed(seed);
    expect(store.documents).toEqual(['AWS-UpdateSSMAgent', 'AWS-RunShellScript']);
    expect(store.instances).toEqual(['i-1234567890abcdef0', 'i-0123456789abcdef0']);
  });
});

describe('seed errors', () => {
  it('a missing file', async () => {
    const file = path.join(dir, 'absent.json');
    expect(await seedError(file)).toBe(`${file}: cannot read seed file (ENOENT)`);
  });

  it('text that is not JSON', async () => {
    const file = seedFile('bad.json', '{"associations": [');
    expect(await seedError(file)).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON \\(.+\\)$`));
  });

  const cases: Array<[string, unknown, string]> = [
    ['not an object', [], 'expected an object with "associations", got an array'],
    ['an unknown top-level key', { association: [] }, 'unknown key "association" (expected "associations", "documents", "instances")'],
    ['associations not a list', { associations: {} }, 'associations: expected an array, got an object'],
    ['an association that is not an object', { associations: ['x'] }, 'associations[0]: expected an object, got a string'],
    [
      'a missing InstanceId',
      { associations: [{ Name: 'AWS-RunShellScript' }] },
      'associations[0]: InstanceId is required and must be a non-empty string',
    ],
    [
      'a member the model does not have',
      { associations: [{ Name: 'D', InstanceId: 'i-1', Colour: 'red' }] },
      "associations[0]: unknown member Colour (not in the model's AssociationDescription)",
    ],
    [
      'a wrong type deep inside',
      { associations: [{ Name: 'D', InstanceId: 'i-1', Targets: [{ Key: 'k', Values: ['a', 2] }] }] },
      'associations[0].Targets[0].Values[1]: expected a string, got a number',
    ],
    [
      'a timestamp that is neither epoch seconds nor ISO 8601',
      { associations: [{ Name: 'D', InstanceId: 'i-1', Date: 'yesterday' }] },
      'associations[0].Date: expected epoch seconds or an ISO 8601 date-time, got a string',
    ],
    [
      'a status without its required Message',
      { associations: [{ Name: 'D', InstanceId: 'i-1', Status: { Date: 0, Name: 'Success' } }] },
      'associations[0].Status: missing required member Message',
    ],
    [
      'a non-integer count',
      { associations: [{ Name: 'D', InstanceId: 'i-1', Overview: { AssociationStatusAggregatedCount: { Success: 1.5 } } }] },
      'associations[0].Overview.AssociationStatusAggregatedCount.Success: expected an integer, got a number',
    ],
    [
      'the same association twice',
      { associations: [{ Name: 'D', InstanceId: 'i-1' }, { Name: 'D', InstanceId: 'i-1' }] },
      'associations[1]: a second association for document D and instance i-1',
    ],
    [
      'a Duration that is not an integer',
      { associations: [{ Name: 'D', InstanceId: 'i-1', Duration: '4' }] },
      'associations[0].Duration: expected an integer, got a string',
    ],
    [
      'ExcludeAccounts that are not a list',
      { associations: [{ Name: 'D', InstanceId: 'i-1', TargetLocations: [{ Accounts: ['1'], ExcludeAccounts: '2' }] }] },
      'associations[0].TargetLocations[0].ExcludeAccounts: expected an array, got a string',
    ],
    [
      'IncludeChildOrganizationUnits that is not a boolean',
      { associations: [{ Name: 'D', InstanceId: 'i-1', TargetLocations: [{ IncludeChildOrganizationUnits: 'yes' }] }] },
      'associations[0].TargetLocations[0].IncludeChildOrganizationUnits: expected a boolean, got a string',
    ],
    ['documents not a list of names', { documents: 'D' }, 'documents: expected an array of strings, got a string'],
    ['an empty instance id', { instances: [''] }, 'instances[0]: expected a non-empty string'],
  ];
  for (const [what, json, message] of cases) {
    it(what, async () => {
      const file = seedFile('case.json', JSON.stringify(json));
      expect(await seedError(file)).toBe(`${file}: ${message}`);
    });
  }
});

describe('seed values and the store', () => {
  it("accepts the current model's members that AWS CLI 2.9.19's model lacked, and keeps them in model order", () => {
    const seed = parseSeed({
      associations: [
        {
          AssociationDispatchAssumeRole: 'arn:aws:iam::123456789012:role/ssm-dispatch',
          TargetLocations: [
            { TargetsMaxErrors: '1', Targets: [{ Key: 'tag:Env', Values: ['prod'] }], TargetsMaxConcurrency: '10%', ExcludeAccounts: ['2'], IncludeChildOrganizationUnits: true, Accounts: ['ou-ab12-parent00'] },
          ],
          Duration: 4,
          Name: 'D',
          InstanceId: 'i-1',
        },
      ],
    });
    const store = new AssociationStore(() => 0);
    store.addSeed(seed);
    const stored = store.get('D', 'i-1');
    expect(Object.keys(stored ?? {})).toEqual([
      'Name',
      'InstanceId',
      'AssociationVersion',
      'Date',
      'DocumentVersion',
      'AssociationId',
      'Targets',
      'TargetLocations',
      'Duration',
      'AssociationDispatchAssumeRole',
    ]);
    expect(JSON.stringify(stored?.['TargetLocations'])).toBe(
      '[{"Accounts":["ou-ab12-parent00"],"IncludeChildOrganizationUnits":true,"ExcludeAccounts":["2"],"Targets":[{"Key":"tag:Env","Values":["prod"]}],"TargetsMaxConcurrency":"10%","TargetsMaxErrors":"1"}]',
    );
    expect(stored?.['Duration']).toBe(4);
  });

  it('reads ISO 8601 timestamps as epoch seconds', () => {
    const seed = parseSeed({
      associations: [{ Name: 'D', InstanceId: 'i-1', Date: '2019-02-18T16:32:09.604Z', LastExecutionDate: '2019-02-18' }],
    });
    expect(seed.associations[0]?.['Date']).toBe(1550507529.604);
    expect(seed.associations[0]?.['LastExecutionDate']).toBe(1550448000);
    expect(seed.documents).toEqual([]);
  });

  it('fills defaults: version 1, creation time, $DEFAULT, a stable UUID, the instance as target', () => {
    const store = new AssociationStore(() => 1700000000123);
    const added = store.add({ InstanceId: 'i-0123456789abcdef0', Name: 'AWS-RunShellScript' });
    expect(added).toEqual({
      Name: 'AWS-RunShellScript',
      InstanceId: 'i-0123456789abcdef0',
      AssociationVersion: '1',
      Date: 1700000000.123,
      DocumentVersion: '$DEFAULT',
      AssociationId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      Targets: [{ Key: 'InstanceIds', Values: ['i-0123456789abcdef0'] }],
    });
    // Stable: the same key gives the same id in another store.
    const again = new AssociationStore().add({ Name: 'AWS-RunShellScript', InstanceId: 'i-0123456789abcdef0' });
    expect(again.AssociationId).toBe(added.AssociationId);
    expect(Object.keys(added)).toEqual(['Name', 'InstanceId', 'AssociationVersion', 'Date', 'DocumentVersion', 'AssociationId', 'Targets']);
  });

  it('refuses a duplicate, and hands out copies', () => {
    const store = new AssociationStore();
    store.add({ Name: 'D', InstanceId: 'i-1' });
    expect(() => store.add({ Name: 'D', InstanceId: 'i-1' })).toThrow(
      new SeedError('an association for document D and instance i-1 already exists'),
    );
    const copy = store.get('D', 'i-1');
    if (copy) copy.AssociationVersion = '9';
    expect(store.get('D', 'i-1')?.AssociationVersion).toBe('1');
    expect(store.get('D', 'i-2')).toBeUndefined();
    expect(store.list()).toHaveLength(1);
  });

  it('keeps a pinned LastUpdateAssociationDate and otherwise sets it on each update', () => {
    let clock = 1000_000;
    const store = new AssociationStore(() => clock);
    store.add({ Name: 'Pinned', InstanceId: 'i-1', LastUpdateAssociationDate: 5 });
    store.add({ Name: 'Free', InstanceId: 'i-1' });
    clock = 2000_500;
    const status = { Date: 1, Name: 'Failed', Message: 'm' };
    expect(store.setStatus('Pinned', 'i-1', status).LastUpdateAssociationDate).toBe(5);
    expect(store.setStatus('Free', 'i-1', status).LastUpdateAssociationDate).toBe(2000.5);
  });
});
