// The endpoint's view of the service model: its own slice (state-manager.model.json, exactly what
// scripts/cut-model.mjs cuts for the thirteen association operations), the operation's target
// and signing name, and the shapes it checks request bodies against, members in model order.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGINATORS, DEFAULT_SOURCE, STATE_MANAGER, cutModel } from '../../scripts/cut-model.mjs';
import slice from '../../src/local-endpoint/state-manager.model.json' with { type: 'json' };
import {
  INPUT_SHAPE,
  OPERATION,
  OPERATIONS,
  OPERATION_TARGET,
  SIGNING_SERVICE,
  TARGET_PREFIX,
  memberShape,
  members,
  operationShapes,
  shape,
} from '../../src/local-endpoint/model.js';

describe('the slice', () => {
  it('is the cut of the current model for the State Manager operations (run node scripts/cut-model.mjs to refresh)', () => {
    const full = JSON.parse(fs.readFileSync(DEFAULT_SOURCE, 'utf8'));
    const paginators = JSON.parse(fs.readFileSync(DEFAULT_PAGINATORS, 'utf8'));
    expect(JSON.stringify(slice)).toBe(JSON.stringify(cutModel(full, paginators, undefined, STATE_MANAGER, { documentation: false })));
  });

  it('has the thirteen association operations, each with its input and output shapes', () => {
    expect(OPERATIONS).toEqual(STATE_MANAGER);
    expect(OPERATIONS).toHaveLength(13);
    expect(operationShapes('ListAssociations')).toEqual({ input: 'ListAssociationsRequest', output: 'ListAssociationsResult' });
    expect(operationShapes('SendCommand')).toBeUndefined();
    expect(operationShapes('toString')).toBeUndefined();
  });

  it('leaves out the documentation the CLI slice keeps', () => {
    expect(JSON.stringify(slice)).not.toContain('"documentation"');
    expect(JSON.stringify(cutModel(JSON.parse(fs.readFileSync(DEFAULT_SOURCE, 'utf8'))))).toContain('"documentation"');
  });
});

describe('the operation', () => {
  it('is UpdateAssociationStatus, AmazonSSM.UpdateAssociationStatus on the wire, signed for ssm', () => {
    expect([OPERATION, TARGET_PREFIX, OPERATION_TARGET, SIGNING_SERVICE, INPUT_SHAPE]).toEqual([
      'UpdateAssociationStatus',
      'AmazonSSM',
      'AmazonSSM.UpdateAssociationStatus',
      'ssm',
      'UpdateAssociationStatusRequest',
    ]);
  });
});

describe('shapes', () => {
  it('lists the members of a structure in model order, with their shape names', () => {
    expect(members(INPUT_SHAPE)).toEqual([
      ['Name', 'DocumentARN'],
      ['InstanceId', 'InstanceId'],
      ['AssociationStatus', 'AssociationStatus'],
    ]);
    expect(members('AssociationStatus').map(([member]) => member)).toEqual(['Date', 'Name', 'Message', 'AdditionalInfo']);
    expect(members('DocumentARN')).toEqual([]);
  });

  it('gives the constraints of a shape as the model has them', () => {
    expect(shape(INPUT_SHAPE).required).toEqual(['Name', 'InstanceId', 'AssociationStatus']);
    expect(shape('AssociationStatusName')).toEqual({ type: 'string', enum: ['Pending', 'Success', 'Failed'] });
    expect(shape('StatusMessage')).toEqual({ type: 'string', max: 1024, min: 1 });
  });

  it("finds a member's shape, undefined for a member the model lacks", () => {
    expect(memberShape('AssociationStatus', 'Date')).toBe('DateTime');
    expect(memberShape('AssociationStatus', 'Nope')).toBeUndefined();
    expect(memberShape('DocumentARN', 'Date')).toBeUndefined();
  });

  it('refuses a shape the model does not have', () => {
    expect(() => shape('NoSuchShape')).toThrow(new Error('shape NoSuchShape is not in the model'));
  });
});
