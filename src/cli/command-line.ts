// Command-line parsing with the reference's argparse behaviour, on top of commander.
//
// Grammar: ssm-assoc [global options] [ssm] COMMAND [options] [help]
//   COMMAND := OPERATION | help [TOPIC] | completion SHELL
//   OPERATION := an operation of the model, by its CLI name (update-association-status)
//   TOPIC   := completion | local-endpoint
// (`local-endpoint [flags]` as the first word never reaches this parser: src/main.ts hands it
// to the endpoint's own.)
//   options in any order, `--opt value` or `--opt=value`, the last occurrence winning.
// commander splits the words; the checks argparse makes, and their order, are ours: the
// main parser's (global options: missing value, bad choice, bad int) before the operation
// parser's (missing value, bad choice, required options), then unknown words.
import { Command, CommanderError } from 'commander';
import { CliError } from '../errors.js';
import { pyStringRepr } from '../python/repr.js';
import { closeMatches } from './close-matches.js';
import { OPERATIONS, operationForCommand, type Operation } from '../model/operations.js';
import {
  GLOBAL_OPTIONS,
  anyOperationOptions,
  operationOptions,
  type GlobalOptions,
  type OperationOptions,
  type OptionSpec,
} from '../model/options.js';

export const PROGRAM = 'ssm-assoc';
/** The commands: every operation, then ssm-assoc's own. */
export const COMMANDS: readonly string[] = [...OPERATIONS.map((op) => op.cliName), 'help', 'completion'];
/** What `help TOPIC` has a page for besides the program's. */
export const HELP_TOPICS = ['completion', 'local-endpoint'] as const;

const USAGE =
  `usage: ${PROGRAM} [options] <command> <subcommand> [<subcommand> ...] [parameters]\n` +
  'To see help text, you can run:\n' +
  '\n' +
  `  ${PROGRAM} help\n` +
  `  ${PROGRAM} <command> help\n` +
  `  ${PROGRAM} <command> <subcommand> help\n`;

/** An argparse error: the usage block, then `ssm-assoc: error: MESSAGE`. */
export function argparseError(message: string): CliError {
  return new CliError('usage', `${USAGE}\n${PROGRAM}: error: ${message}\n`);
}

/** The reference's UnknownArgumentError: the usage block, then the bare message. */
export function unknownArgumentError(message: string): CliError {
  return new CliError('usage', `${USAGE}\n${message}\n`);
}

export interface CommandLine {
  /** The command word: an operation's CLI name, `help` or `completion`. */
  command: string;
  /** The operation the command names, if it names one. */
  op: Operation | undefined;
  /** `help` given after the command's options. */
  help: boolean;
  globals: GlobalOptions;
  operation: OperationOptions;
  /** Which operation options were given as separate exact words (argparse's override checks look for those). */
  exactFlags: Set<string>;
  /** `completion SHELL`: the shell word, if given. */
  completionShell?: string;
  /** `help TOPIC`: the topic, if given. */
  helpTopic?: (typeof HELP_TOPICS)[number];
  /** Required options not given, when the caller deferred that check (auto-prompt asks for them). */
  missingRequired: string[];
}


// argparse treats a word starting with '-' as an option unless it looks like a negative number
// or holds a space (`--cli-input-yaml "- Name: x"` is a value).
const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;
const looksLikeOption = (word: string) =>
  word.startsWith('-') && word !== '-' && !NEGATIVE_NUMBER.test(word) && !word.includes(' ');

function invalidChoice(spec: OptionSpec, value: string): CliError {
  const choices = spec.choices ?? [];
  const lines = ['Invalid choice, valid choices are:\n'];
  for (let i = 0; i < choices.length; i += 2) {
    lines.push(
      choices
        .slice(i, i + 2)
        .map((c) => c.padEnd(40))
        .join(' | '),
    );
  }
  const possible = closeMatches(value, choices, 0.8);
  if (possible.length > 0) {
    lines.push(`\n\nInvalid choice: ${pyStringRepr(value)}, maybe you meant:\n`, ...possible.map((p) => `  * ${p}`));
  }
  return argparseError(`argument ${spec.flag}: ${lines.join('\n')}`);
}

interface Occurrence {
  spec: OptionSpec;
  index: number;
  value: string | undefined;
  /** The word after an option given without `=`, if any. */
  next: string | undefined;
}

function occurrences(argv: readonly string[], specs: readonly OptionSpec[]): Occurrence[] {
  const found: Occurrence[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') break;
    const eq = word.indexOf('=');
    const flag = eq > 0 ? word.slice(0, eq) : word;
    const spec = specs.find((s) => s.flag === flag);
    if (spec === undefined) continue;
    found.push({ spec, index: i, value: eq > 0 ? word.slice(eq + 1) : undefined, next: eq > 0 ? undefined : argv[i + 1] });
  }
  return found;
}

/** argparse's per-option checks, in the order it meets the options. */
function checkOptions(argv: readonly string[], specs: readonly OptionSpec[]): void {
  for (const o of occurrences(argv, specs)) {
    if (o.spec.arity === 'flag') {
      if (o.value !== undefined) throw argparseError(`argument ${o.spec.flag}: ignored explicit argument ${pyStringRepr(o.value)}`);
      continue;
    }
    let value = o.value;
    if (value === undefined) {
      if (o.next === undefined || looksLikeOption(o.next)) {
        if (o.spec.arity === 'optional' || o.spec.arity === 'list') continue;
        throw argparseError(`argument ${o.spec.flag}: expected one argument`);
      }
      value = o.next;
    }
    if (o.spec.choices && !o.spec.choices.includes(value)) throw invalidChoice(o.spec, value);
    if (o.spec.integer && !/^\s*[+-]?\d+\s*$/.test(value)) {
      throw argparseError(`argument ${o.spec.flag}: invalid int value: ${pyStringRepr(value)}`);
    }
  }
}

function buildCommander(allOptions: readonly OptionSpec[]): Command {
  const program = new Command(PROGRAM)
    .exitOverride()
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined })
    .helpOption(false)
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .argument('[words...]');
  for (const spec of allOptions) {
    if (spec.arity === 'flag') program.option(spec.flag);
    else if (spec.arity === 'optional') program.option(`${spec.flag} [value]`);
    else if (spec.arity === 'list') program.option(`${spec.flag} [value...]`);
    else program.option(`${spec.flag} <value>`);
  }
  return program;
}

/**
 * A list option's words as argparse's nargs='*' takes them (awscli's ListArgument): the last occurrence wins (commander
 * would join them), `--x=a` is the one word `a`, `--x a b` every word up to the next option, `--x` alone none.
 */
function listValues(argv: readonly string[], specs: readonly OptionSpec[]): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const o of occurrences(argv, specs)) {
    if (o.spec.arity !== 'list') continue;
    if (o.value !== undefined) {
      values[o.spec.key] = [o.value];
      continue;
    }
    const words: string[] = [];
    for (let i = o.index + 1; i < argv.length && argv[i] !== '--' && !looksLikeOption(argv[i]!); i++) words.push(argv[i]!);
    values[o.spec.key] = words;
  }
  return values;
}

/** commander stores `--no-x` flags as `x: false`; read every option under its spec key. */
function optionValues(program: Command, allOptions: readonly OptionSpec[]): Record<string, unknown> {
  const raw = program.opts<Record<string, unknown>>();
  const values: Record<string, unknown> = {};
  for (const spec of allOptions) {
    const attribute = spec.flag.replace(/^--(no-)?/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const value = raw[attribute];
    // A boolean member's --x/--no-x pair shares one attribute: true, false or not given.
    if (spec.boolean !== undefined) {
      if (value !== undefined) values[spec.key] = value;
    } else if (spec.flag.startsWith('--no-')) values[spec.key] = value === false;
    else if (value !== undefined) values[spec.key] = value;
  }
  return values;
}

// A global option after `--` is a plain word to the main parser, and unknown to the operation's.
const LITERAL = '\u0000';

/**
 * argparse's view of the words: unique prefixes expanded (`--inst` is `--instance-id`), the
 * main parser's options before the operation's, and `--` ending the global options.
 */
function normalizeWords(argv: readonly string[], operationSpecs: readonly OptionSpec[]): string[] {
  const words: string[] = [];
  let afterSeparator = false;
  for (const word of argv) {
    if (word === '--' && !afterSeparator) {
      afterSeparator = true;
      continue;
    }
    if (!word.startsWith('--') || word === '--') {
      words.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const flag = eq > 0 ? word.slice(0, eq) : word;
    const rest = eq > 0 ? word.slice(eq) : '';
    const expanded = expandFlag(flag, afterSeparator ? [] : GLOBAL_OPTIONS) ?? expandFlag(flag, operationSpecs);
    if (afterSeparator && expandFlag(flag, GLOBAL_OPTIONS) !== undefined && expandFlag(flag, operationSpecs) === undefined) {
      words.push(LITERAL + word);
      continue;
    }
    words.push(expanded === undefined ? word : expanded + rest);
  }
  return words;
}

function expandFlag(flag: string, specs: readonly OptionSpec[]): string | undefined {
  if (specs.some((s) => s.flag === flag)) return flag;
  const matches = specs.filter((s) => s.flag.startsWith(flag)).map((s) => s.flag);
  if (matches.length > 1) throw argparseError(`ambiguous option: ${flag} could match ${matches.join(', ')}`);
  return matches[0];
}

/** The command line after the main parser's pass: global options read and checked. */
export interface GlobalWords {
  argv: string[];
  /** The operation the command word names, found before parsing (its options depend on it). */
  op: Operation | undefined;
  /** The operation options the words are parsed with: the operation's, or every operation's. */
  operationSpecs: readonly OptionSpec[];
  /** `--version` was given: nothing else is checked. */
  version: boolean;
  globals: GlobalOptions;
  opts: Record<string, unknown>;
  operands: string[];
  unknown: string[];
}

/**
 * The main parser's pass: global options only. The reference checks some settings
 * (cli_timestamp_format, --query) between this pass and the operation's, so callers may too.
 */
export function parseGlobalWords(rawArgv: readonly string[]): GlobalWords {
  const op = operationNamedBy(rawArgv);
  const operationSpecs = op === undefined ? anyOperationOptions() : operationOptions(op);
  const argv = normalizeWords(rawArgv, operationSpecs);
  // --version acts when argparse meets it, before any later check.
  if (argv.includes('--version')) return { argv, op, operationSpecs, version: true, globals: { ...readGlobals({}), version: true }, opts: {}, operands: [], unknown: [] };
  const allOptions = [...GLOBAL_OPTIONS, ...operationSpecs];
  const program = buildCommander(allOptions);
  checkOptions(argv, GLOBAL_OPTIONS);
  let parsed: { operands: string[]; unknown: string[] };
  try {
    parsed = program.parseOptions([...argv]);
  } catch (error) {
    checkOptions(argv, operationSpecs);
    if (error instanceof CommanderError) throw argparseError(error.message.replace(/^error: /, ''));
    throw error;
  }
  const opts = { ...optionValues(program, allOptions), ...listValues(argv, operationSpecs) };
  return { argv, op, operationSpecs, version: false, globals: readGlobals(opts), opts, operands: parsed.operands, unknown: parsed.unknown };
}

/**
 * The operation the command word names: the first word that is neither an option nor the value
 * of a global option (after an optional `ssm`), as argparse's main parser finds its command.
 */
function operationNamedBy(argv: readonly string[]): Operation | undefined {
  let positional = 0;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') continue;
    if (looksLikeOption(word)) {
      const eq = word.indexOf('=');
      let spec: OptionSpec | undefined;
      try {
        const flag = expandFlag(eq > 0 ? word.slice(0, eq) : word, GLOBAL_OPTIONS);
        spec = GLOBAL_OPTIONS.find((s) => s.flag === flag);
      } catch {
        spec = undefined;
      }
      if (spec !== undefined && spec.arity === 'value' && eq < 0) i += 1;
      continue;
    }
    positional += 1;
    if (positional === 1 && word === 'ssm') continue;
    return operationForCommand(word);
  }
  return undefined;
}

export function parseCommandLine(rawArgv: readonly string[], options: { deferRequired?: boolean } = {}): CommandLine {
  return completeCommandLine(parseGlobalWords(rawArgv), options);
}

/** The operation parser's pass: the command word, its options, required and unknown words. */
export function completeCommandLine(first: GlobalWords, options: { deferRequired?: boolean } = {}): CommandLine {
  if (first.version) return versionOnly();
  const { argv, opts, globals, operationSpecs } = first;
  const parsed = { operands: first.operands, unknown: first.unknown };
  // Positional words: [ssm] COMMAND [help]; anything else is unknown to the operation.
  const words = [...parsed.operands];
  const unknown = [...parsed.unknown];
  if (words[0] === 'ssm') words.shift();
  const commandWord = words.shift();
  if (commandWord === undefined) throw argparseError('the following arguments are required: command');
  if (commandWord === 'local-endpoint') {
    throw argparseError(`local-endpoint takes no global options and must come first: ${PROGRAM} local-endpoint [flags]`);
  }
  if (!COMMANDS.includes(commandWord)) {
    throw argparseError(`argument command: ${invalidCommandChoice(commandWord)}`);
  }
  const command = commandWord;
  const op = operationForCommand(command);
  const help = op !== undefined && words[0] === 'help';
  if (help) words.shift();
  const completionShell = command === 'completion' ? words.shift() : undefined;
  const helpTopic = command === 'help' && (HELP_TOPICS as readonly string[]).includes(words[0] ?? '') ? (words.shift() as CommandLine['helpTopic']) : undefined;

  checkOptions(argv, operationSpecs);

  const exactFlags = new Set(argv.filter((w) => operationSpecs.some((s) => s.flag === w)));
  const operation = readOperation(opts, operationSpecs);

  if (op !== undefined && !help) {
    // argparse drops `required` when --cli-input-* or a non-output skeleton is asked for, but
    // only when the option stands as its own word.
    const skeletonIndex = argv.indexOf('--generate-cli-skeleton');
    const overridden =
      exactFlags.has('--cli-input-json') ||
      exactFlags.has('--cli-input-yaml') ||
      exactFlags.has('--cli-input-jsonl') ||
      (skeletonIndex >= 0 && argv[skeletonIndex + 1] !== 'output');
    if (!overridden) {
      const missing = operationSpecs.filter((s) => s.required && opts[s.key] === undefined).map((s) => s.flag);
      // Deferred, the check is the caller's; argparse would stop here, before unknown words.
      if (missing.length > 0 && options.deferRequired) {
        return { command, op, help, globals, operation, exactFlags, completionShell, missingRequired: missing };
      }
      if (missing.length > 0) throw argparseError(`the following arguments are required: ${missing.join(', ')}`);
    }
  }
  const leftover = [...unknown, ...words].map((w) => (w.startsWith(LITERAL) ? w.slice(1) : w));
  if (leftover.length > 0) throw unknownArgumentError(`Unknown options: ${leftover.join(', ')}`);
  return { command, op, help, globals, operation, exactFlags, completionShell, helpTopic, missingRequired: [] };
}

function invalidCommandChoice(word: string): string {
  const spec: OptionSpec = { flag: 'command', key: 'command', arity: 'value', choices: COMMANDS, help: '' };
  return invalidChoice(spec, word).message.split(`argument command: `)[1]!.replace(/\n$/, '');
}

function readGlobals(opts: Record<string, unknown>): GlobalOptions {
  const str = (k: string) => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined);
  const int = (k: string) => (str(k) === undefined ? undefined : Number.parseInt(str(k)!.trim(), 10));
  return {
    debug: opts.debug === true,
    endpointUrl: str('endpointUrl'),
    noVerifySsl: opts.noVerifySsl === true,
    noPaginate: opts.noPaginate === true,
    output: str('output') as GlobalOptions['output'],
    query: str('query'),
    profile: str('profile'),
    region: str('region'),
    version: opts.version === true,
    color: (str('color') ?? 'auto') as GlobalOptions['color'],
    noSignRequest: opts.noSignRequest === true,
    caBundle: str('caBundle'),
    cliReadTimeout: int('cliReadTimeout'),
    cliConnectTimeout: int('cliConnectTimeout'),
    cliBinaryFormat: str('cliBinaryFormat') as GlobalOptions['cliBinaryFormat'],
    noCliPager: opts.noCliPager === true,
    cliAutoPrompt: opts.cliAutoPrompt === true,
    noCliAutoPrompt: opts.noCliAutoPrompt === true,
  };
}

function readOperation(opts: Record<string, unknown>, operationSpecs: readonly OptionSpec[]): OperationOptions {
  const out: Record<string, unknown> = {};
  for (const spec of operationSpecs) {
    const value = opts[spec.key];
    if (value === undefined) continue;
    out[spec.key] = value === true && spec.boolean === undefined ? spec.constValue : value;
  }
  return out as OperationOptions;
}

function versionOnly(): CommandLine {
  return { command: 'help', op: undefined, help: false, globals: { ...readGlobals({}), version: true }, operation: {}, exactFlags: new Set(), missingRequired: [] };
}
