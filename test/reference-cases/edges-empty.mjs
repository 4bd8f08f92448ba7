// 2xx answers with an empty body (or one that is empty as JSON), in each output format. The
// reference reads an empty body as {}; for UpdateAssociationStatus, whose answer always carries
// AssociationDescription, ssm-assoc keeps that an error (see the README's deviation list).
const ALL = [
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071,Name=Pending,Message=hi',
  '--endpoint-url', '{endpoint}',
];

function emptyBody(stderr = '\nThe response from endpoint URL "{endpoint}/" had an empty body; expected a JSON object.\n') {
  return {
    why: 'UpdateAssociationStatus always answers with AssociationDescription: an empty 2xx body lost it, so it is an error (exit 255), where the reference prints nothing and exits 0',
    exitCode: 255,
    stdout: '',
    stderr,
  };
}
function c(name, response, extra = {}) {
  return { name, args: [...ALL, ...(extra.extraArgs ?? [])], responses: [response], ...(extra.deviation ? { deviation: extra.deviation } : {}) };
}

export const cases = [
  c('200 with an empty body, text', { status: 200, body: '' }, { extraArgs: ['--output', 'text'], deviation: emptyBody() }),
  c('200 with an empty body, table', { status: 200, body: '' }, { extraArgs: ['--output', 'table'], deviation: emptyBody() }),
  c('200 with an empty body, yaml', { status: 200, body: '' }, { extraArgs: ['--output', 'yaml'], deviation: emptyBody() }),
  c('200 with an empty body and --query', { status: 200, body: '' }, { extraArgs: ['--query', 'AssociationDescription'], deviation: emptyBody() }),
  c('204 with no body', { status: 204, body: '' }, { deviation: emptyBody() }),
  c('202 with an empty body', { status: 202, body: '' }, { deviation: emptyBody() }),
  c('200 with a body of whitespace', { status: 200, body: ' \n' }, { deviation: emptyBody() }),
  c('200 with an empty object', { status: 200, body: '{}' }),
  c('200 with an empty object, text', { status: 200, body: '{}' }, { extraArgs: ['--output', 'text'] }),
  c('200 with an empty object, table', { status: 200, body: '{}' }, { extraArgs: ['--output', 'table'] }),
  c('200 with a null description', { status: 200, body: '{"AssociationDescription": null}' }),
  c('200 with JSON null', { status: 200, body: 'null' }, {
    deviation: {
      why: 'the reference crashes with a Python error on a JSON null body; ssm-assoc says what was wrong with the response',
      stderr: '\nThe response from endpoint URL "{endpoint}/" is not a JSON object.\n',
    },
  }),
];
