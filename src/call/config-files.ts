// Reads the shared config and credentials files (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE,
// else ~/.aws/config and ~/.aws/credentials) with the SDK's own ini loader, and says which of
// them the reference would refuse to read.
//
// The SDK's loader skips lines it cannot read; botocore reads the files with Python's
// configparser, which refuses the whole file (`Unable to parse config file: PATH`, exit 255).
// A file with a stray line is most often a file with a typo, so the check below reports the
// lines configparser refuses instead of letting the tool carry on with half a profile. It is a
// syntax check: every value the tool uses comes from the SDK's loader, except the empty value of
// the two settings where botocore's reading of `key =` decides the outcome (see EMPTY_VALUE_KEYS).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader';
import type { ConfigFiles } from './settings.js';

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

interface Scan {
  /** Whether Python's configparser (and botocore's nested values) accept the text. */
  accepted: boolean;
  /** Options written `key =` with nothing after them: [section, key]. */
  empty: Array<[string, string]>;
}

/**
 * Reads the text as Python's configparser does (RawConfigParser: `=` or `:` delimiters,
 * whole-line `#`/`;` comments, indented continuation lines, strict about repeats) and
 * botocore's nested values (`key =` followed by indented `name = value` lines) do, noting only
 * whether it is accepted and which options are empty.
 */
function scan(text: string): Scan {
  const sections = new Set<string>();
  const options = new Set<string>();
  const empty: Array<[string, string]> = [];
  const refused = { accepted: false, empty: [] };
  let section: string | undefined;
  /** The option whose value continuation lines extend, and whether its value began empty. */
  let option: { section: string; key: string; nested: boolean; continued: boolean } | undefined;
  let indentLevel = 0;
  const close = () => {
    if (option?.nested && !option.continued) empty.push([option.section, option.key]);
  };
  for (const line of text.split(/\r\n|\n|\r/)) {
    const value = line.trim();
    if (value === '' || value.startsWith('#') || value.startsWith(';')) continue;
    const indent = line.length - line.trimStart().length;
    if (section !== undefined && option !== undefined && indent > indentLevel) {
      // botocore splits a nested value's lines on '='; a line without one is an error.
      if (option.nested && !value.includes('=')) return refused;
      option.continued = true;
      continue;
    }
    close();
    option = undefined;
    indentLevel = indent;
    const header = /^\[(.+)\]/.exec(value);
    if (header) {
      const name = header[1]!;
      // configparser's DEFAULT section may appear more than once; any other may not.
      if (sections.has(name) && name !== 'DEFAULT') return refused;
      sections.add(name);
      section = name;
      continue;
    }
    if (section === undefined) return refused;
    const assignment = /^(.*?)\s*[=:]\s*(.*)$/.exec(value);
    if (!assignment || assignment[1] === '') return refused;
    const key = assignment[1]!.toLowerCase();
    if (options.has(`${section}\u0000${key}`)) return refused;
    options.add(`${section}\u0000${key}`);
    option = { section, key, nested: assignment[2] === '', continued: false };
  }
  close();
  return { accepted: true, empty };
}

export function configParserAccepts(text: string): boolean {
  return scan(text).accepted;
}

/**
 * The settings the CLI itself reads whose empty value matters: botocore takes `output =` and
 * `cli_timestamp_format =` as the value "" (and fails on it), where the SDK's loader reads a
 * `key =` line as the start of a nested section and keeps nothing.
 */
const EMPTY_VALUE_KEYS = new Set(['output', 'cli_timestamp_format']);

/** The SDK loader's name for a config file section (`profile x` → `x`), undefined for sections it drops. */
function configSectionKey(section: string): string | undefined {
  if (section === 'default') return 'default';
  const prefixed = /^(profile|sso-session|services)\s+(["']?)([\w\-@+.%:/]+)\2$/.exec(section);
  if (!prefixed) return undefined;
  return prefixed[1] === 'profile' ? prefixed[3] : `${prefixed[1]}.${prefixed[3]}`;
}

interface Read {
  /** The file, when configparser would refuse it. */
  unparsable?: string;
  empty: Array<[string, string]>;
}

function read(file: string): Read {
  let text: string;
  try {
    if (!fs.statSync(file).isFile()) return { empty: [] };
    text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch (error) {
    // Missing or unreadable files are simply absent, for the SDK and for botocore alike; bytes
    // that are not UTF-8 are a parse error for botocore.
    return error instanceof TypeError ? { unparsable: file, empty: [] } : { empty: [] };
  }
  const result = scan(text);
  return result.accepted ? { empty: result.empty } : { unparsable: file, empty: [] };
}

function addEmptyValues(target: ConfigFiles['configFile'], empty: Array<[string, string]>, sectionKey: (section: string) => string | undefined): void {
  for (const [section, key] of empty) {
    const name = sectionKey(section);
    if (name === undefined || !EMPTY_VALUE_KEYS.has(key)) continue;
    const values = (target[name] ??= {});
    values[key] ??= '';
  }
}

export async function loadConfigFiles(env: Env = process.env): Promise<ConfigFiles> {
  const { configPath, credentialsPath } = configFilePaths(env);
  const files = await loadSharedConfigFiles({ filepath: credentialsPath, configFilepath: configPath, ignoreCache: true });
  const config = read(configPath);
  const credentials = read(credentialsPath);
  const configFile = files.configFile as ConfigFiles['configFile'];
  const credentialsFile = files.credentialsFile as ConfigFiles['credentialsFile'];
  addEmptyValues(configFile, config.empty, configSectionKey);
  addEmptyValues(credentialsFile, credentials.empty, (section) => section);
  const broken = config.unparsable ?? credentials.unparsable;
  return {
    configFile,
    credentialsFile,
    configPath,
    credentialsPath,
    ...(broken === undefined ? {} : { unparsable: broken }),
  };
}
