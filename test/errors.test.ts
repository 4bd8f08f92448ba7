// The one table of exit codes (the README's): each error kind's code, and what a CliError carries.
import { describe, expect, it } from 'vitest';
import { CliError, EXIT_CODES } from '../src/errors.js';

describe('EXIT_CODES', () => {
  it('is the AWS CLI v2 table: 252 usage, 253 configuration, 254 service, 255 other, 130 interrupted', () => {
    expect(EXIT_CODES).toEqual({ usage: 252, configuration: 253, service: 254, other: 255, interrupted: 130 });
  });
});

describe('CliError', () => {
  it('takes its exit code from its kind alone', () => {
    for (const [kind, code] of Object.entries(EXIT_CODES)) {
      expect(new CliError(kind as keyof typeof EXIT_CODES, 'm').exitCode).toBe(code);
    }
  });

  it('keeps the message as given, with no partial output or service code unless given', () => {
    const plain = new CliError('usage', 'usage: ssm-assoc [options]');
    expect([plain.name, plain.message, plain.kind, plain.partialOutput, plain.code]).toEqual(['CliError', 'usage: ssm-assoc [options]', 'usage', '', undefined]);
    expect(plain).toBeInstanceOf(Error);
    const service = new CliError('service', 'An error occurred (X)', { partialOutput: '{\n', code: 'AssociationDoesNotExist' });
    expect([service.partialOutput, service.code, service.exitCode]).toEqual(['{\n', 'AssociationDoesNotExist', 254]);
  });
});
