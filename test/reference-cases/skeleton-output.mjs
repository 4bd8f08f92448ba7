// --generate-cli-skeleton output for the thirteen association operations. The reference stubs
// the call with botocore's ArgumentGenerator(use_member_names=True) sample and prints it through
// the formatter unparsed: strings (enums too) are member names, timestamps naive datetimes (json
// writes 1970-01-01T00:00:00, text, table and yaml 1970-01-01 00:00:00, JMESPath types them
// "unknown"), and --output and --query apply. Eight operations' samples break the model's
// minimums and the reference rejects them (outputDeviation); the paging options make it pass
// the paginator's PaginationConfig to the stubbed operation, which rejects it (pagingDeviation).
import { outputDeviation, sample } from './skeleton.mjs';

/** Each operation with its required options. */
const OPS = {
  'create-association': ['--name', 'n'],
  'create-association-batch': ['--entries', 'Name=n'],
  'update-association': ['--association-id', 'a'],
  'delete-association': [],
  'describe-association': ['--association-id', 'a'],
  'describe-association-executions': ['--association-id', 'a'],
  'describe-association-execution-targets': ['--association-id', 'a', '--execution-id', 'e'],
  'list-associations': [],
  'list-association-versions': ['--association-id', 'a'],
  'update-association-status': ['--name', 'n', '--instance-id', 'i', '--association-status', 'Date=1,Name=Pending,Message=m'],
  'start-associations-once': ['--association-ids', 'a'],
  'describe-instance-associations-status': ['--instance-id', 'i'],
  'describe-effective-instance-associations': ['--instance-id', 'i'],
};

/** The operations whose sample the reference rejects (ScheduleOffset/Duration 0, OutputSourceId shorter than 36). */
const REJECTED = new Set([
  'create-association', 'create-association-batch', 'update-association', 'describe-association',
  'describe-association-execution-targets', 'list-associations', 'list-association-versions', 'update-association-status',
]);

const skeleton = (op, name, extra = [], deviation) => ({
  name: `${op} ${name}`,
  command: ['ssm', op],
  args: [...OPS[op], ...extra, '--generate-cli-skeleton', 'output'],
  ...(deviation ? { deviation } : {}),
});

const formatCase = (op, format) => skeleton(op, format, format === 'json' ? [] : ['--output', format], REJECTED.has(op) ? outputDeviation(format, op) : undefined);

const pagingDeviation = (op) => ({
  why: "the reference passes the paginator's PaginationConfig to the stubbed operation, which rejects it as an unknown parameter; the sample is one response, so ssm-assoc prints it as without the paging options",
  stdout: sample(op, 'json'),
  stderr: '',
  exitCode: 0,
});

const EXECUTIONS = 'describe-association-executions';
const EFFECTIVE = 'describe-effective-instance-associations';
const query = (op, expression, format) => skeleton(op, `query ${expression}${format ? ` ${format}` : ''}`, ['--query', expression, ...(format ? ['--output', format] : [])]);

export const cases = [
  ...Object.keys(OPS).map((op) => formatCase(op, 'json')),
  ...['yaml', 'text', 'table', 'yaml-stream'].map((format) => formatCase(EXECUTIONS, format)),
  formatCase('describe-instance-associations-status', 'text'),
  formatCase('delete-association', 'yaml'),
  formatCase('start-associations-once', 'text'),
  formatCase('list-associations', 'yaml'),
  formatCase('list-associations', 'text'),
  formatCase('describe-association-execution-targets', 'text'),
  formatCase('create-association-batch', 'yaml'),
  formatCase('update-association-status', 'yaml'),

  // --query on the sample: naive datetimes as each format and JMESPath see them.
  query(EXECUTIONS, 'AssociationExecutions[0].CreatedTime'),
  query(EXECUTIONS, 'AssociationExecutions[0].CreatedTime', 'text'),
  query(EXECUTIONS, 'AssociationExecutions[0].CreatedTime', 'yaml'),
  query(EXECUTIONS, 'AssociationExecutions[0].[CreatedTime, CreatedTime, LastExecutionDate]', 'yaml'),
  query(EXECUTIONS, 'AssociationExecutions[0].[CreatedTime, Status]', 'text'),
  query(EXECUTIONS, 'type(AssociationExecutions[0].CreatedTime)'),
  query(EXECUTIONS, 'length(AssociationExecutions[0].CreatedTime)'),
  query(EXECUTIONS, 'to_string(AssociationExecutions[0].CreatedTime)'),
  query(EXECUTIONS, 'to_number(AssociationExecutions[0].CreatedTime)'),
  query(EXECUTIONS, 'sort_by(AssociationExecutions, &CreatedTime)'),
  query(EXECUTIONS, "AssociationExecutions[?CreatedTime=='1970-01-01T00:00:00'].ExecutionId"),
  query(EXECUTIONS, 'AssociationExecutions[?CreatedTime > `0`].ExecutionId'),
  query(EXECUTIONS, 'AssociationExecutions[0].CreatedTime == AssociationExecutions[0].LastExecutionDate'),
  query(EXECUTIONS, 'AssociationExecutions[0].TriggeredAlarms[0].State'),
  query(EFFECTIVE, 'Associations[0]', 'text'),
  query('describe-instance-associations-status', 'NextToken'),
  skeleton('describe-association', 'query ScheduleOffset and Duration', ['--query', 'AssociationDescription.[ScheduleOffset, Duration, Status.Name]'], {
    why: outputDeviation('json').why,
    stdout: '[\n    1,\n    1,\n    "Name"\n]\n',
    stderr: '',
    exitCode: 0,
  }),

  // Paging options: the sample is one response (the reference calls the operation, not its paginator).
  skeleton(EFFECTIVE, '--max-items', ['--max-items', '1'], pagingDeviation(EFFECTIVE)),
  skeleton(EFFECTIVE, '--page-size', ['--page-size', '5'], pagingDeviation(EFFECTIVE)),
  skeleton(EFFECTIVE, '--starting-token', ['--starting-token', 'abc'], pagingDeviation(EFFECTIVE)),
  skeleton('list-associations', '--max-items', ['--max-items', '1'], outputDeviation('json', 'list-associations')),
  skeleton(EFFECTIVE, '--no-paginate', ['--no-paginate']),
  skeleton(EFFECTIVE, '--max-results', ['--max-results', '5']),
  skeleton(EFFECTIVE, '--next-token with --max-items', ['--next-token', 't', '--max-items', '2']),
  skeleton(EFFECTIVE, '--no-paginate with --page-size', ['--no-paginate', '--page-size', '2']),
  skeleton(EFFECTIVE, '--max-results below its minimum', ['--max-results', '0']),
  skeleton(EFFECTIVE, '--max-results below its minimum with --max-items', ['--max-results', '0', '--max-items', '2']),

  // The inputs are validated first, as the reference does for a sample it accepts.
  { name: `${EXECUTIONS} without its required option`, command: ['ssm', EXECUTIONS], args: ['--generate-cli-skeleton', 'output'] },
  skeleton(EXECUTIONS, 'with an unknown filter key', ['--filters', 'Key=Bogus,Value=x,Type=EQUAL']),
];
