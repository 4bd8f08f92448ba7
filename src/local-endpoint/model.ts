// The service model as the local endpoint reads it: the shapes of the thirteen association
// operations (its own slice, state-manager.model.json, cut by scripts/cut-model.mjs), used to
// check request bodies (types, then constraints, in model member order) and to write responses
// with their members in model order. The endpoint reads its model JSON itself rather than the
// CLI's model module so that the fake service and the client under test do not share code
// beyond the data they both get from AWS.
import modelJson from './state-manager.model.json' with { type: 'json' };

export interface EndpointShapeRef {
  shape: string;
}

export interface EndpointShape {
  type: 'structure' | 'list' | 'map' | 'string' | 'timestamp' | 'integer' | 'long' | 'boolean' | 'double' | 'float' | 'blob';
  required?: string[];
  members?: Record<string, EndpointShapeRef>;
  member?: EndpointShapeRef;
  key?: EndpointShapeRef;
  value?: EndpointShapeRef;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  error?: { code?: string; httpStatusCode?: number };
}

interface EndpointModel {
  metadata: { targetPrefix: string; endpointPrefix: string };
  operations: Record<string, { name: string; input: EndpointShapeRef; output: EndpointShapeRef }>;
  shapes: Record<string, EndpointShape>;
}

const model = modelJson as unknown as EndpointModel;
const operation = model.operations.UpdateAssociationStatus!;

export const TARGET_PREFIX = model.metadata.targetPrefix;
export const SIGNING_SERVICE = model.metadata.endpointPrefix;
export const OPERATION = operation.name;
export const OPERATION_TARGET = `${TARGET_PREFIX}.${OPERATION}`;
export const INPUT_SHAPE = operation.input.shape;
/** Every operation the endpoint serves, in model order. */
export const OPERATIONS = Object.keys(model.operations);

/** An operation's input and output shape names, or undefined when the model has no such operation. */
export function operationShapes(operationName: string): { input: string; output: string } | undefined {
  if (!Object.hasOwn(model.operations, operationName)) return undefined;
  const found = model.operations[operationName]!;
  return { input: found.input.shape, output: found.output.shape };
}

export function shape(name: string): EndpointShape {
  const found = model.shapes[name];
  if (found === undefined) throw new Error(`shape ${name} is not in the model`);
  return found;
}

const memberLists = new Map<string, ReadonlyArray<readonly [member: string, shapeName: string]>>();

/** A structure's members in model order, each with its shape name (worked out once per structure: every answer picks members). */
export function members(structure: string): ReadonlyArray<readonly [member: string, shapeName: string]> {
  let list = memberLists.get(structure);
  if (list === undefined) {
    list = Object.entries(shape(structure).members ?? {}).map(([name, ref]) => [name, ref.shape] as const);
    memberLists.set(structure, list);
  }
  return list;
}

/** The shape name of one member of a structure, or undefined when the model has no such member. */
export function memberShape(structure: string, member: string): string | undefined {
  return shape(structure).members?.[member]?.shape;
}
