// Python's json.dump/json.dumps on the value model (src/python/values.ts), the one
// JSON encoder: `--output json` and the skeletons (indent=4, ensure_ascii=False), JSON Lines
// records (default separators) and JMESPath's to_string (compact separators, ensure_ascii,
// default=str). A datetime prints as awscli's json_encoder writes it (isoformat()), or as str()
// under to_string's default=str. ints print in full, floats as repr() (whole floats come boxed as PyFloat, so
// 3.0 prints as 3.0), the non-finite ones as NaN, Infinity and -Infinity; containers keep their
// keys' insertion order; empty containers print as {} and [] even when indented.
import { hasOwnKeyOrder, ownEntries } from './ordered-keys.js';
import { jsonAsciiString } from './repr.js';
import { ExpressionReference, EXPREF_REPR, isNumber, PyDatetime, numberValue, pyNumberRepr, type PyNumber } from './values.js';

interface Style {
  /** Between items, and between a key and its value (json.dumps' separators). */
  item: string;
  key: string;
  /** A str as a JSON string: ensure_ascii or not. */
  string: (s: string) => string;
  /** json.dumps' default=: the text of a value JSON has no form for (only to_string has one). */
  fallback?: (value: unknown) => string | undefined;
}

/** ensure_ascii=False, as json.dump writes the output: JSON.stringify escapes the same characters. */
const UNICODE: Style = {
  item: ', ',
  key: ': ',
  string: (s) => JSON.stringify(s),
  fallback: (value) => (value instanceof PyDatetime ? value.isoformat() : undefined),
};
// default=str: what Python prints for a jmespath _Expression object or a datetime.
const TO_STRING: Style = {
  item: ',',
  key: ':',
  string: jsonAsciiString,
  fallback: (value) => (value instanceof ExpressionReference ? EXPREF_REPR : value instanceof PyDatetime ? value.str() : undefined),
};

function encode(value: unknown, indent: string | undefined, style: Style): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return style.string(value);
  if (isNumber(value)) return jsonNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const fallback = style.fallback?.(value);
  if (fallback !== undefined) return style.string(fallback);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (indent === undefined) return `[${value.map((v) => encode(v, undefined, style)).join(style.item)}]`;
    const inner = indent + '    ';
    return `[\n${value.map((v) => inner + encode(v, inner, style)).join(',\n')}\n${indent}]`;
  }
  const entries = ownEntries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const member = ([k, v]: [string, unknown], inner: string | undefined) => `${style.string(k)}${style.key}${encode(v, inner, style)}`;
  if (indent === undefined) return `{${entries.map((e) => member(e, undefined)).join(style.item)}}`;
  const inner = indent + '    ';
  return `{\n${entries.map((e) => inner + member(e, inner)).join(',\n')}\n${indent}}`;
}

/** Python's json: ints in full, floats as repr(), and its spellings of the non-finite ones. */
function jsonNumber(value: PyNumber): string {
  if (typeof value === 'bigint') return String(value);
  const n = numberValue(value);
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return pyNumberRepr(value);
}

/** json.dump(value, indent=4, ensure_ascii=False), then "\n": `--output json`, `--generate-cli-skeleton`. */
export function dumpJson(value: unknown): string {
  // JSON.stringify writes strings as UNICODE does, and containers with the same indents and
  // separators; it is used where it writes every other value the same way too.
  if (stringifiesAlike(value)) return JSON.stringify(value, null, 4) + '\n';
  return encode(value, '', UNICODE) + '\n';
}

/** dumpJson without its fast path: what the fast path must equal. */
export function dumpJsonExact(value: unknown): string {
  return encode(value, '', UNICODE) + '\n';
}

/**
 * Whether JSON.stringify writes the value as encode does: only strings, booleans, null, ints a
 * double holds exactly, floats Python also writes without an exponent (from 1e-4 up: repr turns
 * to 1e-05 where JavaScript still writes 0.00001; a float past 2^53 is whole, hence a PyFloat)
 * and plain arrays and objects in JavaScript's own key order. Not PyFloat (JSON.stringify would
 * write 2 for 2.0), bigint, NaN or Infinity (null), undefined, datetimes or any other class.
 */
function stringifiesAlike(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isInteger(value) ? Number.isSafeInteger(value) : Math.abs(value) >= 1e-4 && Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      // Strings, the most common items, are passed over without a call (a cold run's cost).
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (typeof item !== 'string' && !stringifiesAlike(item)) return false;
        }
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype || hasOwnKeyOrder(value)) return false;
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key];
        if (typeof item !== 'string' && !stringifiesAlike(item)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** json.dumps(value, ensure_ascii=False) with the default separators, then "\n": one JSON Lines record. */
export function jsonLine(value: unknown): string {
  return encode(value, undefined, UNICODE) + '\n';
}

/** json.dumps(value, separators=(',', ':'), default=str), ensure_ascii on, as JMESPath's to_string uses. */
export function pyJsonDumps(value: unknown): string {
  return encode(value, undefined, TO_STRING);
}
