// @ts-check
// Response bodies (as the SSM service would send them, awsJson1.1) shared by the differential
// case groups and the tests: the documentation example (its call, its request, its response and
// the JSON the CLI prints for it), every member filled, quoting/layout stress strings, and the
// empty and missing AssociationDescription. The one copy tests take the example from, checked
// against the reference's recording (test/support/sample-responses.test.ts); the help page's copy
// (src/model/examples.ts) and examples/local-endpoint-seed.json (the seed before the example's
// update) are checked against it (test/model/examples.test.ts,
// test/local-endpoint/associations.test.ts).

/** The documentation example's call (awscli/examples/ssm/update-association-status.rst), without the endpoint. */
export const DOCUMENTATION_ARGS = [
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071.939,Name=Pending,Message=temp_status_change,AdditionalInfo=Additional-Config-Needed',
];

/** The request body the documentation example sends: botocore truncates the Date to whole seconds. */
export const documentationRequest = /** @type {const} */ ({
  Name: 'AWS-UpdateSSMAgent',
  InstanceId: 'i-1234567890abcdef0',
  AssociationStatus: { Date: 1424421071, Name: 'Pending', Message: 'temp_status_change', AdditionalInfo: 'Additional-Config-Needed' },
});

/** The response of the documentation example (awscli/examples/ssm/update-association-status.rst). */
export const documentationExample = {
  AssociationDescription: {
    Name: 'AWS-UpdateSSMAgent',
    InstanceId: 'i-1234567890abcdef0',
    AssociationVersion: '1',
    Date: 1550507529.604,
    LastUpdateAssociationDate: 1550507806.974,
    Status: {
      Date: 1424421071.0,
      Name: 'Pending',
      Message: 'temp_status_change',
      AdditionalInfo: 'Additional-Config-Needed',
    },
    Overview: { Status: 'Success', AssociationStatusAggregatedCount: { Success: 1 } },
    DocumentVersion: '$DEFAULT',
    AssociationId: '8dfe3659-4309-493a-8755-0123456789ab',
    Targets: [{ Key: 'InstanceIds', Values: ['i-1234567890abcdef0'] }],
    LastExecutionDate: 1550507808.0,
    LastSuccessfulExecutionDate: 1550507808.0,
  },
};

/**
 * What `--output json` prints for documentationExample: the reference's iso8601 timestamps in
 * UTC (the rest is json.dumps with indent 4, which JSON.stringify matches for these values).
 */
export const DOCUMENTATION_OUTPUT = `${JSON.stringify(
  {
    AssociationDescription: {
      ...documentationExample.AssociationDescription,
      Date: '2019-02-18T16:32:09.604000+00:00',
      LastUpdateAssociationDate: '2019-02-18T16:36:46.974000+00:00',
      Status: { ...documentationExample.AssociationDescription.Status, Date: '2015-02-20T08:31:11+00:00' },
      LastExecutionDate: '2019-02-18T16:36:48+00:00',
      LastSuccessfulExecutionDate: '2019-02-18T16:36:48+00:00',
    },
  },
  null,
  4,
)}\n`;

const alarms = {
  IgnorePollAlarmFailure: true,
  Alarms: [{ Name: 'cpu-high' }],
};

/** Every member of the model filled, given out of model order, with members the model lacks. */
export const everyMember = {
  AssociationDescription: {
    TriggeredAlarms: [{ Name: 'cpu-high', State: 'ALARM' }],
    Name: 'AWS-RunShellScript',
    InstanceId: 'i-0123456789abcdef0',
    AssociationVersion: '3',
    Date: 1550507529.604123,
    LastUpdateAssociationDate: 1550507806,
    Status: { Date: 1424421071.5, Name: 'Failed', Message: 'it broke', AdditionalInfo: '{"k": "v"}' },
    Overview: {
      Status: 'Failed',
      DetailedStatus: 'Failed',
      AssociationStatusAggregatedCount: { Failed: 2, Success: 10, Pending: 0 },
    },
    DocumentVersion: '$LATEST',
    AutomationTargetParameterName: 'InstanceId',
    Parameters: { commands: ['echo one', 'echo two'], workingDirectory: [], executionTimeout: ['3600'] },
    AssociationId: '8dfe3659-4309-493a-8755-0123456789ab',
    Targets: [
      { Key: 'tag:Env', Values: ['prod', 'staging'] },
      { Key: 'InstanceIds', Values: [] },
    ],
    ScheduleExpression: 'cron(0 2 ? * SUN *)',
    OutputLocation: {
      S3Location: { OutputS3Region: 'eu-west-1', OutputS3BucketName: 'my-bucket', OutputS3KeyPrefix: 'logs/' },
    },
    LastExecutionDate: 1550507808.0,
    LastSuccessfulExecutionDate: -1.5,
    AssociationName: 'nightly-patch',
    MaxErrors: '10%',
    MaxConcurrency: '5',
    ComplianceSeverity: 'HIGH',
    SyncCompliance: 'AUTO',
    ApplyOnlyAtCronInterval: false,
    CalendarNames: ['cal-1', 'arn:aws:ssm:us-east-1:123456789012:document/cal-2'],
    TargetLocations: [
      {
        Accounts: ['123456789012', '210987654321'],
        Regions: ['us-east-1'],
        TargetLocationMaxConcurrency: '1',
        TargetLocationMaxErrors: '0',
        ExecutionRoleName: 'AWS-SystemsManager-AutomationExecutionRole',
        TargetLocationAlarmConfiguration: alarms,
      },
      { Accounts: ['111111111111'], Regions: ['eu-west-1', 'eu-central-1'] },
    ],
    ScheduleOffset: 3,
    TargetMaps: [{ 'tag:Env': ['prod'], 'tag:Team': ['a', 'b'] }, {}],
    AlarmConfiguration: alarms,
    NotInTheModel: 'dropped',
  },
  AlsoNotInTheModel: 1,
};

/**
 * Every member of the current model's AssociationDescription (botocore 1.43.11) filled, the ones
 * AWS CLI 2.9.19's own model lacks included (Duration, AssociationDispatchAssumeRole and, in a
 * TargetLocation, IncludeChildOrganizationUnits, ExcludeAccounts, Targets, TargetsMaxConcurrency,
 * TargetsMaxErrors), given out of model order. test/model/shapes.test.ts keeps it complete.
 */
export const everyCurrentMember = {
  AssociationDescription: {
    AssociationDispatchAssumeRole: 'arn:aws:iam::123456789012:role/ssm-dispatch',
    Duration: 4,
    ...everyMember.AssociationDescription,
    TargetLocations: [
      {
        TargetsMaxErrors: '1',
        ExcludeAccounts: ['210987654321', 'ou-ab12-cdef3456'],
        Accounts: ['123456789012', 'ou-ab12-parent00'],
        Regions: ['us-east-1'],
        TargetLocationMaxConcurrency: '1',
        TargetLocationMaxErrors: '0',
        ExecutionRoleName: 'AWS-SystemsManager-AutomationExecutionRole',
        TargetLocationAlarmConfiguration: alarms,
        IncludeChildOrganizationUnits: true,
        Targets: [{ Key: 'tag:Env', Values: ['prod'] }, { Key: 'ResourceGroup', Values: [] }],
        TargetsMaxConcurrency: '10%',
      },
      { Accounts: ['111111111111'], Regions: ['eu-west-1'], IncludeChildOrganizationUnits: false, ExcludeAccounts: ['2'] },
    ],
  },
};

/** Strings that stress quoting and layout in every format. */
export const stressStrings = [
  '',
  'yes',
  'no',
  'off',
  'null',
  'true',
  '123',
  '1.5',
  '~',
  ' leading',
  'trailing ',
  'a: b #c',
  'tab\there',
  'line one\nline two',
  'ünïcødé ✓ 日本語',
  'x'.repeat(100),
  'word '.repeat(30).trim(),
  "it's \"quoted\"",
  '- dash',
  '@at',
  '%percent',
  '*star',
  '&amp',
  '!bang',
  '[bracket]',
  '{brace}',
  '#hash',
  '0x1F',
  '1e3',
  '2019-02-18',
];

/**
 * A response carrying each stress string in Message and, keyed, in Parameters.
 * @param {string} text
 */
export function stressResponse(text) {
  return {
    AssociationDescription: {
      Name: 'AWS-RunShellScript',
      InstanceId: 'i-1234567890abcdef0',
      Status: { Date: 1424421071, Name: 'Success', Message: text, AdditionalInfo: text },
      Parameters: { p: [text, 'plain'] },
      Targets: [{ Key: text === '' ? 'empty' : text, Values: [text] }],
    },
  };
}

export const emptyDescription = { AssociationDescription: {} };
export const missingDescription = {};

/** The arguments of the output-format case groups: one valid call; the response varies. */
export const OUTPUT_CASE_ARGS = [
  '--name',
  'AWS-RunShellScript',
  '--instance-id',
  'i-1234567890abcdef0',
  '--association-status',
  'Date=1424421071,Name=Success,Message=m',
  '--endpoint-url',
  '{endpoint}',
];

/** The arguments of one valid call (the documentation's document and instance), without the endpoint. */
export const CALL_ARGS = [
  '--name', 'AWS-UpdateSSMAgent',
  '--instance-id', 'i-1234567890abcdef0',
  '--association-status', 'Date=1424421071,Name=Pending,Message=hi',
];

/**
 * A canned 200 response for the scripted endpoint.
 * @param {unknown} body
 * @returns {{ status: number, body: string }}
 */
export function ok(body) {
  return { status: 200, body: JSON.stringify(body) };
}

/**
 * A canned awsJson1.1 error response.
 * @param {string} code
 * @param {string} [message]
 * @returns {{ status: number, body: string }}
 */
export function serviceError(code, message, status = 400) {
  const body = message === undefined ? { __type: code } : { __type: code, message };
  return { status, body: JSON.stringify(body) };
}

/** A small 200 answer to CALL_ARGS. */
export const SMALL_OK = ok({ AssociationDescription: { Name: 'AWS-UpdateSSMAgent', Status: { Date: 1424421071, Name: 'Pending', Message: 'hi' } } });
