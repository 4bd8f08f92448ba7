// `--output text`: awscli.text.format_text, line for line, plus the Python value semantics both
// text and table output print through (str() of scalars, repr() inside containers, sorting).
//
// Layout rules reproduced (awscli/text.py):
// - A scalar prints as str(value) and a newline: strings as is, `True`/`False`, `None`, ints
//   in decimal, floats as Python's repr (`2.5`, `1e-05`, `1.5e+300`).
// - A dict prints one tab-separated line of its scalar values, in key order sorted by code
//   point, prefixed by the upper-cased key it sits under (none at the top level); a dict with
//   no scalar values prints no line. Its list and dict values follow, by sorted key, each
//   under its own key as identifier.
// - A list of scalars prints one `IDENTIFIER\tvalue` line per element, or, with no
//   identifier (top level), all elements on one tab-separated line. An empty list prints
//   nothing.
// - A list holding any dict prints every element as a dict whose scalar columns are the
//   union of the elements' scalar keys (sorted); an element lacking a key prints '' there,
//   and one whose value for it is a list or dict prints Python's repr of it. A non-dict
//   element makes the reference crash (`'str' object has no attribute 'items'`).
// - A list holding lists (no dicts) prints its scalars as one scalar list, then each nested
//   list under the same identifier.
// Output is streamed by the reference, so a crash leaves the lines written before it on
// stdout; OutputFormatError carries them.
import { CliError } from '../errors.js';

/**
 * A crash of the reference's formatter on a value it cannot lay out: the reference prints
 * Python's exception message as an error (exit 255) after whatever it had already written
 * to stdout, which `partialOutput` holds.
 */
export class OutputFormatError extends CliError {
  readonly partialOutput: string;

  constructor(message: string, partialOutput = '') {
    super('other', message);
    this.name = 'OutputFormatError';
    this.partialOutput = partialOutput;
  }
}

type Dict = Record<string, unknown>;

export function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Python's isinstance(value, (list, dict)). */
export function isContainer(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

/** The type name Python would put in an exception message about `value`. */
export function pythonTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return isPythonInt(value) ? 'int' : 'float';
  if (Array.isArray(value)) return 'list';
  return 'dict';
}

/**
 * Python sorts str by code point; JS compares UTF-16 code units, which disagree only when a
 * surrogate (astral character) meets U+E000..U+FFFF. Shifting both ranges at the first
 * difference restores code point order.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800) x += x <= 0xdfff ? 0x2000 : -0x800;
    if (y >= 0xd800) y += y <= 0xdfff ? 0x2000 : -0x800;
    return x - y;
  }
  return a.length - b.length;
}

export function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort(compareCodePoints);
}

// The values arrive as JSON numbers, which do not say whether Python had an int or a float.
// Safe integers are taken as ints (what the service sends); anything else prints as a float.
// An integral float (`2.0`) therefore prints as `2`: the distinction is gone before here.
function isPythonInt(n: number): boolean {
  return Number.isSafeInteger(n);
}

/** Python's repr() of a float: shortest round-trip digits, exponent below 1e-4 or from 1e16. */
export function pythonFloatRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponentText = '0'] = n.toExponential().split('e');
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exponent < 0 ? '-' : '+';
    return `${sign}${body}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const intDigits = exponent + 1;
  if (digits.length <= intDigits) return `${sign}${digits.padEnd(intDigits, '0')}.0`;
  return `${sign}${digits.slice(0, intDigits)}.${digits.slice(intDigits)}`;
}

function pythonNumberStr(n: number): string {
  return isPythonInt(n) ? String(n) : pythonFloatRepr(n);
}

// str.isprintable() is false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (but space).
// Node's Unicode tables are newer than the reference Python's (14.0), so characters assigned
// since then are printable here and escaped there; nothing the service sends is affected.
const NOT_PRINTABLE = /[\p{C}\p{Z}]/u;

/** Python's repr() of a str. */
export function pythonStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x7f) out += ch;
    else if (!NOT_PRINTABLE.test(ch)) out += ch;
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Python's repr() of a JSON-like value (what str() of a list or dict shows for its items). */
export function pythonRepr(value: unknown): string {
  if (typeof value === 'string') return pythonStrRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (isDict(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${pythonStrRepr(k)}: ${pythonRepr(v)}`)
      .join(', ')}}`;
  }
  return pythonStr(value);
}

/** Python's str() (six.text_type) of a JSON-like value. */
export function pythonStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return pythonNumberStr(value);
  return pythonRepr(value);
}

/** Python truthiness of a JSON-like value (the table formatter skips falsy values). */
export function pythonTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  return true;
}

/** `--output text` of a value (after --query), exactly as the reference writes it. */
export function formatText(value: unknown): string {
  const out: string[] = [];
  try {
    formatItem(value, out, null, null);
  } catch (error) {
    if (error instanceof OutputFormatError) throw new OutputFormatError(error.message, out.join(''));
    throw error;
  }
  return out.join('');
}

function formatItem(item: unknown, out: string[], identifier: string | null, scalarKeys: string[] | null): void {
  if (isDict(item)) formatDict(item, out, identifier, scalarKeys);
  else if (Array.isArray(item)) formatList(item, out, identifier);
  else out.push(`${pythonStr(item)}\n`);
}

function formatList(item: unknown[], out: string[], identifier: string | null): void {
  if (item.length === 0) return;
  if (item.some(isDict)) {
    const allKeys = allScalarKeys(item);
    for (const element of item) formatItem(element, out, identifier, allKeys);
  } else if (item.some(Array.isArray)) {
    const scalars = item.filter((el) => !isContainer(el));
    if (scalars.length > 0) formatScalarList(scalars, out, identifier);
    for (const nonScalar of item.filter(isContainer)) formatItem(nonScalar, out, identifier, null);
  } else {
    formatScalarList(item, out, identifier);
  }
}

function formatScalarList(elements: unknown[], out: string[], identifier: string | null): void {
  if (identifier !== null) {
    const prefix = identifier.toUpperCase();
    for (const element of elements) out.push(`${prefix}\t${pythonStr(element)}\n`);
  } else {
    out.push(`${elements.map(pythonStr).join('\t')}\n`);
  }
}

function formatDict(item: Dict, out: string[], identifier: string | null, scalarKeys: string[] | null): void {
  const scalars: string[] = [];
  const nonScalars: Array<[string, unknown]> = [];
  if (scalarKeys === null) {
    for (const key of sortedKeys(Object.keys(item))) {
      const value = item[key];
      if (isContainer(value)) nonScalars.push([key, value]);
      else scalars.push(pythonStr(value));
    }
  } else {
    // Columns shared by every element of the list: a missing key prints '', and a key that
    // is scalar elsewhere but a list or dict here prints Python's repr of it.
    for (const key of scalarKeys) scalars.push(Object.hasOwn(item, key) ? pythonStr(item[key]) : '');
    const shared = new Set(scalarKeys);
    for (const key of sortedKeys(Object.keys(item).filter((k) => !shared.has(k)))) nonScalars.push([key, item[key]]);
  }
  if (scalars.length > 0) {
    if (identifier !== null) scalars.unshift(identifier.toUpperCase());
    out.push(`${scalars.join('\t')}\n`);
  }
  for (const [key, value] of nonScalars) formatItem(value, out, key, null);
}

function allScalarKeys(list: unknown[]): string[] {
  const seen = new Set<string>();
  for (const element of list) {
    // The reference calls .items() on every element; anything but a dict crashes it.
    if (!isDict(element)) throw new OutputFormatError(`'${pythonTypeName(element)}' object has no attribute 'items'`);
    for (const [key, value] of Object.entries(element)) if (!isContainer(value)) seen.add(key);
  }
  return sortedKeys(seen);
}
