// The help pages: the operation's manual page built from the model (sections, every option of
// the synopsis, shorthand and JSON syntax, enum values, global options, the documentation
// examples, the nested output), plain text within 78 columns, and the program's command list;
// every operation's page compared with the reference's recorded one (test/support/help-text.ts
// says what the comparison leaves aside).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE } from '../../scripts/cut-model.mjs';
import { GLOBAL_OPTIONS, operationOptions } from '../../src/model/options.js';
import { commandHelp, topLevelHelp } from '../../src/commands/help.js';
import { OPERATIONS, operationNamed, type Operation } from '../../src/model/operations.js';
import { outline, referencePage, withoutOptions } from '../support/help-text.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'help');

const UAS = operationNamed('UpdateAssociationStatus');

const page = commandHelp(UAS);
const lines = page.split('\n');

/** The lines of a section: from its heading to the next heading (a line starting with a capital). */
function section(text: string, heading: string): string {
  const all = text.split('\n');
  const start = all.indexOf(heading);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = all.findIndex((line, i) => i > start && /^[A-Z]/.test(line));
  return all.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

describe('commandHelp', () => {
  it('has the manual sections in the reference order', () => {
    const headings = lines.filter((line) => /^[A-Z]/.test(line));
    expect(headings).toEqual(['NAME', 'DESCRIPTION', 'SYNOPSIS', 'OPTIONS', 'GLOBAL OPTIONS', 'EXAMPLES', 'OUTPUT']);
    expect(page.startsWith('NAME\n       update-association-status -\n\nDESCRIPTION\n')).toBe(true);
    expect(page.endsWith('\n')).toBe(true);
    expect(page.endsWith('\n\n')).toBe(false);
  });

  it('is plain text: no roff, no escapes, no HTML, no trailing spaces', () => {
    expect(page).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expect(page).not.toMatch(/^\.[A-Z]{2}/m);
    expect(page).not.toMatch(/<\/?(p|code|a|b|i|note|ul|li)\b/);
    expect(page).not.toMatch(/&(lt|gt|amp);/);
    expect(page).not.toMatch(/ +$/m);
    expect(page).not.toMatch(/\n\n\n/);
  });

  it('keeps prose within 78 columns; only the example code may run longer', () => {
    const long = lines.filter((line) => line.length > 78);
    expect(long).toEqual([
      '              --association-status "Date=1424421071.939,Name=Pending,Message=temp_status_change,AdditionalInfo=Additional-Config-Needed"',
    ]);
  });

  it('renders the operation documentation as paragraphs', () => {
    expect(section(page, 'DESCRIPTION')).toBe(
      [
        '       Updates the status of the Amazon Web Services Systems Manager document',
        '       (SSM document) associated with the specified managed node.',
        '',
        '       UpdateAssociationStatus is primarily used by the Amazon Web Services',
        '       Systems Manager Agent (SSM Agent) to report status updates about your',
        '       associations and is only used for associations created with the',
        '       InstanceId legacy parameter.',
        '',
        '       See also: AWS API Documentation',
        '',
      ].join('\n'),
    );
  });

  it('names every option of the synopsis, required ones bare', () => {
    const synopsis = section(page, 'SYNOPSIS');
    expect(synopsis.split('\n').slice(0, 4)).toEqual([
      '            update-association-status',
      '          --name <value>',
      '          --instance-id <value>',
      '          --association-status <value>',
    ]);
    expect(synopsis).toContain('\n          [--cli-input-json | --cli-input-yaml]\n');
    expect(synopsis).toContain('\n          [--generate-cli-skeleton <value>]\n');
    for (const spec of [...GLOBAL_OPTIONS, ...operationOptions(UAS)]) {
      expect(synopsis).toContain(spec.flag);
    }
    expect(synopsis).toContain('\n          [--debug]\n');
    expect(synopsis).toContain('\n          [--output <value>]\n');
  });

  it('describes every option, global and operation, with its type', () => {
    const options = section(page, 'OPTIONS');
    const globals = section(page, 'GLOBAL OPTIONS');
    // --cli-input-yaml shares its entry with --cli-input-json, as in the reference.
    for (const spec of operationOptions(UAS)) expect(options).toMatch(new RegExp(`^       (--cli-input-json \\| )?${spec.flag}( \\| --cli-input-yaml)? \\(`, 'm'));
    for (const spec of GLOBAL_OPTIONS) {
      const type = spec.arity === 'flag' ? 'boolean' : spec.integer ? 'int' : 'string';
      expect(`\n${globals}`).toContain(`\n       ${spec.flag} (${type})\n\n`);
    }
  });

  it('shows --association-status with its members, shorthand and JSON syntax (enum values only there)', () => {
    const options = section(page, 'OPTIONS');
    expect(options).toContain(
      [
        '       --association-status (structure)',
        '          The association status.',
        '',
        '          Date -> (timestamp)',
        '              The date when the status changed.',
        '',
        '          Name -> (string)',
        '              The status.',
        '',
        '          Message -> (string)',
        '              The reason for the status.',
        '',
        '          AdditionalInfo -> (string)',
        '              A user-defined string.',
        '',
        '       Shorthand Syntax:',
        '',
        '          Date=timestamp,Name=string,Message=string,AdditionalInfo=string',
        '',
        '       JSON Syntax:',
        '',
        '          {',
        '            "Date": timestamp,',
        '            "Name": "Pending"|"Success"|"Failed",',
        '            "Message": "string",',
        '            "AdditionalInfo": "string"',
        '          }',
        '',
      ].join('\n'),
    );
    expect(options.startsWith('       --name (string)\n          The name of the SSM document.\n\n')).toBe(true);
    expect(options).toContain('\n       --instance-id (string)\n          The managed node ID.\n\n');
  });

  it('uses the help texts of cli.json for global options, with their choices', () => {
    const globals = section(page, 'GLOBAL OPTIONS');
    expect(globals).toContain(
      [
        '       --no-verify-ssl (boolean)',
        '',
        '       By default, the AWS CLI uses SSL when communicating with AWS services.',
        '       For each SSL connection, the AWS CLI will verify SSL certificates. This',
        '       option overrides the default behavior of verifying SSL certificates.',
        '',
      ].join('\n'),
    );
    expect(globals).toContain(
      '       --output (string)\n\n       The formatting style for command output.\n\n       o json\n\n       o text\n\n       o table\n\n       o yaml\n\n       o yaml-stream\n\n',
    );
    expect(globals).toContain('       --color (string)\n\n       Turn on/off color output.\n\n       o on\n\n       o off\n\n       o auto\n');
  });

  it('carries the documentation example, command and output', () => {
    const examples = section(page, 'EXAMPLES');
    expect(examples).toContain(
      [
        '       To update the association status',
        '',
        '       The following update-association-status example updates the association',
        '       status of the association between an instance and a document.',
        '',
        '          ssm-assoc update-association-status \\',
        '              --name "AWS-UpdateSSMAgent" \\',
        '              --instance-id "i-1234567890abcdef0" \\',
        '              --association-status "Date=1424421071.939,Name=Pending,Message=temp_status_change,AdditionalInfo=Additional-Config-Needed"',
        '',
        '       Output:',
        '',
        '          {',
        '              "AssociationDescription": {',
        '                  "Name": "AWS-UpdateSSMAgent",',
      ].join('\n'),
    );
    expect(examples).toContain('                  "LastSuccessfulExecutionDate": 1550507808.0\n              }\n          }\n');
  });

  it('lists the output members with types and documentation, nested', () => {
    const output = section(page, 'OUTPUT');
    expect(output.startsWith('       AssociationDescription -> (structure)\n          Information about the association.\n\n          Name -> (string)\n')).toBe(true);
    expect(output).toContain(
      [
        '          Status -> (structure)',
        '              The association status.',
        '',
        '              Date -> (timestamp)',
        '                 The date when the status changed.',
        '',
      ].join('\n'),
    );
    // Maps show key and value; lists their member; deeper levels step by 3 and 4 columns.
    expect(output).toContain('              AssociationStatusAggregatedCount -> (map)\n');
    expect(output).toContain('                 key -> (string)\n\n                 value -> (integer)\n');
    expect(output).toContain('          TargetMaps -> (list)\n');
    expect(output).toContain('              (map)\n                 key -> (string)\n\n                 value -> (list)\n                     (string)\n');
    expect(output).toContain('                     IgnorePollAlarmFailure -> (boolean)\n                        When this value is true');
    // The model's notes and lists, as text.
    expect(output).toContain('                 NOTE:\n                     One or more targets must be specified');
    expect(output).toContain('                 o Key=tag-key,Values=tag-value-1,tag-value-2\n');
    // Lists inside list items step in by two.
    expect(output).toContain('                 o To target all instances in the Amazon Web Services Region:\n\n                   o Key=AWS::EC2::Instance,Values=*\n');
  });

  it('lists every member of the current AssociationDescription and TargetLocation, in model order', () => {
    // Read from the current model itself (../shared/reference), not from our slice, so a member
    // dropped from the slice is missed here too.
    const current = JSON.parse(fs.readFileSync(DEFAULT_SOURCE, 'utf8')) as { shapes: Record<string, { members: Record<string, unknown> }> };
    const titlesAt = (indent: number) =>
      section(page, 'OUTPUT')
        .split('\n')
        .filter((line) => new RegExp(`^ {${indent}}\\w+ -> \\(`).test(line))
        .map((line) => line.trim().split(' ')[0]);
    expect(titlesAt(10)).toEqual(Object.keys(current.shapes['AssociationDescription']?.members ?? {}));
    // TargetLocation's members sit at depth 3 (list, then structure).
    const targetLocation = Object.keys(current.shapes['TargetLocation']?.members ?? {});
    expect(targetLocation).toEqual(expect.arrayContaining(['IncludeChildOrganizationUnits', 'ExcludeAccounts', 'TargetsMaxConcurrency', 'TargetsMaxErrors']));
    const deep = titlesAt(17);
    const start = deep.indexOf('Accounts');
    expect(deep.slice(start, start + targetLocation.length)).toEqual(targetLocation);
  });

  it('is the same text each time', () => {
    expect(commandHelp(UAS)).toBe(page);
  });
});

describe('topLevelHelp', () => {
  const top = topLevelHelp();

  it('lists the commands', () => {
    const commands = section(top, 'AVAILABLE COMMANDS');
    expect(commands.split('\n').filter((l) => l.startsWith('       o '))).toEqual([
      '       o create-association',
      '       o create-association-batch',
      '       o delete-association',
      '       o describe-association',
      '       o describe-association-execution-targets',
      '       o describe-association-executions',
      '       o describe-effective-instance-associations',
      '       o describe-instance-associations-status',
      '       o list-association-versions',
      '       o list-associations',
      '       o start-associations-once',
      '       o update-association',
      '       o update-association-status',
      '       o help',
      '       o completion',
      '       o local-endpoint',
    ]);
  });

  it('shows the synopsis and the global options, in plain text', () => {
    expect(top.startsWith('NAME\n       ssm-assoc -\n\nDESCRIPTION\n')).toBe(true);
    expect(section(top, 'SYNOPSIS')).toContain('          ssm-assoc [options] <command> [parameters]\n');
    for (const spec of GLOBAL_OPTIONS) expect(`\n${section(top, 'GLOBAL OPTIONS')}`).toContain(`\n       ${spec.flag} (`);
    expect(top).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/);
    expect(Math.max(...top.split('\n').map((l) => l.length))).toBeLessThanOrEqual(78);
  });
});

describe('commandHelp of an operation with boolean and list members', () => {
  const create = commandHelp(operationNamed('CreateAssociation')).split('\n');
  it('names a boolean as its --x | --no-x pair, once, in the synopsis and the options, the title wrapped as groff wraps it', () => {
    // (The EXAMPLES section's command uses it too.)
    expect(create.slice(0, create.indexOf('EXAMPLES')).filter((l) => l.includes('-cron-interval'))).toEqual([
      '          [--apply-only-at-cron-interval | --no-apply-only-at-cron-interval]',
      '       --apply-only-at-cron-interval | --no-apply-only-at-cron-interval',
    ]);
    expect(create[create.indexOf('       --apply-only-at-cron-interval | --no-apply-only-at-cron-interval') + 1]).toBe('       (boolean)');
    expect(create).toContain('          [--targets <value>]');
    expect(create).toContain('          --name <value>');
  });

  it('shows a list of structures with its member, shorthand and JSON syntax', () => {
    const page = create.join('\n');
    const start = page.indexOf('\n       --targets (list)\n');
    const block = page.slice(start, page.indexOf('\n       --schedule-expression (string)\n'));
    expect(block).toContain('\n          (structure)\n              An array of search criteria');
    expect(block).toContain('\n              Key -> (string)\n');
    expect(block).toContain('\n              Values -> (list)\n');
    expect(block).toContain('\n                 (string)\n');
    expect(block.slice(block.indexOf('       Shorthand Syntax:'))).toBe(
      [
        '       Shorthand Syntax:',
        '',
        '          Key=string,Values=string,string ...',
        '',
        '       JSON Syntax:',
        '',
        '          [',
        '            {',
        '              "Key": "string",',
        '              "Values": ["string", ...]',
        '            }',
        '            ...',
        '          ]',
        '',
      ].join('\n'),
    );
  });

  it('shows a map with key and value, a nested structure in shorthand, a list of strings as words', () => {
    const page = create.join('\n');
    expect(page).toContain('\n          key -> (string)\n\n          value -> (list)\n              (string)\n\n       Shorthand Syntax:\n\n          KeyName1=string,string,KeyName2=string,string\n\n       JSON Syntax:\n\n          {"string": ["string", ...]\n            ...}\n');
    expect(page).toContain('\n          S3Location={OutputS3Region=string,OutputS3BucketName=string,OutputS3KeyPrefix=string}\n');
    expect(page).toContain('\n       --calendar-names (list)\n');
    expect(page).toContain('\n       Syntax:\n\n          "string" "string" ...\n');
  });

  it('lists an option\'s own enum values, not its members\'', () => {
    const page = create.join('\n');
    expect(page).toContain('\n       --compliance-severity (string)\n');
    expect(page).toContain('\n          Possible values:\n\n          o CRITICAL\n\n          o HIGH\n');
    expect(page.match(/Possible values:/g)).toHaveLength(2); // --compliance-severity, --sync-compliance
  });
});

describe('commandHelp of a paginated operation', () => {
  const page = commandHelp(operationNamed('ListAssociations'));
  it('says it is paginated, after the API link, naming the result key', () => {
    expect(section(page, 'DESCRIPTION')).toContain(
      [
        '       See also: AWS API Documentation',
        '',
        '       list-associations is a paginated operation. Multiple API calls may be',
        '       issued in order to retrieve the entire data set of results. You can',
        '       disable pagination by providing the --no-paginate argument. When using',
        '       --output text and the --query argument on a paginated response, the',
        '       --query argument must extract data from the results of the following',
        '       query expressions: Associations',
      ].join('\n'),
    );
  });

  it('documents the paging options as paginate.py does, integers as (integer)', () => {
    const options = section(page, 'OPTIONS');
    expect(options).toContain('\n       --starting-token (string)\n          A token to specify where to start paginating. This is the NextToken\n          from a previously truncated response.\n\n          For usage examples, see Pagination in the AWS Command Line Interface\n          User Guide.\n');
    expect(options).toContain('\n       --page-size (integer)\n          The size of each page');
    expect(options).toContain('\n       --max-items (integer)\n          The total number of items');
    expect(section(page, 'SYNOPSIS')).toContain('[--cli-input-json | --cli-input-yaml]\n          [--starting-token <value>]\n          [--page-size <value>]\n          [--max-items <value>]\n');
    expect(page).not.toContain('(int)\n          The size');
  });

  it('an operation whose output has no members says None', () => {
    expect(section(commandHelp(operationNamed('DeleteAssociation')), 'OUTPUT')).toBe('       None\n');
  });
});

/** The options of fleet mode, which the reference does not have. */
const fleetFlags = (op: Operation): string[] =>
  operationOptions(op)
    .filter((spec) => spec.member === undefined && !REFERENCE_OPTIONS.has(spec.flag))
    .map((spec) => spec.flag);
const REFERENCE_OPTIONS = new Set(['--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton', '--starting-token', '--page-size', '--max-items']);

describe('commandHelp against the reference (test/fixtures/help, scripts/record-help.mjs)', () => {
  const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
  it('has a recorded page for each of the thirteen operations', () => {
    expect(fixtures.sort()).toEqual(OPERATIONS.map((op) => `${op.cliName}.txt`).sort());
    expect(OPERATIONS).toHaveLength(13);
  });

  for (const op of OPERATIONS) {
    it(`${op.cliName}: the same headings at the same indents, the same words between them`, () => {
      const reference = referencePage(fs.readFileSync(path.join(FIXTURES, `${op.cliName}.txt`), 'utf8'));
      expect(outline(withoutOptions(commandHelp(op), fleetFlags(op)))).toEqual(outline(reference));
    });
  }

  it('tells pages apart: a missing block, a moved heading, a changed word', () => {
    const page = commandHelp(UAS);
    const base = outline(page);
    expect(outline(page.replace('       Shorthand Syntax:\n\n          Date=timestamp,Name=string,Message=string,AdditionalInfo=string\n', ''))).not.toEqual(base);
    expect(outline(page.replace('\n          Date -> (timestamp)\n', '\n              Date -> (timestamp)\n'))).not.toEqual(base);
    expect(outline(page.replace('The date when the status changed.', 'The date the status changed.'))).not.toEqual(base);
    // What it lets pass: line breaks, runs of spaces, a prose paragraph's indent.
    expect(outline(page.replace('The date when the status changed.', 'The date when the\n      status  changed.'))).toEqual(base);
  });

  it('takes only the fleet options out of our page', () => {
    expect(fleetFlags(UAS)).toEqual(['--cli-input-jsonl', '--max-concurrency', '--cli-shutdown-grace']);
    // create-association's --max-concurrency is its member's; fleet mode's gives way to it.
    expect(fleetFlags(operationNamed('CreateAssociation'))).toEqual(['--cli-input-jsonl', '--cli-shutdown-grace']);
    const stripped = withoutOptions(commandHelp(UAS), fleetFlags(UAS));
    expect(stripped).not.toMatch(/--cli-input-jsonl|--cli-shutdown-grace|--max-concurrency/);
    expect(stripped).toContain('\n       --generate-cli-skeleton (string)\n');
    expect(stripped).toContain('\n          [--generate-cli-skeleton <value>]\n');
  });
});
