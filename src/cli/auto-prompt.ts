// Auto-prompt: the reference's `--cli-auto-prompt`, on node:readline instead of a full-screen
// prompt. Which mode applies (flags, AWS_CLI_AUTO_PROMPT, the profile's cli_auto_prompt), and
// the dialogue itself: each parameter with its documentation and its command-line value as the
// default, the association status member by member (the status names offered as choices) and
// built back into shorthand, then the final command line, before anything is sent.
import readline from 'node:readline';
import { CliError } from '../errors.js';
import type { OperationOptions } from '../model/options.js';
import { firstSentence } from '../model/documentation.js';
import { membersOf, shapeNamed, type StructureShape } from '../model/shapes.js';
import { operationNamed } from '../model/operations.js';
import { parseShorthand } from '../input/shorthand.js';
import { parsePythonJson } from '../python/json-load.js';
import { parseTimestamp } from '../python/timestamp.js';

const PROGRAM = 'ssm-assoc';
/**
 * The operation this dialogue knows how to ask for: its members are asked one by one, the
 * association status member by member. Other operations are not prompted for yet (main.ts).
 */
export const PROMPTED = operationNamed('UpdateAssociationStatus');
const COMMAND_NAME = PROMPTED.cliName;

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
export function needsPrompt(
  mode: AutoPromptMode,
  operation: OperationOptions,
): boolean {
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
  return operation.name === undefined || operation.instanceId === undefined || operation.associationStatus === undefined;
}

export const NOT_A_TERMINAL =
  'Auto-prompt needs a terminal on standard input, and standard input is not one. Give --name, --instance-id and --association-status on the command line, or turn auto-prompt off (--no-cli-auto-prompt, or unset AWS_CLI_AUTO_PROMPT and cli_auto_prompt).';

/**
 * The command line's words other than those the dialogue asks for, for the final command line
 * it shows: drops `ssm`, the command word, `--cli-auto-prompt` and --name, --instance-id and
 * --association-status with their values (`--opt value` and `--opt=value`).
 */
export function promptOtherArgs(argv: readonly string[]): string[] {
  const asked = new Set(['--name', '--instance-id', '--association-status']);
  const other: string[] = [];
  let command = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      other.push(...argv.slice(i));
      break;
    }
    if (!command && (word === 'ssm' || word === COMMAND_NAME)) {
      command = word === COMMAND_NAME;
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

export interface AssociationStatusFields {
  Date: string;
  Name: string;
  Message: string;
  AdditionalInfo?: string;
}

/**
 * The --association-status value for the fields: shorthand (`Date=...,Name=...,Message=...`),
 * quoting values that need it. The shorthand parser is not a full escape grammar, so the result
 * is read back, and a value it cannot carry falls back to JSON, which carries any string.
 */
export function associationStatusValue(fields: AssociationStatusFields): string {
  const entries = Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined && (e[0] !== 'AdditionalInfo' || e[1] !== ''));
  const shorthand = entries.map(([key, value]) => `${key}=${shorthandValue(value)}`).join(',');
  try {
    const back = parseShorthand(shorthand, '--association-status');
    if (entries.every(([key, value]) => back[key] === value) && Object.keys(back).length === entries.length) return shorthand;
  } catch {
    // Falls through to JSON.
  }
  return JSON.stringify(Object.fromEntries(entries));
}

// ---------------------------------------------------------------------------------------------
// Defaults from the command line

const STATUS_MEMBERS = ['Date', 'Name', 'Message', 'AdditionalInfo'] as const;

/**
 * The command line's --association-status split into member defaults, or 'opaque' when it
 * cannot be (a file:// value, unparsable text, members of other types), so the whole value is
 * offered as it stands.
 */
function statusDefaults(value: string | undefined): Partial<Record<(typeof STATUS_MEMBERS)[number], string>> | 'opaque' {
  if (value === undefined) return {};
  if (/^(file|fileb|https?):\/\//i.test(value)) return 'opaque';
  let parsed: unknown;
  try {
    parsed = value.trimStart().startsWith('{') ? parsePythonJson(value) : parseShorthand(value, '--association-status');
  } catch {
    return 'opaque';
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return 'opaque';
  const defaults: Partial<Record<(typeof STATUS_MEMBERS)[number], string>> = {};
  for (const [key, member] of Object.entries(parsed as Record<string, unknown>)) {
    if (!(STATUS_MEMBERS as readonly string[]).includes(key)) return 'opaque';
    if (typeof member === 'string') defaults[key as (typeof STATUS_MEMBERS)[number]] = member;
    else if ((typeof member === 'number' && Number.isFinite(member)) || typeof member === 'bigint') defaults[key as (typeof STATUS_MEMBERS)[number]] = String(member);
    else return 'opaque';
  }
  return defaults;
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

export interface PromptCurrent {
  name?: string;
  instanceId?: string;
  associationStatus?: string;
  /** The command line's other words (global options), shown in the final command line. */
  otherArgs?: readonly string[];
}

export interface PromptResult {
  name: string;
  instanceId: string;
  associationStatus: string;
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

function memberDoc(shape: StructureShape, member: string): string {
  const ref = shape.members[member];
  return firstSentence(ref?.documentation ?? (ref === undefined ? undefined : shapeNamed(ref.shape).documentation));
}

/** ISO 8601 in UTC to the second: the default Date, a form the timestamp parser reads back. */
const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Asks for each parameter of update-association-status on the terminal and returns the values
 * and the command line they make. Throws CliError('usage') at once when stdin is not a
 * terminal, and CliError('interrupted') (exit 130) on Ctrl-C or end of input.
 */
export async function promptForParameters(current: PromptCurrent, io: PromptIo): Promise<PromptResult> {
  if (!io.isTTY) throw new CliError('usage', NOT_A_TERMINAL);
  const write = (text: string) => io.output.write(text);
  const reader = new LineReader(io);
  const request = PROMPTED.input;
  const statusShape = shapeNamed(request.members.AssociationStatus!.shape) as StructureShape;
  const statusNames = (shapeNamed(statusShape.members.Name!.shape) as { enum?: string[] }).enum ?? [];

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

  try {
    write(`${PROGRAM} ${COMMAND_NAME}: ${firstSentence(PROMPTED.documentation)}\n`);
    write('Enter keeps the value in [brackets]. Ctrl-C cancels; nothing is sent until the end.\n');

    const required = new Set(request.required ?? []);
    const answers: Record<string, string> = {};
    for (const [member, , ref] of membersOf(request)) {
      const flag = '--' + member.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
      const doc = firstSentence(ref.documentation);
      const need = required.has(member) ? 'required' : 'optional';
      if (member !== 'AssociationStatus') {
        write(`\n${flag} (${need}): ${doc}\n`);
        const fallback = member === 'Name' ? current.name : member === 'InstanceId' ? current.instanceId : undefined;
        answers[member] = await ask(flag, { fallback, required: required.has(member) });
        continue;
      }
      write(`\n${flag} (${need}): ${doc} Asked member by member.\n`);
      const parsed = statusDefaults(current.associationStatus);
      if (parsed === 'opaque') {
        const keep = await ask(`Keep ${flag} ${current.associationStatus}? [Y/n]`, {
          fallback: undefined,
          required: false,
          check: (v) => (/^(y|yes|n|no)$/i.test(v) ? undefined : 'Answer y or n.'),
        });
        if (!/^n/i.test(keep)) {
          answers[member] = current.associationStatus!;
          continue;
        }
      }
      const defaults = parsed === 'opaque' ? {} : parsed;
      write(`  Date (timestamp, required): ${memberDoc(statusShape, 'Date')} For example 2019-02-18T16:32:09Z or 1424421071.\n`);
      const date = await ask('  Date', {
        fallback: defaults.Date ?? isoSeconds((io.now ?? (() => new Date()))()),
        required: true,
        check: (v) => {
          try {
            if (parseTimestamp(v) !== undefined) return undefined;
          } catch {
            // Out of range: as unreadable as no timestamp at all.
          }
          return `Not a timestamp: ${v}. Use ISO 8601 (2019-02-18T16:32:09Z) or epoch seconds (1424421071).`;
        },
      });
      // A number picks from the list, a name is matched ignoring case; the command line's own
      // value stands even when it is no status name, for the service to judge as it would
      // without the prompt.
      const pickName = (v: string): string | undefined =>
        (/^\d+$/.test(v) ? statusNames[Number(v) - 1] : statusNames.find((n) => n.toLowerCase() === v.toLowerCase())) ??
        (v === defaults.Name ? v : undefined);
      write(`  Name (required): ${memberDoc(statusShape, 'Name')} Choose ${statusNames.map((n, i) => `${i + 1}) ${n}`).join('  ')} (Tab completes).\n`);
      const name = pickName(
        await ask('  Name', {
          fallback: defaults.Name,
          required: true,
          choices: statusNames,
          check: (v) => (pickName(v) === undefined ? `Choose one of ${statusNames.join(', ')}.` : undefined),
        }),
      )!;
      write(`  Message (required): ${memberDoc(statusShape, 'Message')}\n`);
      const message = await ask('  Message', { fallback: defaults.Message, required: true });
      write(`  AdditionalInfo (optional): ${memberDoc(statusShape, 'AdditionalInfo')} Enter leaves it out.\n`);
      const info = await ask('  AdditionalInfo', { fallback: defaults.AdditionalInfo, required: false });
      answers[member] = associationStatusValue({ Date: date, Name: name, Message: message, ...(info === '' ? {} : { AdditionalInfo: info }) });
    }

    const result = {
      name: answers.Name!,
      instanceId: answers.InstanceId!,
      associationStatus: answers.AssociationStatus!,
    };
    const words = [
      PROGRAM,
      COMMAND_NAME,
      '--name',
      result.name,
      '--instance-id',
      result.instanceId,
      '--association-status',
      result.associationStatus,
      ...(current.otherArgs ?? []),
    ];
    const commandLine = words.map(shellQuote).join(' ');
    // The reference, too, shows the command it is about to run (`> aws ...`).
    write(`\n> ${commandLine}\n`);
    return { ...result, commandLine };
  } catch (error) {
    if (error instanceof Cancelled) throw new CliError('interrupted', '');
    throw error;
  } finally {
    reader.close();
  }
}
