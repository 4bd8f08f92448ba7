// The option tables: the global options of the AWS CLI synopsis, and an operation's options
// derived from its input shape (xform_name flags, member keys, required as the model says),
// then the customizations every operation gets.
import { describe, expect, it } from 'vitest';
import { anyOperationOptions, GLOBAL_OPTIONS, memberKey, operationOptions } from '../../src/model/options.js';
import { OPERATIONS, operationNamed } from '../../src/model/operations.js';

const UAS = operationNamed('UpdateAssociationStatus');

describe('option tables', () => {
  it('has the global options of the AWS CLI synopsis, in its order', () => {
    expect(GLOBAL_OPTIONS.map((spec) => spec.flag)).toEqual([
      '--debug', '--endpoint-url', '--no-verify-ssl', '--no-paginate', '--output', '--query', '--profile', '--region', '--version', '--color',
      '--no-sign-request', '--ca-bundle', '--cli-read-timeout', '--cli-connect-timeout', '--cli-binary-format', '--no-cli-pager', '--cli-auto-prompt',
      '--no-cli-auto-prompt',
    ]);
  });

  it("derives update-association-status's options from its input shape, then the customizations", () => {
    expect(operationOptions(UAS).map((spec) => [spec.flag, spec.key, spec.member ?? null, spec.required ?? false, spec.arity])).toEqual([
      ['--name', 'name', 'Name', true, 'value'],
      ['--instance-id', 'instanceId', 'InstanceId', true, 'value'],
      ['--association-status', 'associationStatus', 'AssociationStatus', true, 'value'],
      ['--cli-input-json', 'cliInputJson', null, false, 'value'],
      ['--cli-input-yaml', 'cliInputYaml', null, false, 'value'],
      ['--cli-input-jsonl', 'cliInputJsonl', null, false, 'value'],
      ['--max-concurrency', 'maxConcurrency', null, false, 'value'],
      ['--cli-shutdown-grace', 'cliShutdownGrace', null, false, 'value'],
      ['--generate-cli-skeleton', 'generateCliSkeleton', null, false, 'optional'],
    ]);
    // A member option's help is the model's documentation of the member.
    expect(operationOptions(UAS)[0]!.help).toBe('<p>The name of the SSM document.</p>');
    // The same table object each time: parsing, help and completion share it.
    expect(operationOptions(UAS)).toBe(operationOptions(UAS));
  });

  it('keys member values by the member name in lower camel case', () => {
    expect(memberKey('AssociationStatus')).toBe('associationStatus');
    expect(memberKey('Name')).toBe('name');
  });

  it('knows every flag of every operation once, for the main parser', () => {
    const flags = anyOperationOptions().map((spec) => spec.flag);
    expect(new Set(flags).size).toBe(flags.length);
    expect(flags.slice(0, 3)).toEqual(['--name', '--document-version', '--instance-id']);
    expect(flags).toEqual(expect.arrayContaining(['--association-ids', '--entries', '--no-apply-only-at-cron-interval', '--instance-id', '--cli-input-jsonl']));
  });

  it('gives list members nargs=* words and boolean members a --x/--no-x pair', () => {
    const create = operationOptions(operationNamed('CreateAssociation'));
    const spec = (flag: string) => create.find((s) => s.flag === flag);
    expect(spec('--targets')).toMatchObject({ arity: 'list', member: 'Targets' });
    expect(spec('--parameters')).toMatchObject({ arity: 'value', member: 'Parameters' });
    expect(spec('--apply-only-at-cron-interval')).toMatchObject({ arity: 'flag', boolean: true, member: 'ApplyOnlyAtCronInterval' });
    expect(spec('--no-apply-only-at-cron-interval')).toMatchObject({ arity: 'flag', boolean: false, key: 'applyOnlyAtCronInterval' });
    expect(spec('--name')).toMatchObject({ required: true });
  });

  it("drops fleet mode's --max-concurrency where the operation has a MaxConcurrency member", () => {
    const create = operationOptions(operationNamed('CreateAssociation'));
    expect(create.filter((s) => s.flag === '--max-concurrency')).toEqual([expect.objectContaining({ member: 'MaxConcurrency' })]);
    expect(operationOptions(UAS).find((s) => s.flag === '--max-concurrency')).toMatchObject({ integer: true });
  });
});
