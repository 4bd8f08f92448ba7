// The process edge: reads argv and the environment, runs the command, writes what it printed,
// turns every failure into the reference's message and exit code, and exits. Nothing below
// this file touches process.* directly.
import fs from 'node:fs';
import os from 'node:os';
import readline from 'node:readline';
import { CliError, EXIT_CODES } from './errors.js';
import { parseCommandLine } from './cli/command-line.js';
import { updateAssociationStatus } from './commands/update-association-status.js';
import { loadConfigFiles } from './call/config-files.js';
import { versionLine } from './version.js';
import { nodeParamFileIo } from './input/paramfile.js';
import type { PagerChoice } from './output/pager.js';

const RESET = '\u001b[0m';
/** Set while a command handles interrupts itself (fleet mode); otherwise a signal ends the process. */
let interruptHandler: (() => void) | undefined;
/** While a pager shows the output, Ctrl-C is the pager's to handle. */
let paging = false;

/** Fleet mode's input: `-` is stdin, anything else a file path. */
function openLines(source: string): AsyncIterable<string> {
  const input = source === '-' ? process.stdin : fs.createReadStream(source);
  return readline.createInterface({ input, crlfDelay: Infinity });
}
let errorResets = false;

async function run(argv: string[]): Promise<number> {
  const commandLine = parseCommandLine(argv);
  if (commandLine.globals.version) {
    process.stdout.write(versionLine({ node: process.version, platform: os.type(), release: os.release(), arch: os.machine() }) + '\n');
    return 0;
  }
  const trace = commandLine.globals.debug ? (line: string) => process.stderr.write(`${new Date().toISOString()} - ssm-assoc - DEBUG - ${line}\n`) : undefined;
  trace?.(`${versionLine({ node: process.version, platform: os.type(), release: os.release(), arch: os.machine() })}`);
  trace?.(`arguments: ${JSON.stringify(argv)}`);
  if (commandLine.command === 'help' || commandLine.help) {
    process.stdout.write('ssm-assoc update-association-status --name DOC --instance-id ID --association-status VALUE\n');
    return 0;
  }
  const out: string[] = [];
  let pager: PagerChoice | undefined;
  const code = await updateAssociationStatus(commandLine, {
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTty: process.stdout.isTTY === true,
    paramFiles: nodeParamFileIo,
    loadConfigFiles,
    call: async (request, options) =>
      (await import('./call/client.js')).callUpdateAssociationStatus(request, { warn: (line) => process.stderr.write(`${line}\n`), ...options }),
    writeOut: (text) => out.push(text),
    colorErrors: () => {
      errorResets = true;
    },
    usePager: (choice) => {
      pager = choice;
    },
    trace,
    fleet: () => ({
      openLines,
      writeLine: (text) => write(process.stdout, text),
      writeErr: (text) => {
        process.stderr.write(text);
      },
      stderrIsTty: process.stderr.isTTY === true,
      onInterrupt: (handler) => {
        interruptHandler = handler;
      },
    }),
  }).finally(async () => {
    const text = out.join('');
    if (pager === undefined || text === '') return write(process.stdout, text);
    paging = true;
    try {
      const { writeThroughPager } = await import('./output/pager.js');
      await writeThroughPager(text, pager, { env: process.env });
    } finally {
      paging = false;
    }
  });
  return code;
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve) => stream.write(text, () => resolve()));
}

/** The reference writes "\n", the message and "\n" separately; with auto-reset each gets a reset. */
function report(error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  const reset = errorResets ? RESET : '';
  process.stderr.write(`\n${reset}${message}${reset}\n${reset}`);
  return error instanceof CliError ? error.exitCode : EXIT_CODES.other;
}

// Users read stderr: runtime and SDK warnings (the SDK's Node-version notice among them) are
// not theirs to act on. --debug still shows them.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (process.argv.includes('--debug')) process.stderr.write(`warning: ${warning.name}: ${warning.message}\n`);
});

// A closed stdout (`| head`) ends the process quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});
function onSignal(signal: NodeJS.Signals): void {
  if (signal === 'SIGINT' && paging) return;
  if (interruptHandler) {
    interruptHandler();
    return;
  }
  process.stdout.write('\n');
  process.exit(EXIT_CODES.interrupted);
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
// colorama's exit hook: after a coloured table, a terminal gets one final reset.
process.on('exit', () => {
  if (errorResets && process.stdout.isTTY) process.stdout.write(RESET);
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = report(error);
  },
);
