// YAML documents as the reference's ruamel safe loader reads them (YAML 1.2 core types, ints
// apart from floats, timestamps as datetimes and dates-only as dates), on js-yaml.
import * as yaml from 'js-yaml';

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

export function loadYamlDocument(text: string): unknown {
  // An empty document is None to ruamel, and that is a type error, not a syntax error.
  if (text.trim() === '') return null;
  return yaml.load(text, { schema: CLI_INPUT_SCHEMA });
}

