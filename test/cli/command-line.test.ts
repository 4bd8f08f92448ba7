import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/command-line.js';
import { CliError } from '../../src/errors.js';

const REQUIRED = ['--name', 'doc', '--instance-id', 'i-1', '--association-status', 'Date=1,Name=Pending,Message=m'];
const USAGE =
  'usage: ssm-assoc [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n' +
  '  ssm-assoc help\n  ssm-assoc <command> help\n  ssm-assoc <command> <subcommand> help\n';

function failure(argv: string[]): CliError {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('parseCommandLine', () => {
  it('takes a help topic after help, and nothing else there', () => {
    expect(parseCommandLine(['help', 'completion']).helpTopic).toBe('completion');
    expect(parseCommandLine(['help', 'local-endpoint']).helpTopic).toBe('local-endpoint');
    expect(parseCommandLine(['help']).helpTopic).toBeUndefined();
    expect(failure(['help', 'bogus']).message).toBe(`${USAGE}\nUnknown options: bogus\n`);
  });

  it('reads operation and global options in either form and any order', () => {
    const parsed = parseCommandLine(['--region=eu-west-1', 'update-association-status', '--output', 'yaml', ...REQUIRED, '--debug', '--no-verify-ssl']);
    expect(parsed.command).toBe('update-association-status');
    expect(parsed.operation).toEqual({ name: 'doc', instanceId: 'i-1', associationStatus: 'Date=1,Name=Pending,Message=m' });
    expect(parsed.globals).toMatchObject({ region: 'eu-west-1', output: 'yaml', debug: true, noVerifySsl: true, color: 'auto' });
  });

  it('accepts the `ssm` service word and argparse prefixes', () => {
    const parsed = parseCommandLine(['ssm', 'update-association-status', '--na', 'doc', '--inst', 'i-1', '--assoc', 'x', '--reg', 'r']);
    expect(parsed.operation).toMatchObject({ name: 'doc', instanceId: 'i-1', associationStatus: 'x' });
    expect(parsed.globals.region).toBe('r');
  });

  it('lets the last occurrence win', () => {
    expect(parseCommandLine(['update-association-status', ...REQUIRED, '--name', 'second']).operation.name).toBe('second');
  });

  it('reports missing required options in model order', () => {
    expect(failure(['update-association-status', '--association-status', 'x']).message).toBe(
      `${USAGE}\nssm-assoc: error: the following arguments are required: --name, --instance-id\n`,
    );
  });

  it('drops the requirement for --cli-input-json as a word of its own, not in --opt= form', () => {
    expect(parseCommandLine(['update-association-status', '--cli-input-json', '{}']).operation.cliInputJson).toBe('{}');
    expect(failure(['update-association-status', '--cli-input-json={}']).message).toContain('the following arguments are required');
  });

  it('takes --generate-cli-skeleton with or without a value', () => {
    expect(parseCommandLine(['update-association-status', '--generate-cli-skeleton']).operation.generateCliSkeleton).toBe('input');
    expect(parseCommandLine(['update-association-status', '--generate-cli-skeleton', 'yaml-input']).operation.generateCliSkeleton).toBe('yaml-input');
    expect(failure(['update-association-status', '--generate-cli-skeleton', 'output']).message).toContain('the following arguments are required');
  });

  it('lists unknown options and stray words, options first', () => {
    expect(failure(['update-association-status', ...REQUIRED, 'stray', '--bogus=1']).message).toBe(`${USAGE}\nUnknown options: --bogus=1, stray\n`);
  });

  it('reports a missing value, and a value that looks like an option', () => {
    expect(failure(['update-association-status', ...REQUIRED, '--query']).message).toBe(`${USAGE}\nssm-assoc: error: argument --query: expected one argument\n`);
    expect(failure(['update-association-status', '--name', '-x']).message).toContain('argument --name: expected one argument');
    expect(parseCommandLine(['update-association-status', ...REQUIRED, '--cli-input-yaml', '- a: b']).operation.cliInputYaml).toBe('- a: b');
  });

  it('lists the choices, with close matches, for a bad choice', () => {
    expect(failure(['update-association-status', ...REQUIRED, '--output', 'jsn']).message).toBe(
      `${USAGE}\nssm-assoc: error: argument --output: Invalid choice, valid choices are:\n\n` +
        `${'json'.padEnd(40)} | ${'text'.padEnd(40)}\n${'table'.padEnd(40)} | ${'yaml'.padEnd(40)}\n${'yaml-stream'.padEnd(40)}\n\n\n` +
        "Invalid choice: 'jsn', maybe you meant:\n\n  * json\n",
    );
  });

  it('reports an ambiguous prefix', () => {
    expect(failure(['update-association-status', '--no-', 'x']).message).toContain(
      'ambiguous option: --no- could match --no-verify-ssl, --no-paginate, --no-sign-request, --no-cli-pager, --no-cli-auto-prompt',
    );
  });

  it('ends global options at --', () => {
    expect(failure(['update-association-status', '--', ...REQUIRED, '--region', 'r']).message).toBe(`${USAGE}\nUnknown options: --region, r\n`);
  });
});

describe('list and boolean members (awscli ListArgument nargs=*, BooleanArgument)', () => {
  it('takes the words up to the next option, the last occurrence winning, --x=a as one word, --x alone as none', () => {
    expect(parseCommandLine(['start-associations-once', '--association-ids', 'a', 'b', '--region', 'r']).operation.associationIds).toEqual(['a', 'b']);
    expect(parseCommandLine(['start-associations-once', '--association-ids', 'a', '--association-ids', 'c']).operation.associationIds).toEqual(['c']);
    expect(parseCommandLine(['start-associations-once', '--association-ids=a']).operation.associationIds).toEqual(['a']);
    expect(parseCommandLine(['start-associations-once', '--association-ids']).operation.associationIds).toEqual([]);
  });

  it('reads --x as true and --no-x as false, the last one given winning, and neither as not given', () => {
    const cron = (...words: string[]) => parseCommandLine(['create-association', '--name', 'd', ...words]).operation.applyOnlyAtCronInterval;
    expect(cron('--apply-only-at-cron-interval')).toBe(true);
    expect(cron('--no-apply-only-at-cron-interval')).toBe(false);
    expect(cron('--no-apply-only-at-cron-interval', '--apply-only-at-cron-interval')).toBe(true);
    expect(cron()).toBeUndefined();
  });
});
