// Reads a request body of any association operation the way an AWS JSON service does: first
// deserialization (valid JSON, each member of the JSON type its shape needs; failures are a
// SerializationException), then constraint validation over the whole input (required members,
// lengths, patterns, enums; every failure collected into one ValidationException whose wording
// follows AWS's "1 validation error detected: Value ... at 'path' failed to satisfy constraint").
// Members the model does not know are ignored, as the service ignores them.
import { INPUT_SHAPE, members, shape } from './model.js';
import { serialization, validation } from './wire-errors.js';

export interface UpdateAssociationStatusInput {
  Name: string;
  InstanceId: string;
  AssociationStatus: {
    /** Epoch seconds as sent (the CLI sends an integer, the JS SDK may send a fraction). */
    Date: number;
    Name: string;
    Message: string;
    AdditionalInfo?: string;
  };
}

/** Parses a request body; an empty body reads as `{}` (then fails validation on its required members). */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw serialization('The request body is not valid JSON.');
  }
}

export function readUpdateAssociationStatusInput(body: unknown): UpdateAssociationStatusInput {
  return readInput(body, INPUT_SHAPE) as unknown as UpdateAssociationStatusInput;
}

/** Checks a parsed body against an input shape: SerializationException, then ValidationException. */
export function readInput(body: unknown, inputShape: string): Record<string, unknown> {
  checkTypes(body, inputShape);
  const problems: string[] = [];
  checkConstraints(body ?? {}, inputShape, '', problems);
  if (problems.length > 0) throw validation(problems);
  return (body ?? {}) as Record<string, unknown>;
}

function jsonKind(value: unknown): string {
  if (typeof value === 'string') return 'STRING_VALUE';
  if (typeof value === 'number') return 'NUMBER_VALUE';
  if (typeof value === 'boolean') return value ? 'TRUE_VALUE' : 'FALSE_VALUE';
  return 'VALUE';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'String',
  timestamp: 'Timestamp',
  integer: 'Integer',
  long: 'Long',
  boolean: 'Boolean',
  double: 'Double',
  float: 'Float',
  blob: 'Blob',
  structure: 'Structure',
  list: 'List',
  map: 'Map',
};

// Deserialization: the JSON type of every present member must fit its shape. JSON null reads as
// an absent member (the required check then reports it).
function checkTypes(value: unknown, shapeName: string): void {
  if (value === null || value === undefined) return;
  const s = shape(shapeName);
  const isObject = typeof value === 'object' && !Array.isArray(value);
  if (isObject && s.type !== 'structure' && s.type !== 'map') {
    throw serialization('Start of structure or map found where not expected.');
  }
  if (Array.isArray(value) && s.type !== 'list') throw serialization('Start of list found where not expected.');
  const mismatch = () =>
    serialization(`${jsonKind(value)} can not be converted to a ${TYPE_NAMES[s.type] ?? s.type}`);
  switch (s.type) {
    case 'structure': {
      if (!isObject) throw mismatch();
      const record = value as Record<string, unknown>;
      for (const [member, memberShape] of members(shapeName)) {
        if (Object.hasOwn(record, member)) checkTypes(record[member], memberShape);
      }
      return;
    }
    case 'list':
      if (!Array.isArray(value)) throw mismatch();
      for (const item of value) checkTypes(item, s.member?.shape ?? '');
      return;
    case 'map':
      if (!isObject) throw mismatch();
      for (const item of Object.values(value as Record<string, unknown>)) checkTypes(item, s.value?.shape ?? '');
      return;
    case 'string':
      if (typeof value !== 'string') throw mismatch();
      return;
    case 'timestamp':
      // awsJson sends timestamps as epoch seconds; a number is the only accepted form.
      if (typeof value !== 'number' || !Number.isFinite(value)) throw mismatch();
      return;
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw mismatch();
      return;
    case 'boolean':
      if (typeof value !== 'boolean') throw mismatch();
      return;
    default:
      throw new Error(`request shape ${shapeName} has unsupported type ${s.type}`);
  }
}

/** `AssociationStatus` → `associationStatus`: AWS reports member paths in lower camel case. */
const pathName = (member: string) => member.charAt(0).toLowerCase() + member.slice(1);

function checkConstraints(value: unknown, shapeName: string, path: string, problems: string[]): void {
  const s = shape(shapeName);
  if (s.type === 'structure') {
    const record = value as Record<string, unknown>;
    const required = new Set(s.required ?? []);
    for (const [member, memberShape] of members(shapeName)) {
      const memberPath = path === '' ? pathName(member) : `${path}.${pathName(member)}`;
      const memberValue = record[member];
      if (memberValue === undefined || memberValue === null) {
        if (required.has(member)) {
          problems.push(`Value null at '${memberPath}' failed to satisfy constraint: Member must not be null`);
        }
        continue;
      }
      checkConstraints(memberValue, memberShape, memberPath, problems);
    }
    return;
  }
  if (s.type === 'list' || s.type === 'map') {
    const items = s.type === 'list' ? (value as unknown[]) : Object.values(value as Record<string, unknown>);
    const size = `Value with ${items.length} element${items.length === 1 ? '' : 's'} at '${path}' failed to satisfy constraint: Member must have length`;
    if (s.min !== undefined && items.length < s.min) problems.push(`${size} greater than or equal to ${s.min}`);
    if (s.max !== undefined && items.length > s.max) problems.push(`${size} less than or equal to ${s.max}`);
    if (s.type === 'list') {
      items.forEach((item, i) => {
        if (item !== null && item !== undefined) checkConstraints(item, s.member?.shape ?? '', `${path}.${i + 1}.member`, problems);
      });
    } else {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (item !== null && item !== undefined) checkConstraints(item, s.value?.shape ?? '', `${path}.${key}.member`, problems);
      }
    }
    return;
  }
  if (s.type === 'integer' || s.type === 'long') {
    const n = value as number;
    const fail = (constraint: string) =>
      problems.push(`Value '${n}' at '${path}' failed to satisfy constraint: Member must have value ${constraint}`);
    if (s.min !== undefined && n < s.min) fail(`greater than or equal to ${s.min}`);
    if (s.max !== undefined && n > s.max) fail(`less than or equal to ${s.max}`);
    return;
  }
  if (s.type !== 'string') return;
  const text = value as string;
  const fail = (constraint: string) =>
    problems.push(`Value '${text}' at '${path}' failed to satisfy constraint: Member must ${constraint}`);
  if (s.min !== undefined && text.length < s.min) fail(`have length greater than or equal to ${s.min}`);
  if (s.max !== undefined && text.length > s.max) fail(`have length less than or equal to ${s.max}`);
  // Model patterns are Java regular expressions matched against the whole value.
  if (s.pattern !== undefined && !new RegExp(`^(?:${s.pattern})$`, 'u').test(text)) {
    fail(`satisfy regular expression pattern: ${s.pattern}`);
  }
  if (s.enum !== undefined && !s.enum.includes(text)) fail(`satisfy enum value set: [${s.enum.join(', ')}]`);
}
