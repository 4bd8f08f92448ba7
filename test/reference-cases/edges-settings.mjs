// Settings the reference reads at the edges: `parameter_validation = false` (client-side
// validation off, whatever the input), `cli_binary_format` values it does not know,
// `--no-sign-request` next to a broken credential_process, and credential_process answers
// botocore refuses (its words for an unsupported version and a missing key).
import { ok } from '../support/sample-responses.mjs';

const E = ['--endpoint-url', '{endpoint}'];
const ALL = [
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071,Name=Pending,Message=hi',
];
const OK = ok({ AssociationDescription: { Name: 'AWS-UpdateSSMAgent', Status: { Date: 1424421071, Name: 'Pending', Message: 'hi' } } });
const CONFIG = 'home/.aws/config';
const NO_KEYS = { AWS_ACCESS_KEY_ID: null, AWS_SECRET_ACCESS_KEY: null };
const LOCAL_ONLY = { HTTPS_PROXY: 'http://127.0.0.1:1', HTTP_PROXY: 'http://127.0.0.1:1', NO_PROXY: '127.0.0.1' };
const NO_VALIDATION = { [CONFIG]: '[default]\nparameter_validation = false\n' };

function c(name, args, extra = {}) {
  return { name, args: [...args, ...E], responses: [OK], ...extra };
}
/** A case whose default profile runs `creds.sh` as its credential_process, with no keys in the environment. */
function proc(name, script, extra = {}) {
  const { extraArgs = [], ...rest } = extra;
  return c(name, [...ALL, ...extraArgs], {
    files: { [CONFIG]: '[default]\ncredential_process = sh {dir}/creds.sh\n', 'creds.sh': script },
    env: { ...NO_KEYS, ...LOCAL_ONLY },
    ...rest,
  });
}
/** --no-sign-request loads no credentials (the README's deviation, as in config.mjs). */
const UNSIGNED = {
  why: '--no-sign-request loads no credentials, so a broken credential_process cannot stop an unsigned request (the reference runs it anyway and fails)',
  exitCode: 0,
  stdout: '{\n    "AssociationDescription": {\n        "Name": "AWS-UpdateSSMAgent",\n        "Status": {\n            "Date": "2015-02-20T08:31:11+00:00",\n            "Name": "Pending",\n            "Message": "hi"\n        }\n    }\n}\n',
  stderr: '',
  requests: [{ target: 'AmazonSSM.UpdateAssociationStatus', body: { Name: 'AWS-UpdateSSMAgent', InstanceId: 'i-1234567890abcdef0', AssociationStatus: { Date: 1424421071, Name: 'Pending', Message: 'hi' } } }],
};
/** An answer botocore cannot use and crashes on: the reason, in the provider's frame. */
const processCrash = (reason) => ({
  why: 'the reference crashes with a Python error on this credential_process answer; ssm-assoc says what is wrong with it',
  stderr: `\nError when retrieving credentials from custom-process: ${reason}\n`,
});
const binaryFormat = (value) => ({
  why: 'an unknown cli_binary_format is a configuration error naming the setting (253), where the reference ends with a bare Python KeyError (255)',
  exitCode: 253,
  stderr: `\nUnknown cli_binary_format value: ${value}, valid values are "base64" or "raw-in-base64-out"\n`,
});
const json = (o) => `echo '${JSON.stringify(o)}'\n`;

export const cases = [
  // --- parameter_validation = false
  c('parameter_validation false sends an empty Message', ['--name', 'n', '--instance-id', 'i', '--association-status', 'Date=1,Name=Pending,Message='], { files: NO_VALIDATION }),
  c('parameter_validation false sends a missing member', ['--cli-input-json', '{"Name": "n", "InstanceId": "i", "AssociationStatus": {"Date": 1, "Name": "Pending"}}'], { files: NO_VALIDATION }),
  c('parameter_validation false sends a wrong type', ['--cli-input-json', '{"Name": 5, "InstanceId": "i", "AssociationStatus": {"Date": 1, "Name": "Pending", "Message": true}}'], { files: NO_VALIDATION }),
  c('parameter_validation false with an unknown member', ['--cli-input-json', '{"Name": "n", "InstanceId": "i", "Extra": 1, "AssociationStatus": {"Date": 1, "Name": "Pending", "Message": "m"}}'], {
    files: NO_VALIDATION,
    deviation: {
      why: 'with parameter_validation off a member the model lacks still cannot be sent: ssm-assoc reports it as validation would (252); the reference crashes with a bare KeyError (255)',
      exitCode: 252,
      stderr: '\nParameter validation failed:\nUnknown parameter in input: "Extra", must be one of: Name, InstanceId, AssociationStatus\n',
    },
  }),
  c('parameter_validation false with an unparsable Date', ['--name', 'n', '--instance-id', 'i', '--association-status', 'Date=yesterday,Name=Pending,Message=m'], { files: NO_VALIDATION }),
  c('parameter_validation False in capitals', ['--name', 'n', '--instance-id', 'i', '--association-status', 'Date=1,Name=Pending,Message='], { files: { [CONFIG]: '[default]\nparameter_validation = False\n' } }),
  c('parameter_validation no turns it off too', ['--name', 'n', '--instance-id', 'i', '--association-status', 'Date=1,Name=Pending,Message='], { files: { [CONFIG]: '[default]\nparameter_validation = no\n' } }),
  c('parameter_validation empty turns it off', ['--name', 'n', '--instance-id', 'i', '--association-status', 'Date=1,Name=Pending,Message='], { files: { [CONFIG]: '[default]\nparameter_validation =\n' } }),
  c('parameter_validation true', ['--name', 'n', '--instance-id', 'i', '--association-status', 'Date=1,Name=Pending,Message='], { files: { [CONFIG]: '[default]\nparameter_validation = true\n' } }),
  // --- cli_binary_format
  c('cli_binary_format unknown in the profile', ALL, { files: { [CONFIG]: '[default]\ncli_binary_format = base64x\n' }, deviation: binaryFormat('base64x') }),
  c('cli_binary_format empty in the profile', ALL, { files: { [CONFIG]: '[default]\ncli_binary_format =\n' }, deviation: binaryFormat('') }),
  c('cli_binary_format unknown in the profile, --cli-binary-format given', [...ALL, '--cli-binary-format', 'base64'], { files: { [CONFIG]: '[default]\ncli_binary_format = base64x\n' } }),
  c('cli_binary_format unknown with a missing option', ['--name', 'n'], { files: { [CONFIG]: '[default]\ncli_binary_format = base64x\n' }, deviation: binaryFormat('base64x') }),
  c('cli_binary_format raw-in-base64-out in the profile', ALL, { files: { [CONFIG]: '[default]\ncli_binary_format = raw-in-base64-out\n' } }),
  c('--cli-binary-format unknown', [...ALL, '--cli-binary-format', 'hex']),
  // --- --no-sign-request next to a broken credential_process
  proc('--no-sign-request with a failing credential_process', 'echo "vault is sealed" >&2\nexit 1\n', { extraArgs: ['--no-sign-request'], deviation: UNSIGNED }),
  proc('--no-sign-request with a credential_process of the wrong version', json({ Version: 2, AccessKeyId: 'A', SecretAccessKey: 's' }), { extraArgs: ['--no-sign-request'], deviation: UNSIGNED }),
  // --- credential_process answers botocore refuses, in its words
  proc('credential_process Version 2', json({ Version: 2, AccessKeyId: 'A', SecretAccessKey: 's' })),
  proc('credential_process Version as a string', json({ Version: '1', AccessKeyId: 'A', SecretAccessKey: 's' })),
  proc('credential_process without a Version', json({ AccessKeyId: 'A', SecretAccessKey: 's' })),
  proc('credential_process without AccessKeyId', json({ Version: 1, SecretAccessKey: 's' })),
  proc('credential_process without SecretAccessKey', json({ Version: 1, AccessKeyId: 'A' })),
  proc('credential_process Version 1.0', json({ Version: 1.0, AccessKeyId: 'A', SecretAccessKey: 's' }).replace('1,', '1.0,')),
  proc('credential_process Version null', json({ Version: null, AccessKeyId: 'A', SecretAccessKey: 's' })),
  proc('credential_process with a null AccessKeyId', json({ Version: 1, AccessKeyId: null, SecretAccessKey: 's' }), { deviation: processCrash('AccessKeyId in the response must be a string, not None') }),
  proc('credential_process that prints a list', json([1, 2]), { deviation: processCrash('the process printed [1, 2], not a JSON object') }),
  proc('credential_process that prints nothing', 'exit 0\n'),
];
