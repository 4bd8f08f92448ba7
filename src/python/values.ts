// The one value model of the project, for requests (option values, --cli-input-json/yaml, fleet
// lines, validation, skeletons) and responses (JMESPath, the output formats) alike, and the
// Python semantics the reference (botocore, jmespath 1.0.1 and awscli's formatters on CPython
// 3.11) applies to it: int/float distinction, equality (True == 1), ordering of strings by code
// point, type(), str()/repr() of values (used verbatim in error messages).
//
// Values are plain JSON values (null, boolean, number, string, array, plain object) plus three
// classes: PyFloat, a float whose value is integral (Python prints 2.0, a JS number cannot say
// so), ExpressionReference, the result of `&expr`, and PyDatetime, a naive datetime (only the
// sample response of `--generate-cli-skeleton output` holds one: it is never parsed, so its
// timestamps stay datetime objects that each formatter prints its own way). A plain JS number is
// a Python int when it is integral and a float otherwise (fractions, Infinity, NaN); an int a
// double cannot hold exactly (beyond 2^53) is a bigint, so it prints with all its digits. Request
// values may also hold bytes (Uint8Array), datetimes (Date), YAML dates and dicts marked
// OrderedDict (repr.ts).
import { ownEntries, setOwn } from './ordered-keys.js';
import { isPlainObject, ORDERED_DICT, pyBytesRepr, pyFloatRepr, pyStringRepr } from './repr.js';

/** A Python float whose value is integral (2.0, -0.0, 1e+16): a JS number would print as an int. */
export class PyFloat {
  constructor(readonly value: number) {}
  /** JSON.stringify sees the number, so callers unaware of PyFloat still print a number. */
  toJSON(): number {
    return this.value;
  }
  valueOf(): number {
    return this.value;
  }
}

/** The value of `&expression`: only functions such as sort_by consume it. */
export class ExpressionReference {
  constructor(
    readonly node: unknown,
    readonly evaluate: (value: unknown) => unknown,
  ) {}
}

/** A naive datetime.datetime (no time zone), down to the second. */
export class PyDatetime {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    readonly hour = 0,
    readonly minute = 0,
    readonly second = 0,
  ) {}
  /** isoformat(): what awscli's json_encoder writes. */
  isoformat(): string {
    return this.str().replace(' ', 'T');
  }
  /** str(): what the text and table formats and json.dumps' default=str write. */
  str(): string {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${String(this.year).padStart(4, '0')}-${two(this.month)}-${two(this.day)} ${two(this.hour)}:${two(this.minute)}:${two(this.second)}`;
  }
  /** repr(): the seconds only when not zero, as Python writes it. */
  repr(): string {
    const fields = [this.year, this.month, this.day, this.hour, this.minute, ...(this.second === 0 ? [] : [this.second])];
    return `datetime.datetime(${fields.join(', ')})`;
  }
}

export type Dict = Record<string, unknown>;

export function isDict(value: unknown): value is Dict {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof PyFloat) &&
    !(value instanceof ExpressionReference) &&
    !(value instanceof PyDatetime)
  );
}

/** A number of the value model: an int or float (number), an integral float (PyFloat), a big int. */
export type PyNumber = number | PyFloat | bigint;

/** Numbers in Python's sense: ints and floats, never booleans. */
export function isNumber(value: unknown): value is PyNumber {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof PyFloat;
}

export function isFloat(value: unknown): boolean {
  return value instanceof PyFloat || (typeof value === 'number' && !Number.isInteger(value));
}

/** The number as a double (a big int rounded to the nearest). */
export function numberValue(value: PyNumber): number {
  return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : value.value;
}

/** The number for exact comparison: big ints stay bigint (JavaScript compares them with doubles exactly). */
export function exactNumber(value: PyNumber): number | bigint {
  return typeof value === 'bigint' ? value : numberValue(value);
}

/** An int result from exact arithmetic: a number when a double holds it exactly, else a bigint. */
export function intResult(n: bigint): number | bigint {
  const asNumber = Number(n);
  return Number.isSafeInteger(asNumber) ? makeInt(asNumber) : n;
}

/** A float result: integral values are boxed so they keep printing as floats. */
export function makeFloat(n: number): number | PyFloat {
  return Number.isInteger(n) ? new PyFloat(n) : n;
}

/** An int result (JS has -0, Python ints do not). */
export function makeInt(n: number): number {
  return n === 0 ? 0 : n;
}

/** A member of a dict, own properties only (`constructor` is not a key of `{}`). */
export function getKey(dict: Dict, key: string): unknown {
  return Object.hasOwn(dict, key) ? dict[key] : null;
}

/** Sets a member, `__proto__` included (plain assignment would replace the prototype). */
export function setKey(dict: Dict, key: string, value: unknown): void {
  setOwn(dict, key, value);
}


/**
 * bool(value): None, False, 0, 0.0, '' and empty containers are false;
 * NaN is true, as in Python.
 */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return false;
  if (isNumber(value)) return numberValue(value) !== 0;
  if (Array.isArray(value) || value instanceof Uint8Array) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  return true;
}

/** Python `==` on JSON values: booleans are the ints 0 and 1, 1 == 1.0, containers deep. */
export function pyEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const na = numericOrBool(a);
  const nb = numericOrBool(b);
  // `==` on purpose: it compares a bigint with a double by exact value, as Python compares int and float.
  // eslint-disable-next-line eqeqeq
  if (na !== undefined || nb !== undefined) return na !== undefined && nb !== undefined && na == nb;
  if (a instanceof PyDatetime) return b instanceof PyDatetime && a.repr() === b.repr();
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEquals(x, b[i]));
  }
  if (isDict(a)) {
    if (!isDict(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.hasOwn(b, k) && pyEquals(a[k], b[k]));
  }
  return false;
}

function numericOrBool(value: unknown): number | bigint | undefined {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isNumber(value)) return exactNumber(value);
  return undefined;
}

/** Python's `<` on two str: by code point (JS compares UTF-16 units, which differs above U+FFFF). */
export function compareStrings(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(j) as number;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  if (i < a.length) return 1;
  if (j < b.length) return -1;
  return 0;
}

/** Code points of a string, as Python indexes and counts them. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** Python's repr(int) of an integral JS number: its exact decimal digits. */
export function pyIntRepr(n: number): string {
  return BigInt(n).toString();
}

/** str() of a JSON number as Python would print it. */
export function pyNumberRepr(value: PyNumber): string {
  if (typeof value === 'bigint') return value.toString();
  return isFloat(value) ? pyFloatRepr(numberValue(value)) : pyIntRepr(numberValue(value));
}


/**
 * What Python prints for a jmespath _Expression object. The reference prints the object's
 * memory address, which differs from run to run; this is its shape.
 */
export const EXPREF_REPR = '<jmespath.visitor._Expression object at 0x7f0000000000>';

/** type(value).__name__ */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'str';
  if (isNumber(value)) return isFloat(value) ? 'float' : 'int';
  if (Array.isArray(value)) return 'list';
  if (value instanceof ExpressionReference) return '_Expression';
  if (value instanceof PyDatetime) return 'datetime';
  if (value instanceof Uint8Array) return 'bytes';
  if (value instanceof Date) return 'datetime.datetime';
  if (!isPlainObject(value)) return 'datetime.date';
  if ((value as Record<symbol, unknown>)[ORDERED_DICT]) return 'collections.OrderedDict';
  return 'dict';
}

/** str(type(value)) */
export function pyType(value: unknown): string {
  return `<class '${pyTypeName(value)}'>`;
}

/** repr(value) */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return pyStringRepr(value);
  if (isNumber(value)) return pyNumberRepr(value);
  if (Array.isArray(value)) return `[${value.map((v) => pyRepr(v)).join(', ')}]`;
  if (value instanceof ExpressionReference) return EXPREF_REPR;
  if (value instanceof PyDatetime) return value.repr();
  if (value instanceof Uint8Array) return pyBytesRepr(value);
  if (value instanceof Date) return `datetime.datetime(${value.toISOString()})`;
  if (!isPlainObject(value)) return String(value);
  if ((value as Record<symbol, unknown>)[ORDERED_DICT]) {
    const pairs = ownEntries(value as Dict).map(([k, v]) => `(${pyStringRepr(k)}, ${pyRepr(v)})`);
    return pairs.length === 0 ? 'OrderedDict()' : `OrderedDict([${pairs.join(', ')}])`;
  }
  return `{${ownEntries(value as Dict)
    .map(([k, v]) => `${pyStringRepr(k)}: ${pyRepr(v)}`)
    .join(', ')}}`;
}

/** str(value): strings as they are, datetimes as str() writes them, everything else as repr. */
export function pyStr(value: unknown): string {
  if (value instanceof PyDatetime) return value.str();
  return typeof value === 'string' ? value : pyRepr(value);
}
