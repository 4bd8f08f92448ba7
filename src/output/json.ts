// JSON output as the reference writes it: Python's json.dump(indent=4, ensure_ascii=False).
// Nested containers open on the same line, items end with ",", empty containers print as
// {} and [], non-ASCII is kept, and the response {} prints nothing at all. Whole floats come
// boxed as PyFloat so that 3.0 prints as 3.0.
import { ownEntries } from '../python/ordered-keys.js';
import { PyFloat, pythonNumberRepr } from './jmespath/values.js';

function encode(value: unknown, indent: string | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'number' || value instanceof PyFloat) return jsonNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (indent === undefined) return `[${value.map((v) => encode(v, undefined)).join(', ')}]`;
    const inner = indent + '    ';
    return `[\n${value.map((v) => inner + encode(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = ownEntries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  if (indent === undefined) return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${encode(v, undefined)}`).join(', ')}}`;
  const inner = indent + '    ';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${encode(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** Python's json: ints in full, floats as repr(), and its spellings of the non-finite ones. */
function jsonNumber(value: number | PyFloat): string {
  const n = Number(value);
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return pythonNumberRepr(value);
}

/** What `--output json` prints for a (queried) response. */
export function formatJson(value: unknown): string {
  if (isEmptyObject(value)) return '';
  return encode(value, '') + '\n';
}

/** JSON as `--generate-cli-skeleton` and other plain json.dump(indent=4) callers print it. */
export function dumpJson(value: unknown): string {
  return encode(value, '') + '\n';
}

/** One JSON Lines record: json.dumps(value) with Python's default separators, then "\n". */
export function jsonLine(value: unknown): string {
  return encode(value, undefined) + '\n';
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
