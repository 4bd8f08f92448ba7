// YAML documents as the reference's ruamel safe loader (0.17) reads them, on js-yaml's parser
// and constructor with a schema of ruamel's own resolvers.
//
// What ruamel does that js-yaml's schemas do not:
//   - the version comes from the document's `%YAML` directive: 1.2 by default, `%YAML 1.1`
//     switches to 1.1 scalars (`yes`/`no`/`on`/`off` booleans, `0755` octal, `1:20` sexagesimal);
//   - 1.2 ints are `0b101`, `0o17`, `0x1F` and decimal digits with `_` anywhere (`017` is 17,
//     `1_000` is 1000); ints stay apart from floats, in the value model of python/values.ts
//     (an int a number or bigint, a whole float a PyFloat), as Python prints them;
//   - explicit `!!bool` takes any of the 1.1 words, `!!binary` gives bytes, `<<` merges;
//   - keys are any value; a key that is not a string is named by its Python str() (`None`, `5`);
//   - timestamps are datetimes, a date alone is a date (botocore rejects it as a timestamp).
import * as yaml from 'js-yaml';
import { ownKeys, setOwn } from '../python/ordered-keys.js';
import { intResult, isFloat, isNumber, makeFloat, PyFloat, pyStr } from '../python/values.js';
import { CliError } from '../errors.js';

/** A YAML date without a time: botocore rejects it as a timestamp (it is not a datetime). */
export class YamlDate {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Version = '1.1' | '1.2';

// ruamel.yaml's resolver patterns (ruamel/yaml/resolver.py), per YAML version.
const BOOL: Record<Version, RegExp> = {
  '1.2': /^(?:true|True|TRUE|false|False|FALSE)$/,
  '1.1': /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
};
const FLOAT: Record<Version, RegExp> = {
  '1.2': /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  '1.1': /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
};
const INT: Record<Version, RegExp> = {
  '1.2': /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/,
  '1.1': /^(?:[-+]?0b[0-1_]+|[-+]?0?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
};
// SafeConstructor.bool_values: what an explicit !!bool accepts, whatever the version.
const BOOL_WORDS: Record<string, boolean> = { yes: true, no: false, y: true, n: false, true: true, false: false, on: true, off: false };

/** Splits the sign off, as ruamel's constructors do, after dropping underscores. */
function signed(source: string): [bigint, string] {
  const text = source.replaceAll('_', '');
  return text[0] === '-' ? [-1n, text.slice(1)] : [1n, text[0] === '+' ? text.slice(1) : text];
}

/** SafeConstructor.construct_yaml_int. */
function constructInt(source: string, version: Version): number | bigint | typeof yaml.NOT_RESOLVED {
  const int = bigInt(source, version);
  return int === yaml.NOT_RESOLVED ? int : intResult(int);
}

function bigInt(source: string, version: Version): bigint | typeof yaml.NOT_RESOLVED {
  const [sign, digits] = signed(source);
  const base = (prefix: string, radix: string) => sign * BigInt(`${radix}${digits.slice(prefix.length)}`);
  try {
    if (digits === '0') return 0n;
    if (digits.startsWith('0b')) return base('0b', '0b');
    if (digits.startsWith('0x')) return base('0x', '0x');
    if (digits.startsWith('0o')) return base('0o', '0o');
    if (version === '1.1' && digits[0] === '0') return base('0', '0o');
    if (version === '1.1' && digits.includes(':')) {
      return sign * digits.split(':').reduce((total, part) => total * 60n + BigInt(part), 0n);
    }
    if (!/^[0-9]+$/.test(digits)) return yaml.NOT_RESOLVED;
    return sign * BigInt(digits);
  } catch {
    return yaml.NOT_RESOLVED;
  }
}

/** SafeConstructor.construct_yaml_float. */
function constructFloat(source: string, version: Version): number | PyFloat | typeof yaml.NOT_RESOLVED {
  const [sign, rest] = signed(source);
  const text = rest.toLowerCase();
  const value =
    text === '.inf'
      ? Infinity
      : text === '.nan'
        ? NaN
        : version === '1.1' && text.includes(':')
          ? text.split(':').reduce((total, part) => total * 60 + Number(part), 0)
          : /^(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/.test(text)
            ? Number(text)
            : undefined;
  if (value === undefined) return yaml.NOT_RESOLVED;
  return text === '.nan' ? value : makeFloat(Number(sign) * value);
}

function scalarTags(version: Version) {
  const first = (chars: string) => [...chars];
  const bool = yaml.defineScalarTag('tag:yaml.org,2002:bool', {
    implicit: true,
    implicitFirstChars: first(version === '1.1' ? 'yYnNtTfFoO' : 'tTfF'),
    resolve: (source, explicit) => {
      if (explicit) return BOOL_WORDS[source.toLowerCase()] ?? yaml.NOT_RESOLVED;
      return BOOL[version].test(source) ? BOOL_WORDS[source.toLowerCase()]! : yaml.NOT_RESOLVED;
    },
    identify: (data) => typeof data === 'boolean',
  });
  const float = yaml.defineScalarTag('tag:yaml.org,2002:float', {
    implicit: true,
    implicitFirstChars: first('-+0123456789.'),
    resolve: (source, explicit) => (explicit || FLOAT[version].test(source) ? constructFloat(source, version) : yaml.NOT_RESOLVED),
    identify: (data) => isNumber(data) && isFloat(data),
  });
  const int = yaml.defineScalarTag('tag:yaml.org,2002:int', {
    implicit: true,
    implicitFirstChars: first('-+0123456789'),
    resolve: (source, explicit) => (explicit || INT[version].test(source) ? constructInt(source, version) : yaml.NOT_RESOLVED),
    identify: (data) => isNumber(data) && !isFloat(data),
  });
  // ruamel's order: bool, float, int, merge, null, timestamp.
  return [bool, float, int, yaml.mergeTag, yaml.nullCoreTag, timestampTag];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const timestampTag = yaml.defineScalarTag('tag:yaml.org,2002:timestamp', {
  ...yaml.timestampTag,
  resolve: (source: string, explicit: boolean, tagName: string) =>
    DATE_ONLY.test(source) ? new YamlDate(source) : yaml.timestampTag.resolve(source, explicit, tagName),
});

/** A key as the reference names it in messages: strings as they are, anything else by str(). */
const keyName = (key: unknown): string => (typeof key === 'string' ? key : pyStr(key));

// Mappings as Python dicts: insertion order (integer-like keys too), keys of any type.
const dictTag = yaml.defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => ({}),
  addPair: (dict, key, value) => {
    setOwn(dict, keyName(key), value);
    return '';
  },
  has: (dict, key) => Object.hasOwn(dict, keyName(key)),
  keys: (dict) => ownKeys(dict),
  get: (dict, key) => dict[keyName(key)],
  identify: (data) => typeof data === 'object' && data !== null && !Array.isArray(data) && !(data instanceof PyFloat),
});

const SCHEMAS: Record<Version, yaml.Schema> = {
  '1.2': new yaml.Schema([...scalarTags('1.2'), yaml.binaryTag, yaml.strTag, yaml.seqTag, dictTag]),
  '1.1': new yaml.Schema([...scalarTags('1.1'), yaml.binaryTag, yaml.strTag, yaml.seqTag, dictTag]),
};

/** The YAML version the document asks for with a `%YAML` directive (1.2 without one). */
function versionOf(events: readonly yaml.Event[]): Version {
  const document = events.find((event): event is yaml.DocumentEvent => event.type === yaml.EVENT_ID.DOCUMENT);
  const directive = document?.directives.find((d) => d.kind === 'yaml');
  return directive?.kind === 'yaml' && directive.version === '1.1' ? '1.1' : '1.2';
}

// ruamel's composer recurses through Python's stack: a document whose collections nest more
// than 484 deep (the top mapping included) fails with Python's RecursionError (measured with
// string scalars, for flow and block style alike; an int innermost costs the reference 4
// levels). js-yaml's own limit counts parser nodes, more of them per level in block style, so
// it only guards the parse (at 584, well within the JavaScript stack) and the data's depth is
// checked afterwards.
const MAX_NESTING = 484;
const PARSER_MAX_DEPTH = MAX_NESTING + 100;

/**
 * The most values a document may hold, counting each use of an alias as a copy. Aliases let a
 * few hundred bytes stand for billions of values (an "alias bomb"); the reference builds the
 * shared structure and then hangs or runs out of memory printing it in a validation message.
 */
export const MAX_YAML_VALUES = 1_000_000;

const tooDeep = () => new CliError('other', 'maximum recursion depth exceeded');

/**
 * Walks the loaded document, aliases expanded: throws when collections nest deeper than
 * MAX_NESTING, and returns true once more than `budget` values were seen (it stops there).
 */
function exceedsValues(value: unknown, budget: { left: number }, nesting = 0): boolean {
  if (--budget.left < 0) return true;
  if (typeof value !== 'object' || value === null || value instanceof Date || value instanceof YamlDate || value instanceof PyFloat) return false;
  if (nesting + 1 > MAX_NESTING) throw tooDeep();
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (exceedsValues(item, budget, nesting + 1)) return true;
  return false;
}

export function loadYamlDocument(text: string): unknown {
  let events: yaml.Event[];
  try {
    events = yaml.parseEvents(text, { maxDepth: PARSER_MAX_DEPTH });
  } catch (error) {
    if (error instanceof yaml.YAMLException && /maxDepth/.test(error.message)) throw tooDeep();
    throw error;
  }
  const documents = yaml.constructFromEvents(events, { source: text, schema: SCHEMAS[versionOf(events)] });
  // A stream without a document (empty, or comments only) is None to ruamel, and that is a
  // type error, not a syntax error; several documents are a syntax error.
  if (documents.length > 1) throw new Error(`expected a single document in the stream, found ${documents.length}`);
  const document = documents[0] ?? null;
  if (exceedsValues(document, { left: MAX_YAML_VALUES })) {
    throw new CliError(
      'other',
      `Error parsing parameter '--cli-input-yaml': the document holds more than ${MAX_YAML_VALUES} values (each use of an alias counts as a copy)`,
    );
  }
  return document;
}
