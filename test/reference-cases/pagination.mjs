// Pagination (issue 16, point 3) as awscli/customizations/paginate.py and botocore's
// PageIterator do it: list-associations over scripted pages. Pages merged, --max-items inside
// a page and on its boundary (the resume token printed), --starting-token, --page-size in the
// requests, --no-paginate, the operation's own --next-token/--max-results (pagination off),
// output per page (text, yaml-stream), --query, a bad token, an error on page 2.
import { ok, serviceError } from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];
const LIST = ['ssm', 'list-associations'];
const a = (n) => ({ Name: `doc-${n}`, AssociationId: `id-${n}` });
const P1 = ok({ Associations: [a(1), a(2)], NextToken: 't1' });
const P2 = ok({ Associations: [a(3), a(4)], NextToken: 't2' });
const P3 = ok({ Associations: [a(5)] });
const THREE = [P1, P2, P3];
const list = (name, args, responses = THREE, extra = {}) => ({ name, command: LIST, args: [...args, ...E], responses, ...extra });
const RESUME = 'eyJOZXh0VG9rZW4iOiAidDEiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==';

export const cases = [
  list('three pages merged', []),
  list('one page', [], [P3]),
  list('max-items inside a page', ['--max-items', '3']),
  list('max-items on a page boundary', ['--max-items', '2']),
  list('max-items beyond the end', ['--max-items', '9']),
  list('starting-token resumes inside a page', ['--starting-token', RESUME], [P2, P3]),
  list('starting-token with max-items', ['--starting-token', RESUME, '--max-items', '2'], [P2, P3]),
  list('page-size in every request', ['--page-size', '2']),
  list('no-paginate makes one call', ['--no-paginate'], [P1]),
  list('no-paginate with max-items', ['--no-paginate', '--max-items', '2'], [P1]),
  list('own max-results below its minimum with max-items', ['--max-results', '0', '--max-items', '2'], [P1]),
  list('next-token by hand', ['--next-token', 't1'], [P2]),
  list('max-results by hand', ['--max-results', '2'], [P1]),
  list('text output per page', ['--output', 'text']),
  list('yaml-stream per page', ['--output', 'yaml-stream']),
  list('yaml merged', ['--output', 'yaml']),
  list('table merged', ['--output', 'table']),
  list('query on the merged result', ['--query', 'Associations[].Name']),
  list('query with text output', ['--query', 'Associations[].Name', '--output', 'text']),
  list('query with max-items', ['--query', 'NextToken', '--max-items', '1']),
  list('bad starting token', ['--starting-token', 'not-a-token'], [P1]),
  list('error on page 2', [], [P1, serviceError('InvalidNextToken', 'The token is not valid.')]),
  list('page-size zero', ['--page-size', '0'], [P1]),
  list('describe-association-executions pages', ['--association-id', 'x'], [
    ok({ AssociationExecutions: [{ ExecutionId: 'e1' }], NextToken: 'n' }),
    ok({ AssociationExecutions: [{ ExecutionId: 'e2' }] }),
  ], { command: ['ssm', 'describe-association-executions'] }),
];
cases.push(
  list('text output then an error on page 2', ['--output', 'text'], [P1, serviceError('InvalidNextToken', 'The token is not valid.')]),
  list('text output with max-items', ['--output', 'text', '--max-items', '3']),
  list('text query with max-items', ['--output', 'text', '--max-items', '3', '--query', 'NextToken']),
  list('yaml-stream with max-items', ['--output', 'yaml-stream', '--max-items', '3']),
);
