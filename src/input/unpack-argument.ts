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
// JSON is decoded by src/python/json-load.ts (Python's json.loads).

import { shapeNamed, type Shape } from '../model/shapes.js';
import type { RawOptionValue } from './paramfile.js';
import { pyFloat, pyInt } from '../python/builtins.js';
import { OPTION_JSON_DEPTH, parsePythonJson, PythonJsonError, type ParamObject, type ParamValue } from '../python/json-load.js';
import { PythonError } from '../python/errors.js';
import { setOwn } from '../python/ordered-keys.js';
import { pyStr, pyTruthy, pyTypeName } from '../python/values.js';
import { isPlainObject } from '../python/repr.js';
import { PY_BYTES_WHITESPACE, pyLstrip, pyStrip } from '../python/strings.js';
import { parseShorthand, ShorthandParseError } from './shorthand.js';
import { ParamError } from './param-error.js';

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

/** value.lstrip()[0]: a character of text, a number for bytes; IndexError when nothing is left. */
function firstAfterWhitespace(value: string | Uint8Array): string | number {
  const first =
    typeof value === 'string' ? pyLstrip(value).codePointAt(0) : value.find((b) => !PY_BYTES_WHITESPACE.includes(b));
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
        if (!isPlainObject(value)) return;
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
        if (isPlainObject(value)) {
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
    else if (value instanceof Uint8Array) items = Array.from(value);
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
 * contents already substituted, see applyParamFile). Member shapes are found with `resolve`.
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
