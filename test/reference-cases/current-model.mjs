// The current SSM model (botocore 1.43.11, which the recorder loads into the reference through
// AWS_DATA_PATH): a response carrying every member of its AssociationDescription, including
// those AWS CLI 2.9.19's own model lacks, in every output format; and the output skeleton, whose
// sample now breaks two minimums (ScheduleOffset and Duration).
import { everyCurrentMember, ok, OUTPUT_CASE_ARGS } from '../support/sample-responses.mjs';
import { outputDeviation } from './skeleton.mjs';

const FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream'];

/** The example: a response with a Duration and a target location excluding an account. */
const durationAndExclusion = {
  AssociationDescription: {
    Name: 'AWS-RunShellScript',
    InstanceId: 'i-1234567890abcdef0',
    Duration: 4,
    TargetLocations: [{ Accounts: ['123456789012'], Regions: ['us-east-1'], ExcludeAccounts: ['2'] }],
  },
};

export const cases = [
  ...FORMATS.map((format) => ({
    name: `every current member/${format}`,
    args: [...OUTPUT_CASE_ARGS, '--output', format],
    responses: [ok(everyCurrentMember)],
  })),
  ...['json', 'text', 'yaml'].map((format) => ({
    name: `duration and excluded account/${format}`,
    args: [...OUTPUT_CASE_ARGS, '--output', format],
    responses: [ok(durationAndExclusion)],
  })),
  {
    name: 'query the new target location members',
    args: [...OUTPUT_CASE_ARGS, '--output', 'text', '--query', 'AssociationDescription.TargetLocations[].[IncludeChildOrganizationUnits, TargetsMaxConcurrency, TargetsMaxErrors, ExcludeAccounts]'],
    responses: [ok(everyCurrentMember)],
  },
  {
    name: 'query Duration and AssociationDispatchAssumeRole',
    args: [...OUTPUT_CASE_ARGS, '--query', 'AssociationDescription.[Duration, AssociationDispatchAssumeRole]'],
    responses: [ok(everyCurrentMember)],
  },
  { name: 'output skeleton', args: [...OUTPUT_CASE_ARGS, '--generate-cli-skeleton', 'output'], deviation: outputDeviation('json') },
  {
    name: 'output skeleton, yaml output',
    args: [...OUTPUT_CASE_ARGS, '--output', 'yaml', '--generate-cli-skeleton', 'output'],
    deviation: outputDeviation('yaml'),
  },
];
