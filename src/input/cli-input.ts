// --cli-input-json and --cli-input-yaml: a whole request as one document. The document must be
// a mapping; its keys fill in what the command line left out (command-line values win), and
// validation later reports keys the model does not know. YAML is read as YAML 1.2, where
// timestamps stay datetimes (the reference's ruamel safe loader), dates-only become dates.
import * as yaml from 'js-yaml';
import { CliError } from '../errors.js';
import { pyType } from './python-repr.js';
import { parsePythonJson } from './argument-value.js';

export type CliInputKind = 'json' | 'yaml';

/** A YAML date without a time: botocore rejects it as a timestamp (it is not a datetime). */
export class YamlDate {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const flag = (kind: CliInputKind) => `--cli-input-${kind}`;

function paramError(name: string, message: string): CliError {
  return new CliError('usage', `Error parsing parameter '${name}': ${message}`);
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

function loadYaml(text: string): unknown {
  // An empty document is None to ruamel, and that is a type error, not a syntax error.
  if (text.trim() === '') return null;
  return yaml.load(text, { schema: CLI_INPUT_SCHEMA });
}

export function parseCliInput(kind: CliInputKind, text: string): Record<string, unknown> {
  let loaded: unknown;
  try {
    loaded = kind === 'json' ? parsePythonJson(text) : loadYaml(text);
  } catch {
    throw paramError(`cli-input-${kind}`, `Invalid ${kind === 'json' ? 'JSON' : 'YAML'} received.`);
  }
  if (typeof loaded !== 'object' || loaded === null || Array.isArray(loaded)) {
    throw paramError(flag(kind), `Invalid type: expecting map, received ${pyType(loaded)}`);
  }
  return loaded as Record<string, unknown>;
}

/** Keys of the document that the command line did not give, appended after them. */
export function mergeCliInput(fromCommandLine: Record<string, unknown>, document: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...fromCommandLine };
  for (const [key, value] of Object.entries(document)) if (!(key in merged)) merged[key] = value;
  return merged;
}
