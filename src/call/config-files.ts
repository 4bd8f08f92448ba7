// Reads the shared config and credentials files (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE,
// else ~/.aws/config and ~/.aws/credentials) as the reference reads them: Python's configparser
// (botocore.configloader.raw_config_parse), then botocore's profile map. The SDK's own ini
// loader reads the same files differently (it takes only `=`, keeps key case, cuts inline `#`
// and `;` comments, drops continuation lines, and skips lines it cannot read where the
// reference refuses the whole file: `Unable to parse config file: PATH`, exit 255), so the
// tool's settings come from here; the result keeps that loader's shape, which the rest of the
// tool reads (profiles by name, `sso-session.x`, `services.x`, nested keys as `ssm.endpoint_url`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { externalDataInterceptor } from '@smithy/shared-ini-file-loader';
import { PY_WHITESPACE, pyLstrip, pyRstrip, pyStrip } from '../python/strings.js';
import type { ConfigFiles, ProfileSection } from './settings.js';

type Env = Record<string, string | undefined>;

/** The two files' paths, as the SDK's loader finds them (a leading `~/` is the home directory). */
export function configFilePaths(env: Env): { configPath: string; credentialsPath: string } {
  const home = env.HOME || env.USERPROFILE || os.homedir();
  const expand = (p: string) => (p.startsWith('~/') ? path.join(home, p.slice(2)) : p);
  return {
    configPath: expand(env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config')),
    credentialsPath: expand(env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials')),
  };
}

const SECTION = /^\[(.+)\]/s;
const OPTION = new RegExp(`^(.*?)[${PY_WHITESPACE}]*[=:][${PY_WHITESPACE}]*(.*)$`, 's');
/** Python's str.splitlines separators. */
const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

/** One option's lines as configparser keeps them until it joins them with newlines. */
type Lines = string[];
/** Sections by name, in file order; options by lower-cased name, in file order. */
type Parsed = { sections: Map<string, Map<string, Lines>>; defaults: Map<string, Lines> };

/**
 * Reads the text as Python 3.11's configparser.RawConfigParser does (the reference's
 * botocore.configloader.raw_config_parse), or returns undefined where it raises.
 *
 * Grammar, per line (`\r\n`, `\r` and `\n` all end a line):
 *   - blank, or `#`/`;` after optional blanks: skipped (a blank line inside a value adds an empty
 *     line to it; a comment line does not);
 *   - indented deeper than the option line above it: one more line of that option's value;
 *   - `[NAME]` (the last `]` closes it, anything after is ignored): a section; `DEFAULT` is the
 *     defaults every other section inherits; any other name twice is an error;
 *   - `KEY = VALUE` or `KEY : VALUE` (the first `=` or `:`): an option, KEY lower-cased and
 *     stripped, VALUE stripped; no inline comments; the same KEY twice in a section is an error;
 *   - anything else, or an option before any section: an error.
 */
function parseConfigText(text: string): Parsed | undefined {
  const sections = new Map<string, Map<string, Lines>>();
  const defaults = new Map<string, Lines>();
  const seen = new Set<string>();
  let section: Map<string, Lines> | undefined;
  let sectionName = '';
  let option: Lines | undefined;
  let indentLevel = 0;
  let failed = false;
  for (const line of text.split(/\r\n|\n|\r/)) {
    const stripped = pyStrip(line);
    const comment = stripped.startsWith('#') || stripped.startsWith(';');
    if (stripped === '' || comment) {
      if (!comment && option !== undefined) option.push('');
      continue;
    }
    const indent = line.length - pyLstrip(line).length;
    if (section !== undefined && option !== undefined && indent > indentLevel) {
      option.push(stripped);
      continue;
    }
    indentLevel = indent;
    const header = SECTION.exec(stripped);
    if (header) {
      sectionName = header[1]!;
      option = undefined;
      if (sectionName === 'DEFAULT') {
        section = defaults;
        continue;
      }
      if (seen.has(`[${sectionName}`)) return undefined;
      seen.add(`[${sectionName}`);
      section = sections.get(sectionName) ?? new Map();
      sections.set(sectionName, section);
      continue;
    }
    if (section === undefined) return undefined;
    const assignment = OPTION.exec(stripped);
    if (!assignment || assignment[1] === '') {
      // configparser reads on and raises at the end; the result is the same.
      failed = true;
      option = undefined;
      continue;
    }
    const key = pyRstrip(assignment[1]!).toLowerCase();
    if (seen.has(`${sectionName}\u0000${key}`)) return undefined;
    seen.add(`${sectionName}\u0000${key}`);
    option = [pyStrip(assignment[2]!)];
    section.set(key, option);
  }
  return failed ? undefined : { sections, defaults };
}

/** The reference's value of an option: its lines joined, trailing whitespace dropped. */
const joined = (lines: Lines) => pyRstrip(lines.join('\n'));

/**
 * A section's options as the SDK's loader shapes them (which the rest of the tool reads): a
 * value that starts on the line after `key =` is botocore's nested block, `name = value` lines
 * kept as `key.name`; otherwise the joined value. Empty values are kept only for EMPTY_VALUE_KEYS.
 * Returns undefined when a nested block has a line without `=` (botocore's ConfigParseError).
 */
function sectionValues(options: Map<string, Lines>, defaults: Map<string, Lines>): ProfileSection | undefined {
  const values: ProfileSection = {};
  // A section's own option replaces the default's before either is read (configparser's get).
  for (const [key, lines] of new Map([...defaults, ...options])) {
    const value = joined(lines);
    if (value.startsWith('\n')) {
      for (const nestedLine of value.split(PY_LINE_BREAK)) {
        const trimmed = pyStrip(nestedLine);
        if (trimmed === '') continue;
        const equals = trimmed.indexOf('=');
        if (equals < 0) return undefined;
        values[`${key}.${pyStrip(trimmed.slice(0, equals))}`] = pyStrip(trimmed.slice(equals + 1));
      }
    } else if (value !== '' || EMPTY_VALUE_KEYS.has(key)) {
      values[key] = value;
    }
  }
  return values;
}

/**
 * Python's shlex.split for a section name, enough for botocore's build_profile_map: words split
 * on blanks, quotes grouping; unbalanced quotes are an error (the section is skipped).
 */
function shellWords(text: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && (text[i + 1] === '"' || text[i + 1] === '\\')) word = (word ?? '') + text[++i];
      else word = (word ?? '') + ch;
    } else if (' \t\r\n'.includes(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (ch === '\\') {
      if (i + 1 >= text.length) return undefined;
      word = (word ?? '') + text[++i];
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote !== undefined) return undefined;
  if (word !== undefined) words.push(word);
  return words;
}

/**
 * The config file's section names as the tool looks them up (botocore's build_profile_map, in
 * the SDK loader's spelling): `default`; `[profile x]` as `x`; `[sso-session x]` as
 * `sso-session.x`; `[services x]` as `services.x`; other sections are not used.
 */
function configSectionKey(section: string): string | undefined {
  if (section === 'default') return 'default';
  for (const prefix of ['profile', 'sso-session', 'services']) {
    if (!section.startsWith(prefix)) continue;
    const words = shellWords(section);
    if (words?.length !== 2) return undefined;
    return prefix === 'profile' ? words[1] : `${prefix}.${words[1]}`;
  }
  return undefined;
}

interface Read {
  sections: Record<string, ProfileSection>;
  /** The file, when the reference would refuse it. */
  unparsable?: string;
}

function read(file: string, sectionKey: (section: string) => string | undefined): Read {
  let text: string;
  try {
    if (!fs.statSync(file).isFile()) {
      // The reference skips a file that is not a regular one (a FIFO, a device). The SDK's own
      // loaders would read it on a pool thread, which a FIFO blocks for good (no signal ends
      // the process then): they are handed an empty file instead.
      externalDataInterceptor.interceptFile(file, '');
      return { sections: {} };
    }
    // A byte-order mark stays: Python reads it as a character, so the file has no section header.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(fs.readFileSync(file));
  } catch (error) {
    // Missing or unreadable files are simply absent, for the SDK and for botocore alike; bytes
    // that are not UTF-8 are a parse error for botocore.
    return error instanceof TypeError ? { sections: {}, unparsable: file } : { sections: {} };
  }
  const sections = sectionsOf(text, sectionKey);
  return sections === undefined ? { sections: {}, unparsable: file } : { sections };
}

/** The text's sections under the tool's names, or undefined where the reference refuses the text. */
function sectionsOf(text: string, sectionKey: (section: string) => string | undefined): Record<string, ProfileSection> | undefined {
  const parsed = parseConfigText(text);
  if (parsed === undefined) return undefined;
  const sections: Record<string, ProfileSection> = Object.create(null);
  for (const [name, options] of parsed.sections) {
    const values = sectionValues(options, parsed.defaults);
    if (values === undefined) return undefined;
    const key = sectionKey(name);
    if (key !== undefined) sections[key] = values;
  }
  return sections;
}

/** Whether the reference reads the text without a parse error (config file rules). */
export function configParserAccepts(text: string): boolean {
  return sectionsOf(text, configSectionKey) !== undefined;
}

/**
 * The settings the CLI itself reads whose empty value matters: botocore takes `output =`,
 * `cli_timestamp_format =` and `cli_binary_format =` as the value "" (and fails on it), and
 * `parameter_validation =` as "" (not "true": validation off). Other empty values are left out,
 * as the SDK's loader leaves them out (an empty region is no region here; see the README).
 */
const EMPTY_VALUE_KEYS = new Set(['output', 'cli_timestamp_format', 'cli_binary_format', 'parameter_validation']);

export async function loadConfigFiles(env: Env = process.env): Promise<ConfigFiles> {
  const { configPath, credentialsPath } = configFilePaths(env);
  const config = read(configPath, configSectionKey);
  // The credentials file's sections are profile names as written.
  const credentials = read(credentialsPath, (section) => section);
  const broken = config.unparsable ?? credentials.unparsable;
  return {
    configFile: config.sections,
    credentialsFile: credentials.sections,
    configPath,
    credentialsPath,
    ...(broken === undefined ? {} : { unparsable: broken }),
  };
}
