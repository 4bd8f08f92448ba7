// The service model slice for UpdateAssociationStatus (botocore's JSON model, today's: 1.43.11,
// cut by scripts/cut-model.mjs from ../shared/reference) and typed access to its shapes. Member order in the JSON is the order the
// reference prints and validates members in, so every walk over a structure follows it.
import modelJson from './ssm-update-association-status.model.json' with { type: 'json' };

interface ShapeRef {
  shape: string;
  documentation?: string;
}

interface ShapeCommon {
  documentation?: string;
  min?: number;
  max?: number;
  pattern?: string;
  sensitive?: boolean;
}

export interface StructureShape extends ShapeCommon {
  type: 'structure';
  required?: string[];
  members: Record<string, ShapeRef>;
  exception?: boolean;
  fault?: boolean;
}
export interface ListShape extends ShapeCommon {
  type: 'list';
  member: ShapeRef;
}
export interface MapShape extends ShapeCommon {
  type: 'map';
  key: ShapeRef;
  value: ShapeRef;
}
export interface ScalarShape extends ShapeCommon {
  type: 'string' | 'timestamp' | 'integer' | 'long' | 'boolean' | 'double' | 'float' | 'blob';
  enum?: string[];
}
export type Shape = StructureShape | ListShape | MapShape | ScalarShape;

export interface OperationModel {
  name: string;
  documentation: string;
  errors: ShapeRef[];
  input: ShapeRef;
  output: ShapeRef;
}

export interface ServiceModel {
  metadata: {
    apiVersion: string;
    endpointPrefix: string;
    jsonVersion: string;
    protocol: string;
    serviceFullName: string;
    serviceId: string;
    signatureVersion: string;
    targetPrefix: string;
  };
  operation: OperationModel;
  shapes: Record<string, Shape>;
}

export const model = modelJson as unknown as ServiceModel;

/** A shape by name; the model is fixed at build time, so a missing name is a programming error. */
export function shapeNamed(name: string): Shape {
  const shape = model.shapes[name];
  if (shape === undefined) throw new Error(`shape ${name} is not in the model`);
  return shape;
}

export function inputShape(): StructureShape {
  return shapeNamed(model.operation.input.shape) as StructureShape;
}

export function outputShape(): StructureShape {
  return shapeNamed(model.operation.output.shape) as StructureShape;
}

/** The members of a structure, in model order, with their shapes resolved. */
export function membersOf(shape: StructureShape): Array<[string, Shape, ShapeRef]> {
  return Object.entries(shape.members).map(([name, ref]) => [name, shapeNamed(ref.shape), ref]);
}

export const OPERATION_NAME = model.operation.name;
export const COMMAND_NAME = 'update-association-status';
