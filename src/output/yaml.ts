// `--output yaml` and `--output yaml-stream`: the bytes AWS CLI v2 (2.9.19) prints.
//
// The reference (awscli/formatter.py, YAMLDumper) does this:
//   - yaml: a result equal to {} prints nothing; a JSON scalar (null, bool, number, string)
//     is printed with `json.dump(value, ensure_ascii=False)` plus "\n" (to avoid YAML's
//     "..." document end marker after a root scalar); anything else goes to ruamel.yaml.
//   - yaml-stream: a result equal to {} prints nothing; anything else is dumped as the
//     one-element list [result] (so a null result prints "- null\n").
// ruamel.yaml 0.17.21 runs as YAML(typ='safe') with default_flow_style=False, and because
// ruamel.yaml.clib is installed, the emitter is its bundled libyaml (C). So the output is
// ruamel's SafeRepresenter + YAML 1.2 Resolver driving libyaml's emitter with its defaults:
// indent 2, width 80, unicode allowed, "\n" line breaks, implicit document start and end.
//
// No JavaScript YAML library reproduces that byte for byte. Measured on the 450 yaml and
// yaml-stream outputs of test/fixtures/reference/output-yaml.json, with this module's wrapper
// rules and each library's closest options (sorted keys, indentless sequences, width 80,
// single quotes): js-yaml 5.5.0 matched 331, `yaml` 2.9.1 matched 320 (59 without its
// timestamp tag). js-yaml quotes 'yes'/'no' and folds long strings into `>-` blocks, `yaml`
// folds elsewhere; both escape and name anchors differently. So this module ports the parts
// of libyaml's emitter that JSON-like data can reach: block mappings and sequences, empty
// flow collections ([] and {}), anchors and aliases, and plain / single-quoted /
// double-quoted scalars (libyaml never picks literal or folded block scalars unless asked,
// and ruamel's safe representer never asks). It matches 450/450, and agreed with ruamel's
// own YAMLDumper on ~130k random values.
//
// Choices reproduced from the reference:
//   - mapping keys are sorted (SafeRepresenter sorts dicts) in code point order (Python's
//     str ordering; JavaScript's default sort would use UTF-16 code units);
//   - an object or array that occurs more than once (same reference, as a JMESPath
//     multiselect of one member twice gives) is written once with an anchor `&id001` and then
//     as alias `*id001`; anchors are numbered in the order of their second sighting in a
//     depth-first walk (ruamel's C serializer), scalars are never aliased;
//   - sequences inside a mapping are not indented ("key:\n- item"), sequences elsewhere are;
//   - a string is plain only if libyaml's analysis allows it AND ruamel's YAML 1.2 resolver
//     would read it back as a string (so 'yes', 'on' stay plain but '1_000', '0o7', '.inf',
//     'null', '~', '<<', '=' and timestamps are quoted); otherwise single-quoted if allowed,
//     else double-quoted (non-printable characters, tabs, space-before-break, break-before-space);
//   - plain and quoted scalars fold at a space once the column passes 80; libyaml's
//     double-quoted escapes (\0 \a \b \t \n \v \f \r \e \N \L \P, \xXX, \uXXXX, \UXXXXXXXX,
//     upper-case hex), and characters beyond U+FFFF count as non-printable;
//   - a key longer than 128 UTF-8 bytes, or containing a line break, is written as a complex
//     key ("? key\n: value");
//   - numbers print as Python would: ints in full, floats as repr() (1e-05, 1.5, and 2.0 for
//     a PyFloat, the query engine's box for an integral float such as avg's).
//
// Inputs are plain JSON-like values (timestamps already ISO strings), or a PyDatetime (the
// output skeleton's sample), which ruamel writes plain as isoformat(' ') and a root scalar
// writes as awscli's json_encoder does (isoformat()). Values that JSON cannot
// express (undefined) are treated as null. Object identity matters, as it does to ruamel: pass
// the query result itself (a JMESPath result shares objects with the response exactly where
// Python's would), and never a shared constant standing for two distinct empty values.

import { ownKeys } from '../python/ordered-keys.js';
import { isNumber, numberValue, PyDatetime, PyFloat, pyNumberRepr } from '../python/values.js';

/** What `--output yaml` prints for a (post-query) result. */
export function formatYaml(value: unknown): string {
  if (isEmptyHash(value)) return '';
  if (!isCollection(value)) return `${jsonScalar(value)}\n`;
  return dumpDocument(value);
}

/** What `--output yaml-stream` prints for a (post-query) result of a non-paginated call. */
export function formatYamlStream(value: unknown): string {
  if (isEmptyHash(value)) return '';
  return dumpDocument([value]);
}

type Collection = unknown[] | Record<string, unknown>;

function isCollection(value: unknown): value is Collection {
  return typeof value === 'object' && value !== null && !(value instanceof PyFloat) && !(value instanceof PyDatetime);
}

// Python's `response == {}`: only a dict with no keys (an empty list is printed).
function isEmptyHash(value: unknown): boolean {
  return isCollection(value) && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** `json.dump(value, ensure_ascii=False)` for a scalar. */
function jsonScalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (isNumber(value)) {
    // Python's json writes NaN/Infinity unquoted (allow_nan=True), other floats as repr().
    const n = numberValue(value);
    if (Number.isNaN(n)) return 'NaN';
    if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
    return pyNumberRepr(value);
  }
  if (value instanceof PyDatetime) return JSON.stringify(value.isoformat());
  // JSON.stringify escapes exactly what Python's json does with ensure_ascii=False:
  // " \ \b \f \n \r \t and the other C0 controls as lower-case \u00xx; DEL and U+2028 raw.
  return JSON.stringify(String(value));
}

/** ruamel's SafeRepresenter for a scalar: its text and whether it is a str (vs null/bool/int/float). */
function representScalar(value: unknown): { text: string; isString: boolean } {
  if (value === null || value === undefined) return { text: 'null', isString: false };
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false', isString: false };
  if (isNumber(value)) {
    // SafeRepresenter: str(int), and repr(float).lower() except for .nan / .inf / -.inf
    const n = numberValue(value);
    if (Number.isNaN(n)) return { text: '.nan', isString: false };
    if (!Number.isFinite(n)) return { text: n > 0 ? '.inf' : '-.inf', isString: false };
    return { text: pyNumberRepr(value), isString: false };
  }
  if (value instanceof PyDatetime) return { text: value.str(), isString: false };
  return { text: String(value), isString: true };
}

// ---------------------------------------------------------------------------------------------
// ruamel.yaml's Resolver (YAML 1.2 implicit resolvers), used to decide whether a string may be
// written plain: it may only if reading it back plain would give a str again. ruamel picks the
// candidate resolvers by the first character (so '_1' stays a string although the int pattern
// would match it) and matches with Python's `$`, which also matches before a final "\n".

const FLOAT_12 =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT_12 = /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/;
const BOOL_12 = /^(?:true|True|TRUE|false|False|FALSE)$/;
const NULL_ = /^(?:~|null|Null|NULL|)$/;
const MERGE = /^(?:<<)$/;
const TIMESTAMP =
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;
const VALUE = /^(?:=)$/;
const YAML_ = /^(?:!|&|\*)$/;

const DIGITS = '0123456789';
// [first characters, pattern], as registered by ruamel for YAML 1.2.
const RESOLVERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['tTfF', BOOL_12],
  [`-+${DIGITS}.`, FLOAT_12],
  [`-+${DIGITS}`, INT_12],
  ['<', MERGE],
  ['~nN', NULL_],
  [DIGITS, TIMESTAMP],
  ['=', VALUE],
  ['!&*', YAML_],
];

function pythonMatch(pattern: RegExp, text: string): boolean {
  return pattern.test(text) || (text.endsWith('\n') && pattern.test(text.slice(0, -1)));
}

/** True when ruamel's resolver reads `text`, written plain, back as a string. */
export function resolvesToString(text: string): boolean {
  if (text === '') return !NULL_.test(text); // only the null resolver is registered for ''
  const first = text[0] ?? '';
  return !RESOLVERS.some(([firsts, pattern]) => firsts.includes(first) && pythonMatch(pattern, text));
}

// ---------------------------------------------------------------------------------------------
// libyaml's character classes (yaml_private.h), on code points.

const isBreak = (c: string | undefined): boolean =>
  c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isSpace = (c: string | undefined): boolean => c === ' ';
// IS_BLANKZ: space, tab, a break, NUL, or the end of the string.
const isBlankZ = (c: string | undefined): boolean =>
  c === undefined || c === ' ' || c === '\t' || c === '\0' || isBreak(c);

/** IS_PRINTABLE: \n, 0x20-0x7E, U+00A0-U+D7FF, U+E000-U+FFFD except the BOM; nothing above U+FFFF. */
function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0) ?? 0;
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

interface ScalarAnalysis {
  chars: string[];
  byteLength: number;
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
}

/**
 * yaml_emitter_analyze_scalar, for block context only: the flow flags and block_allowed are left
 * out (no scalar is ever inside a flow collection here, and block styles are never chosen).
 */
export function analyzeScalar(text: string): ScalarAnalysis {
  const chars = Array.from(text);
  const byteLength = Buffer.byteLength(text, 'utf8');
  if (chars.length === 0) {
    return {
      chars,
      byteLength,
      multiline: false,
      blockPlainAllowed: true,
      singleQuotedAllowed: true,
    };
  }
  let blockIndicators = text.startsWith('---') || text.startsWith('...');
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  let precededByWhitespace = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    const followedByWhitespace = isBlankZ(chars[i + 1]);
    const first = i === 0;
    const last = i === chars.length - 1;
    if (first) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) blockIndicators = true;
    } else {
      if (c === ':' && followedByWhitespace) blockIndicators = true;
      if (c === '#' && precededByWhitespace) blockIndicators = true;
    }
    // unicode output is on, so only the non-printable characters are special
    if (!isPrintable(c)) specialCharacters = true;
    if (isBreak(c)) lineBreaks = true;
    if (isSpace(c)) {
      if (first) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      if (first) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankZ(c);
  }
  const quoted = breakSpace || spaceBreak || specialCharacters;
  return {
    chars,
    byteLength,
    multiline: lineBreaks,
    blockPlainAllowed:
      !(leadingSpace || leadingBreak || trailingSpace || trailingBreak) && !quoted && !lineBreaks && !blockIndicators,
    // a space next to a break, or a non-printable character, needs double quotes
    singleQuotedAllowed: !quoted,
  };
}

// ---------------------------------------------------------------------------------------------
// The emitter: libyaml's state machine, unrolled into recursion over the value.

const BEST_INDENT = 2;
const BEST_WIDTH = 80;

type Style = 'plain' | 'single' | 'double';

interface NodeContext {
  mapping: boolean;
  simpleKey: boolean;
}

/** What ruamel may alias: collections, and datetimes (its ignore_aliases spares only str, numbers, bool and None). */
function isAliasable(value: unknown): value is object {
  return isCollection(value) || value instanceof PyDatetime;
}

/** ruamel's C serializer: anchors for collections and datetimes met twice, numbered by the second sighting. */
function assignAnchors(root: unknown): Map<object, string | null> {
  const anchors = new Map<object, string | null>();
  let last = 0;
  const visit = (node: unknown): void => {
    if (!isAliasable(node)) return;
    if (anchors.has(node)) {
      if (anchors.get(node) === null) {
        last += 1;
        anchors.set(node, `id${String(last).padStart(3, '0')}`);
      }
      return;
    }
    anchors.set(node, null);
    if (Array.isArray(node)) node.forEach(visit);
    else if (isCollection(node)) for (const key of sortedKeys(node as Record<string, unknown>)) visit((node as Record<string, unknown>)[key]);
  };
  visit(root);
  return anchors;
}

/** Python's sorted() on str keys: code point order, which is UTF-8 byte order. */
function sortedKeys(mapping: Record<string, unknown>): string[] {
  return ownKeys(mapping)
    .map((key) => [key, Buffer.from(key, 'utf8')] as const)
    .sort((a, b) => Buffer.compare(a[1], b[1]))
    .map(([key]) => key);
}

function dumpDocument(value: unknown): string {
  const emitter = new Emitter(assignAnchors(value));
  emitter.emitNode(value, { mapping: false, simpleKey: false });
  // document end (implicit): just finish the last line
  emitter.writeIndent();
  return emitter.output();
}

class Emitter {
  private readonly parts: string[] = [];
  private column = 0;
  private indent = -1;
  private readonly indents: number[] = [];
  private whitespace = true;
  private indention = true;
  private readonly serialized = new Set<object>();

  constructor(private readonly anchors: Map<object, string | null>) {}

  output(): string {
    return this.parts.join('');
  }

  emitNode(value: unknown, context: NodeContext): void {
    if (isAliasable(value)) {
      const anchor = this.anchors.get(value) ?? null;
      if (this.serialized.has(value)) {
        // yaml_emitter_emit_alias (an alias is never a key here: keys are strings)
        this.writeIndicator('*', true, false, false);
        this.writeAnchor(anchor ?? '');
        return;
      }
      this.serialized.add(value);
      if (anchor !== null) {
        this.writeIndicator('&', true, false, false);
        this.writeAnchor(anchor);
      }
    }
    if (!isCollection(value)) {
      const { text, isString } = representScalar(value);
      this.emitScalar(analyzeScalar(text), isString ? resolvesToString(text) : true, context);
      return;
    }
    if (Array.isArray(value)) this.emitSequence(value, context);
    else this.emitMapping(value);
  }

  private emitSequence(items: unknown[], context: NodeContext): void {
    if (items.length === 0) {
      this.emitEmptyFlow('[', ']');
      return;
    }
    // inside a mapping (right after "key:"), the sequence is not indented
    this.increaseIndent(false, context.mapping && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.emitNode(item, { mapping: false, simpleKey: false });
    }
    this.popIndent();
  }

  private emitMapping(mapping: Record<string, unknown>): void {
    const keys = sortedKeys(mapping);
    if (keys.length === 0) {
      this.emitEmptyFlow('{', '}');
      return;
    }
    this.increaseIndent(false, false);
    for (const key of keys) {
      this.writeIndent();
      const analysis = analyzeScalar(key);
      const plainImplicit = resolvesToString(key);
      // yaml_emitter_check_simple_key: one line and at most 128 bytes
      if (!analysis.multiline && analysis.byteLength <= 128) {
        this.emitScalar(analysis, plainImplicit, { mapping: true, simpleKey: true });
        this.writeIndicator(':', false, false, false);
      } else {
        this.writeIndicator('?', true, false, true);
        this.emitScalar(analysis, plainImplicit, { mapping: true, simpleKey: false });
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.emitNode(mapping[key], { mapping: true, simpleKey: false });
    }
    this.popIndent();
  }

  // Only empty collections are written in flow style (default_flow_style=False), so a flow
  // collection never has items: libyaml's "[" (after a space), then at once "]".
  private emitEmptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.writeIndicator(close, false, false, false);
  }

  private emitScalar(analysis: ScalarAnalysis, plainImplicit: boolean, context: NodeContext): void {
    const style = this.selectStyle(analysis, plainImplicit, context.simpleKey);
    this.increaseIndent(true, false);
    const allowBreaks = !context.simpleKey;
    if (style === 'plain') this.writePlain(analysis.chars, allowBreaks);
    else if (style === 'single') this.writeSingleQuoted(analysis.chars, allowBreaks);
    else this.writeDoubleQuoted(analysis.chars, allowBreaks);
    this.popIndent();
  }

  /** yaml_emitter_select_scalar_style, for an event asking for no particular style. */
  private selectStyle(analysis: ScalarAnalysis, plainImplicit: boolean, simpleKey: boolean): Style {
    let style: Style = 'plain';
    if (simpleKey && analysis.multiline) style = 'double';
    if (style === 'plain') {
      // (every scalar is in block context: flow collections here are always empty)
      if (!analysis.blockPlainAllowed) style = 'single';
      if (analysis.byteLength === 0 && simpleKey) style = 'single';
      if (!plainImplicit) style = 'single';
    }
    if (style === 'single' && !analysis.singleQuotedAllowed) style = 'double';
    return style;
  }

  // --- writers -------------------------------------------------------------------------------

  private put(text: string): void {
    this.parts.push(text);
    this.column += 1;
  }

  private putBreak(): void {
    this.parts.push('\n');
    this.column = 0;
  }

  private writeBreak(c: string): void {
    if (c === '\n') this.putBreak();
    else {
      this.parts.push(c);
      this.column = 0;
    }
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop() ?? -1;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
      this.putBreak();
    }
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const c of indicator) this.put(c);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  private writeAnchor(name: string): void {
    for (const c of name) this.put(c);
    this.whitespace = false;
    this.indention = false;
  }

  private writePlain(chars: string[], allowBreaks: boolean): void {
    if (!this.whitespace && chars.length > 0) this.put(' ');
    this.writeFoldable(chars, allowBreaks, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeSingleQuoted(chars: string[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    if (this.writeFoldable(chars, allowBreaks, true)) this.writeIndent();
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  /**
   * The loop libyaml's plain and single-quoted writers share: a space past the best width folds
   * the line (inside quotes never at either end), line breaks are written out, and inside quotes
   * a quote is doubled. Returns whether the text ended in line breaks.
   */
  private writeFoldable(chars: string[], allowBreaks: boolean, quoted: boolean): boolean {
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i] ?? '';
      if (isSpace(c)) {
        const atEdge = quoted && (i === 0 || i === chars.length - 1);
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && !atEdge && !isSpace(chars[i + 1])) {
          this.writeIndent();
        } else {
          this.put(c);
        }
        spaces = true;
      } else if (isBreak(c)) {
        // Plain scalars never hold one (line breaks forbid plain style); inside single quotes a
        // "\n" is folded away on reading, so the first one is doubled.
        if (!breaks && c === '\n') this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (quoted && c === "'") this.put("'");
        this.put(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    return breaks;
  }

  private writeDoubleQuoted(chars: string[], allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i] ?? '';
      if (!isPrintable(c) || c === '\ufeff' || isBreak(c) || c === '"' || c === '\\') {
        for (const e of escape(c)) this.put(e);
        spaces = false;
      } else if (isSpace(c)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
          this.writeIndent();
          // a space after the fold would be eaten on reading: escape the fold
          if (isSpace(chars[i + 1])) this.put('\\');
        } else {
          this.put(c);
        }
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }
}

const SHORT_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x00, '0'],
  [0x07, 'a'],
  [0x08, 'b'],
  [0x09, 't'],
  [0x0a, 'n'],
  [0x0b, 'v'],
  [0x0c, 'f'],
  [0x0d, 'r'],
  [0x1b, 'e'],
  [0x22, '"'],
  [0x5c, '\\'],
  [0x85, 'N'],
  [0xa0, '_'],
  [0x2028, 'L'],
  [0x2029, 'P'],
]);

/** libyaml's double-quoted escape of one character (each output character is one column). */
function escape(c: string): string[] {
  const cp = c.codePointAt(0) ?? 0;
  const short = SHORT_ESCAPES.get(cp);
  if (short !== undefined) return ['\\', short];
  const [letter, width] = cp <= 0xff ? ['x', 2] : cp <= 0xffff ? ['u', 4] : ['U', 8];
  return ['\\', letter, ...cp.toString(16).toUpperCase().padStart(width, '0')];
}
