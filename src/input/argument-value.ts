// One operation option's value, from the text the user typed (after paramfile loading) to the
// value handed to validation, following awscli/argprocess.py: ParamShorthandParser first, then
// unpack_cli_arg, with shorthand.py's BackCompatVisitor applying the model afterwards.
//
//   structure, map  → JSON when the value (after leading whitespace) starts with "{";
//                     "Invalid JSON:" when it starts with "["; shorthand otherwise
//   list of complex → JSON when it starts with "["; else each word is one shorthand value,
//                     or, when the first word starts with "{", each word an element
//   list of scalars → JSON when it starts with "["; else one element per word
//   document type   → JSON, always
//   string, timestamp, blob → the text itself;  integer, long → int();  float, double → float();
//   boolean → false for "false" (any case), else true when non-empty
// After shorthand: a lone value where the model wants a list becomes a one-element list;
// integer/long/float/double members are converted; boolean members become true/false when they
// read "true"/"false" (any case) and stay strings otherwise.
//
// JSON is decoded as Python's json module does it (NaN and Infinity accepted, duplicate keys
// keep the last value in the first key's place), failing with its exact messages. Python
// distinguishes 1 from 1.0, so JSON integers come back as bigint and other numbers as number.

import { shapeNamed, type Shape } from '../model/shapes.js';
import { CliError } from '../errors.js';
import type { RawOptionValue } from './paramfile.js';
import { pyStringRepr } from './python-repr.js';
import { parseShorthand, pyLstrip, pyStrip, setOwn, ShorthandParseError } from './shorthand.js';

/** A parsed parameter value. bigint is Python's int, number its float, Uint8Array bytes. */
export type ParamValue = string | bigint | number | boolean | null | Uint8Array | ParamValue[] | ParamObject;
export interface ParamObject {
  [key: string]: ParamValue;
}

/** The reference's ParamError: `Error parsing parameter '--x': <detail>`, exit 252. */
export class ParamError extends CliError {
  constructor(
    readonly paramName: string,
    readonly detail: string,
  ) {
    super('usage', `Error parsing parameter '${paramName}': ${detail}`);
    this.name = 'ParamError';
  }
}

/**
 * A Python exception the reference does not turn into a message of its own (a ValueError from
 * int(), a TypeError from handing bytes to the shorthand parser, ...): the run ends with exit
 * 255 and the bare message. A list option turns ValueErrors and TypeErrors from its elements
 * into a ParamError, which is why the Python class is kept.
 */
export class PythonError extends CliError {
  constructor(
    readonly pythonClass: 'ValueError' | 'TypeError' | 'AttributeError' | 'IndexError' | 'RecursionError',
    message: string,
  ) {
    super('other', message);
    this.name = 'PythonError';
  }
}

// ---------------------------------------------------------------------------------------------
// Python's json.loads (the C scanner of CPython 3.11)

/** A json.JSONDecodeError (or the ValueError of an over-long integer); message as Python's. */
export class PythonJsonError extends Error {
  override name = 'PythonJsonError';
}

/** Python indexes strings by code point; JS by UTF-16 unit. */
const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function decodeError(doc: string, message: string, pos: number): PythonJsonError {
  const before = doc.slice(0, pos);
  const lineno = before.split('\n').length;
  const column = codePoints(before.slice(before.lastIndexOf('\n') + 1)) + 1;
  return new PythonJsonError(`${message}: line ${lineno} column ${column} (char ${codePoints(before)})`);
}

/** raise StopIteration(idx): no value starts at idx; reported as "Expecting value" there. */
class StopAt {
  constructor(readonly index: number) {}
}

const JSON_WS = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const NUMBER = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;
const MAX_INT_DIGITS = 4300;

function intFromDigits(text: string): bigint {
  const digits = text.replace(/[^0-9]/g, '').length;
  if (digits > MAX_INT_DIGITS) {
    throw new PythonJsonError(
      `Exceeds the limit (${MAX_INT_DIGITS} digits) for integer string conversion: value has ${digits} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
  }
  return BigInt(text);
}

/**
 * How deep a document may nest before the reference's decoder hits Python's recursion limit
 * (1000 frames, minus those already on the stack where it decodes), and whether each object is
 * handed to an object_pairs_hook (OrderedDict, for option values), a call that needs one frame
 * more than the object itself.
 */
export interface PythonJsonDepth {
  /** The deepest container (1 for the top-level one) the reference still decodes. */
  maxDepth: number;
  objectHook: boolean;
}

/** json.loads in --cli-input-json (and fleet lines), measured against the reference: 979. */
export const CLI_INPUT_JSON_DEPTH: PythonJsonDepth = { maxDepth: 979, objectHook: false };
/** An option's JSON value, decoded with object_pairs_hook=OrderedDict: 978. */
export const OPTION_JSON_DEPTH: PythonJsonDepth = { maxDepth: 978, objectHook: true };

/** Python's RecursionError: exit 255 with its bare message, as the reference's catch-all prints it. */
export function recursionError(context = ''): PythonError {
  return new PythonError('RecursionError', `maximum recursion depth exceeded${context}`);
}

class JsonScanner {
  constructor(
    private readonly s: string,
    private readonly depth: PythonJsonDepth,
  ) {}

  skipWs(i: number): number {
    while (JSON_WS(this.s[i])) i++;
    return i;
  }

  /** `level` is the nesting depth of a container starting at i (1 at the top). */
  scan(i: number, level: number): [ParamValue, number] {
    const s = this.s;
    if (i >= s.length) throw new StopAt(i);
    switch (s[i]) {
      case '"':
        return this.string(i + 1);
      case '{':
        // Checked on entry, as CPython's scanner calls Py_EnterRecursiveCall before each
        // container: the first container past the limit, in document order, names the error.
        if (level > this.depth.maxDepth) throw recursionError(' while decoding a JSON object from a unicode string');
        return this.object(i + 1, level);
      case '[':
        if (level > this.depth.maxDepth) throw recursionError(' while decoding a JSON array from a unicode string');
        return this.array(i + 1, level);
      case 'n':
        if (s.startsWith('null', i)) return [null, i + 4];
        break;
      case 't':
        if (s.startsWith('true', i)) return [true, i + 4];
        break;
      case 'f':
        if (s.startsWith('false', i)) return [false, i + 5];
        break;
      case 'N':
        if (s.startsWith('NaN', i)) return [NaN, i + 3];
        break;
      case 'I':
        if (s.startsWith('Infinity', i)) return [Infinity, i + 8];
        break;
      case '-':
        if (s.startsWith('-Infinity', i)) return [-Infinity, i + 9];
        break;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    if (m === null) throw new StopAt(i);
    const value = m[2] === undefined && m[3] === undefined ? intFromDigits(m[0]) : Number(m[0]);
    return [value, i + m[0].length];
  }

  /** `begin` is just after the opening quote. */
  private string(begin: number): [string, number] {
    const s = this.s;
    let out = '';
    let i = begin;
    for (;;) {
      let next = i;
      while (next < s.length && s[next] !== '"' && s[next] !== '\\') {
        if (s.charCodeAt(next) <= 0x1f) throw decodeError(s, 'Invalid control character at', next);
        next++;
      }
      if (next >= s.length) throw decodeError(s, 'Unterminated string starting at', begin - 1);
      out += s.slice(i, next);
      if (s[next] === '"') return [out, next + 1];
      next++; // past the backslash
      if (next === s.length) throw decodeError(s, 'Unterminated string starting at', begin - 1);
      const esc = s[next]!;
      if (esc !== 'u') {
        const simple = ({ '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[esc];
        if (simple === undefined) throw decodeError(s, 'Invalid \\escape', next - 1);
        out += simple;
        i = next + 1;
        continue;
      }
      // \uXXXX needs its four digits and at least one character after them.
      let end = next + 5;
      if (end >= s.length) throw decodeError(s, 'Invalid \\uXXXX escape', next);
      let unit = this.hex4(next + 1, next);
      // A high surrogate joins a following \u low surrogate; anything else stands alone.
      if (unit >= 0xd800 && unit <= 0xdbff && end + 6 < s.length && s[end] === '\\' && s[end + 1] === 'u') {
        const low = this.hex4(end + 2, end + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          out += String.fromCharCode(unit, low);
          unit = -1;
          end += 6;
        }
      }
      if (unit >= 0) out += String.fromCharCode(unit);
      i = end;
    }
  }

  private hex4(at: number, uIndex: number): number {
    const digits = this.s.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw decodeError(this.s, 'Invalid \\uXXXX escape', uIndex);
    return parseInt(digits, 16);
  }

  private object(i: number, level: number): [ParamObject, number] {
    const s = this.s;
    const result: ParamObject = {};
    // The hook is called once the object is complete, one frame deeper than the object.
    const done = (end: number): [ParamObject, number] => {
      if (this.depth.objectHook && level + 1 > this.depth.maxDepth) throw recursionError(' while calling a Python object');
      return [result, end];
    };
    i = this.skipWs(i);
    if (s[i] === '}') return done(i + 1);
    for (;;) {
      if (s[i] !== '"') throw decodeError(s, 'Expecting property name enclosed in double quotes', i);
      const [key, afterKey] = this.string(i + 1);
      i = this.skipWs(afterKey);
      if (s[i] !== ':') throw decodeError(s, "Expecting ':' delimiter", i);
      const [value, afterValue] = this.scan(this.skipWs(i + 1), level + 1);
      setOwn(result, key, value);
      i = this.skipWs(afterValue);
      if (s[i] === '}') return done(i + 1);
      if (s[i] !== ',') throw decodeError(s, "Expecting ',' delimiter", i);
      i = this.skipWs(i + 1);
    }
  }

  private array(i: number, level: number): [ParamValue[], number] {
    const s = this.s;
    const result: ParamValue[] = [];
    i = this.skipWs(i);
    if (s[i] === ']') return [result, i + 1];
    for (;;) {
      const [value, afterValue] = this.scan(i, level + 1);
      result.push(value);
      i = this.skipWs(afterValue);
      if (s[i] === ']') return [result, i + 1];
      if (s[i] !== ',') throw decodeError(s, "Expecting ',' delimiter", i);
      i = this.skipWs(i + 1);
    }
  }
}

/**
 * json.loads(text): the value, or a PythonJsonError whose message is Python's, e.g.
 * `Expecting ',' delimiter: line 1 column 5 (char 4)`. A document nested deeper than
 * `depth` allows fails with a PythonError (RecursionError) carrying the reference's message,
 * `maximum recursion depth exceeded while decoding a JSON object from a unicode string`: an
 * ordinary error a caller can catch, never a JavaScript stack overflow.
 */
export function parsePythonJson(text: string, depth: PythonJsonDepth = CLI_INPUT_JSON_DEPTH): ParamValue {
  if (text.startsWith('\ufeff')) throw decodeError(text, 'Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
  const scanner = new JsonScanner(text, depth);
  let value: ParamValue;
  let end: number;
  try {
    [value, end] = scanner.scan(scanner.skipWs(0), 1);
  } catch (error) {
    if (error instanceof StopAt) throw decodeError(text, 'Expecting value', error.index);
    throw error;
  }
  end = scanner.skipWs(end);
  if (end !== text.length) throw decodeError(text, 'Extra data', end);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Python's int(), float() and str() of the values a parameter can hold before validation

/** repr(bytes) */
function bytesRepr(bytes: Uint8Array): string {
  const quote = bytes.includes(0x27) && !bytes.includes(0x22) ? '"' : "'";
  let out = 'b' + quote;
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    if (c === '\\' || c === quote) out += '\\' + c;
    else if (c === '\t') out += '\\t';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + b.toString(16).padStart(2, '0');
    else out += c;
  }
  return out + quote;
}

function pyTypeName(value: ParamValue): string {
  if (value === null) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'boolean') return 'bool';
  if (value instanceof Uint8Array) return 'bytes';
  return Array.isArray(value) ? 'list' : 'dict';
}

/** str(value) for the scalars a message can quote. */
function pyStr(value: ParamValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return bytesRepr(value);
  return String(value);
}

const asText = (value: string | Uint8Array): string =>
  typeof value === 'string' ? value : Buffer.from(value).toString('latin1');
const textRepr = (value: string | Uint8Array): string =>
  typeof value === 'string' ? pyStringRepr(value) : bytesRepr(value);

/** int(value) */
function pyInt(value: ParamValue): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new PythonError('ValueError', Number.isNaN(value) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    }
    return BigInt(Math.trunc(value));
  }
  if (typeof value === 'string' || value instanceof Uint8Array) {
    const text = pyStrip(asText(value));
    if (!/^[+-]?\d+(?:_\d+)*$/.test(text)) {
      throw new PythonError('ValueError', `invalid literal for int() with base 10: ${textRepr(value)}`);
    }
    try {
      return intFromDigits(text.replaceAll('_', ''));
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
function pyFloat(value: ParamValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'boolean') return Number(value);
  if (typeof value === 'string' || value instanceof Uint8Array) {
    const text = pyStrip(asText(value));
    if (!PY_FLOAT.test(text)) throw new PythonError('ValueError', `could not convert string to float: ${textRepr(value)}`);
    const lower = text.toLowerCase();
    const sign = lower.startsWith('-') ? -1 : 1;
    const unsigned = lower.replace(/^[+-]/, '');
    if (unsigned.startsWith('inf')) return sign * Infinity;
    if (unsigned === 'nan') return NaN;
    return Number(text.replaceAll('_', ''));
  }
  throw new PythonError('TypeError', `float() argument must be a string or a real number, not '${pyTypeName(value)}'`);
}

/** bool(value) */
function pyTruthy(value: ParamValue): boolean {
  if (value === null) return false;
  if (typeof value === 'string' || value instanceof Uint8Array || Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return typeof value === 'bigint' ? value !== 0n : Boolean(value);
}

// ---------------------------------------------------------------------------------------------
// The model

/** Looks a member's shape up by name; the operation's model unless a test supplies another. */
export type ShapeResolver = (name: string) => Shape;

/** botocore's is_document_type: a structure marked `document` in the model. */
const isDocument = (shape: Shape): boolean => (shape as { document?: boolean }).document === true;

const isComplexType = (type: string): boolean => type === 'structure' || type === 'list' || type === 'map';

type ArgumentInput = RawOptionValue | Uint8Array;
type Container = ParamObject | ParamValue[];

class DocumentTypeFound {}

function assign(parent: Container, name: string | number, value: ParamValue): void {
  if (Array.isArray(parent)) parent[name as number] = value;
  else setOwn(parent, String(name), value);
}

const isObject = (v: ParamValue | undefined): v is ParamObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

function parseShorthandText(paramName: string, value: string | Uint8Array): ParamObject {
  if (typeof value !== 'string') {
    // The reference hands fileb:// bytes to its str-only parser, which fails on a TypeError.
    throw new PythonError(
      'TypeError',
      value.length === 0 ? "a bytes-like object is required, not 'str'" : "'in <string>' requires string as left operand, not int",
    );
  }
  return parseShorthand(value, paramName);
}

function unpackJson(paramName: string, value: string | Uint8Array): ParamValue {
  const text = typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
  try {
    return parsePythonJson(text, OPTION_JSON_DEPTH);
  } catch (error) {
    if (!(error instanceof PythonJsonError)) throw error;
    throw new ParamError(paramName, `Invalid JSON: ${error.message}\nJSON received: ${pyStr(value)}`);
  }
}

const BYTES_WHITESPACE = [0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c];

/** value.lstrip()[0]: a character of text, a number for bytes; IndexError when nothing is left. */
function firstAfterWhitespace(value: string | Uint8Array): string | number {
  const first =
    typeof value === 'string' ? pyLstrip(value).codePointAt(0) : value.find((b) => !BYTES_WHITESPACE.includes(b));
  if (first === undefined) {
    throw new PythonError('IndexError', typeof value === 'string' ? 'string index out of range' : 'index out of range');
  }
  return typeof value === 'string' ? String.fromCodePoint(first) : first;
}

function unpackScalar(shape: Shape, value: ParamValue): ParamValue {
  switch (shape.type) {
    case 'integer':
    case 'long':
      return pyInt(value);
    case 'float':
    case 'double':
      return pyFloat(value);
    case 'boolean':
      return typeof value === 'string' && value.toLowerCase() === 'false' ? false : pyTruthy(value);
    default:
      return value;
  }
}

/** argprocess.py for one option: the option's name for messages, and how to find shapes. */
class ArgumentUnpacker {
  constructor(
    private readonly paramName: string,
    private readonly resolve: ShapeResolver,
  ) {}

  /** ParamShorthandParser, falling back to unpack_cli_arg. */
  value(shape: Shape, value: ArgumentInput): ParamValue {
    const check = Array.isArray(value) && value.length > 0 ? value[0] : value;
    const looksLikeJson = typeof check === 'string' && /^[[{]/.test(pyStrip(check));
    if (!looksLikeJson && this.supportsShorthand(shape)) return this.shorthand(shape, value);
    return this.unpack(shape, value);
  }

  private isDocumentContainer(shape: Shape): boolean {
    if (isDocument(shape)) return true;
    if (shape.type === 'list') return this.isDocumentContainer(this.resolve(shape.member.shape));
    if (shape.type === 'map') return this.isDocumentContainer(this.resolve(shape.value.shape));
    return false;
  }

  /** Complex enough for shorthand: no documents, and a list only of complex elements. */
  private supportsShorthand(shape: Shape): boolean {
    if (this.isDocumentContainer(shape) || !isComplexType(shape.type)) return false;
    return shape.type !== 'list' || isComplexType(this.resolve(shape.member.shape).type);
  }

  private shorthand(shape: Shape, value: ArgumentInput): ParamValue {
    // `--x shutdown` for a structure whose only member is the string `Value`.
    if (shape.type === 'structure' && !Array.isArray(value)) {
      const members = Object.entries(shape.members);
      if (members.length === 1 && members[0]![0] === 'Value' && this.resolve(members[0]![1].shape).type === 'string') {
        if (typeof value !== 'string') throw new PythonError('TypeError', "a bytes-like object is required, not 'str'");
        if (!value.includes('=')) return { Value: value };
      }
    }
    const parsed: ParamValue = Array.isArray(value)
      ? value.map((word) => parseShorthandText(this.paramName, word))
      : parseShorthandText(this.paramName, value);
    // The top-level value is visited in a throwaway parent: only nested fix-ups stick.
    this.visit({}, shape, '', parsed);
    return parsed;
  }

  /** BackCompatVisitor: the model-driven fix-ups after a shorthand parse. */
  private visit(parent: Container, shape: Shape, name: string | number, value: ParamValue | undefined): void {
    switch (shape.type) {
      case 'structure': {
        if (value !== undefined && value !== null && isDocument(shape)) throw new DocumentTypeFound();
        if (!isObject(value)) return;
        for (const [member, ref] of Object.entries(shape.members)) {
          try {
            this.visit(value, this.resolve(ref.shape), member, Object.hasOwn(value, member) ? value[member] : undefined);
          } catch (error) {
            if (!(error instanceof DocumentTypeFound)) throw error;
            throw new ShorthandParseError(
              this.paramName,
              'Shorthand syntax does not support document types. Use JSON input for top-level argument to ' +
                `specify nested parameter: ${member}`,
            );
          }
        }
        return;
      }
      case 'list':
        if (Array.isArray(value)) {
          const element = this.resolve(shape.member.shape);
          value.forEach((item, i) => this.visit(value, element, i, item));
        } else if (value !== undefined && value !== null) {
          // `Key=a` where the model wants a list: ["a"].
          assign(parent, name, [value]);
        }
        return;
      case 'map':
        if (isObject(value)) {
          const valueShape = this.resolve(shape.value.shape);
          for (const [k, v] of Object.entries(value)) this.visit(value, valueShape, k, v);
        }
        return;
      default:
        if (value === undefined || value === null) return;
        if (shape.type === 'integer' || shape.type === 'long') assign(parent, name, pyInt(value));
        else if (shape.type === 'double' || shape.type === 'float') assign(parent, name, pyFloat(value));
        else if (shape.type === 'boolean') {
          if (typeof value !== 'string') {
            throw new PythonError('AttributeError', `'${pyTypeName(value)}' object has no attribute 'lower'`);
          }
          // Only the two words become booleans; anything else is left for validation to reject.
          if (value.toLowerCase() === 'true') assign(parent, name, true);
          else if (value.toLowerCase() === 'false') assign(parent, name, false);
        }
    }
  }

  /** unpack_cli_arg */
  private unpack(shape: Shape, value: ParamValue): ParamValue {
    if (isDocument(shape)) {
      return unpackJson(this.paramName, typeof value === 'string' || value instanceof Uint8Array ? value : pyStr(value));
    }
    if (shape.type === 'structure' || shape.type === 'map') {
      if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
        throw new PythonError('AttributeError', `'${pyTypeName(value)}' object has no attribute 'lstrip'`);
      }
      if (firstAfterWhitespace(value) === '{') return unpackJson(this.paramName, value);
      throw new ParamError(this.paramName, `Invalid JSON:\n${pyStr(value)}`);
    }
    if (shape.type !== 'list') return unpackScalar(shape, value);
    if (typeof value === 'string') {
      if (firstAfterWhitespace(value) === '[') return unpackJson(this.paramName, value);
    } else if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') {
      if (pyStrip(value[0]).startsWith('[')) return unpackJson(this.paramName, value[0]);
    }
    // One element per word; text that is not JSON goes character by character and bytes byte by
    // byte, as Python iterates them.
    let items: ParamValue[];
    if (typeof value === 'string') items = Array.from(value);
    else if (value instanceof Uint8Array) items = Array.from(value, (b) => BigInt(b));
    else if (Array.isArray(value)) items = value;
    else throw new PythonError('TypeError', `'${pyTypeName(value)}' object is not subscriptable`);
    const element = this.resolve(shape.member.shape);
    try {
      return items.map((item) => this.unpack(element, item));
    } catch (error) {
      const converting = error instanceof PythonError && (error.pythonClass === 'ValueError' || error.pythonClass === 'TypeError');
      if (!converting || items[0] === undefined) throw error;
      // The reference names only the option and its first word.
      throw new ParamError(this.paramName, pyStr(items[0]));
    }
  }
}

/**
 * The value of option `paramName` (e.g. `--association-status`) whose model shape is `shape`,
 * from what the user gave: a string, the words of a list option, or fileb:// bytes (file://
 * contents already substituted, see readParamFile). Member shapes are found with `resolve`.
 *
 * Throws ShorthandParseError or ParamError (usage, exit 252) for values the reference rejects
 * while parsing, and PythonError (exit 255) where the reference fails on a Python exception.
 */
export function parseArgumentValue(
  paramName: string,
  shape: Shape,
  value: RawOptionValue | Uint8Array,
  resolve: ShapeResolver = shapeNamed,
): ParamValue {
  return new ArgumentUnpacker(paramName, resolve).value(shape, value);
}
