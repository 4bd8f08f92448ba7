// Fleet mode: --cli-input-jsonl runs one UpdateAssociationStatus per input line in a single
// process, up to --max-concurrency at a time, and writes one JSON line per input line, in input
// order, as soon as that line's turn comes.
//
// Input: one JSON object per line, shaped like --cli-input-json; options given on the command
// line fill in what a line leaves out. Blank lines are skipped (they get no output line).
// Output, one line each:
//   {"line": N, "input": {"Name": ..., "InstanceId": ...}, "output": RESPONSE}
//   {"line": N, "input": {...}, "error": {"code": ..., "message": ...}}
// Exit status: 0 when every line succeeded, else the highest exit code the failed lines would
// have had alone; 130 when interrupted. On the first SIGINT/SIGTERM no new call starts, calls in
// flight finish and print, and every line not started prints a NotAttempted error; a second
// signal abandons the calls in flight too.
import { CliError, EXIT_CODES } from '../errors.js';
import { parsePythonJson } from '../input/argument-value.js';
import { mergeCliInput } from '../input/cli-input.js';
import { toSdkRequest } from '../input/request-params.js';
import { validateRequest } from '../input/validate.js';
import { inputShape, model } from '../model/shapes.js';
import { interpretOutcome } from '../call/outcome.js';
import type { CallOutcome } from '../call/client.js';
import type { Settings } from '../call/settings.js';
import { shapeResponse } from '../output/response.js';
import { jsonLine } from '../output/json.js';

export interface FleetIo {
  /** The input lines, as they arrive. */
  lines: AsyncIterable<string>;
  /** Writes one output line (with its newline) and resolves when the stream took it. */
  writeLine: (text: string) => Promise<void>;
  writeErr: (text: string) => void;
  stderrIsTty: boolean;
  /** One call on the run's shared client. */
  call: (request: Record<string, unknown>) => Promise<CallOutcome>;
  /** Registers the handler for SIGINT/SIGTERM while the run lasts. */
  onInterrupt: (handler: () => void) => void;
}

export interface FleetOptions {
  /** Request parameters from the command line: the defaults for every line. */
  defaults: Record<string, unknown>;
  settings: Settings;
  endpointUrl: string;
  maxConcurrency: number;
  /** --query, compiled: applied to each response. */
  query: ((data: unknown) => unknown) | undefined;
}

interface LineResult {
  text: string;
  exitCode: number;
}

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

function inputSummary(params: Record<string, unknown> | undefined): Record<string, unknown> {
  return { Name: params?.Name ?? null, InstanceId: params?.InstanceId ?? null };
}

function errorLine(line: number, params: Record<string, unknown> | undefined, code: string, message: string, exitCode: number): LineResult {
  return { text: jsonLine({ line, input: inputSummary(params), error: { code, message } }), exitCode };
}

function parseLine(text: string): Record<string, unknown> {
  let document: unknown;
  try {
    document = parsePythonJson(text);
  } catch (error) {
    throw new CliError('usage', `Invalid JSON: ${(error as Error).message}`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new CliError('usage', 'Each line must be a JSON object shaped like --cli-input-json input.');
  }
  return document as Record<string, unknown>;
}

async function runLine(line: number, text: string, options: FleetOptions, call: FleetIo['call']): Promise<LineResult> {
  let params: Record<string, unknown> | undefined;
  try {
    params = mergeCliInput(parseLine(text), options.defaults);
    validateRequest(params, inputShape());
    const outcome = await call(toSdkRequest(params));
    const body = interpretOutcome(outcome, options.endpointUrl, options.settings.maxAttempts);
    const data = shapeResponse(body, model.operation.output.shape, options.settings.timestampFormat);
    const output = options.query ? options.query(data) : data;
    return { text: jsonLine({ line, input: inputSummary(params), output }), exitCode: 0 };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return errorLine(line, params, errorCode(error), error.message, error.exitCode);
  }
}

function progressBar(done: number, total: number | undefined): string {
  if (total === undefined) return `\r${done} done`;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

export async function runFleet(options: FleetOptions, io: FleetIo): Promise<number> {
  let stopping = false;
  let abandoning = false;
  const abandon: Array<() => void> = [];
  io.onInterrupt(() => {
    if (stopping) {
      abandoning = true;
      for (const resolve of abandon.splice(0)) resolve();
    }
    stopping = true;
  });

  // Each input line gets a slot, settled by its worker; the writer prints slots in order.
  const slots: Array<Promise<LineResult>> = [];
  let inputDone = false;
  let wakeWriter: (() => void) | undefined;
  const notify = () => {
    wakeWriter?.();
    wakeWriter = undefined;
  };

  let running = 0;
  let waitingForSlot: (() => void) | undefined;
  const startCall = (line: number, text: string): Promise<LineResult> => {
    running += 1;
    const call = runLine(line, text, options, io.call);
    const abandoned = new Promise<LineResult>((resolve) =>
      abandon.push(() => resolve(errorLine(line, undefined, 'Abandoned', 'The call was abandoned by a second interrupt; its outcome is unknown.', EXIT_CODES.interrupted))),
    );
    return Promise.race([call, abandoned]).finally(() => {
      running -= 1;
      waitingForSlot?.();
      waitingForSlot = undefined;
    });
  };

  const reader = (async () => {
    let line = 0;
    for await (const raw of io.lines) {
      line += 1;
      if (raw.trim() === '') continue;
      while (running >= options.maxConcurrency && !stopping) await new Promise<void>((r) => (waitingForSlot = r));
      const result = stopping
        ? Promise.resolve(errorLine(line, safeSummary(raw), 'NotAttempted', 'Not attempted: the run was interrupted.', EXIT_CODES.interrupted))
        : startCall(line, raw);
      slots.push(result);
      notify();
    }
    inputDone = true;
    notify();
  })();

  let worst = 0;
  let succeeded = 0;
  let written = 0;
  const showProgress = io.stderrIsTty;
  while (true) {
    if (written < slots.length) {
      const result = await slots[written]!;
      await io.writeLine(result.text);
      written += 1;
      if (result.exitCode === 0) succeeded += 1;
      worst = Math.max(worst, result.exitCode);
      if (showProgress) io.writeErr(progressBar(written, inputDone ? slots.length : undefined));
      continue;
    }
    if (inputDone) break;
    await new Promise<void>((r) => (wakeWriter = r));
  }
  await reader;
  if (showProgress) io.writeErr('\r\u001b[K');
  const failed = written - succeeded;
  io.writeErr(`${written} line${written === 1 ? '' : 's'}: ${succeeded} succeeded, ${failed} failed${stopping ? ' (interrupted)' : ''}\n`);
  if (abandoning || stopping) return EXIT_CODES.interrupted;
  return worst;
}

/** Name and InstanceId of a line not attempted, when it parses; the line is not validated. */
function safeSummary(raw: string): Record<string, unknown> | undefined {
  try {
    return parseLine(raw);
  } catch {
    return undefined;
  }
}
