// The operations' documentation examples (src/model/examples.ts, from awscli/examples/ssm): read
// from their reStructuredText into paragraphs and code, commands spelled as ssm-assoc runs them;
// update-association-status's is the call the tests run (test/support/sample-responses.mjs).
import { describe, expect, it } from 'vitest';
import { exampleBlocks, operationExamples } from '../../src/model/examples.js';
import { OPERATIONS } from '../../src/model/operations.js';
import { DOCUMENTATION_ARGS, documentationExample } from '../support/sample-responses.mjs';

const uas = operationExamples('UpdateAssociationStatus')!;
const codes = uas.filter((b) => b.kind === 'code').map((b) => b.text);

describe('exampleBlocks', () => {
  it('reads titles, paragraphs, literal blocks after `::` and inline markup', () => {
    const rst = [
      '**Example 1: To do it**',
      '',
      'The following ``do-it`` example does `it`. ::',
      '',
      '    aws ssm do-it \\',
      '        --x "y"',
      '',
      'Output::',
      '',
      '    {',
      '        "A": 1',
      '    }',
      '',
      'For more information, see `Doing it <https://example.invalid/it>`__ in the *Guide*.',
      '',
    ].join('\n');
    expect(exampleBlocks(rst)).toEqual([
      { kind: 'paragraph', text: 'Example 1: To do it' },
      { kind: 'paragraph', text: 'The following do-it example does it.' },
      { kind: 'code', text: 'aws ssm do-it \\\n    --x "y"' },
      { kind: 'paragraph', text: 'Output:' },
      { kind: 'code', text: '{\n    "A": 1\n}' },
      { kind: 'paragraph', text: 'For more information, see Doing it in the Guide.' },
    ]);
  });

  it('keeps an indented block that follows no `::` as a paragraph', () => {
    expect(exampleBlocks('Text.\n\n  indented words\n')).toEqual([
      { kind: 'paragraph', text: 'Text.' },
      { kind: 'paragraph', text: 'indented words' },
    ]);
  });
});

describe('operationExamples', () => {
  it('has examples for each of the thirteen operations, their commands naming ssm-assoc', () => {
    for (const op of OPERATIONS) {
      const blocks = operationExamples(op.name);
      expect(blocks, op.name).toBeDefined();
      const commands = blocks!.filter((b) => b.kind === 'code' && !b.text.startsWith('{'));
      expect(commands.length, op.name).toBeGreaterThan(0);
      for (const c of commands) expect(c.text, op.name).toMatch(new RegExp(`^ssm-assoc ${op.cliName}\\b`));
    }
    expect(operationExamples('NoSuchOperation')).toBeUndefined();
  });

  it('runs the call the tests run, one option a line as the documentation spells it', () => {
    const lines = ['ssm-assoc update-association-status'];
    for (let i = 0; i < DOCUMENTATION_ARGS.length; i += 2) lines.push(`    ${DOCUMENTATION_ARGS[i]} "${DOCUMENTATION_ARGS[i + 1]}"`);
    expect(codes[0]).toBe(lines.join(' \\\n'));
  });

  it('documents the response the tests answer with, Python floats as the documentation prints them', () => {
    expect(JSON.parse(codes[1]!)).toEqual(documentationExample);
    // json.dumps(indent=4) of the response, where Python keeps the `.0` of whole floats.
    const pythonFloats = JSON.stringify(documentationExample, null, 4).replace(/": (1424421071|1550507808)(,?)$/gm, '": $1.0$2');
    expect(codes[1]).toBe(pythonFloats);
  });
});
