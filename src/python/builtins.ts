// Python's int() and float() of the values an option can hold before validation (text, bytes,
// json.loads's numbers, booleans), with their exact ValueError and TypeError messages, on the
// value model of values.ts (results too: int() a number or bigint, float() a number or PyFloat):
//   int:   strip, then [+-]? digits ("_" between digits), at most 4300 digits
//   float: strip, then a decimal or exponent literal ("_" between digits), inf, infinity or nan
// Bytes are read as Latin-1 text.
import { PythonError } from './errors.js';
import { intFromDigits, type ParamValue } from './json-load.js';
import { pyBytesRepr, pyStringRepr } from './repr.js';
import { pyStrip } from './strings.js';
import { intResult, isFloat, isNumber, makeFloat, numberValue, pyTypeName, type PyFloat } from './values.js';


const asText = (value: string | Uint8Array): string =>
  typeof value === 'string' ? value : Buffer.from(value).toString('latin1');
const textRepr = (value: string | Uint8Array): string =>
  typeof value === 'string' ? pyStringRepr(value) : pyBytesRepr(value);

/** int(value) */
export function pyInt(value: ParamValue): number | bigint {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isNumber(value)) {
    if (!isFloat(value)) return value as number | bigint;
    const n = numberValue(value);
    if (!Number.isFinite(n)) {
      throw new PythonError('ValueError', Number.isNaN(n) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    }
    return intResult(BigInt(Math.trunc(n)));
  }
  if (typeof value === 'string' || value instanceof Uint8Array) {
    const text = pyStrip(asText(value));
    if (!/^[+-]?\d+(?:_\d+)*$/.test(text)) {
      throw new PythonError('ValueError', `invalid literal for int() with base 10: ${textRepr(value)}`);
    }
    try {
      return intResult(intFromDigits(text.replaceAll('_', '')));
    } catch (error) {
      throw new PythonError('ValueError', (error as Error).message);
    }
  }
  throw new PythonError(
    'TypeError',
    `int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(value)}'`,
  );
}

const PY_FLOAT = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/i;

/** float(value) */
export function pyFloat(value: ParamValue): number | PyFloat {
  if (isNumber(value) || typeof value === 'boolean') return makeFloat(Number(value));
  if (typeof value === 'string' || value instanceof Uint8Array) {
    const text = pyStrip(asText(value));
    if (!PY_FLOAT.test(text)) throw new PythonError('ValueError', `could not convert string to float: ${textRepr(value)}`);
    const lower = text.toLowerCase();
    const sign = lower.startsWith('-') ? -1 : 1;
    const unsigned = lower.replace(/^[+-]/, '');
    if (unsigned.startsWith('inf')) return sign * Infinity;
    if (unsigned === 'nan') return NaN;
    return makeFloat(Number(text.replaceAll('_', '')));
  }
  throw new PythonError('TypeError', `float() argument must be a string or a real number, not '${pyTypeName(value)}'`);
}
