// The association family, status: start-associations-once,
// describe-instance-associations-status, describe-effective-instance-associations (update-
// association-status has groups of its own). Input forms, validation errors, a canned success
// in json and one other format, and a service error.
import { ok, serviceError } from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];
const op = (operation) => (name, args, extra = {}) => ({ name: `${operation} ${name}`, command: ['ssm', operation], args: [...args, ...E], ...extra });

const STATUS = { AssociationId: 'a-1', Name: 'd', DocumentVersion: '1', AssociationVersion: '1', InstanceId: 'i-1', ExecutionDate: 1424421071, Status: 'Success', DetailedStatus: 'Success', ExecutionSummary: '1 out of 1 plugin processed', OutputUrl: { S3OutputUrl: { OutputUrl: 'https://b.s3.amazonaws.com/p' } } };

const once = op('start-associations-once');
const statuses = op('describe-instance-associations-status');
const effective = op('describe-effective-instance-associations');

export const cases = [
  once('missing --association-ids', []),
  once('several ids in several words', ['--association-ids', 'a-1', 'a-2', 'a-3'], { responses: [ok({})] }),
  once('ids as JSON, text output', ['--association-ids', '["a-1", "a-2"]', '--output', 'text'], { responses: [ok({})] }),
  once('option with no word', ['--association-ids'], { responses: [ok({})] }),
  once('ids given as --x=value', ['--association-ids=a-1', 'a-2']),
  once('InvalidAssociation', ['--association-ids', 'a-1'], { responses: [serviceError('InvalidAssociation', 'The association is not valid.')] }),

  statuses('missing --instance-id', []),
  statuses('json output', ['--instance-id', 'i-1'], { responses: [ok({ InstanceAssociationStatusInfos: [STATUS] })] }),
  statuses('table output', ['--instance-id', 'i-1', '--max-results', '10', '--output', 'table'], { responses: [ok({ InstanceAssociationStatusInfos: [STATUS] })] }),
  statuses('max-results below one', ['--instance-id', 'i-1', '--max-results', '-1']),
  statuses('max-results as a float', ['--instance-id', 'i-1', '--max-results', '1.5']),
  statuses('InvalidInstanceId', ['--instance-id', 'i-1'], { responses: [serviceError('InvalidInstanceId', 'Instance id i-1 is not valid.')] }),

  effective('missing --instance-id', []),
  effective('json output', ['--instance-id', 'i-1'], { responses: [ok({ Associations: [{ AssociationId: 'a-1', InstanceId: 'i-1', Content: '{"schemaVersion":"2.2"}', AssociationVersion: '1' }] })] }),
  effective('yaml output', ['--instance-id', 'i-1', '--output', 'yaml'], { responses: [ok({ Associations: [{ AssociationId: 'a-1', InstanceId: 'i-1', Content: '{}', AssociationVersion: '1' }] })] }),
  effective('instance id from a file', ['--instance-id', 'file://id.txt'], { files: { 'id.txt': 'i-1' }, responses: [ok({ Associations: [] })] }),
  effective('unknown option', ['--instance-id', 'i-1', '--bogus']),
  effective('InvalidInstanceId', ['--instance-id', 'i-1'], { responses: [serviceError('InvalidInstanceId', 'Instance id i-1 is not valid.')] }),
];
