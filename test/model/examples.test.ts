// The help page's documentation example (src/model/examples.ts) is the one the tests use
// (test/support/sample-responses.mjs): the same call, the same documented response.
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/model/examples.js';
import { DOCUMENTATION_ARGS, documentationExample } from '../support/sample-responses.mjs';

const example = EXAMPLES['UpdateAssociationStatus']!;

describe('EXAMPLES', () => {
  it('runs the call the tests run, one option a line as the documentation spells it', () => {
    const lines = ['ssm-assoc update-association-status'];
    for (let i = 0; i < DOCUMENTATION_ARGS.length; i += 2) lines.push(`    ${DOCUMENTATION_ARGS[i]} "${DOCUMENTATION_ARGS[i + 1]}"`);
    expect(example.command).toBe(lines.join(' \\\n'));
  });

  it('documents the response the tests answer with, Python floats as the documentation prints them', () => {
    expect(JSON.parse(example.output)).toEqual(documentationExample);
    // json.dumps(indent=4) of the response, where Python keeps the `.0` of whole floats.
    const pythonFloats = JSON.stringify(documentationExample, null, 4).replace(/": (1424421071|1550507808)(,?)$/gm, '": $1.0$2');
    expect(example.output).toBe(pythonFloats);
  });
});
