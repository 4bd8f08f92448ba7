// The process edge: reads argv and the environment, runs the command, writes what it printed,
// turns every failure into the reference's message and exit code, and exits. Nothing below
// this file touches process.* directly.
import fs from 'node:fs';
import net from 'node:net';
import v8 from 'node:v8';
import os from 'node:os';
import { CliError, EXIT_CODES } from './errors.js';
import { completeCommandLine, parseCommandLine, parseGlobalWords, type CommandLine } from './cli/command-line.js';
import { operationOptions, type GlobalOptions } from './model/options.js';
import { checkSessionStart as checkSessionSettingsAtStart, selectProfile } from './call/settings.js';
import { runOperation } from './commands/operation.js';
import { OPERATIONS } from './model/operations.js';
import { LOCAL_ENDPOINT_COMMAND, localEndpointHelp, runLocalEndpoint } from './commands/local-endpoint.js';
import { loadConfigFiles } from './call/config-files.js';
import { versionLine } from './version.js';
import { pyOsError, writeErrorText } from './python/os-error.js';
import { splitLines, type InputLine } from './commands/fleet-lines.js';
import { SIGNAL_EXIT_CODES, type StopSignal } from './commands/fleet.js';
import { nodeParamFileIo } from './input/paramfile.js';
import { choosePager, writeThroughPager, type PagerChoice } from './output/pager.js';
import { compileQuery } from './output/query.js';
import { promptSecret } from './cli/secret-prompt.js';
import { autoPromptMode, needsPrompt, promptForParameters, promptOtherArgs } from './cli/auto-prompt.js';
import { commandHelp, topLevelHelp } from './commands/help.js';
import { COMPLETION_HELP, COMPLETION_SHELLS, COMPLETION_USAGE, completionScript } from './commands/completion.js';
import { callOnce, createCaller } from './call/client.js';

const RESET = '\u001b[0m';
/** Set while a command handles stop signals itself (fleet mode); otherwise a signal ends the process. */
let interruptHandler: ((signal: StopSignal) => void) | undefined;
/** Fleet mode's grace for calls in flight after a stop signal, in milliseconds. */
let shutdownGraceMs = 0;
/** Set by the first stop signal fleet mode handles: the run ends with this code, whatever is still open. */
let stopExitCode: number | undefined;
/**
 * While fleet mode writes its lines, a failed write is its to report (the write's callback says
 * so); and once it is done the process ends, even if its input (an open stdin) is still open.
 */
let fleetOwnsStdout = false;
/** While a pager shows the output, Ctrl-C is the pager's to handle. */
let paging = false;
/** After a coloured table, error lines carry colorama's resets too (see report). */
let errorResets = false;

/**
 * Fleet mode's input: `-` is stdin, anything else a file path. The file is opened now, so that a
 * missing one fails before any call. No read may block a thread of libuv's pool: a FIFO nobody
 * writes to would then hold the process even past process.exit. So a FIFO is opened without
 * blocking and read like a pipe, through the event loop.
 */
async function openLines(source: string): Promise<AsyncIterable<InputLine>> {
  if (source === '-') return splitLines(process.stdin);
  let handle: fs.promises.FileHandle | undefined;
  try {
    const stat = await fs.promises.stat(source);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (stat.isFIFO()) {
      const fd = fs.openSync(source, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
      return splitLines(new net.Socket({ fd, readable: true, writable: false }));
    }
    handle = await fs.promises.open(source, 'r');
  } catch (error) {
    await handle?.close().catch(() => undefined);
    throw new CliError('usage', `Unable to read --cli-input-jsonl ${source}: ${pyOsError(error, source) ?? (error as Error).message}`);
  }
  return splitLines(handle.createReadStream());
}

/** Output through the pager when there is one (and something to show), else straight to stdout. */
async function writeOutput(text: string, pager: PagerChoice | undefined): Promise<void> {
  if (pager === undefined || text === '') return write(process.stdout, text);
  paging = true;
  try {
    await writeThroughPager(text, pager, { env: process.env });
  } finally {
    paging = false;
  }
}

/** Help and other documents: through the pager rules, like a response. */
async function writeDocument(text: string, noCliPager: boolean): Promise<void> {
  await writeOutput(text, choosePager({ noCliPager, stdoutIsTty: process.stdout.isTTY === true, env: process.env, profilePager: undefined }));
}

/** A role profile's MFA code, asked for as the reference asks (getpass). */
const mfaCode = async (serialNumber: string) => promptSecret(`Enter MFA code for ${serialNumber}: `);

const warnLine = (line: string) => {
  process.stderr.write(`${line}\n`);
};

/** The config files, read once however many steps ask for them. */
let configFilesLoaded: ReturnType<typeof loadConfigFiles> | undefined;
const configFiles = () => (configFilesLoaded ??= loadConfigFiles());

/**
 * Between the main parser's pass and the operation's, the reference compiles --query and checks
 * the session's settings; their errors come before any about the operation's options.
 */
async function checkSessionStart(globals: GlobalOptions): Promise<void> {
  if (globals.query !== undefined) compileQuery(globals.query);
  checkSessionSettingsAtStart(globals, process.env, await configFiles());
}

/** The profile's cli_auto_prompt, read only when neither flag nor environment decided. */
async function profileAutoPrompt(globals: GlobalOptions): Promise<string | undefined> {
  if (globals.cliAutoPrompt || globals.noCliAutoPrompt || process.env.AWS_CLI_AUTO_PROMPT !== undefined) return undefined;
  const files = await configFiles();
  const { profile } = selectProfile(globals, process.env);
  return (files.configFile[profile] ?? files.credentialsFile[profile])?.cli_auto_prompt;
}

async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    const op = OPERATIONS.find((o) => argv.includes(o.cliName));
    const page = op !== undefined ? commandHelp(op) : argv.includes('completion') ? COMPLETION_HELP : topLevelHelp();
    await writeDocument(page, argv.includes('--no-cli-pager'));
    return 0;
  }
  const globalWords = parseGlobalWords(argv);
  if (!globalWords.version) await checkSessionStart(globalWords.globals);
  let commandLine = completeCommandLine(globalWords, { deferRequired: true });
  if (commandLine.globals.version) {
    process.stdout.write(versionLine({ node: process.version, platform: os.type(), release: os.release(), arch: os.machine() }) + '\n');
    return 0;
  }
  const trace = commandLine.globals.debug ? (line: string) => process.stderr.write(`${new Date().toISOString()} - ssm-assoc - DEBUG - ${line}\n`) : undefined;
  trace?.(`${versionLine({ node: process.version, platform: os.type(), release: os.release(), arch: os.machine() })}`);
  trace?.(`arguments: ${JSON.stringify(argv)}`);
  if (commandLine.command === 'completion') {
    const shell = commandLine.completionShell;
    if (shell === 'help') {
      await writeDocument(COMPLETION_HELP, commandLine.globals.noCliPager);
      return 0;
    }
    if (shell === undefined || !(COMPLETION_SHELLS as readonly string[]).includes(shell)) throw new CliError('usage', COMPLETION_USAGE.trimEnd());
    await write(process.stdout, completionScript(shell as (typeof COMPLETION_SHELLS)[number]));
    return 0;
  }
  if (commandLine.command === 'help' || commandLine.help) {
    const topics = { completion: async () => COMPLETION_HELP, 'local-endpoint': localEndpointHelp };
    const page = commandLine.help && commandLine.op !== undefined ? commandHelp(commandLine.op) : commandLine.helpTopic !== undefined ? await topics[commandLine.helpTopic]() : topLevelHelp();
    await writeDocument(page, commandLine.globals.noCliPager);
    return 0;
  }
  commandLine = await withAutoPrompt(argv, commandLine);
  const op = commandLine.op;
  // Every other command was answered above: only an operation's reaches here.
  if (op === undefined) throw new CliError('other', `ssm-assoc: ${commandLine.command} is not an operation`);
  const out: string[] = [];
  let pager: PagerChoice | undefined;
  const code = await runOperation(op, commandLine, {
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTty: process.stdout.isTTY === true,
    paramFiles: nodeParamFileIo,
    loadConfigFiles: configFiles,
    createCaller: async (options) => createCaller({ warn: warnLine, mfaCode, keepAlive: true, ...options }),
    call: async (request, options) => callOnce(request, { warn: warnLine, mfaCode, ...options }),
    writeOut: (text) => out.push(text),
    writeNow: (text) =>
      new Promise<void>((resolve) => {
        // On an error the stdout 'error' handler reports it and exits: nothing is left to resolve.
        process.stdout.write(text, (error) => {
          if (!error) resolve();
        });
      }),
    colorErrors: () => {
      errorResets = true;
    },
    usePager: (choice) => {
      pager = choice;
    },
    trace,
    fleet: (graceMs) => {
      shutdownGraceMs = graceMs;
      // A long run allocates a little per line, all of it short-lived, and its live heap stays
      // flat (about 12 MB after a full GC at 1k and at 20k lines); V8 would still grow its young
      // generation to the maximum and let the old one grow by up to 4x between collections:
      // peak RSS 100 MB at 1k lines, 112 at 20k, 148 at 100k. Growth factor 1 for the young
      // generation and 20% for the old keep the peak flat (npm run bench: fleet RSS). Both flags
      // are read when the heap grows, so setting them now works; Node.js 20, 22 and 24 know them.
      v8.setFlagsFromString('--semi-space-growth-factor=1');
      v8.setFlagsFromString('--heap-growing-percent=20');
      fleetOwnsStdout = true;
      return {
        openLines,
        writeLine: (text) =>
          new Promise<boolean>((resolve) => {
            if (process.stdout.destroyed || process.stdout.writableEnded) resolve(false);
            else process.stdout.write(text, (error) => resolve(!error));
          }),
        writeErr: (text) => {
          process.stderr.write(text);
        },
        stderrIsTty: process.stderr.isTTY === true,
        onStop: (handler) => {
          interruptHandler = handler;
        },
      };
    },
  }).finally(() => writeOutput(out.join(''), pager));
  return code;
}

/**
 * --cli-auto-prompt and friends: ask for the parameters on the terminal, then parse the command
 * line again with the answers. Without a prompt, missing required options fail as argparse does.
 */
async function withAutoPrompt(argv: string[], commandLine: CommandLine): Promise<CommandLine> {
  const { globals, operation } = commandLine;
  const profileSetting = await profileAutoPrompt(globals);
  if (globals.cliAutoPrompt || globals.noCliAutoPrompt || process.env.AWS_CLI_AUTO_PROMPT !== undefined || profileSetting !== undefined) {
    const mode = autoPromptMode({ flag: globals.cliAutoPrompt, noFlag: globals.noCliAutoPrompt, env: process.env, profileSetting });
    const op = commandLine.op;
    if (op !== undefined && needsPrompt(mode, operation, op)) {
      const answers = await promptForParameters(
        op,
        { ...operation, otherArgs: promptOtherArgs(argv, op) },
        { input: process.stdin, output: process.stderr, isTTY: process.stdin.isTTY === true },
      );
      // The terminal is done with: an open stdin would keep the process alive after the call.
      process.stdin.pause();
      process.stdin.unref();
      const separator = argv.indexOf('--');
      const at = separator < 0 ? argv.length : separator;
      const answered = operationOptions(op).flatMap((spec) => (spec.member !== undefined && answers[spec.key] !== undefined ? [spec.flag, answers[spec.key]!] : []));
      return parseCommandLine([...argv.slice(0, at), ...answered, ...argv.slice(at)]);
    }
  }
  // Throws argparse's error, unchanged, when required options are missing.
  return commandLine.missingRequired.length > 0 ? parseCommandLine(argv) : commandLine;
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve) => stream.write(text, () => resolve()));
}

/** The reference writes "\n", the message and "\n" separately; with auto-reset each gets a reset. */
function report(error: unknown): number {
  // Ctrl-C at a prompt: the reference's KeyboardInterrupt handler writes a newline to stdout.
  if (error instanceof CliError && error.kind === 'interrupted' && error.message === '') {
    process.stdout.write('\n');
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  const reset = errorResets ? RESET : '';
  process.stderr.write(`\n${reset}${message}${reset}\n${reset}`);
  return error instanceof CliError ? error.exitCode : EXIT_CODES.other;
}

/**
 * Runs the CLI for `argv` (the words after the program name) in this process: installs the
 * process handlers, runs the command and sets the exit code. bin/ssm-assoc calls it once the
 * bundle is loaded (src/launcher/launch.cts).
 */
export function startCli(argv: string[]): void {
  if (argv[0] === LOCAL_ENDPOINT_COMMAND) {
    // A server with flags of its own: stopped by SIGINT or SIGTERM, which it handles itself.
    void runLocalEndpoint(argv.slice(1), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), signals: process }).then((code) => {
      process.exitCode = code;
    });
    return;
  }
  // Users read stderr: runtime and SDK warnings (the SDK's Node-version notice among them) are
  // not theirs to act on. --debug still shows them.
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (argv.includes('--debug')) process.stderr.write(`warning: ${warning.name}: ${warning.message}\n`);
  });

  // Output that cannot be written is an error, never a silent exit 0: a closed pipe (`| head -c 1`)
  // as the reference reports it for text output (`[Errno 32] Broken pipe`, 255), a full disk
  // likewise. Fleet mode reports its own (the write's callback tells it).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (fleetOwnsStdout) return;
    // The reference reports a broken pipe through its error handler (a blank line first).
    process.stderr.write(`${error.code === 'EPIPE' ? '\n' : ''}${writeErrorText(error)}\n`);
    process.exit(EXIT_CODES.other);
  });
  function onSignal(signal: StopSignal): void {
    if (signal === 'SIGINT' && paging) return;
    if (interruptHandler) {
      // Fleet mode stops on its own within the grace; this only makes sure the process ends by
      // then whatever is still open (a stuck stdout, a FIFO nobody writes to).
      if (stopExitCode === undefined) {
        stopExitCode = SIGNAL_EXIT_CODES[signal];
        const code = stopExitCode;
        setTimeout(() => {
          process.stderr.write(`ssm-assoc: the run did not end within the grace; exiting.\n`);
          process.exit(code);
        }, shutdownGraceMs + 900).unref();
      }
      interruptHandler(signal);
      return;
    }
    // The reference's KeyboardInterrupt handler writes a newline; SIGTERM and SIGHUP end it
    // without a word (a shell reports 143 and 129).
    if (signal === 'SIGINT') process.stdout.write('\n');
    process.exit(SIGNAL_EXIT_CODES[signal]);
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  // colorama's exit hook: after a coloured table, a terminal gets one final reset.
  process.on('exit', () => {
    if (errorResets && process.stdout.isTTY) process.stdout.write(RESET);
  });

  run(argv).then(
    (code) => {
      process.exitCode = code;
      // A fleet run ends now: an aborted socket, an unread FIFO or an open stdin must not keep it.
      if (fleetOwnsStdout) process.stdout.write('', () => process.exit(code));
    },
    (error: unknown) => {
      // Warnings queued on the way (shown with --debug) come out before the error, as they happened.
      setImmediate(() => {
        process.exitCode = report(error);
      });
    },
  );
}
