// Any text, in any option, ends in a CliError (a message and an exit code) or a request: never
// an unexpected exception, which would reach the user as a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/command-line.js';
import { CliError } from '../../src/errors.js';
import { buildRequestParams, toSdkRequest } from '../../src/input/request-params.js';
import { validateRequest } from '../../src/input/validate.js';
import type { ParamFileIo } from '../../src/input/paramfile.js';
import { operationNamed } from '../../src/model/operations.js';

const UAS = operationNamed('UpdateAssociationStatus');

const noFiles: ParamFileIo = {
  readFile: () => {
    throw Object.assign(new Error('nope'), { code: 'ENOENT' });
  },
  env: {},
  userHome: () => '/home/none',
};

async function pipeline(argv: string[]): Promise<void> {
  const commandLine = parseCommandLine(['update-association-status', ...argv]);
  const params = await buildRequestParams(UAS, commandLine.operation, noFiles);
  validateRequest(params, UAS.input);
  toSdkRequest(UAS, params);
}

async function outcome(argv: string[]): Promise<'ok' | number> {
  try {
    await pipeline(argv);
    return 'ok';
  } catch (error) {
    if (error instanceof CliError) return error.exitCode;
    throw error;
  }
}

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.json(), fc.constantFrom('{', '[', 'Date=', "'", '"', '\\', 'file://', '{"Date": 1e400}'));

describe('robustness', () => {
  it('any --association-status value is a request or a CliError', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const result = await outcome(['--name', 'doc', '--instance-id', 'i-1', '--association-status', value]);
        expect([ 'ok', 252, 255 ]).toContain(result);
      }),
      { numRuns: 2000 },
    );
  });

  it('any shorthand built from known members is a request or a CliError', async () => {
    const member = fc.tuple(fc.constantFrom('Date', 'Name', 'Message', 'AdditionalInfo', 'Foo'), text).map(([k, v]) => `${k}=${v}`);
    await fc.assert(
      fc.asyncProperty(fc.array(member, { maxLength: 5 }), async (members) => {
        expect(['ok', 252, 255]).toContain(await outcome(['--name', 'doc', '--instance-id', 'i-1', '--association-status', members.join(',')]));
      }),
      { numRuns: 2000 },
    );
  });

  it('any words on the command line are parsed or a CliError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(text, fc.constantFrom('--name', '--query', '--output', '--', '--cli-input-json', '--generate-cli-skeleton', 'help')), { maxLength: 8 }), async (words) => {
        expect(['ok', 252, 255]).toContain(await outcome(words));
      }),
      { numRuns: 2000 },
    );
  });

  it('any --cli-input-json and --cli-input-yaml document is a request or a CliError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), text), fc.boolean(), async (document, yaml) => {
        expect(['ok', 252, 255]).toContain(await outcome([yaml ? '--cli-input-yaml' : '--cli-input-json', document]));
      }),
      { numRuns: 2000 },
    );
  });
});
