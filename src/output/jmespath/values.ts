// JMESPath's own semantics on the value model (src/python/values.ts): its type
// names, its falsiness (0 is true) and the ordering comparisons jmespath 1.0.1 hands to Python
// (a str against a number raises Python's TypeError, with Python's message).
import { JmespathPythonError } from './errors.js';
import { compareStrings, exactNumber, ExpressionReference, isDict, isNumber, PyDatetime, pyTypeName } from '../../python/values.js';

/**
 * The JMESPath type name (the `type()` function and most type errors); a datetime, which only
 * jmespath's own error messages name, is "unknown" (type() of one is null).
 */
export function jmespathTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (isNumber(value)) return 'number';
  if (Array.isArray(value)) return 'array';
  if (value instanceof ExpressionReference) return 'expref';
  if (value instanceof PyDatetime) return 'unknown';
  return 'object';
}

/** JMESPath falsiness: '', [], {}, null and false; 0 is true. */
export function isFalse(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isDict(value)) return Object.keys(value).length === 0;
  return false;
}

/**
 * Python's rich comparison `a OP b` for the values JMESPath orders (numbers and strings); a str
 * against a number raises TypeError as Python does, with Python's message.
 */
export function pyLess(a: unknown, b: unknown, op: '<' | '<=' | '>' | '>='): boolean {
  let c: number;
  if (typeof a === 'string' && typeof b === 'string') {
    c = compareStrings(a, b);
  } else if (isNumber(a) && isNumber(b)) {
    const x = exactNumber(a);
    const y = exactNumber(b);
    // NaN compares false whichever way round.
    if (Number.isNaN(x) || Number.isNaN(y)) return false;
    c = x < y ? -1 : x > y ? 1 : 0;
  } else {
    throw new JmespathPythonError(
      `'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`,
      'invalid-type',
    );
  }
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}
