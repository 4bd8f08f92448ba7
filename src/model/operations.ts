// Operations as data: each operation of a service model becomes an Operation descriptor (its
// name, the CLI's name for it from botocore's xform_name, its input and output shapes, its
// paginator), as aws-cli builds its commands from the model. Everything that differs between
// operations (options, required flags, help, skeletons, completion, auto-prompt, the request
// and the response) is derived from the descriptor; only the SDK command class is looked up
// elsewhere (src/call/sdk-commands.ts), by name.
import { model, ShapeSet, type PaginatorModel, type ServiceModel, type StructureShape } from './shapes.js';
import { cliName } from './xform-name.js';

export interface Operation {
  /** `UpdateAssociationStatus` */
  name: string;
  /** `update-association-status` */
  cliName: string;
  documentation: string;
  inputShapeName: string;
  outputShapeName: string;
  input: StructureShape;
  output: StructureShape;
  paginator: PaginatorModel | undefined;
  /** The model's shapes, for what the operation's shapes refer to. */
  shapes: ShapeSet;
}

/** An empty structure, for an operation without input or output (botocore does the same). */
const EMPTY: StructureShape = { type: 'structure', members: {} };

/** The operations of a service model, in the model's order. */
export function operationsOf(service: ServiceModel): Operation[] {
  const shapes = new ShapeSet(service.shapes);
  return Object.values(service.operations).map((op) => ({
    name: op.name,
    cliName: cliName(op.name),
    documentation: op.documentation,
    inputShapeName: op.input?.shape ?? '',
    outputShapeName: op.output?.shape ?? '',
    input: op.input ? (shapes.named(op.input.shape) as StructureShape) : EMPTY,
    output: op.output ? (shapes.named(op.output.shape) as StructureShape) : EMPTY,
    paginator: service.pagination?.[op.name],
    shapes,
  }));
}

/** ssm-assoc's operations. */
export const OPERATIONS: readonly Operation[] = operationsOf(model);

/** The operation a command word names (`update-association-status`), if any. */
export function operationForCommand(word: string): Operation | undefined {
  return OPERATIONS.find((op) => op.cliName === word);
}

/** An operation by its model name; asking for one the model lacks is a programming error. */
export function operationNamed(name: string): Operation {
  const op = OPERATIONS.find((o) => o.name === name);
  if (op === undefined) throw new Error(`operation ${name} is not in the model`);
  return op;
}
