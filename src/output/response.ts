// Turns the body the service sent into the data the reference formats: members in model
// order, members the model lacks dropped, null members dropped (botocore's JSON parser), and
// timestamps rendered per cli_timestamp_format. Unlike the reference, a body that does not
// fit the model is an error, never silently dropped output.
import { ownEntries, setOwn } from '../python/ordered-keys.js';
import { formatIso, parseTimestamp, TimestampRangeError, YearRangeError } from '../python/timestamp.js';
import { membersOf, shapeNamed, type Shape } from '../model/shapes.js';
import { isDict, isNumber, numberValue, pyStr } from '../python/values.js';
import { CliError } from '../errors.js';

export type TimestampFormat = 'iso8601' | 'wire';

/** A response the tool cannot print faithfully: exit 255, never silently dropped output. */
export class ResponseShapeError extends CliError {
  constructor(message: string) {
    super('other', message);
    this.name = 'ResponseShapeError';
  }
}

const mismatch = (path: string, expected: string, value: unknown) =>
  new ResponseShapeError(`The response does not fit the service model: ${path} should be ${expected} but is ${describe(value)}`);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isNumber(value)) return 'a number';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function shapeValue(shape: Shape, value: unknown, path: string, format: TimestampFormat): unknown {
  switch (shape.type) {
    case 'structure': {
      if (!isDict(value)) throw mismatch(path, 'an object', value);
      const out: Record<string, unknown> = {};
      for (const [name, memberShape] of membersOf(shape)) {
        const member = value[name];
        if (member !== null && member !== undefined) out[name] = shapeValue(memberShape, member, `${path}.${name}`, format);
      }
      return out;
    }
    case 'list':
      if (!Array.isArray(value)) throw mismatch(path, 'a list', value);
      return value.map((item, i) => shapeValue(shapeNamed(shape.member.shape), item, `${path}[${i}]`, format));
    case 'map': {
      if (!isDict(value)) throw mismatch(path, 'an object', value);
      const valueShape = shapeNamed(shape.value.shape);
      const out: Record<string, unknown> = {};
      for (const [key, item] of ownEntries(value)) setOwn(out, key, shapeValue(valueShape, item, `${path}.${key}`, format));
      return out;
    }
    case 'timestamp':
      return format === 'wire' ? value : isoTimestamp(value, path);
    default:
      return value;
  }
}

/** botocore's parse_timestamp, then isoformat(); failures in the reference's words. */
function isoTimestamp(value: unknown, path: string): string {
  // Python's bool is an int: true is the epoch second 1.
  const epochOrText = typeof value === 'boolean' ? Number(value) : isNumber(value) ? numberValue(value) : value;
  if (typeof epochOrText !== 'number' && typeof epochOrText !== 'string') {
    throw mismatch(path, 'a timestamp', value);
  }
  let parsed;
  try {
    parsed = parseTimestamp(epochOrText);
  } catch (error) {
    if (error instanceof TimestampRangeError || error instanceof YearRangeError) throw new ResponseShapeError(error.message);
    throw error;
  }
  if (parsed === undefined) {
    throw new ResponseShapeError(`Invalid timestamp "${pyStr(value)}": Unknown string format: ${pyStr(value)}`);
  }
  return formatIso(parsed);
}

/** The response data as the reference hands it to its formatters. */
export function shapeResponse(body: unknown, outputShapeName: string, format: TimestampFormat): Record<string, unknown> {
  return shapeValue(shapeNamed(outputShapeName), body, 'response', format) as Record<string, unknown>;
}
