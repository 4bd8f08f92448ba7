// The SDK command registry: every operation of the model has its command class, a call gets a
// command of that class carrying its input, and an operation without one is refused by name.
import { UpdateAssociationStatusCommand } from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { SDK_COMMANDS, sdkCommand } from '../../src/call/sdk-commands.js';
import { OPERATIONS } from '../../src/model/operations.js';

describe('SDK_COMMANDS', () => {
  it("has a command for every operation of the model, and none besides", () => {
    expect(Object.keys(SDK_COMMANDS).sort()).toEqual(OPERATIONS.map((operation) => operation.name).sort());
    expect(SDK_COMMANDS['UpdateAssociationStatus']).toBe(UpdateAssociationStatusCommand);
  });
});

describe('sdkCommand', () => {
  it("builds the operation's command with the input as given", () => {
    const input = { Name: 'AWS-UpdateSSMAgent', InstanceId: 'i-1234567890abcdef0', AssociationStatus: { Date: new Date(0), Name: 'Pending', Message: 'm' } };
    const command = sdkCommand('UpdateAssociationStatus', input);
    expect(command).toBeInstanceOf(UpdateAssociationStatusCommand);
    expect((command as UpdateAssociationStatusCommand).input).toEqual(input);
  });

  it('refuses an operation with no registered command', () => {
    expect(() => sdkCommand('DescribeDocument', {})).toThrow(new Error('no SDK command is registered for DescribeDocument'));
  });
});
