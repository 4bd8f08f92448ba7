// The JMESPath built-in functions as jmespath 1.0.1 implements them (jmespath/functions.py):
// the lookup, arity and type checks run when the function is called (not when the expression
// is compiled), in the reference's order and with its messages, and each function keeps
// Python's results: int versus float, code-point string operations, sort stability, min/max
// keeping the first of equal items, to_number's int()/float() parsing.
import { ownKeys, ownValues } from '../../python/ordered-keys.js';
import { JmespathError, JmespathPythonError } from './errors.js';
import {
  ExpressionReference,
  EXPREF_REPR,
  compareStrings,
  codePoints,
  exactNumber,
  intResult,
  isDict,
  isFloat,
  isNumber,
  makeFloat,
  makeInt,
  numberValue,
  pyEquals,
  pyRepr,
  pyStr,
  pyTypeName,
  setKey,
  PyDatetime,
  PyFloat,
  type Dict,
  type PyNumber,
} from '../../python/values.js';
import { pyJsonDumps } from '../../python/json-dump.js';
import { jmespathTypeName, pyLess } from './values.js';

interface ArgSpec {
  types: string[];
  variadic?: boolean;
}

interface FunctionSpec {
  signature: ArgSpec[];
  fn: (...args: any[]) => unknown;
}

// jmespath types -> Python type names, as the reference's type checks compare them.
const REVERSE_TYPES: Record<string, string[]> = {
  boolean: ['bool'],
  array: ['list'],
  object: ['dict'],
  null: ['NoneType'],
  string: ['str'],
  number: ['float', 'int'],
  expref: ['_Expression'],
};

export function callFunction(name: string, args: unknown[]): unknown {
  const spec = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (spec === undefined) throw new JmespathError('unknown-function', `Unknown function: ${name}()`);
  const { signature } = spec;
  if (signature.length > 0 && signature[signature.length - 1]?.variadic) {
    if (args.length < signature.length) {
      throw arityError(`Expected at least ${plural(signature.length)} for function ${name}(), received ${args.length}`);
    }
  } else if (args.length !== signature.length) {
    throw arityError(`Expected ${plural(signature.length)} for function ${name}(), received ${args.length}`);
  }
  // Only as many arguments as the signature names are checked: merge's extra ones are not.
  signature.forEach((arg, i) => {
    if (arg.types.length > 0) typeCheck(args[i], arg.types, name);
  });
  return spec.fn(...args);
}

function arityError(message: string): JmespathError {
  return new JmespathError('invalid-arity', message);
}

function plural(count: number): string {
  return `${count} ${count === 1 ? 'argument' : 'arguments'}`;
}

function typeError(fn: string, value: unknown, actualType: string, expected: string[]): JmespathError {
  return new JmespathError(
    'invalid-type',
    `In function ${fn}(), invalid type for value: ${pyStr(value)}, ` +
      `expected one of: ${pyRepr(expected)}, received: "${actualType}"`,
  );
}

function typeCheck(value: unknown, types: string[], fn: string): void {
  const allowed: string[] = [];
  const allowedSubtypes: string[][] = [];
  for (const t of types) {
    const dash = t.indexOf('-');
    if (dash >= 0) {
      allowed.push(...(REVERSE_TYPES[t.slice(0, dash)] as string[]));
      allowedSubtypes.push(REVERSE_TYPES[t.slice(dash + 1)] as string[]);
    } else {
      allowed.push(...(REVERSE_TYPES[t] as string[]));
    }
  }
  if (!allowed.includes(pyTypeName(value))) throw typeError(fn, value, jmespathTypeName(value), types);
  if (allowedSubtypes.length === 0 || !Array.isArray(value)) return;
  // Element errors name the Python type ("str", "int"), not the JMESPath one: so does the reference.
  let subtypes: string[];
  if (allowedSubtypes.length === 1) {
    subtypes = allowedSubtypes[0] as string[];
  } else {
    if (value.length === 0) return;
    const first = pyTypeName(value[0]);
    const found = allowedSubtypes.find((s) => s.includes(first));
    if (found === undefined) throw typeError(fn, value[0], first, types);
    subtypes = found;
  }
  for (const element of value) {
    const actual = pyTypeName(element);
    if (!subtypes.includes(actual)) throw typeError(fn, element, actual, types);
  }
}

/** Python's `<` for sorting homogeneous numbers or strings. */
function ascending(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  const x = exactNumber(a as PyNumber);
  const y = exactNumber(b as PyNumber);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Python's sum(): an int while every item is an int, a float from the first float on. */
/** Python's float(int): an int too large for a double is an OverflowError, not infinity. */
function toFloat(value: PyNumber): number {
  const n = numberValue(value);
  if (typeof value === 'bigint' && !Number.isFinite(n)) throw new JmespathPythonError('int too large to convert to float', 'runtime');
  return n;
}

/** Python's sum(): ints add exactly while they last; from the first float on, floats. */
function pythonSum(values: PyNumber[]): PyNumber {
  let exact = 0n;
  let total: number | undefined;
  for (const v of values) {
    if (total === undefined && !isFloat(v)) exact += BigInt(exactNumber(v));
    else if (total === undefined) total = toFloat(intResult(exact)) + numberValue(v);
    else total += toFloat(v);
  }
  return total === undefined ? intResult(exact) : makeFloat(total);
}

/** Python's min()/max() with an optional key: the first of equal items wins. */
function extreme(items: unknown[], op: '<' | '>', key: (item: unknown) => unknown = (x) => x): unknown {
  let best: unknown = null;
  let bestKey: unknown;
  items.forEach((item, i) => {
    const k = key(item);
    if (i === 0 || pyLess(k, bestKey, op)) {
      best = item;
      bestKey = k;
    }
  });
  return best;
}

function keyFunction(expref: ExpressionReference, allowed: string[], fn: string): (item: unknown) => unknown {
  return (item) => {
    const result = expref.evaluate(item);
    const type = jmespathTypeName(result);
    if (!allowed.includes(type)) throw typeError(fn, result, type, allowed);
    return result;
  };
}

/** Does `s` contain `part` at `index` without splitting a surrogate pair (one code point in Python)? */
function matchesAt(s: string, part: string, index: number): boolean {
  if (!s.startsWith(part, index)) return false;
  const splits = (at: number) =>
    at > 0 && at < s.length && isHigh(s.charCodeAt(at - 1)) && isLow(s.charCodeAt(at));
  return !splits(index) && !splits(index + part.length);
}

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

function containsString(s: string, part: string): boolean {
  for (let i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
    if (matchesAt(s, part, i)) return true;
  }
  return false;
}

/** dict.update(arg) for merge's unchecked extra arguments. */
function pythonDictUpdate(target: Dict, arg: unknown): void {
  if (isDict(arg)) {
    for (const k of ownKeys(arg)) setKey(target, k, arg[k]);
    return;
  }
  let items: unknown[];
  if (typeof arg === 'string') items = codePoints(arg);
  else if (Array.isArray(arg)) items = arg;
  else throw new JmespathPythonError(`'${pyTypeName(arg)}' object is not iterable`, 'invalid-type');
  items.forEach((item, i) => {
    let pair: unknown[];
    if (typeof item === 'string') pair = codePoints(item);
    else if (Array.isArray(item)) pair = item;
    else if (isDict(item)) pair = ownKeys(item);
    else {
      throw new JmespathPythonError(`cannot convert dictionary update sequence element #${i} to a sequence`, 'invalid-type');
    }
    if (pair.length !== 2) {
      throw new JmespathPythonError(
        `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
        'invalid-value',
      );
    }
    const [key, value] = pair;
    if (Array.isArray(key) || isDict(key)) {
      throw new JmespathPythonError(`unhashable type: '${pyTypeName(key)}'`, 'invalid-type');
    }
    // Python keeps a non-string key as it is (1, true, null); a JS object cannot, so it gets
    // the name json.dumps would print for it.
    setKey(target, jsonKey(key), value);
  });
}

function jsonKey(key: unknown): string {
  if (typeof key === 'string') return key;
  if (key instanceof ExpressionReference) return EXPREF_REPR;
  return pyJsonDumps(key);
}

// Unicode decimal digits: the code points of each run's zero (Python 3.11, Unicode 14).
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
  0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40,
  0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066,
  0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
  0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
  0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];
const UNICODE_SPACE = /^[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;

/**
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, which int() and float() apply first:
 * non-ASCII spaces become ' ', non-ASCII digits their ASCII digit, anything else ends the text
 * with '?', which no number accepts.
 */
function toAsciiNumberText(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 127) {
      out += ch;
    } else if (UNICODE_SPACE.test(ch)) {
      out += ' ';
    } else {
      const zero = DIGIT_ZEROS.find((z) => cp >= z && cp < z + 10);
      if (zero === undefined) return `${out}?`;
      out += String(cp - zero);
    }
  }
  return out;
}

const INT_TEXT = /^[ \t\n\v\f\r]*([+-]?)([0-9]+(?:_[0-9]+)*)[ \t\n\v\f\r]*$/;
const FLOAT_TEXT = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/** to_number on a string: int(s), else float(s), else null. */
function stringToNumber(s: string): PyNumber | null {
  const text = toAsciiNumberText(s);
  const int = INT_TEXT.exec(text);
  // Longer ints are refused (sys.int_info.default_max_str_digits) and left to float().
  if (int !== null && (int[2] as string).replaceAll('_', '').length <= 4300) {
    return intResult(BigInt(`${int[1]}${(int[2] as string).replaceAll('_', '')}`));
  }
  let t = text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
  if (t.includes('_')) {
    // Underscores only between two digits.
    if (/(?<![0-9])_|_(?![0-9])/.test(t)) return null;
    t = t.replaceAll('_', '');
  }
  if (/^[+-]?(?:inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(t)) return NaN;
  if (!FLOAT_TEXT.test(t)) return null;
  return makeFloat(Number(t));
}

function ceilOrFloor(value: PyNumber, round: (n: number) => number): number | bigint {
  if (typeof value === 'bigint') return value;
  const n = numberValue(value);
  if (Number.isNaN(n)) throw new JmespathPythonError('cannot convert float NaN to integer', 'invalid-value');
  if (!Number.isFinite(n)) throw new JmespathPythonError('cannot convert float infinity to integer', 'runtime');
  return makeInt(round(n));
}

const NUMBER = ['number'];
const sig = (...types: string[][]): ArgSpec[] => types.map((t) => ({ types: t }));

const FUNCTIONS: Record<string, FunctionSpec> = {
  abs: {
    signature: sig(NUMBER),
    fn: (n: PyNumber) =>
      typeof n === 'bigint' ? intResult(n < 0n ? -n : n) : isFloat(n) ? makeFloat(Math.abs(numberValue(n))) : makeInt(Math.abs(numberValue(n))),
  },
  avg: {
    signature: sig(['array-number']),
    fn: (a: PyNumber[]) => (a.length > 0 ? makeFloat(toFloat(pythonSum(a)) / a.length) : null),
  },
  ceil: { signature: sig(NUMBER), fn: (n: number | PyFloat) => ceilOrFloor(n, Math.ceil) },
  contains: {
    signature: sig(['array', 'string'], []),
    fn: (subject: unknown[] | string, search: unknown) => {
      if (typeof subject !== 'string') return subject.some((el) => pyEquals(el, search));
      if (typeof search !== 'string') {
        throw new JmespathPythonError(
          `'in <string>' requires string as left operand, not ${pyTypeName(search)}`,
          'invalid-type',
        );
      }
      return containsString(subject, search);
    },
  },
  ends_with: {
    signature: sig(['string'], ['string']),
    fn: (s: string, suffix: string) => s.length >= suffix.length && matchesAt(s, suffix, s.length - suffix.length),
  },
  floor: { signature: sig(NUMBER), fn: (n: number | PyFloat) => ceilOrFloor(n, Math.floor) },
  join: { signature: sig(['string'], ['array-string']), fn: (sep: string, a: string[]) => a.join(sep) },
  keys: { signature: sig(['object']), fn: (o: Dict) => ownKeys(o) },
  length: {
    signature: sig(['string', 'array', 'object']),
    fn: (v: string | unknown[] | Dict) =>
      typeof v === 'string' ? codePoints(v).length : Array.isArray(v) ? v.length : Object.keys(v).length,
  },
  map: {
    signature: sig(['expref'], ['array']),
    fn: (e: ExpressionReference, a: unknown[]) => a.map((el) => e.evaluate(el)),
  },
  max: {
    signature: sig(['array-number', 'array-string']),
    fn: (a: unknown[]) => (a.length > 0 ? extreme(a, '>') : null),
  },
  max_by: {
    signature: sig(['array'], ['expref']),
    fn: (a: unknown[], e: ExpressionReference) =>
      a.length > 0 ? extreme(a, '>', keyFunction(e, ['number', 'string'], 'max_by')) : null,
  },
  merge: {
    signature: [{ types: ['object'], variadic: true }],
    fn: (...objects: unknown[]) => {
      const merged: Dict = {};
      for (const o of objects) pythonDictUpdate(merged, o);
      return merged;
    },
  },
  min: {
    signature: sig(['array-number', 'array-string']),
    fn: (a: unknown[]) => (a.length > 0 ? extreme(a, '<') : null),
  },
  min_by: {
    signature: sig(['array'], ['expref']),
    fn: (a: unknown[], e: ExpressionReference) =>
      a.length > 0 ? extreme(a, '<', keyFunction(e, ['number', 'string'], 'min_by')) : null,
  },
  not_null: {
    signature: [{ types: [], variadic: true }],
    fn: (...args: unknown[]) => args.find((a) => a !== null) ?? null,
  },
  reverse: {
    signature: sig(['array', 'string']),
    fn: (v: unknown[] | string) => (typeof v === 'string' ? codePoints(v).reverse().join('') : [...v].reverse()),
  },
  sort: {
    signature: sig(['array-string', 'array-number']),
    fn: (a: unknown[]) => [...a].sort(ascending),
  },
  sort_by: {
    signature: sig(['array'], ['expref']),
    fn: (a: unknown[], e: ExpressionReference) => {
      if (a.length === 0) return a;
      // The first element's key decides the type every key must have.
      const required = jmespathTypeName(e.evaluate(a[0]));
      if (required !== 'number' && required !== 'string') {
        throw typeError('sort_by', a[0], required, ['string', 'number']);
      }
      const key = keyFunction(e, [required], 'sort_by');
      const keyed = a.map((item) => ({ item, key: key(item) }));
      return keyed.sort((x, y) => ascending(x.key, y.key)).map((x) => x.item);
    },
  },
  starts_with: {
    signature: sig(['string'], ['string']),
    fn: (s: string, prefix: string) => matchesAt(s, prefix, 0),
  },
  sum: { signature: sig(['array-number']), fn: (a: (number | PyFloat)[]) => pythonSum(a) },
  to_array: { signature: sig([]), fn: (v: unknown) => (Array.isArray(v) ? v : [v]) },
  to_number: {
    signature: sig([]),
    fn: (v: unknown) => {
      if (v === null || typeof v === 'boolean' || Array.isArray(v) || isDict(v)) return null;
      if (isNumber(v)) return v;
      if (typeof v === 'string') return stringToNumber(v);
      throw new JmespathPythonError(
        // Python names the type by its tp_name here: a datetime's is qualified.
        `int() argument must be a string, a bytes-like object or a real number, not '${v instanceof PyDatetime ? 'datetime.datetime' : pyTypeName(v)}'`,
        'invalid-type',
      );
    },
  },
  to_string: {
    signature: sig([]),
    fn: (v: unknown) => (typeof v === 'string' ? v : pyJsonDumps(v)),
  },
  // Python's _func_type has no branch for an expression reference: it returns None.
  type: { signature: sig([]), fn: (v: unknown) => (v instanceof ExpressionReference || v instanceof PyDatetime ? null : jmespathTypeName(v)) },
  values: { signature: sig(['object']), fn: (o: Dict) => ownValues(o) },
};
