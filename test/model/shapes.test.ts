// The model slice against the current SSM model in ../shared/reference (CI has that folder;
// without it these tests fail rather than skip): no member of AssociationDescription may go
// missing again, and the slice is exactly what scripts/cut-model.mjs cuts, member order included.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cutModel, DEFAULT_PAGINATORS, DEFAULT_SOURCE } from '../../scripts/cut-model.mjs';
import { model, shapeNamed, type StructureShape } from '../../src/model/shapes.js';
import { everyCurrentMember } from '../support/sample-responses.mjs';
import { operationNamed } from '../../src/model/operations.js';

const UAS = operationNamed('UpdateAssociationStatus');

interface SharedModel {
  metadata: Record<string, unknown>;
  operations: Record<string, unknown>;
  shapes: Record<string, { members?: Record<string, unknown> }>;
}

function shared(): SharedModel {
  if (!fs.existsSync(DEFAULT_SOURCE)) throw new Error(`${DEFAULT_SOURCE} is missing: the current SSM model must be there`);
  return JSON.parse(fs.readFileSync(DEFAULT_SOURCE, 'utf8')) as SharedModel;
}

const memberNames = (m: SharedModel, shape: string) => Object.keys(m.shapes[shape]?.members ?? {});

describe('the model slice', () => {
  it('has every member of the current AssociationDescription, in its order', () => {
    const current = memberNames(shared(), 'AssociationDescription');
    expect(current).toContain('Duration');
    expect(current).toContain('AssociationDispatchAssumeRole');
    expect(Object.keys((shapeNamed('AssociationDescription') as StructureShape).members)).toEqual(current);
  });

  it('has every member of the current TargetLocation, in its order', () => {
    const current = memberNames(shared(), 'TargetLocation');
    for (const member of ['IncludeChildOrganizationUnits', 'ExcludeAccounts', 'Targets', 'TargetsMaxConcurrency', 'TargetsMaxErrors']) {
      expect(current).toContain(member);
    }
    expect(Object.keys((shapeNamed('TargetLocation') as StructureShape).members)).toEqual(current);
  });

  it('is the cut of the current model, byte for byte as JSON (run node scripts/cut-model.mjs to refresh)', () => {
    expect(JSON.stringify(model)).toBe(JSON.stringify(cutModel(shared(), JSON.parse(fs.readFileSync(DEFAULT_PAGINATORS, 'utf8')))));
  });

  it('answers with AssociationDescription', () => {
    expect(Object.keys(UAS.output.members)).toEqual(['AssociationDescription']);
  });
});

describe('everyCurrentMember (the sample response of test/reference-cases/current-model.mjs)', () => {
  it('fills every member of AssociationDescription and of its first TargetLocation', () => {
    const m = shared();
    const description = everyCurrentMember.AssociationDescription;
    expect(Object.keys(description)).toEqual(expect.arrayContaining(memberNames(m, 'AssociationDescription')));
    const [first] = description['TargetLocations'] as Array<Record<string, unknown>>;
    expect(Object.keys(first ?? {})).toEqual(expect.arrayContaining(memberNames(m, 'TargetLocation')));
  });
});
