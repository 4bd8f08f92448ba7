// Pagination under faults: list-associations whose page 1 arrives and whose page 2 fails
// (500s, closed connections, a reset mid-body, a body that is not JSON), is retried as
// botocore retries any call, or comes back with the same NextToken (PaginationError). For json
// the pages are merged before printing, so nothing is printed; text and yaml-stream print page
// 1 before the error. Signals and a closed stdout mid-pagination cannot be recorded here:
// test/commands/paginate-faults.test.ts pins them with the reference's observed bytes.
import { ok, serviceError } from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];
const LIST = ['ssm', 'list-associations'];
const a = (n) => ({ Name: `doc-${n}`, AssociationId: `id-${n}` });
const P1 = ok({ Associations: [a(1), a(2)], NextToken: 't1' });
const P2 = ok({ Associations: [a(3)] });
const BUSY = serviceError('InternalServerError', 'busy', 500);
const SAME = ok({ Associations: [a(3)], NextToken: 't1' });
const LOOP = ok({ Associations: [], NextToken: 'loop' });
const PAGE2_BODY = JSON.stringify({ Associations: [a(3), a(4)], NextToken: 't2' });
const list = (name, args, responses, extra = {}) => ({ name, command: LIST, args: [...args, ...E], responses, ...extra });
const formats = [[], ['--output', 'text'], ['--output', 'yaml-stream']];
const label = (args) => (args.length === 0 ? 'json' : args[1]);

// The reference reads a 200 that is not JSON as an empty page (text prints `None`, yaml-stream
// `- {}`), ends the paging there and exits 0: the pages after it are silently lost.
const PAGE1_PRINTED = {
  json: '',
  text: 'ASSOCIATIONS\tid-1\tdoc-1\nASSOCIATIONS\tid-2\tdoc-2\n',
  'yaml-stream': '- Associations:\n  - AssociationId: id-1\n    Name: doc-1\n  - AssociationId: id-2\n    Name: doc-2\n  NextToken: t1\n',
};
function notJson(output) {
  const f = label(output);
  const what = f === 'json' ? 'nothing was printed' : 'nothing of page 2 was printed (the page before it was)';
  return {
    why: 'a 2xx response that cannot be read is an error, never silent success (and the end of the paging)',
    exitCode: 255,
    stdout: PAGE1_PRINTED[f],
    stderr: `\nThe response from endpoint URL "{endpoint}/" is not valid JSON (Expecting value: line 1 column 1 (char 0)); ${what}.\n`,
  };
}

export const cases = [];
for (const output of formats) {
  const f = label(output);
  cases.push(
    list(`${f}: page 2 answers 500 every time`, output, [P1, BUSY]),
    list(`${f}: page 2 answers 500 once, then the page`, output, [P1, BUSY, P2]),
    list(`${f}: page 2 connection closed every time`, output, [P1, { action: 'close' }]),
    list(`${f}: page 2 reset mid-body every time`, output, [P1, { status: 200, body: PAGE2_BODY, action: 'reset-mid-body' }]),
    list(`${f}: page 2 is not JSON`, output, [P1, { status: 200, body: '<html>oops</html>' }], { deviation: notJson(output) }),
    list(`${f}: page 2 a 502 that is not JSON`, output, [P1, { status: 502, body: '<html>Bad Gateway</html>' }]),
    list(`${f}: page 2 a service error`, output, [P1, serviceError('ValidationException', 'no more')]),
    list(`${f}: the same NextToken twice`, output, [P1, SAME]),
    list(`${f}: the same NextToken forever`, output, [LOOP]),
  );
}
cases.push(
  list('max attempts 1: page 2 fails at once', [], [P1, BUSY], { env: { AWS_MAX_ATTEMPTS: '1' } }),
  list('the same NextToken twice with --page-size', ['--page-size', '1'], [P1, SAME]),
  list('the same NextToken twice after --max-items is met', ['--max-items', '3'], [P1, SAME]),
  list('the same NextToken from a --starting-token', ['--starting-token', 'loop'], [LOOP]),
  list('describe-effective-instance-associations: the same NextToken forever', ['--instance-id', 'i-1'], [ok({ Associations: [], NextToken: 'x' })], {
    command: ['ssm', 'describe-effective-instance-associations'],
  }),
  list('list-association-versions: page 2 answers 500 every time', ['--association-id', 'a', '--output', 'text'], [
    ok({ AssociationVersions: [{ AssociationId: 'a', AssociationVersion: '1' }], NextToken: 'v' }),
    BUSY,
  ], { command: ['ssm', 'list-association-versions'] }),
);
