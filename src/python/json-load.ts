// Python's json.loads, as CPython 3.11's C scanner decodes: the one JSON decoder of the project,
// reading option values, --cli-input-json, fleet lines, process-credential output, response
// bodies and JMESPath literals. NaN, Infinity and -Infinity are accepted; duplicate keys keep the
// last value in the first key's place; errors carry Python's exact messages. Values come back
// in the project's one value model (python/values.ts), which keeps Python's 1 apart from 1.0:
// an int is a number (a bigint beyond what a double holds exactly), a float a number, or a
// PyFloat when integral (2.0, 1e16); 1e400 is inf, as float() reads it.
// Documents JSON.parse reads the same way (most response bodies) go through JSON.parse, the rest
// through the exact scanner below (see the fast path at the end).
//
//   value  = ws (object | array | string | number | "true" | "false" | "null"
//              | "NaN" | "Infinity" | "-Infinity") ws
//   object = "{" ws [ string ws ":" value ("," ws string ws ":" value)* ] "}"
//   array  = "[" ws [ value ("," value)* ] "]"
//   number = "-"? ("0" | [1-9][0-9]*) ("." [0-9]+)? ([eE] [-+]? [0-9]+)?
//   ws     = (" " | "\t" | "\n" | "\r")*

import { recursionError } from './errors.js';
import { setOwn } from './ordered-keys.js';
import { intResult, makeFloat, type PyNumber } from './values.js';

/** A parsed parameter value, in the value model of python/values.ts; Uint8Array is bytes. */
export type ParamValue = string | PyNumber | boolean | null | Uint8Array | ParamValue[] | ParamObject;
export interface ParamObject {
  [key: string]: ParamValue;
}

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

/** JSON's whitespace (space, tab, LF, CR), by char code; NaN (past the end) is none. */
const isJsonWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const NUMBER = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;
const MAX_INT_DIGITS = 4300;

export function intFromDigits(text: string): bigint {
  const digits = text.replace(/[^0-9]/g, '').length;
  if (digits > MAX_INT_DIGITS) {
    throw new PythonJsonError(
      `Exceeds the limit (${MAX_INT_DIGITS} digits) for integer string conversion: value has ${digits} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
  }
  return BigInt(text);
}

/** A number token as json.loads reads it: an int (bigint past 2^53) or a float (PyFloat when integral). */
function numberFromToken(token: string, isInt: boolean): PyNumber {
  return isInt ? intResult(intFromDigits(token)) : makeFloat(Number(token));
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

class JsonScanner {
  constructor(
    private readonly s: string,
    private readonly depth: PythonJsonDepth,
  ) {}

  skipWs(i: number): number {
    while (isJsonWs(this.s.charCodeAt(i))) i++;
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
    return [numberFromToken(m[0], m[2] === undefined && m[3] === undefined), i + m[0].length];
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
  // JSON.parse refuses a BOM, so such a text reaches the exact scanner and its message.
  return parseNative(text, depth) ?? parsePythonJsonExact(text, depth);
}

/** The exact scanner alone (parsePythonJson without its fast path): what the fast path must equal. */
export function parsePythonJsonExact(text: string, depth: PythonJsonDepth = CLI_INPUT_JSON_DEPTH): ParamValue {
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
// The fast path. JSON.parse accepts exactly the documents Python's scanner accepts, except
// NaN, Infinity and -Infinity, and returns the same values for them, except where the value
// model differs from a JS number or a JS object keeps another key order. Regular expressions
// first tell whether such a place can occur at all (plainForJsonParse): where none can,
// JSON.parse's value is the answer. Else one pass over the text, without allocating, finds
// them: where only numbers differ they are handed back as marked strings and converted, and
// anything else (index-like or escaped keys, NaN/Infinity, nesting near the depth limit, any
// text JSON.parse refuses) goes to the exact scanner, which also words every error.

const enum Ch {
  Quote = 0x22,
  Backslash = 0x5c,
  Colon = 0x3a,
  Minus = 0x2d,
  Dot = 0x2e,
  Zero = 0x30,
  Nine = 0x39,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d,
  OpenBracket = 0x5b,
  CloseBracket = 0x5d,
  LowerE = 0x65,
  UpperE = 0x45,
  Plus = 0x2b,
  LowerU = 0x75,
}

const isDigit = (c: number): boolean => c >= Ch.Zero && c <= Ch.Nine;

/** A marked number is a string starting with U+0000, written as its escape (no string of the document holds one, see below). */
const MARK = '\\u0000';

/** JSON.parse's value when it equals the exact scanner's, else undefined. */
function parseNative(text: string, depth: PythonJsonDepth): ParamValue | undefined {
  // Conservative by one level for the object hook's extra frame: the exact scanner decides there.
  const maxLevel = depth.maxDepth - 1;
  if (plainForJsonParse(text, maxLevel)) {
    try {
      return JSON.parse(text) as ParamValue;
    } catch {
      return undefined;
    }
  }
  return parseNativeScanned(text, maxLevel);
}

/**
 * Places where JSON.parse's value may differ, found by regular expressions (native code, where
 * the scan below is a loop over every character: 3 ms for 500 associations on a cold start).
 * They also match inside strings, which only sends such a text to the scan. A number can only
 * stand at the start or after `:`, `,` or `[` (JSON.parse refuses anything else), so these catch
 * every number the scan converts: 16 or more digits (past what a double holds exactly; with a
 * fraction, the nearest double may be whole), a fraction of zeros or an exponent (a whole
 * float), and -0. A fraction with a non-zero digit among at most 15 digits is never whole.
 */
const CONVERTED_NUMBER = /(?:^|[:,[])\s*(?:-?\d{16}|-?(?=[0-9.]{17})\d+\.|-?\d+(?:\.0+(?![0-9])|(?:\.\d+)?[eE])|-0(?![0-9.eE]))/;
/** A key of digits only, which JavaScript would order first. */
const INDEX_KEY = /"\d+"\s*:/;

/**
 * Whether JSON.parse's value is the scanner's without looking at every character: no number to
 * convert, no index-like key, no escape that could spell one (`\u` anywhere: the scan then
 * decides), and fewer brackets than the depth limit allows levels.
 */
function plainForJsonParse(text: string, maxLevel: number): boolean {
  if (text.includes('\\u') || CONVERTED_NUMBER.test(text) || INDEX_KEY.test(text)) return false;
  if (text.length < maxLevel) return true;
  let openers = 0;
  for (const bracket of ['{', '[']) {
    for (let at = text.indexOf(bracket); at >= 0; at = text.indexOf(bracket, at + 1)) if (++openers >= maxLevel) return false;
  }
  return true;
}

/**
 * The fast path's character scan, for texts plainForJsonParse leaves to it. A number whose value
 * JSON.parse gives differently (a whole float such as 2.0 or 1E9, which must be a PyFloat; -0,
 * which is the int 0; an int past 2^53, a bigint) is rewritten as the string "\u0000TOKEN" and
 * converted back by a reviver, which puts it where the number was.
 */
function parseNativeScanned(text: string, maxLevel: number): ParamValue | undefined {
  const n = text.length;
  let level = 0;
  // Start and end offsets of the number tokens to convert.
  let marks: number[] | undefined;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === Ch.Quote) {
      let j = i + 1;
      let unicodeEscape = false;
      for (;;) {
        if (j >= n) return undefined;
        const d = text.charCodeAt(j);
        if (d === Ch.Quote) break;
        if (d === Ch.Backslash) {
          if (text.charCodeAt(j + 1) === Ch.LowerU) unicodeEscape = true;
          j += 2;
        } else j++;
      }
      let k = j + 1;
      while (k < n && isJsonWs(text.charCodeAt(k))) k++;
      // A key JavaScript would order first (an array index), or one an escape may spell so.
      if (text.charCodeAt(k) === Ch.Colon && (unicodeEscape || (j > i + 1 && allDigits(text, i + 1, j)))) return undefined;
      i = j + 1;
    } else if (c === Ch.OpenBrace || c === Ch.OpenBracket) {
      if (++level >= maxLevel) return undefined;
      i++;
    } else if (c === Ch.CloseBrace || c === Ch.CloseBracket) {
      level--;
      i++;
    } else if (c === Ch.Minus || isDigit(c)) {
      const start = i;
      // A minus without digits (-Infinity, or no number at all) goes on to the letters or to JSON.parse's refusal.
      if (c === Ch.Minus) i++;
      while (isDigit(text.charCodeAt(i))) i++;
      const intEnd = i;
      if (text.charCodeAt(i) === Ch.Dot) {
        i++;
        while (isDigit(text.charCodeAt(i))) i++;
      }
      const e = text.charCodeAt(i);
      if (e === Ch.LowerE || e === Ch.UpperE) {
        i++;
        const sign = text.charCodeAt(i);
        if (sign === Ch.Plus || sign === Ch.Minus) i++;
        while (isDigit(text.charCodeAt(i))) i++;
      }
      let convert: boolean;
      if (intEnd !== i) convert = Number.isInteger(Number(text.slice(start, i)));
      // 15 digits always fit a double exactly; -0 is the int 0.
      else if (i - start <= 15) convert = c === Ch.Minus && i - start === 2 && text.charCodeAt(start + 1) === Ch.Zero;
      else if (i - start > MAX_INT_DIGITS) return undefined;
      else convert = !Number.isSafeInteger(Number(text.slice(start, i)));
      if (convert) (marks ??= []).push(start, i);
    } else if (c === 0x4e /* N */ || c === 0x49 /* I */) {
      return undefined;
    } else i++;
  }
  let value: ParamValue;
  try {
    // Parsed as it is first in any case: only a valid document may be marked (a marked number
    // where no number may stand, `{1.0: 2}`, would turn into a valid key).
    value = JSON.parse(text) as ParamValue;
    if (marks === undefined) return value;
    // A document with its own U+0000 could hold a string that looks marked.
    if (text.includes('\\u0000')) return undefined;
    let marked = '';
    let from = 0;
    for (let m = 0; m < marks.length; m += 2) {
      marked += `${text.slice(from, marks[m])}"${MARK}${text.slice(marks[m], marks[m + 1])}"`;
      from = marks[m + 1]!;
    }
    marked += text.slice(from);
    value = JSON.parse(marked, unmark) as ParamValue;
  } catch {
    return undefined;
  }
  return value;
}

function unmark(_key: string, value: unknown): unknown {
  if (typeof value !== 'string' || value.charCodeAt(0) !== 0) return value;
  const token = value.slice(1);
  return numberFromToken(token, !/[.eE]/.test(token));
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}
