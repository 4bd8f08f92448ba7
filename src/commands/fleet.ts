// Fleet mode: --cli-input-jsonl runs the operation once per input line in a single
// process, up to --max-concurrency at a time, and writes one JSON line per input line, in input
// order, as soon as that line's turn comes.
//
// Input: one JSON object per line (src/commands/fleet-lines.ts says what a line is), shaped like
// --cli-input-json; options given on the command line fill in what a line leaves out.
// Output, exactly one line per input line that is not blank, whatever the line holds:
//   {"line": N, "input": {IDENTIFYING MEMBERS}, "output": RESPONSE}   (Name and InstanceId for
//   update-association-status; else AssociationId, ExecutionId, Name, InstanceId where the
//   input shape has them)
//   {"line": N, "input": {...}, "error": {"code": ..., "message": ...}}
// A paginated operation (list-associations, ...) pages each line to the end, or to --max-items,
// and prints its pages merged on the line's one output line, as --output json would merge them
// (--page-size, --starting-token and --max-items apply to every line); a line holding the
// operation's own NextToken or MaxResults makes one call, and --no-paginate makes one per line.
// After a stop signal no further page is asked for: the line ends `Interrupted`.
// Exit status: 0 when every line succeeded, else the highest exit code the failed lines would
// have had alone.
//
// Memory stays bounded: lines are read only while fewer than WINDOW lines wait to be printed,
// and each line is forgotten once printed.
//
// Stopping (SIGINT, SIGTERM, SIGHUP):
// - The first signal: no new call starts and no call in flight is retried. Calls in flight get
//   the grace (--cli-shutdown-grace, 5 s) to finish and print their outcome; then they are
//   aborted and print `Interrupted` (their outcome is unknown). Lines read and not started print
//   `NotAttempted`; the rest of the input is read for that until it ends or the grace is over
//   (plus READ_AFTER_ABORT_MS), so an open stdin or FIFO never holds the run. The exit code is
//   128 + the signal's number (130, 143, 129).
// - A second signal skips what is left of the grace.
// A closed stdout ends the run at once: nothing more can be reported, so no call starts, calls in
// flight are aborted, and the exit code is 255 with a summary of what was not printed.
import { CliError, EXIT_CODES } from '../errors.js';
import { parsePythonJson } from '../python/json-load.js';
import { isDict, isNumber, numberValue } from '../python/values.js';
import { mergeCliInput } from '../input/cli-input.js';
import type { CallControl, CallOutcome } from '../call/client.js';
import { jsonLine } from '../python/json-dump.js';
import { requestFor, responseData, type PreparedRun } from './pipeline.js';
import type { InputLine } from './fleet-lines.js';
import { mergedPages, pagesRequest, type PaginateOptions } from './paginate.js';
import type { Operation } from '../model/operations.js';

export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/** The exit code of a run stopped by a signal: the shell's 128 + the signal's number. */
export const SIGNAL_EXIT_CODES: Record<StopSignal, number> = { SIGHUP: 129, SIGINT: EXIT_CODES.interrupted, SIGTERM: 143 };

export interface FleetIo {
  /** The input lines, as they arrive. Ending the iteration early stops reading the source. */
  lines: AsyncIterable<InputLine>;
  /** Writes one output line (with its newline); resolves false when stdout is closed. */
  writeLine: (text: string) => Promise<boolean>;
  writeErr: (text: string) => void;
  stderrIsTty: boolean;
  /** One call on the run's shared client. */
  call: (request: Record<string, unknown>, control: CallControl) => Promise<CallOutcome>;
  /** Registers the handler for stop signals while the run lasts. */
  onStop: (handler: (signal: StopSignal) => void) => void;
}

export interface FleetOptions {
  /** The operation, its settings and endpoint, prepared once for every line. */
  run: PreparedRun;
  /** Request parameters from the command line: the defaults for every line. */
  defaults: Record<string, unknown>;
  maxConcurrency: number;
  /** How long calls in flight may go on after a stop signal, in milliseconds. */
  graceMs: number;
  /** --query, compiled: applied to each response. */
  query: ((data: unknown) => unknown) | undefined;
  /** For an operation with a paginator, unless --no-paginate: the paging options every line pages with. */
  paging?: PaginateOptions | undefined;
}

/** After the calls are aborted, how long the rest of the input is still read for NotAttempted lines. */
export const READ_AFTER_ABORT_MS = 500;

interface LineResult {
  text: string;
  exitCode: number;
}

/** A line read and not yet printed. */
interface Entry {
  line: number;
  params: Record<string, unknown> | undefined;
  result: LineResult | undefined;
  controller: AbortController | undefined;
}

/** A line's calls ended by the stop signal (a retry not made, a page not asked for). */
class Stopped extends Error {}

const ERROR_CODES: Record<string, string> = {
  usage: 'ParamValidation',
  configuration: 'Configuration',
  service: 'ServiceError',
  other: 'ClientError',
  interrupted: 'Interrupted',
};

/** The service's own error code, else one named after the kind of failure. */
function errorCode(error: CliError): string {
  return error.code ?? ERROR_CODES[error.kind] ?? 'ClientError';
}

/** A value as the summary shows it: JSON's own values only (no NaN, no Infinity), else null. */
function summaryValue(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isNumber(value) && Number.isFinite(numberValue(value))) return value;
  return null;
}

// The members that say which association a line was about, in this order, where the input
// shape has them. update-association-status keeps the Name and InstanceId it always showed.
const IDENTIFYING_MEMBERS = ['AssociationId', 'ExecutionId', 'Name', 'InstanceId'];

/** The input members a line's summary shows for `op`. */
export function summaryMembers(op: Operation): readonly string[] {
  if (op.name === 'UpdateAssociationStatus') return ['Name', 'InstanceId'];
  return IDENTIFYING_MEMBERS.filter((member) => member in op.input.members);
}

function inputSummary(members: readonly string[], params: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(members.map((member) => [member, summaryValue(params?.[member])]));
}

function parseLine(text: string): Record<string, unknown> {
  let document: unknown;
  try {
    document = parsePythonJson(text);
  } catch (error) {
    throw new CliError('usage', `Invalid JSON: ${(error as Error).message}`);
  }
  if (!isDict(document)) {
    throw new CliError('usage', 'Each line must be a JSON object shaped like --cli-input-json input.');
  }
  return document as Record<string, unknown>;
}

/** A line not attempted, with the command line's defaults, when it parses; it is not validated. */
function safeParams(text: string, defaults: Record<string, unknown>): Record<string, unknown> | undefined {
  try {
    return mergeCliInput(parseLine(text), defaults);
  } catch {
    return undefined;
  }
}

function progressBar(done: number, total: number | undefined): string {
  if (total === undefined) return `\r${done} done`;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Wakes every loop waiting for something to change; each loop then checks its own condition. */
class Changes {
  private waiters: Array<() => void> = [];
  next(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  notify(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}

export async function runFleet(options: FleetOptions, io: FleetIo): Promise<number> {
  const shown = summaryMembers(options.run.op);
  const errorLine = (line: number, params: Record<string, unknown> | undefined, code: string, message: string, exitCode: number): LineResult => ({
    text: jsonLine({ line, input: inputSummary(shown, params), error: { code, message } }),
    exitCode,
  });
  // Lines read ahead of the first one not yet printed: enough to keep every call slot busy
  // behind a slow line, few enough that memory does not grow with the input.
  const windowSize = Math.max(64, options.maxConcurrency * 4);
  const window: Entry[] = [];
  const changes = new Changes();
  let running = 0;
  let inputDone = false;
  let inputStoppedAtLine: number | undefined;
  let lastLineRead = 0;
  let stopSignal: StopSignal | undefined;
  let aborted = false;
  let abortedAt = 0;
  /** Calls the abort cut short: their outcome is unknown. */
  let abortedCalls = 0;
  let stdoutClosed = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const abortAll = () => {
    if (aborted) return;
    aborted = true;
    abortedAt = Date.now();
    if (graceTimer !== undefined) clearTimeout(graceTimer);
    for (const entry of window) {
      if (entry.result !== undefined || entry.controller === undefined) continue;
      abortedCalls += 1;
      entry.result = errorLine(
        entry.line,
        entry.params,
        'Interrupted',
        stdoutClosed
          ? 'The call was abandoned when stdout closed; its outcome is unknown.'
          : 'The call was aborted by the interrupt; its outcome is unknown (the update may or may not have been applied).',
        stdoutClosed ? EXIT_CODES.other : SIGNAL_EXIT_CODES[stopSignal ?? 'SIGINT'],
      );
      entry.controller.abort();
    }
    changes.notify();
  };

  io.onStop((signal) => {
    if (stopSignal !== undefined) {
      abortAll();
      return;
    }
    stopSignal = signal;
    if (running === 0) abortAll();
    else graceTimer = setTimeout(abortAll, options.graceMs);
    changes.notify();
  });

  const stopping = () => stopSignal !== undefined || stdoutClosed;

  const runLine = async (entry: Entry, text: string): Promise<LineResult> => {
    try {
      const params = mergeCliInput(parseLine(text), options.defaults);
      entry.params = params;
      const request = requestFor(options.run, params);
      const paginator = options.run.op.paginator;
      const paged = options.paging !== undefined && pagesRequest(paginator, false, params, options.paging);
      if (stopping()) return notAttempted(entry);
      const control: CallControl = { abortSignal: (entry.controller = new AbortController()).signal, stopRetrying: stopping };
      let calls = 0;
      const call = async (sent: Record<string, unknown>): Promise<Record<string, unknown>> => {
        // A listing starts no page after the stop signal: the line ends as interrupted.
        if (calls > 0 && stopping()) throw new Stopped(`The listing was stopped by the interrupt after ${plural(calls, 'page')}; its pages are not printed.`);
        calls += 1;
        const outcome = await io.call(sent, control);
        if ((outcome.error as Error | undefined)?.name === 'RetryStoppedError') {
          throw new Stopped('The call failed and was not retried because of the interrupt; its outcome is unknown.');
        }
        return responseData(options.run, outcome);
      };
      running += 1;
      let data: Record<string, unknown>;
      try {
        data = paged ? await mergedPages((page) => call(requestFor(options.run, page)), params, paginator!, options.paging!) : await call(request);
      } finally {
        running -= 1;
      }
      const output = options.query ? options.query(data) : data;
      return { text: jsonLine({ line: entry.line, input: inputSummary(shown, entry.params), output }), exitCode: 0 };
    } catch (error) {
      if (error instanceof Stopped) return errorLine(entry.line, entry.params, 'Interrupted', error.message, exitCodeNow());
      if (error instanceof CliError) return errorLine(entry.line, entry.params, errorCode(error), error.message, error.exitCode);
      // Never lose a line: a failure nobody foresaw is reported on the line, and the run goes on.
      return errorLine(entry.line, entry.params, 'InternalError', 'ssm-assoc could not handle this line; please report it.', EXIT_CODES.other);
    }
  };

  const exitCodeNow = () => (stdoutClosed ? EXIT_CODES.other : SIGNAL_EXIT_CODES[stopSignal ?? 'SIGINT']);

  function notAttempted(entry: Entry): LineResult {
    return errorLine(entry.line, entry.params, 'NotAttempted', 'Not attempted: the run was interrupted.', exitCodeNow());
  }

  const reader = (async () => {
    const lines = io.lines[Symbol.asyncIterator]();
    try {
      while (true) {
        while (window.length >= windowSize && !stdoutClosed) await changes.next();
        if (stdoutClosed) break;
        // After the abort, the rest of the input is read only for a short while.
        const next = aborted ? await withDeadline(lines.next(), abortedAt + READ_AFTER_ABORT_MS) : await raceStop(lines.next());
        if (next === 'timeout') break;
        if (next.done) {
          inputDone = true;
          break;
        }
        const input = next.value;
        lastLineRead = input.number;
        const entry: Entry = { line: input.number, params: undefined, result: undefined, controller: undefined };
        window.push(entry);
        if ('error' in input) {
          entry.result = errorLine(input.number, undefined, 'ParamValidation', input.error, EXIT_CODES.usage);
        } else if (stopping()) {
          entry.params = safeParams(input.text, options.defaults);
          entry.result = notAttempted(entry);
        } else {
          while (running >= options.maxConcurrency && !stopping()) await changes.next();
          if (stopping()) {
            entry.params = safeParams(input.text, options.defaults);
            entry.result = notAttempted(entry);
          } else {
            void runLine(entry, input.text).then((result) => {
              entry.result ??= result;
              changes.notify();
            });
          }
        }
        changes.notify();
      }
    } catch (error) {
      // The source failed while being read (an I/O error): say so on the last line's place.
      lastLineRead += 1;
      window.push({
        line: lastLineRead,
        params: undefined,
        controller: undefined,
        result: errorLine(lastLineRead, undefined, 'InputError', `The input could not be read: ${(error as Error)?.message ?? String(error)}`, EXIT_CODES.other),
      });
    } finally {
      if (!inputDone) {
        inputStoppedAtLine = lastLineRead;
        void lines.return?.(undefined)?.catch(() => undefined);
      }
      inputDone = true;
      changes.notify();
    }
  })();

  /** Waits for the next line, or until the run is told to stop (then waits again, with the deadline). */
  async function raceStop<T>(next: Promise<T>): Promise<T | 'timeout'> {
    while (true) {
      const stopped = changes.next().then(() => 'changed' as const);
      const result = await Promise.race([next, stopped]);
      if (result !== 'changed') return result;
      if (stdoutClosed) return 'timeout';
      if (aborted) return withDeadline(next, abortedAt + READ_AFTER_ABORT_MS);
    }
  }

  let worst = 0;
  let succeeded = 0;
  let written = 0;
  const showProgress = io.stderrIsTty;
  while (true) {
    const head = window[0];
    if (head?.result !== undefined && !stdoutClosed) {
      const printed = await io.writeLine(head.result.text);
      if (!printed) {
        stdoutClosed = true;
        abortAll();
        changes.notify();
        continue;
      }
      window.shift();
      written += 1;
      if (head.result.exitCode === 0) succeeded += 1;
      worst = Math.max(worst, head.result.exitCode);
      if (showProgress) io.writeErr(progressBar(written, inputDone ? written + window.length : undefined));
      changes.notify();
      continue;
    }
    if (stdoutClosed || (inputDone && window.length === 0)) break;
    await changes.next();
  }
  if (graceTimer !== undefined) clearTimeout(graceTimer);
  await reader;
  if (showProgress) io.writeErr('\r\u001b[K');

  if (stdoutClosed) {
    io.writeErr(
      `stdout was closed: ${plural(window.length, 'line')} read ${window.length === 1 ? 'was' : 'were'} not printed` +
        `${abortedCalls > 0 ? ` (${plural(abortedCalls, 'call')} in flight, outcome unknown)` : ''}` +
        `${inputStoppedAtLine !== undefined ? `, and the input was not read past line ${inputStoppedAtLine}` : ''}; ${written} printed before.\n`,
    );
    return EXIT_CODES.other;
  }
  const failed = written - succeeded;
  const unread = inputStoppedAtLine !== undefined ? `; the input was not read past line ${inputStoppedAtLine}` : '';
  io.writeErr(`${plural(written, 'line')}: ${succeeded} succeeded, ${failed} failed${stopSignal ? ` (interrupted by ${stopSignal})` : ''}${unread}\n`);
  if (stopSignal !== undefined) return SIGNAL_EXIT_CODES[stopSignal];
  return worst;
}

/** `promise`, or 'timeout' once `deadline` (epoch ms) has passed. */
async function withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()))));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
