// The SDK command class of each operation ssm-assoc has a command for, by the operation's model
// name. An explicit table, not a lookup in the SDK's index, so that the bundle keeps only the
// commands listed here (tree-shaking drops the SSM client's other ~150). Adding an operation:
// its slice in the model (scripts/cut-model.mjs), its class here.
import {
  DescribeAssociationExecutionsCommand,
  ListAssociationsCommand,
  UpdateAssociationStatusCommand,
} from '@aws-sdk/client-ssm';

// Each class takes its operation's input; the request is built from the model, so the table
// holds them under one constructor type.
type SdkCommandClass = new (input: never) => object;

export const SDK_COMMANDS: Readonly<Record<string, SdkCommandClass>> = {
  DescribeAssociationExecutions: DescribeAssociationExecutionsCommand,
  ListAssociations: ListAssociationsCommand,
  UpdateAssociationStatus: UpdateAssociationStatusCommand,
};

/** The SDK command for one call of the operation named `operationName`. */
export function sdkCommand(operationName: string, input: Record<string, unknown>): object {
  const CommandClass = SDK_COMMANDS[operationName];
  if (CommandClass === undefined) throw new Error(`no SDK command is registered for ${operationName}`);
  return new CommandClass(input as never);
}
