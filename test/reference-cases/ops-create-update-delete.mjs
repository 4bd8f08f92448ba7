// The association family, create/update/delete: create-association, create-association-batch,
// update-association, delete-association. Input forms (lists of structures in shorthand, maps
// of lists, nested structures, booleans and their --no- twins, integers, JSON and file://),
// validation errors, a canned success in json and one other format, and a service error.
import { ok, serviceError } from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];
const op = (operation) => (name, args, extra = {}) => ({ name: `${operation} ${name}`, command: ['ssm', operation], args: [...args, ...E], ...extra });

const DESCRIPTION = {
  AssociationDescription: {
    Name: 'AWS-RunShellScript',
    AssociationVersion: '2',
    Date: 1424421071,
    LastUpdateAssociationDate: 1424421071,
    Overview: { Status: 'Pending', AssociationStatusAggregatedCount: { Pending: 2 } },
    Targets: [{ Key: 'tag:Env', Values: ['prod', 'staging'] }],
    Parameters: { commands: ['echo hi'] },
    AssociationId: 'aaaaaaaa-1111-2222-3333-444444444444',
    ApplyOnlyAtCronInterval: false,
  },
};

const create = op('create-association');
const batch = op('create-association-batch');
const update = op('update-association');
const del = op('delete-association');

export const cases = [
  create('missing --name', []),
  create('targets in shorthand, several words', ['--name', 'AWS-RunShellScript', '--targets', 'Key=tag:Env,Values=prod,staging', 'Key=InstanceIds,Values=i-1'], { responses: [ok(DESCRIPTION)] }),
  create('parameters as a map of lists, text output', ['--name', 'AWS-RunShellScript', '--parameters', 'commands=["echo hi"],workingDirectory=/srv', '--output', 'text'], { responses: [ok(DESCRIPTION)] }),
  create('nested output location and a boolean flag', ['--name', 'd', '--output-location', 'S3Location={OutputS3BucketName=b,OutputS3KeyPrefix=p}', '--apply-only-at-cron-interval', '--schedule-expression', 'rate(30 minutes)'], { responses: [ok(DESCRIPTION)] }),
  create('--no- twin and integer', ['--name', 'd', '--no-apply-only-at-cron-interval', '--duration', '3', '--schedule-offset', '2'], { responses: [ok(DESCRIPTION)] }),
  create('integer that is not one', ['--name', 'd', '--duration', 'three']),
  create('boolean flag given a value', ['--name', 'd', '--apply-only-at-cron-interval=yes']),
  create('targets as JSON from a file', ['--name', 'd', '--targets', 'file://targets.json'], { files: { 'targets.json': '[{"Key": "InstanceIds", "Values": ["i-1", "i-2"]}]' }, responses: [ok(DESCRIPTION)] }),
  create('targets with an unknown key', ['--name', 'd', '--targets', 'Key=tag:Env,Vals=prod']),
  create('bad compliance severity', ['--name', 'd', '--compliance-severity', 'NOPE'], { responses: [ok(DESCRIPTION)] }),
  create('--targets with no word', ['--name', 'd', '--targets']),
  create('AssociationAlreadyExists', ['--name', 'd', '--instance-id', 'i-1'], { responses: [serviceError('AssociationAlreadyExists', 'The association already exists.')] }),

  batch('missing --entries', []),
  batch('entries in shorthand', ['--entries', 'Name=d1,InstanceId=i-1', 'Name=d2,Targets=[{Key=tag:Env,Values=[prod]}]'], { responses: [ok({ Successful: [DESCRIPTION.AssociationDescription], Failed: [] })] }),
  batch('entries as JSON, yaml output', ['--entries', '[{"Name": "d1", "Parameters": {"commands": ["ls"]}}]', '--output', 'yaml'], { responses: [ok({ Successful: [], Failed: [{ Entry: { Name: 'd1' }, Message: 'bad', Fault: 'Client' }] })] }),
  batch('entry without a name', ['--entries', 'InstanceId=i-1']),
  batch('entry with a bad integer', ['--entries', 'Name=d,Duration=x']),
  batch('InvalidDocument', ['--entries', 'Name=d'], { responses: [serviceError('InvalidDocument', 'Document d does not exist.')] }),

  update('missing --association-id', ['--name', 'd']),
  update('every form', ['--association-id', 'a-1', '--parameters', '{"commands": ["echo hi"]}', '--targets', 'Key=InstanceIds,Values=i-1', '--max-concurrency', '10%', '--max-errors', '1', '--association-version', '$LATEST', '--apply-only-at-cron-interval'], { responses: [ok(DESCRIPTION)] }),
  update('table output', ['--association-id', 'a-1', '--output', 'table'], { responses: [ok(DESCRIPTION)] }),
  update('parameters not a map', ['--association-id', 'a-1', '--parameters', '["x"]']),
  update('calendar names in several words', ['--association-id', 'a-1', '--calendar-names', 'c1', 'c2'], { responses: [ok(DESCRIPTION)] }),
  update('AssociationVersionLimitExceeded', ['--association-id', 'a-1'], { responses: [serviceError('AssociationVersionLimitExceeded', 'Too many versions.')] }),

  del('no arguments at all', [], { responses: [ok({})] }),
  del('by association id', ['--association-id', 'a-1'], { responses: [ok({})] }),
  del('by name and instance, text output', ['--name', 'd', '--instance-id', 'i-1', '--output', 'text'], { responses: [ok({})] }),
  del('unknown option', ['--association-id', 'a-1', '--force']),
  del('AssociationDoesNotExist', ['--association-id', 'a-1'], { responses: [serviceError('AssociationDoesNotExist', 'The association does not exist.')] }),
];
