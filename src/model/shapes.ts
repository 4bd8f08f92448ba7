// The service model slice ssm-assoc speaks (ssm.model.json: botocore's JSON model of SSM, cut by
// scripts/cut-model.mjs to the operations it has commands for, with their paginators) and typed
// access to its shapes. Member order in the JSON is the order the reference prints and
// validates members in, so every walk over a structure follows it.
import modelJson from './ssm.model.json' with { type: 'json' };

export interface ShapeRef {
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
  errors?: ShapeRef[];
  input?: ShapeRef;
  output?: ShapeRef;
}

/** A paginators-1.json entry. */
export interface PaginatorModel {
  input_token: string | string[];
  output_token: string | string[];
  limit_key?: string;
  result_key: string | string[];
  more_results?: string;
  non_aggregate_keys?: string[];
}

export interface ServiceModel {
  source?: string;
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
  operations: Record<string, OperationModel>;
  pagination?: Record<string, PaginatorModel>;
  shapes: Record<string, Shape>;
}

export const model = modelJson as unknown as ServiceModel;

/** The shapes of one model, looked up by name. */
export class ShapeSet {
  /** Each structure's resolved members, worked out once: requests, validation and every response walk them. */
  private readonly memberLists = new WeakMap<StructureShape, ReadonlyArray<readonly [string, Shape, ShapeRef]>>();

  constructor(private readonly shapes: Record<string, Shape>) {}

  /** A shape by name; a model is fixed at build time, so a missing name is a programming error. */
  named(name: string): Shape {
    const shape = this.shapes[name];
    if (shape === undefined) throw new Error(`shape ${name} is not in the model`);
    return shape;
  }

  /** The members of a structure, in model order, with their shapes resolved. */
  members(shape: StructureShape): ReadonlyArray<readonly [string, Shape, ShapeRef]> {
    let members = this.memberLists.get(shape);
    if (members === undefined) {
      members = Object.entries(shape.members).map(([name, ref]) => [name, this.named(ref.shape), ref] as const);
      this.memberLists.set(shape, members);
    }
    return members;
  }
}

/** The shapes of ssm-assoc's own model. */
export const SHAPES = new ShapeSet(model.shapes);

export const shapeNamed = (name: string): Shape => SHAPES.named(name);

export const membersOf = (shape: StructureShape): ReadonlyArray<readonly [string, Shape, ShapeRef]> => SHAPES.members(shape);
