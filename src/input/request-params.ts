// From option values to request parameters, in the reference's order: each operation option
// in model order (file:// contents first, then JSON or shorthand), then the keys of
// --cli-input-json/--cli-input-yaml that the command line did not give. Also the last step
// before the SDK: timestamps, wherever the input shape has them, become the whole-second Dates
// botocore would send, and whole floats (PyFloat) the plain numbers the SDK writes.
import type { OperationOptions } from '../model/options.js';
import { operationOptions } from '../model/options.js';
import { CliError } from '../errors.js';
import type { Operation } from '../model/operations.js';
import type { Shape } from '../model/shapes.js';
import { parseArgumentValue } from './unpack-argument.js';
import { mergeCliInput, parseCliInput } from './cli-input.js';
import { readParamFile, type ParamFileIo } from './paramfile.js';
import { parseTimestamp } from '../python/timestamp.js';
import { markOrderedDicts } from '../python/repr.js';
import { isNumber, numberValue, PyFloat, pyStr } from '../python/values.js';

export async function buildRequestParams(op: Operation, operation: OperationOptions, io: ParamFileIo): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = {};
  const members = op.shapes.members(op.input);
  for (const spec of operationOptions(op)) {
    const value = operation[spec.key];
    if (value === undefined || spec.member === undefined) continue;
    const member = members.find(([name]) => name === spec.member);
    if (member === undefined) continue;
    // A boolean flag's value is the parameter (BooleanArgument.add_to_params).
    if (typeof value === 'boolean') {
      params[spec.member] = value;
      continue;
    }
    // Of a list option's words only a lone one may name a file (paramfile.py).
    const path = Array.isArray(value) ? (value.length === 1 ? value[0]! : undefined) : value;
    const given = (path === undefined ? undefined : await readParamFile(spec.flag, path, io)) ?? value;
    const parsed = parseArgumentValue(spec.flag, member[1], given);
    // JSON option values load as OrderedDicts in the reference; its messages say so.
    params[spec.member] = typeof given === 'string' && /^\s*[{[]/.test(given) ? markOrderedDicts(parsed) : parsed;
  }
  const cliInputs = [operation.cliInputJson, operation.cliInputYaml, operation.cliInputJsonl].filter((v) => v !== undefined);
  if (cliInputs.length > 1) {
    throw new CliError('usage', 'Only one --cli-input- parameter may be specified.');
  }
  for (const kind of ['json', 'yaml'] as const) {
    const value = kind === 'json' ? operation.cliInputJson : operation.cliInputYaml;
    if (value === undefined) continue;
    const contents = (await readParamFile(`--cli-input-${kind}`, value, io)) ?? value;
    const text = typeof contents === 'string' ? contents : Buffer.from(contents).toString('utf8');
    return mergeCliInput(params, parseCliInput(kind, text));
  }
  return params;
}

/** A timestamp value as botocore serializes it: whole seconds (a value that is none fails as its serializer fails, 255). */
function wholeSecondDate(value: unknown): Date {
  // Python's bool is an int: True is the epoch second 1.
  const given = typeof value === 'boolean' ? Number(value) : isNumber(value) ? numberValue(value) : value;
  if (given instanceof Date) return new Date(Math.floor(given.getTime() / 1000) * 1000);
  const parsed = typeof given === 'string' || typeof given === 'number' ? parseTimestamp(given) : undefined;
  if (parsed === undefined) throw new CliError('other', `Invalid timestamp "${pyStr(value)}": Unknown string format: ${pyStr(value)}`);
  return new Date(parsed.instant.seconds * 1000);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array) && !(v instanceof PyFloat);

/**
 * `value` with every whole float as a plain number, however deep: the SDK writes a number as
 * its digits (2.0 as 2, as it always has) but would take a PyFloat for an object.
 */
function plainNumbers(value: unknown): unknown {
  if (value instanceof PyFloat) return value.value;
  if (Array.isArray(value)) return value.map(plainNumbers);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainNumbers(item)]));
}

/** `value` with every timestamp its shape has turned into a whole-second Date; what does not fit the shape stays as it is (plain numbers aside). */
function serialize(op: Operation, shape: Shape, value: unknown): unknown {
  switch (shape.type) {
    case 'timestamp':
      return value === undefined || value === null ? value : wholeSecondDate(value);
    case 'structure': {
      if (!isPlainObject(value)) return plainNumbers(value);
      const members = new Map(op.shapes.members(shape).map(([member, memberShape]) => [member, memberShape]));
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => {
          const memberShape = members.get(key);
          return [key, memberShape === undefined ? plainNumbers(item) : serialize(op, memberShape, item)];
        }),
      );
    }
    case 'list':
      return Array.isArray(value) ? value.map((item) => serialize(op, op.shapes.named(shape.member.shape), item)) : plainNumbers(value);
    case 'map': {
      if (!isPlainObject(value)) return plainNumbers(value);
      const valueShape = op.shapes.named(shape.value.shape);
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, serialize(op, valueShape, item)]));
    }
    default:
      return plainNumbers(value);
  }
}

/**
 * The parameters as the SDK takes them: timestamps as whole-second Dates, wherever the input
 * shape has them, and whole floats as plain numbers. Unvalidated ones (parameter_validation
 * off) go as they are otherwise, except a timestamp that is none, which fails as botocore's
 * serializer fails (exit 255).
 */
export function toSdkRequest(op: Operation, params: Record<string, unknown>): Record<string, unknown> {
  return serialize(op, op.input, params) as Record<string, unknown>;
}
