// The association family, describe/list: describe-association, describe-association-executions,
// describe-association-execution-targets, list-associations, list-association-versions.
// Input forms (filter lists in shorthand and JSON, integers), validation errors, a canned
// success in json and one other format, and a service error. Pagination flags are not here.
import { ok, serviceError } from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];
const op = (operation) => (name, args, extra = {}) => ({ name: `${operation} ${name}`, command: ['ssm', operation], args: [...args, ...E], ...extra });

const ASSOCIATION = {
  Name: 'AWS-RunShellScript',
  AssociationId: 'a-1',
  AssociationVersion: '1',
  LastExecutionDate: 1424421071,
  Overview: { Status: 'Success', DetailedStatus: 'Success' },
  ScheduleExpression: 'rate(30 minutes)',
  Targets: [{ Key: 'InstanceIds', Values: ['i-1'] }],
};
const EXECUTION = { AssociationId: 'a-1', AssociationVersion: '1', ExecutionId: 'e-1', Status: 'Success', DetailedStatus: 'Success', CreatedTime: 1424421071, ResourceCountByStatus: '{Success=1}' };
const TARGET = { AssociationId: 'a-1', AssociationVersion: '1', ExecutionId: 'e-1', ResourceId: 'i-1', ResourceType: 'ManagedInstance', Status: 'Success', DetailedStatus: 'Success', LastExecutionDate: 1424421071 };

const describe = op('describe-association');
const executions = op('describe-association-executions');
const targets = op('describe-association-execution-targets');
const list = op('list-associations');
const versions = op('list-association-versions');

export const cases = [
  describe('by id', ['--association-id', 'a-1'], { responses: [ok({ AssociationDescription: ASSOCIATION })] }),
  describe('by name and instance, text output', ['--name', 'd', '--instance-id', 'i-1', '--association-version', '1', '--output', 'text'], { responses: [ok({ AssociationDescription: ASSOCIATION })] }),
  describe('association id given twice, the last wins', ['--association-id', 'a-1', '--association-id', 'a-2'], { responses: [ok({ AssociationDescription: ASSOCIATION })] }),
  describe('option without a value', ['--association-id']),
  describe('stray word', ['--association-id', 'a-1', 'extra']),
  describe('AssociationDoesNotExist', ['--association-id', 'a-1'], { responses: [serviceError('AssociationDoesNotExist', 'The association does not exist.')] }),

  executions('missing --association-id', []),
  executions('filters in shorthand, several words', ['--association-id', 'a-1', '--filters', 'Key=Status,Value=Success,Type=EQUAL', 'Key=CreatedTime,Value=2024-01-01,Type=GREATER_THAN', '--max-results', '5'], { responses: [ok({ AssociationExecutions: [EXECUTION] })] }),
  executions('filters as JSON, table output', ['--association-id', 'a-1', '--filters', '[{"Key": "ExecutionId", "Value": "e-1", "Type": "EQUAL"}]', '--output', 'table'], { responses: [ok({ AssociationExecutions: [EXECUTION] })] }),
  executions('filter with a bad enum', ['--association-id', 'a-1', '--filters', 'Key=Nope,Value=x,Type=EQUAL']),
  executions('max-results not an integer', ['--association-id', 'a-1', '--max-results', 'ten']),
  executions('max-results out of range', ['--association-id', 'a-1', '--max-results', '0']),
  executions('AssociationDoesNotExist', ['--association-id', 'a-1'], { responses: [serviceError('AssociationDoesNotExist', 'The association does not exist.')] }),

  targets('missing both ids', []),
  targets('filters in shorthand', ['--association-id', 'a-1', '--execution-id', 'e-1', '--filters', 'Key=Status,Value=Success', 'Key=ResourceType,Value=ManagedInstance'], { responses: [ok({ AssociationExecutionTargets: [TARGET] })] }),
  targets('yaml output', ['--association-id', 'a-1', '--execution-id', 'e-1', '--output', 'yaml'], { responses: [ok({ AssociationExecutionTargets: [TARGET] })] }),
  targets('filter missing its value', ['--association-id', 'a-1', '--execution-id', 'e-1', '--filters', 'Key=Status']),
  targets('AssociationExecutionDoesNotExist', ['--association-id', 'a-1', '--execution-id', 'e-1'], { responses: [serviceError('AssociationExecutionDoesNotExist', 'The execution does not exist.')] }),

  list('no arguments', [], { responses: [ok({ Associations: [ASSOCIATION] })] }),
  list('filters in shorthand, text output', ['--association-filter-list', 'key=Name,value=AWS-RunShellScript', 'key=AssociationStatusName,value=Success', '--output', 'text'], { responses: [ok({ Associations: [ASSOCIATION] })] }),
  list('filters from a file', ['--association-filter-list', 'file://f.json'], { files: { 'f.json': '[{"key": "InstanceId", "value": "i-1"}]' }, responses: [ok({ Associations: [] })] }),
  list('filter with an empty value', ['--association-filter-list', 'key=Name,value=']),
  list('filter list that is not a list', ['--association-filter-list', '{"key": "Name"}']),
  list('InvalidFilterKey', ['--association-filter-list', 'key=Name,value=x'], { responses: [serviceError('InvalidFilterKey', 'The specified key is not valid.')] }),

  versions('missing --association-id', []),
  versions('json output', ['--association-id', 'a-1'], { responses: [ok({ AssociationVersions: [{ AssociationId: 'a-1', AssociationVersion: '1', CreatedDate: 1424421071, Name: 'd', Parameters: { commands: ['ls'] } }] })] }),
  versions('text output', ['--association-id', 'a-1', '--output', 'text'], { responses: [ok({ AssociationVersions: [{ AssociationId: 'a-1', AssociationVersion: '1', CreatedDate: 1424421071, Name: 'd' }] })] }),
  versions('max-results too large', ['--association-id', 'a-1', '--max-results', '100']),
  versions('InvalidNextToken', ['--association-id', 'a-1', '--next-token', 'zz'], { responses: [serviceError('InvalidNextToken', 'The token is not valid.')] }),
];
