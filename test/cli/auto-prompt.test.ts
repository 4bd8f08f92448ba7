// Auto-prompt: the mode's precedence, when on-partial prompts, quoting of the values it builds,
// and the dialogue driven through in-memory streams (the pty tests in test/e2e drive a real
// terminal).
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { parseShorthand } from '../../src/input/shorthand.js';
import {
  associationStatusValue,
  autoPromptMode,
  needsPrompt,
  notATerminal,
  promptForParameters,
  promptOtherArgs,
  shellQuote,
  type PromptCurrent,
} from '../../src/cli/auto-prompt.js';
import { operationNamed, operationsOf } from '../../src/model/operations.js';
import type { ServiceModel } from '../../src/model/shapes.js';

const UAS = operationNamed('UpdateAssociationStatus');

describe('autoPromptMode', () => {
  const mode = (flag: boolean, noFlag: boolean, env: string | undefined, profileSetting: string | undefined) =>
    autoPromptMode({ flag, noFlag, env: env === undefined ? {} : { AWS_CLI_AUTO_PROMPT: env }, profileSetting });

  it('is off by default', () => {
    expect(mode(false, false, undefined, undefined)).toBe('off');
  });

  it('--cli-auto-prompt turns it on over the environment and the profile', () => {
    expect(mode(true, false, undefined, undefined)).toBe('on');
    expect(mode(true, false, 'off', 'off')).toBe('on');
    expect(mode(true, false, 'on-partial', undefined)).toBe('on');
  });

  it('--no-cli-auto-prompt wins over the environment and the profile', () => {
    expect(mode(false, true, 'on', 'on')).toBe('off');
    expect(mode(false, true, 'on-partial', undefined)).toBe('off');
  });

  it('both flags are a usage error, worded as the reference words it', () => {
    expect(() => mode(true, true, undefined, undefined)).toThrow(
      new CliError('usage', 'Both --cli-auto-prompt and --no-cli-auto-prompt cannot be specified at the same time.'),
    );
    try {
      mode(true, true, undefined, undefined);
    } catch (error) {
      expect((error as CliError).exitCode).toBe(252);
    }
  });

  it('AWS_CLI_AUTO_PROMPT comes before the profile, case-insensitively', () => {
    expect(mode(false, false, 'on', undefined)).toBe('on');
    expect(mode(false, false, 'ON-PARTIAL', 'on')).toBe('on-partial');
    expect(mode(false, false, 'off', 'on')).toBe('off');
    expect(mode(false, false, undefined, 'on-partial')).toBe('on-partial');
    expect(mode(false, false, undefined, ' On ')).toBe('on');
  });

  it('treats unknown values as off', () => {
    expect(mode(false, false, 'yes', undefined)).toBe('off');
    expect(mode(false, false, undefined, 'true')).toBe('off');
  });
});

describe('needsPrompt', () => {
  const all = { name: 'n', instanceId: 'i', associationStatus: 'Date=1,Name=Pending,Message=m' };

  it('on always prompts; off never', () => {
    expect(needsPrompt('on', all, UAS)).toBe(true);
    expect(needsPrompt('off', {}, UAS)).toBe(false);
  });

  it('on-partial prompts only when a required parameter is missing', () => {
    expect(needsPrompt('on-partial', all, UAS)).toBe(false);
    expect(needsPrompt('on-partial', { ...all, instanceId: undefined }, UAS)).toBe(true);
    expect(needsPrompt('on-partial', {}, UAS)).toBe(true);
  });

  it('on-partial does not prompt when an input document or a skeleton makes them unnecessary', () => {
    expect(needsPrompt('on-partial', { cliInputJson: '{}' }, UAS)).toBe(false);
    expect(needsPrompt('on-partial', { cliInputYaml: 'Name: x' }, UAS)).toBe(false);
    expect(needsPrompt('on-partial', { cliInputJsonl: 'file.jsonl' }, UAS)).toBe(false);
    expect(needsPrompt('on-partial', { generateCliSkeleton: 'input' }, UAS)).toBe(false);
  });
});

describe('promptOtherArgs', () => {
  it('keeps the words the dialogue does not ask for', () => {
    expect(
      promptOtherArgs([
        '--region', 'us-east-1', 'ssm', 'update-association-status', '--cli-auto-prompt', '--name', 'doc',
        '--instance-id=i-1', '--association-status', 'Date=1', '--output', 'text', '--debug',
      ], UAS),
    ).toEqual(['--region', 'us-east-1', '--output', 'text', '--debug']);
    expect(promptOtherArgs(['update-association-status', '--query', 'x', '--', '--name'], UAS)).toEqual(['--query', 'x', '--', '--name']);
  });
});

describe('shellQuote', () => {
  it('quotes as shlex.quote does', () => {
    expect(shellQuote('AWS-UpdateSSMAgent')).toBe('AWS-UpdateSSMAgent');
    expect(shellQuote('Date=1,Name=Pending')).toBe('Date=1,Name=Pending');
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe(`'it'"'"'s'`);
    expect(shellQuote('$HOME')).toBe("'$HOME'");
  });
});

describe('associationStatusValue', () => {
  it('builds plain shorthand when no value needs quoting', () => {
    expect(associationStatusValue({ Date: '1424421071.939', Name: 'Pending', Message: 'temp_status_change', AdditionalInfo: 'Additional-Config-Needed' })).toBe(
      'Date=1424421071.939,Name=Pending,Message=temp_status_change,AdditionalInfo=Additional-Config-Needed',
    );
    expect(associationStatusValue({ Date: '2019-02-18T16:32:09Z', Name: 'Failed', Message: 'm' })).toBe('Date=2019-02-18T16:32:09Z,Name=Failed,Message=m');
  });

  it('leaves out an empty AdditionalInfo', () => {
    expect(associationStatusValue({ Date: '1', Name: 'Success', Message: 'm', AdditionalInfo: '' })).toBe('Date=1,Name=Success,Message=m');
  });

  it('quotes values holding commas, spaces, quotes or backslashes', () => {
    expect(associationStatusValue({ Date: '1', Name: 'Success', Message: 'a, b' })).toBe(`Date=1,Name=Success,Message='a, b'`);
    expect(associationStatusValue({ Date: '1', Name: 'Success', Message: "it's" })).toBe(`Date=1,Name=Success,Message="it's"`);
    expect(associationStatusValue({ Date: '1', Name: 'Success', Message: `say "it's"` })).toBe(`Date=1,Name=Success,Message='say "it\\'s"'`);
    expect(associationStatusValue({ Date: '1', Name: 'Success', Message: 'C:\\dir\\' })).toBe(`Date=1,Name=Success,Message='C:\\\\dir\\\\'`);
  });

  it('always reads back as the values typed (shorthand, or JSON where shorthand cannot carry them)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), fc.option(fc.string(), { nil: undefined }), (message, date, info) => {
        const fields = { Date: date, Name: 'Pending', Message: message, ...(info === undefined ? {} : { AdditionalInfo: info }) };
        const value = associationStatusValue(fields);
        const back = value.startsWith('{') ? JSON.parse(value) : parseShorthand(value, '--association-status');
        const expected = info === undefined || info === '' ? { Date: date, Name: 'Pending', Message: message } : fields;
        expect(back).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The dialogue on in-memory streams: keys go in as a terminal sends them ('\r' is Enter).

interface Session {
  result: ReturnType<typeof promptForParameters>;
  output: () => string;
  type: (keys: string) => void;
}

function session(current: PromptCurrent, isTTY = true): Session {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (d) => (shown += d));
  const result = promptForParameters(UAS, current, { input, output, isTTY, now: () => new Date('2024-05-06T07:08:09.250Z') });
  // Settled promptly, so an assertion failure does not also report an unhandled rejection.
  result.catch(() => undefined);
  return { result, output: () => shown.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''), type: (keys) => input.write(keys) };
}

describe('promptForParameters', () => {
  it('refuses a stdin that is no terminal at once, as a usage error', async () => {
    const s = session({}, false);
    await expect(s.result).rejects.toThrow(new CliError('usage', notATerminal(UAS)));
    await expect(s.result).rejects.toMatchObject({ exitCode: 252 });
    expect(s.output()).toBe('');
  });

  it('asks each parameter and builds the shorthand and the command line', async () => {
    const s = session({ otherArgs: ['--region', 'us-east-1', '--output', 'text'] });
    s.type('AWS-UpdateSSMAgent\ri-1234567890abcdef0\r1424421071\rpending\rall good\r\r');
    const result = await s.result;
    expect(result).toEqual({
      name: 'AWS-UpdateSSMAgent',
      instanceId: 'i-1234567890abcdef0',
      associationStatus: `Date=1424421071,Name=Pending,Message='all good'`,
      commandLine: `ssm-assoc update-association-status --name AWS-UpdateSSMAgent --instance-id i-1234567890abcdef0 --association-status 'Date=1424421071,Name=Pending,Message='"'"'all good'"'"'' --region us-east-1 --output text`,
    });
    const shown = s.output();
    expect(shown).toContain('ssm-assoc update-association-status: Updates the status of the Amazon Web Services Systems Manager document (SSM document) associated with the specified managed node.\n');
    expect(shown).toContain('--name (required): The name of the SSM document.\n');
    expect(shown).toContain('--association-status (required): The association status.');
    expect(shown).toContain('  Date (timestamp, required): The date when the status changed.');
    expect(shown).toContain('  Message (required): The reason for the status.\n');
    expect(shown).toContain('  AdditionalInfo (optional): A user-defined string.');
    expect(shown.endsWith(`\n> ${result.commandLine}\n`)).toBe(true);
  });

  it('offers the status names, by number or name', async () => {
    const s = session({});
    s.type('doc\ri-1234567890abcdef0\r\r2\rm\r\r');
    expect((await s.result).associationStatus).toBe('Date=2024-05-06T07:08:09Z,Name=Success,Message=m');
    expect(s.output()).toContain('Choose 1) Pending  2) Success  3) Failed');
  });

  it('defaults Date to now and keeps command-line values on Enter', async () => {
    const s = session({ name: 'AWS-UpdateSSMAgent', instanceId: 'i-1234567890abcdef0', associationStatus: 'Name=Failed,Message="a, b",AdditionalInfo=x' });
    s.type('\r\r\r\r\r\r');
    const result = await s.result;
    expect(result).toMatchObject({
      name: 'AWS-UpdateSSMAgent',
      instanceId: 'i-1234567890abcdef0',
      associationStatus: `Date=2024-05-06T07:08:09Z,Name=Failed,Message='a, b',AdditionalInfo=x`,
    });
    const shown = s.output();
    expect(shown).toContain('--name [AWS-UpdateSSMAgent]: ');
    expect(shown).toContain('  Date [2024-05-06T07:08:09Z]: ');
    expect(shown).toContain('  Name [Failed]: ');
    expect(shown).toContain('  Message [a, b]: ');
    expect(shown).toContain('  AdditionalInfo [x]: ');
  });

  it('takes defaults from a JSON --association-status', async () => {
    const s = session({ name: 'n', instanceId: 'i', associationStatus: '{"Date": 1424421071, "Name": "Pending", "Message": "m"}' });
    s.type('\r\r\r\r\r\r');
    expect((await s.result).associationStatus).toBe('Date=1424421071,Name=Pending,Message=m');
  });

  it('offers a value it cannot split (file://) whole, and asks the members when declined', async () => {
    const kept = session({ name: 'n', instanceId: 'i', associationStatus: 'file://status.json' });
    kept.type('\r\r\r');
    expect((await kept.result).associationStatus).toBe('file://status.json');
    expect(kept.output()).toContain('Keep --association-status file://status.json? [Y/n]: ');

    const declined = session({ name: 'n', instanceId: 'i', associationStatus: 'file://status.json' });
    declined.type('\r\rn\r1\r3\rm\r\r');
    expect((await declined.result).associationStatus).toBe('Date=1,Name=Failed,Message=m');
  });

  it('asks again until a required value is given and a date is readable', async () => {
    const s = session({});
    s.type('\r  \rdoc\ri-1\rnot a date\r2019-02-18\rnope\r1\r\rmsg\r\r');
    const result = await s.result;
    expect(result).toMatchObject({ name: 'doc', instanceId: 'i-1', associationStatus: 'Date=2019-02-18,Name=Pending,Message=msg' });
    const shown = s.output();
    expect(shown.match(/    A value is required\.\n/g)).toHaveLength(3);
    expect(shown).toContain('    Not a timestamp: not a date. Use ISO 8601 (2019-02-18T16:32:09Z) or epoch seconds (1424421071).\n');
    expect(shown).toContain('    Choose one of Pending, Success, Failed.\n');
  });

  it('keeps a command-line Name that is no status name for the service to judge', async () => {
    const s = session({ name: 'n', instanceId: 'i', associationStatus: 'Date=1,Name=Weird,Message=m' });
    s.type('\r\r\r\r\r\r');
    expect((await s.result).associationStatus).toBe('Date=1,Name=Weird,Message=m');
  });

  it('Ctrl-C cancels: CliError interrupted, exit 130, no command line shown', async () => {
    const s = session({});
    s.type('doc\r\u0003');
    await expect(s.result).rejects.toMatchObject({ kind: 'interrupted', exitCode: 130 });
    expect(s.output()).not.toContain('> ssm-assoc');
  });

  it('end of input cancels too', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const result = promptForParameters(UAS, {}, { input, output, isTTY: true });
    input.end('doc\r');
    await expect(result).rejects.toMatchObject({ kind: 'interrupted', exitCode: 130 });
  });
});

describe('promptForParameters for an operation from a model fixture', () => {
  it('asks for its members from the model, and leaves out optional ones left empty', async () => {
    const fixture = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'model', 'second-operations.model.json'), 'utf8')) as ServiceModel;
    const [describeAssociation] = operationsOf(fixture);
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (d) => (shown += d));
    const result = promptForParameters(describeAssociation!, { associationVersion: '3' }, { input, output, isTTY: true });
    input.write('AWS-RunShellScript\r\r\r\r');
    expect(await result).toEqual({
      name: 'AWS-RunShellScript',
      associationVersion: '3',
      commandLine: 'ssm-assoc describe-association --name AWS-RunShellScript --association-version 3',
    });
    const text = shown.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    expect(text).toContain('ssm-assoc describe-association: Describes the association for the specified target or managed node.');
    expect(text).toContain('\n--instance-id (optional): The managed node ID.\n');
    expect(text).toContain('--association-version [3]: ');
  });
});
