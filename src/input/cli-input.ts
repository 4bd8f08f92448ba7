// --cli-input-json and --cli-input-yaml: a whole request as one document. The document must be
// a mapping; its keys fill in what the command line left out (command-line values win), and
// validation later reports keys the model does not know. YAML is read as YAML 1.2, where
// timestamps stay datetimes (the reference's ruamel safe loader), dates-only become dates
// (src/input/yaml-document.ts).
import { ownEntries, setOwn } from '../python/ordered-keys.js';
import { CliError } from '../errors.js';
import { pyType } from '../python/values.js';
import { isPlainObject } from '../python/repr.js';
import { parsePythonJson } from '../python/json-load.js';
import { loadYamlDocument } from './yaml-document.js';

export type CliInputKind = 'json' | 'yaml';

const flag = (kind: CliInputKind) => `--cli-input-${kind}`;

function paramError(name: string, message: string): CliError {
  return new CliError('usage', `Error parsing parameter '${name}': ${message}`);
}

export function parseCliInput(kind: CliInputKind, text: string): Record<string, unknown> {
  let loaded: unknown;
  try {
    loaded = kind === 'json' ? parsePythonJson(text) : loadYamlDocument(text);
  } catch (error) {
    // Too deep or too big a document is no syntax error to the reference: Python's
    // RecursionError (or MemoryError), exit 255.
    if (error instanceof CliError) throw error;
    throw paramError(`cli-input-${kind}`, `Invalid ${kind === 'json' ? 'JSON' : 'YAML'} received.`);
  }
  if (!isPlainObject(loaded)) {
    throw paramError(flag(kind), `Invalid type: expecting map, received ${pyType(loaded)}`);
  }
  return loaded;
}

/** Keys of the document that the command line did not give, appended after them. */
export function mergeCliInput(fromCommandLine: Record<string, unknown>, document: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const [key, value] of ownEntries(fromCommandLine)) setOwn(merged, key, value);
  for (const [key, value] of ownEntries(document)) if (!Object.hasOwn(merged, key)) setOwn(merged, key, value);
  return merged;
}
