// Operations as data: the descriptors of ssm-assoc's own model, and the proof that another
// operation needs only its model slice: from a model fixture cut from the current SSM model
// (test/fixtures/model/second-operations.model.json: DescribeAssociation and ListAssociations,
// by scripts/cut-model.mjs), its option table, help page and skeletons are built without any
// code of its own. The skeletons are what AWS CLI v2 2.9.19 prints for those operations with
// the current model (recorded beside the fixture).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATIONS, operationForCommand, operationNamed, operationsOf } from '../../src/model/operations.js';
import type { ServiceModel } from '../../src/model/shapes.js';
import { operationOptions } from '../../src/model/options.js';
import { commandHelp } from '../../src/commands/help.js';
import { inputSkeletonJson, inputSkeletonYaml } from '../../src/input/skeleton.js';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'model');
const secondModel = JSON.parse(fs.readFileSync(path.join(fixtures, 'second-operations.model.json'), 'utf8')) as ServiceModel;
const [describeAssociation, listAssociations] = operationsOf(secondModel);
const recorded = (file: string) => fs.readFileSync(path.join(fixtures, file), 'utf8');

describe("ssm-assoc's operations", () => {
  it('are the model\'s, named as the AWS CLI names them', () => {
    expect(OPERATIONS.map((op) => [op.name, op.cliName])).toEqual([
      ['CreateAssociation', 'create-association'],
      ['CreateAssociationBatch', 'create-association-batch'],
      ['DeleteAssociation', 'delete-association'],
      ['DescribeAssociation', 'describe-association'],
      ['DescribeAssociationExecutionTargets', 'describe-association-execution-targets'],
      ['DescribeAssociationExecutions', 'describe-association-executions'],
      ['DescribeEffectiveInstanceAssociations', 'describe-effective-instance-associations'],
      ['DescribeInstanceAssociationsStatus', 'describe-instance-associations-status'],
      ['ListAssociationVersions', 'list-association-versions'],
      ['ListAssociations', 'list-associations'],
      ['StartAssociationsOnce', 'start-associations-once'],
      ['UpdateAssociation', 'update-association'],
      ['UpdateAssociationStatus', 'update-association-status'],
    ]);
    expect(operationForCommand('update-association-status')).toBe(operationNamed('UpdateAssociationStatus'));
    expect(operationForCommand('describe-association-executions')).toBe(operationNamed('DescribeAssociationExecutions'));
    expect(operationForCommand('describe-document')).toBeUndefined();
    expect(() => operationNamed('DescribeDocument')).toThrow('operation DescribeDocument is not in the model');
  });
});

describe('a second operation from a model fixture', () => {
  it('has its descriptor: names, shapes, paginator', () => {
    expect(describeAssociation!.cliName).toBe('describe-association');
    expect(describeAssociation!.inputShapeName).toBe('DescribeAssociationRequest');
    expect(describeAssociation!.paginator).toBeUndefined();
    expect(listAssociations!.cliName).toBe('list-associations');
    expect(listAssociations!.paginator).toEqual({ input_token: 'NextToken', output_token: 'NextToken', limit_key: 'MaxResults', result_key: 'Associations' });
  });

  it('gets its option table from the input shape, then the customizations', () => {
    expect(operationOptions(describeAssociation!).map((spec) => [spec.flag, spec.key, spec.member, spec.required ?? false])).toEqual([
      ['--name', 'name', 'Name', false],
      ['--instance-id', 'instanceId', 'InstanceId', false],
      ['--association-id', 'associationId', 'AssociationId', false],
      ['--association-version', 'associationVersion', 'AssociationVersion', false],
      ['--cli-input-json', 'cliInputJson', undefined, false],
      ['--cli-input-yaml', 'cliInputYaml', undefined, false],
      ['--cli-input-jsonl', 'cliInputJsonl', undefined, false],
      ['--max-concurrency', 'maxConcurrency', undefined, false],
      ['--cli-shutdown-grace', 'cliShutdownGrace', undefined, false],
      ['--generate-cli-skeleton', 'generateCliSkeleton', undefined, false],
    ]);
  });

  it('gets its help page from the model', () => {
    const page = commandHelp(describeAssociation!);
    expect(page).toMatch(/^NAME\n {7}describe-association -\n\nDESCRIPTION\n {7}Describes the association for the specified target or managed node\./);
    expect(page).toContain('SYNOPSIS\n            describe-association\n          [--name <value>]\n          [--instance-id <value>]\n          [--association-id <value>]\n          [--association-version <value>]\n');
    expect(page).toContain('\n       --association-version (string)\n');
    // Its documentation examples (awscli/examples/ssm/describe-association.rst), as in the reference.
    expect(page).toContain('\nEXAMPLES\n');
    expect(page).toContain('\n          ssm-assoc describe-association \\\n');
    expect(page).toMatch(/\nOUTPUT\n {7}AssociationDescription -> \(structure\)\n/);
  });

  it('gets the input skeletons the reference prints', () => {
    expect(inputSkeletonJson(describeAssociation!)).toBe(recorded('describe-association.input-skeleton.json'));
    expect(inputSkeletonYaml(describeAssociation!)).toBe(recorded('describe-association.yaml-input-skeleton.yaml'));
    expect(inputSkeletonJson(listAssociations!)).toBe(recorded('list-associations.input-skeleton.json'));
  });
});
