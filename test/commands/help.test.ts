// The help pages: the operation's manual page built from the model (sections, every option of
// the synopsis, shorthand and JSON syntax, enum values, global options, the documentation
// example, the nested output), plain text within 78 columns, and the program's command list.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE } from '../../scripts/cut-model.mjs';
import { GLOBAL_OPTIONS, operationOptions } from '../../src/model/options.js';
import { commandHelp, topLevelHelp } from '../../src/commands/help.js';
import { operationNamed } from '../../src/model/operations.js';

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

  it('shows --association-status with its members, enum values, shorthand and JSON syntax', () => {
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
        '              Possible values:',
        '',
        '              o Pending',
        '',
        '              o Success',
        '',
        '              o Failed',
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
      '       o describe-association-executions',
      '       o list-associations',
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
