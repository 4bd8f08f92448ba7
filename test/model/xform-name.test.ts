// xformName against botocore's own xform_name: every operation and member name of the
// association family's model, plus botocore's special cases (pluralised acronyms, its seeded
// exceptions). The expected names were printed by botocore 2.9.19 (xform-name.cases.json).
import { describe, expect, it } from 'vitest';
import { cliName, xformName } from '../../src/model/xform-name.js';
import cases from './xform-name.cases.json' with { type: 'json' };

describe('xformName', () => {
  it('matches botocore for every name of the association model', () => {
    const ours = (cases as Array<[string, string, string]>).map(([name]) => [name, cliName(name), xformName(name)]);
    expect(ours).toEqual(cases);
  });
});
