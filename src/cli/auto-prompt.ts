// Auto-prompt: the reference's `--cli-auto-prompt`, on node:readline instead of a full-screen
// prompt. Which mode applies (flags, AWS_CLI_AUTO_PROMPT, the profile's cli_auto_prompt), and
// the dialogue itself, from the operation's input shape: each member with its documentation and
// its command-line value as the default, a structure of scalars member by member (an enum's
// values offered as choices, timestamps checked) and built back into shorthand, then the final
// command line, before anything is sent.
import readline from 'node:readline';
import { CliError } from '../errors.js';
import { operationOptions, type OperationOptions, type OptionSpec } from '../model/options.js';
import { firstSentence } from '../model/documentation.js';
import type { Shape, StructureShape } from '../model/shapes.js';
import type { Operation } from '../model/operations.js';
import { parseShorthand } from '../input/shorthand.js';
import { parsePythonJson } from '../python/json-load.js';
import { isDict, isNumber, numberValue } from '../python/values.js';
import { parseTimestamp } from '../python/timestamp.js';

const PROGRAM = 'ssm-assoc';
export type AutoPromptMode = 'off' | 'on' | 'on-partial';

/**
 * The mode, by the reference's precedence: `--no-cli-auto-prompt`, then `--cli-auto-prompt`,
 * then AWS_CLI_AUTO_PROMPT, then the profile's `cli_auto_prompt`, else off. Values are
 * case-insensitive; anything but on/on-partial is off. Both flags at once are a usage error,
 * worded as the reference words it.
 */
export function autoPromptMode(input: {
  flag: boolean;
  noFlag: boolean;
  env: Record<string, string | undefined>;
  profileSetting: string | undefined;
}): AutoPromptMode {
  if (input.flag && input.noFlag) {
    throw new CliError('usage', 'Both --cli-auto-prompt and --no-cli-auto-prompt cannot be specified at the same time.');
  }
  if (input.noFlag) return 'off';
  if (input.flag) return 'on';
  const configured = (input.env.AWS_CLI_AUTO_PROMPT ?? input.profileSetting)?.trim().toLowerCase();
  return configured === 'on' || configured === 'on-partial' ? configured : 'off';
}

/**
 * Whether to prompt before running: always when on; when on-partial, only if a required
 * parameter is missing and nothing else supplies it (--cli-input-json/yaml/jsonl) or makes it
 * unnecessary (--generate-cli-skeleton).
 */
export function needsPrompt(mode: AutoPromptMode, operation: OperationOptions, op: Operation): boolean {
  if (mode === 'on') return true;
  if (mode === 'off') return false;
  if (
    operation.cliInputJson !== undefined ||
    operation.cliInputYaml !== undefined ||
    operation.cliInputJsonl !== undefined ||
    operation.generateCliSkeleton !== undefined
  ) {
    return false;
  }
  return memberOptions(op).some((spec) => spec.required && operation[spec.key] === undefined);
}

/** The options that carry the operation's members, in model order. */
const memberOptions = (op: Operation): OptionSpec[] => operationOptions(op).filter((spec) => spec.member !== undefined);

/** `a`, `a and b`, `a, b and c` */
const joinAnd = (words: string[]): string => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

/** Why there is no dialogue without a terminal, and what to do instead. */
export function notATerminal(op: Operation): string {
  const required = memberOptions(op).filter((spec) => spec.required).map((spec) => spec.flag);
  const give = required.length === 0 ? 'Give the parameters on the command line' : `Give ${joinAnd(required)} on the command line`;
  return `Auto-prompt needs a terminal on standard input, and standard input is not one. ${give}, or turn auto-prompt off (--no-cli-auto-prompt, or unset AWS_CLI_AUTO_PROMPT and cli_auto_prompt).`;
}

/**
 * The command line's words other than those the dialogue asks for, for the final command line
 * it shows: drops `ssm`, the command word, `--cli-auto-prompt` and --name, --instance-id and
 * --association-status with their values (`--opt value` and `--opt=value`).
 */
export function promptOtherArgs(argv: readonly string[], op: Operation): string[] {
  const asked = new Set(memberOptions(op).map((spec) => spec.flag));
  const other: string[] = [];
  let command = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      other.push(...argv.slice(i));
      break;
    }
    if (!command && (word === 'ssm' || word === op.cliName)) {
      command = word === op.cliName;
      continue;
    }
    if (word === '--cli-auto-prompt') continue;
    if (asked.has(word)) {
      i++;
      continue;
    }
    if (asked.has(word.split('=')[0]!) && word.includes('=')) continue;
    other.push(word);
  }
  return other;
}

// ---------------------------------------------------------------------------------------------
// Quoting

/** shlex.quote: the word as a POSIX shell reads it back. */
export function shellQuote(word: string): string {
  if (word === '') return "''";
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'"'"'`)}'`;
}

/**
 * A shorthand value: bare when plainly safe, else quoted (double quotes when the value holds a
 * single quote and no double quote, single quotes otherwise), the quote and \\ escaped.
 */
function shorthandValue(value: string): string {
  if (/^[A-Za-z0-9_.:/@+-]+$/.test(value)) return value;
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  return quote + value.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`) + quote;
}

/**
 * A structure option's value for the fields: shorthand (`Date=...,Name=...,Message=...`),
 * quoting values that need it; an empty optional member is left out. The shorthand parser is
 * not a full escape grammar, so the result is read back, and a value it cannot carry falls back
 * to JSON, which carries any string.
 */
export function structureValue(flag: string, fields: Record<string, string | undefined>, optional: ReadonlySet<string>): string {
  const entries = Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined && (!optional.has(e[0]) || e[1] !== ''));
  const shorthand = entries.map(([key, value]) => `${key}=${shorthandValue(value)}`).join(',');
  try {
    const back = parseShorthand(shorthand, flag);
    if (entries.every(([key, value]) => back[key] === value) && Object.keys(back).length === entries.length) return shorthand;
  } catch {
    // Falls through to JSON.
  }
  return JSON.stringify(Object.fromEntries(entries));
}

/** --association-status's value: the documentation example's structure, as structureValue builds it. */
export function associationStatusValue(fields: { Date: string; Name: string; Message: string; AdditionalInfo?: string }): string {
  return structureValue('--association-status', fields, new Set(['AdditionalInfo']));
}

// ---------------------------------------------------------------------------------------------
// Defaults from the command line

/**
 * A structure option's command-line value split into member defaults, or 'opaque' when it
 * cannot be (a file:// value, unparsable text, members it does not have or of other types), so
 * the whole value is offered as it stands.
 */
function structureDefaults(flag: string, value: string | undefined, members: readonly string[]): Record<string, string> | 'opaque' {
  if (value === undefined) return {};
  if (/^(file|fileb|https?):\/\//i.test(value)) return 'opaque';
  let parsed: unknown;
  try {
    parsed = value.trimStart().startsWith('{') ? parsePythonJson(value) : parseShorthand(value, flag);
  } catch {
    return 'opaque';
  }
  if (!isDict(parsed)) return 'opaque';
  const defaults: Record<string, string> = {};
  for (const [key, member] of Object.entries(parsed)) {
    if (!members.includes(key)) return 'opaque';
    if (typeof member === 'string') defaults[key] = member;
    else if (typeof member === 'bigint') defaults[key] = String(member);
    else if (isNumber(member) && Number.isFinite(numberValue(member))) defaults[key] = String(numberValue(member));
    else return 'opaque';
  }
  return defaults;
}

/** A structure the dialogue asks member by member: its members are all scalars. */
const SCALARS = new Set(['string', 'timestamp', 'integer', 'long', 'double', 'float', 'boolean']);
function askedByMember(op: Operation, shape: Shape): shape is StructureShape {
  return shape.type === 'structure' && op.shapes.members(shape).every(([, member]) => SCALARS.has(member.type));
}

// ---------------------------------------------------------------------------------------------
// The dialogue

export interface PromptIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Whether `input` is a terminal (process.stdin.isTTY). */
  isTTY: boolean;
  /** The clock for the default Date; tests fix it. */
  now?: () => Date;
}

/** The command line's values by option key (`name`, `associationStatus`), and its other words (global options), shown in the final command line. */
export type PromptCurrent = { otherArgs?: readonly string[] } & { [memberKey: string]: string | readonly string[] | undefined };

/** The answers by option key (a member left out has none), and the command line they make. */
export interface PromptResult {
  [memberKey: string]: string;
  /** The command that will run, shell-quoted, as shown after `> `. */
  commandLine: string;
}

class Cancelled extends Error {}

/**
 * Lines from readline, queued: answers typed or pasted ahead of their question are kept for it,
 * where readline's own question() would drop them.
 */
class LineReader {
  private readonly lines: string[] = [];
  private waiting: { resolve: (line: string) => void; reject: (error: Error) => void } | undefined;
  private ended = false;
  /** Choices Tab completes for the current question. */
  choices: readonly string[] = [];
  readonly rl: readline.Interface;
  private readonly output: NodeJS.WritableStream;

  constructor(io: PromptIo) {
    this.output = io.output;
    this.rl = readline.createInterface({
      input: io.input,
      output: io.output,
      terminal: true,
      historySize: 0,
      completer: (line: string) => [this.choices.filter((c) => c.toLowerCase().startsWith(line.trim().toLowerCase())), line],
    });
    this.rl.on('line', (line) => {
      if (this.waiting !== undefined) {
        const { resolve } = this.waiting;
        this.waiting = undefined;
        resolve(line);
      } else {
        this.lines.push(line);
      }
    });
    // Ctrl-C (readline has the terminal in raw mode, so it arrives here, not as a signal) and
    // Ctrl-D or end of input both cancel: nothing has been sent yet, and nothing will be.
    const cancel = () => {
      this.ended = true;
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.reject(new Cancelled());
    };
    this.rl.on('SIGINT', () => {
      io.output.write('^C\n');
      cancel();
    });
    this.rl.on('close', cancel);
  }

  ask(prompt: string): Promise<string> {
    if (this.ended) return Promise.reject(new Cancelled());
    this.rl.setPrompt(prompt);
    const queued = this.lines.shift();
    if (queued !== undefined) {
      // Typed ahead: show the question with the answer it gets.
      this.output.write(`${prompt}${queued}\n`);
      return Promise.resolve(queued);
    }
    this.rl.prompt();
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  close(): void {
    this.ended = true;
    this.rl.close();
  }
}

function memberDoc(op: Operation, shape: StructureShape, member: string): string {
  const ref = shape.members[member];
  return firstSentence(ref?.documentation ?? (ref === undefined ? undefined : op.shapes.named(ref.shape).documentation));
}

/** ISO 8601 in UTC to the second: the default timestamp, a form the timestamp parser reads back. */
const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Asks for each member of the operation's input on the terminal and returns the values and the
 * command line they make. Throws CliError('usage') at once when stdin is not a terminal, and
 * CliError('interrupted') (exit 130) on Ctrl-C or end of input.
 */
export async function promptForParameters(op: Operation, current: PromptCurrent, io: PromptIo): Promise<PromptResult> {
  if (!io.isTTY) throw new CliError('usage', notATerminal(op));
  const write = (text: string) => io.output.write(text);
  const reader = new LineReader(io);
  const given = (key: string): string | undefined => (typeof current[key] === 'string' ? (current[key] as string) : undefined);

  /** One answer: Enter keeps the default; a required question asks again until answered. */
  async function ask(
    label: string,
    options: { fallback: string | undefined; required: boolean; check?: (value: string) => string | undefined; choices?: readonly string[] },
  ): Promise<string> {
    for (;;) {
      reader.choices = options.choices ?? [];
      const typed = (await reader.ask(`${label}${options.fallback === undefined ? '' : ` [${options.fallback}]`}: `)).trim();
      const value = typed === '' ? options.fallback : typed;
      if (value === undefined || value === '') {
        if (!options.required) return '';
        write('    A value is required.\n');
        continue;
      }
      const problem = options.check?.(value);
      if (problem !== undefined) {
        write(`    ${problem}\n`);
        continue;
      }
      return value;
    }
  }

  /** A structure of scalars, member by member, built back into one option value. */
  async function askStructure(spec: OptionSpec, shape: StructureShape, need: string, doc: string): Promise<string> {
    const value = given(spec.key);
    write(`\n${spec.flag} (${need}): ${doc} Asked member by member.\n`);
    const members = op.shapes.members(shape);
    const parsed = structureDefaults(
      spec.flag,
      value,
      members.map(([member]) => member),
    );
    if (parsed === 'opaque') {
      const keep = await ask(`Keep ${spec.flag} ${value}? [Y/n]`, {
        fallback: undefined,
        required: false,
        check: (v) => (/^(y|yes|n|no)$/i.test(v) ? undefined : 'Answer y or n.'),
      });
      if (!/^n/i.test(keep)) return value!;
    }
    const defaults = parsed === 'opaque' ? {} : parsed;
    const required = new Set(shape.required ?? []);
    const fields: Record<string, string> = {};
    for (const [member, memberShape] of members) {
      const isRequired = required.has(member);
      const memberNeed = isRequired ? 'required' : 'optional';
      const leaveOut = isRequired ? '' : ' Enter leaves it out.';
      const memberDocText = memberDoc(op, shape, member);
      if (memberShape.type === 'timestamp') {
        write(`  ${member} (timestamp, ${memberNeed}): ${memberDocText} For example 2019-02-18T16:32:09Z or 1424421071.${leaveOut}\n`);
        fields[member] = await ask(`  ${member}`, {
          fallback: defaults[member] ?? (isRequired ? isoSeconds((io.now ?? (() => new Date()))()) : undefined),
          required: isRequired,
          check: (v) => {
            try {
              if (parseTimestamp(v) !== undefined) return undefined;
            } catch {
              // Out of range: as unreadable as no timestamp at all.
            }
            return `Not a timestamp: ${v}. Use ISO 8601 (2019-02-18T16:32:09Z) or epoch seconds (1424421071).`;
          },
        });
      } else if (memberShape.type === 'string' && memberShape.enum !== undefined) {
        const names = memberShape.enum;
        // A number picks from the list, a name is matched ignoring case; the command line's own
        // value stands even when it is none of them, for the service to judge as it would
        // without the prompt.
        const pick = (v: string): string | undefined =>
          (/^\d+$/.test(v) ? names[Number(v) - 1] : names.find((n) => n.toLowerCase() === v.toLowerCase())) ?? (v === defaults[member] ? v : undefined);
        write(`  ${member} (${memberNeed}): ${memberDocText} Choose ${names.map((n, i) => `${i + 1}) ${n}`).join('  ')} (Tab completes).${leaveOut}\n`);
        const answer = await ask(`  ${member}`, {
          fallback: defaults[member],
          required: isRequired,
          choices: names,
          check: (v) => (pick(v) === undefined ? `Choose one of ${names.join(', ')}.` : undefined),
        });
        fields[member] = answer === '' ? '' : pick(answer)!;
      } else {
        write(`  ${member} (${memberNeed}): ${memberDocText}${leaveOut}\n`);
        fields[member] = await ask(`  ${member}`, { fallback: defaults[member], required: isRequired });
      }
    }
    const optional = new Set(members.map(([member]) => member).filter((member) => !required.has(member)));
    return structureValue(spec.flag, fields, optional);
  }

  try {
    write(`${PROGRAM} ${op.cliName}: ${firstSentence(op.documentation)}\n`);
    write('Enter keeps the value in [brackets]. Ctrl-C cancels; nothing is sent until the end.\n');

    const answers: Record<string, string> = {};
    const words = [PROGRAM, op.cliName];
    for (const spec of memberOptions(op)) {
      const ref = op.input.members[spec.member!]!;
      const shape = op.shapes.named(ref.shape);
      const doc = firstSentence(ref.documentation);
      const need = spec.required ? 'required' : 'optional';
      let answer: string;
      if (askedByMember(op, shape)) {
        answer = await askStructure(spec, shape, need, doc);
      } else {
        write(`\n${spec.flag} (${need}): ${doc}\n`);
        answer = await ask(spec.flag, { fallback: given(spec.key), required: spec.required === true });
      }
      if (answer === '') continue;
      answers[spec.key] = answer;
      words.push(spec.flag, answer);
    }
    const commandLine = [...words, ...(current.otherArgs ?? [])].map(shellQuote).join(' ');
    // The reference, too, shows the command it is about to run (`> aws ...`).
    write(`\n> ${commandLine}\n`);
    return { ...answers, commandLine };
  } catch (error) {
    if (error instanceof Cancelled) throw new CliError('interrupted', '');
    throw error;
  } finally {
    reader.close();
  }
}
