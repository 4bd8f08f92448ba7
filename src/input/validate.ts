// Parameter validation against the service model, as botocore's ParamValidator does it before
// anything is sent: required members, unknown members, types, and minimum lengths and values
// (botocore checks no maximum, pattern or enum). Every problem is collected, in the order the
// reference finds them, into one `Parameter validation failed:` report.
import { ownEntries, ownKeys } from '../python/ordered-keys.js';
import { membersOf, shapeNamed, type Shape, type StructureShape } from '../model/shapes.js';
import { CliError } from '../errors.js';
import { isFloat, isNumber, numberValue, pyStr, pyType } from '../python/values.js';
import { parseTimestamp, TimestampRangeError, YearRangeError } from '../python/timestamp.js';
import { isPlainObject } from '../python/repr.js';


const label = (name: string) => (name === '' ? 'input' : name.startsWith('.') ? name.slice(1) : name);

const TYPE_NAMES: Record<string, string[]> = {
  structure: ["<class 'dict'>"],
  map: ["<class 'dict'>"],
  list: ["<class 'list'>", "<class 'tuple'>"],
  string: ["<class 'str'>"],
  integer: ["<class 'int'>"],
  long: ["<class 'int'>"],
  boolean: ["<class 'bool'>"],
  double: ["<class 'float'>", "<class 'decimal.Decimal'>", "<class 'int'>"],
  float: ["<class 'float'>", "<class 'decimal.Decimal'>", "<class 'int'>"],
  timestamp: ["<class 'datetime.datetime'>", 'timestamp-string'],
};

function typeMatches(shape: Shape, value: unknown): boolean {
  switch (shape.type) {
    case 'structure':
    case 'map':
      return isPlainObject(value);
    case 'list':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    // Python's bool is an int: True passes an integer check; a float (2.0 too) does not.
    case 'integer':
    case 'long':
      return (isNumber(value) && !isFloat(value)) || typeof value === 'boolean';
    case 'double':
    case 'float':
      return isNumber(value) || typeof value === 'boolean';
    case 'boolean':
      return typeof value === 'boolean';
    case 'timestamp':
      return isTimestampValue(value);
    default:
      return true;
  }
}

/** botocore accepts datetimes, epoch numbers (bools too) and strings that parse as timestamps. */
function isTimestampValue(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (typeof value === 'boolean') return true;
  if (!isNumber(value) && typeof value !== 'string') return false;
  try {
    return parseTimestamp(typeof value === 'string' ? value : numberValue(value)) !== undefined;
  } catch (error) {
    if (error instanceof YearRangeError) return false;
    // Python raises these past botocore's checks, so the reference stops with the bare message.
    if (error instanceof TimestampRangeError) throw new CliError('other', error.message);
    throw error;
  }
}

function check(value: unknown, shape: Shape, name: string, errors: string[]): void {
  if (!typeMatches(shape, value)) {
    const display = value instanceof Date ? value.toISOString() : pyStr(value);
    errors.push(
      `Invalid type for parameter ${label(name)}, value: ${display}, type: ${pyType(value)}, valid types: ${(TYPE_NAMES[shape.type] ?? []).join(', ')}`,
    );
    return;
  }
  switch (shape.type) {
    case 'structure':
      checkStructure(value as Record<string, unknown>, shape, name, errors);
      return;
    case 'list': {
      const list = value as unknown[];
      minimum(name, list.length, shape, 'Invalid length', 'valid min length', list, errors);
      const member = shapeNamed(shape.member.shape);
      list.forEach((item, i) => check(item, member, `${name}[${i}]`, errors));
      return;
    }
    case 'map': {
      const keyShape = shapeNamed(shape.key.shape);
      const valueShape = shapeNamed(shape.value.shape);
      for (const [key, item] of ownEntries(value as Record<string, unknown>)) {
        check(key, keyShape, `${name} (key: ${key})`, errors);
        check(item, valueShape, `${name}.${key}`, errors);
      }
      return;
    }
    case 'string':
      minimum(name, [...(value as string)].length, shape, 'Invalid length', 'valid min length', value, errors);
      return;
    case 'integer':
    case 'long':
    case 'double':
    case 'float':
      minimum(name, Number(value), shape, 'Invalid value', 'valid min value', value, errors);
      return;
    default:
      return;
  }
}

function minimum(name: string, measured: number, shape: Shape, what: string, bound: string, value: unknown, errors: string[]) {
  if (shape.min !== undefined && measured < shape.min) {
    errors.push(`${what} for parameter ${label(name)}, value: ${what === 'Invalid length' ? String(measured) : pyStr(value)}, ${bound}: ${shape.min}`);
  }
}

function checkStructure(params: Record<string, unknown>, shape: StructureShape, name: string, errors: string[]): void {
  for (const required of shape.required ?? []) {
    if (!(required in params)) errors.push(`Missing required parameter in ${label(name)}: "${required}"`);
  }
  const members = membersOf(shape);
  const known: Array<[string, Shape]> = [];
  for (const key of ownKeys(params)) {
    const member = members.find(([m]) => m === key);
    if (member === undefined) {
      errors.push(`Unknown parameter in ${label(name)}: "${key}", must be one of: ${members.map(([m]) => m).join(', ')}`);
    } else {
      known.push([key, member[1]]);
    }
  }
  for (const [key, memberShape] of known) check(params[key], memberShape, `${name}.${key}`, errors);
}

/** The report lines for a request; empty when it is valid. */
export function validationErrors(params: Record<string, unknown>, shape: StructureShape): string[] {
  const errors: string[] = [];
  check(params, shape, '', errors);
  return errors;
}

/**
 * With parameter_validation off, what still cannot be sent: members the model does not have
 * (the SDK would drop them silently; the reference crashes with a KeyError). Reported as
 * validation reports them.
 */
export function refuseUnknownMembers(params: Record<string, unknown>, shape: StructureShape): void {
  const unknown = validationErrors(params, shape).filter((line) => line.startsWith('Unknown parameter in '));
  if (unknown.length > 0) throw new CliError('usage', `Parameter validation failed:\n${unknown.join('\n')}`);
}

/** Throws the reference's `Parameter validation failed:` error (exit 252) when invalid. */
export function validateRequest(params: Record<string, unknown>, shape: StructureShape): void {
  const errors = validationErrors(params, shape);
  if (errors.length > 0) throw new CliError('usage', `Parameter validation failed:\n${errors.join('\n')}`);
}

/** The check a request gets before it is sent: all of it, or (parameter_validation off) only unknown members. */
export function checkRequest(params: Record<string, unknown>, shape: StructureShape, parameterValidation: boolean): void {
  if (parameterValidation) validateRequest(params, shape);
  else refuseUnknownMembers(params, shape);
}
