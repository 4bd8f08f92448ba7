// YAML documents as the reference's ruamel safe loader reads them (YAML 1.2 core types, ints
// apart from floats, timestamps as datetimes and dates-only as dates), on js-yaml. Its own
// module so that only --cli-input-yaml pays for loading js-yaml.
import * as yaml from 'js-yaml';
import { CliError } from '../errors.js';

/** A YAML date without a time: botocore rejects it as a timestamp (it is not a datetime). */
export class YamlDate {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const intTag = yaml.defineScalarTag('tag:yaml.org,2002:int', {
  ...yaml.intCoreTag,
  // Python keeps ints apart from floats (they print differently in messages): bigint here.
  resolve: (source: string, explicit: boolean, tagName: string) => {
    const value = yaml.intCoreTag.resolve(source, explicit, tagName);
    return typeof value === 'number' ? BigInt(value) : value;
  },
});

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const timestampTag = yaml.defineScalarTag('tag:yaml.org,2002:timestamp', {
  ...yaml.timestampTag,
  resolve: (source: string, explicit: boolean, tagName: string) =>
    DATE_ONLY.test(source) ? new YamlDate(source) : yaml.timestampTag.resolve(source, explicit, tagName),
});

// YAML 1.2 core types plus timestamps, as ruamel's safe loader reads them.
const CLI_INPUT_SCHEMA = new yaml.Schema([
  ...yaml.CORE_SCHEMA.tags.filter((tag) => tag.tagName !== 'tag:yaml.org,2002:int'),
  intTag,
  timestampTag,
]);

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
  if (typeof value !== 'object' || value === null || value instanceof Date || value instanceof YamlDate) return false;
  if (nesting + 1 > MAX_NESTING) throw tooDeep();
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (exceedsValues(item, budget, nesting + 1)) return true;
  return false;
}

export function loadYamlDocument(text: string): unknown {
  // An empty document is None to ruamel, and that is a type error, not a syntax error.
  if (text.trim() === '') return null;
  let document: unknown;
  try {
    document = yaml.load(text, { schema: CLI_INPUT_SCHEMA, maxDepth: PARSER_MAX_DEPTH });
  } catch (error) {
    if (error instanceof yaml.YAMLException && /maxDepth/.test(error.message)) throw tooDeep();
    throw error;
  }
  if (exceedsValues(document, { left: MAX_YAML_VALUES })) {
    throw new CliError(
      'other',
      `Error parsing parameter '--cli-input-yaml': the document holds more than ${MAX_YAML_VALUES} values (each use of an alias counts as a copy)`,
    );
  }
  return document;
}

