// One operation's command, wired end to end: command-line values -> request parameters ->
// skeletons or the check -> the call -> the response in the chosen format, or fleet mode's many
// calls. Each step is a pure module (the request's one pipeline is src/commands/pipeline.ts);
// this file only orders them as the reference does and hands effects to `io`.
import { CliError } from '../errors.js';
import type { CommandLine } from '../cli/command-line.js';
import type { Operation } from '../model/operations.js';
import type { PaginatorModel } from '../model/shapes.js';
import { buildRequestParams, toSdkRequest } from '../input/request-params.js';
import { inputSkeletonJson, inputSkeletonYaml, sampleResponse } from '../input/skeleton.js';
import { describeSettings, resolveSettings, type ConfigFiles } from '../call/settings.js';
import { createFormatter, useColor } from '../output/format.js';
import { shapeResponse } from '../output/response.js';
import { applyQuery, compileQuery } from '../output/query.js';
import type { Caller, CallOptions, CallOutcome } from '../call/client.js';
import type { ParamFileIo } from '../input/paramfile.js';
import { runFleet, type FleetIo } from './fleet.js';
import type { InputLine } from './fleet-lines.js';
import { checkParams, prepareRun, requestFor, responseData, type PreparedRun } from './pipeline.js';
import { choosePager, type PagerChoice } from '../output/pager.js';
import { pyInt } from '../python/builtins.js';
import { mergedPages, pages, pagesRequest, type PageRun, type PaginateOptions } from './paginate.js';

export interface CommandIo {
  env: Record<string, string | undefined>;
  cwd: string;
  stdoutIsTty: boolean;
  paramFiles: ParamFileIo;
  loadConfigFiles: () => Promise<ConfigFiles>;
  call: (request: Record<string, unknown>, options: CallOptions) => Promise<CallOutcome>;
  /** A client shared by many calls, with connections kept alive (fleet mode). */
  createCaller: (options: CallOptions) => Promise<Caller>;
  writeOut: (text: string) => void;
  /**
   * Writes to stdout at once, past the buffer writeOut fills, and resolves once written (never,
   * if stdout is closed: the edge reports that and ends the process). Output printed page by
   * page goes this way when there is no pager, so that a page is out before the next is asked
   * for: a signal then finds it printed, as the reference's does, and a closed stdout stops the
   * paging before another request.
   */
  writeNow: (text: string) => Promise<void>;
  /**
   * The reference's coloured table output wraps stdout and stderr in colorama's auto-reset,
   * so from then on its error lines carry reset sequences too.
   */
  colorErrors: () => void;
  /** The pager the response goes through, if any (chosen once the response is in hand). */
  usePager: (pager: PagerChoice | undefined) => void;
  trace: ((line: string) => void) | undefined;
  /** Fleet mode's effects: its input lines, streamed output, stderr and signals. */
  fleet: (graceMs: number) => Omit<FleetIo, 'call' | 'lines'> & { openLines: (source: string) => Promise<AsyncIterable<InputLine>> };
}

export async function runOperation(op: Operation, commandLine: CommandLine, io: CommandIo): Promise<number> {
  const { globals, operation } = commandLine;
  // Parameters are read, and skeletons printed, before any setting is needed: the reference
  // prints a skeleton even when the profile named does not exist.
  const params = await buildRequestParams(op, operation, io.paramFiles);
  if (operation.generateCliSkeleton === 'input') {
    io.writeOut(inputSkeletonJson(op));
    return 0;
  }
  if (operation.generateCliSkeleton === 'yaml-input') {
    io.writeOut(inputSkeletonYaml(op));
    return 0;
  }

  const settings = resolveSettings(globals, io.env, await io.loadConfigFiles());
  if (io.trace) for (const line of describeSettings(settings)) io.trace(line);
  const pager = choosePager({ noCliPager: globals.noCliPager, stdoutIsTty: io.stdoutIsTty, env: io.env, profilePager: settings.section.cli_pager });
  io.trace?.(`pager: ${pager ? `${pager.command} from ${pager.source}` : '(none)'}`);
  const format = await createFormatter({
    output: settings.output,
    operationName: op.name,
    query: globals.query,
    color: globals.color,
    stdoutIsTty: io.stdoutIsTty,
    env: io.env,
    paged: pager !== undefined,
  });

  const run = prepareRun(op, settings);
  if (operation.cliInputJsonl !== undefined) return fleetMode(run, commandLine, params, io);

  // Paging options are checked first (paginate.py, as the arguments are parsed), then the request.
  const paged = pagesRequest(op.paginator, commandLine.globals.noPaginate, params, pagingOptions(commandLine));
  checkParams(run, params);
  let data: Record<string, unknown>;
  if (operation.generateCliSkeleton === 'output') {
    // The sample is one response, whatever the paging options say: the reference stubs the
    // operation itself (and then rejects the paginator's PaginationConfig as an unknown parameter).
    data = sampleResponse(op);
  } else if (paged) {
    if (settings.output === 'text' || settings.output === 'yaml-stream') {
      // These two print each page as it comes (formatter.py's TextFormatter and StreamedYAMLFormatter).
      io.usePager(pager);
      const write = pager === undefined ? io.writeNow : async (text: string) => io.writeOut(text);
      await allPages(run, commandLine, params, io, (page) => writeFormatted(write, format, page));
      return 0;
    }
    data = await allPages(run, commandLine, params, io);
  } else {
    data = responseData(run, await io.call(toSdkRequest(op, params), callOptions(run, commandLine, io)));
  }
  if (settings.output === 'table' && useColor({ color: globals.color, stdoutIsTty: io.stdoutIsTty, env: io.env })) io.colorErrors();
  io.usePager(pager);
  await writeFormatted(async (text) => io.writeOut(text), format, data);
  return 0;
}

/** The data in the chosen format; a formatter that fails part-way still prints what it wrote. */
async function writeFormatted(
  write: (text: string) => Promise<void>,
  format: (data: Record<string, unknown>) => Promise<string>,
  data: Record<string, unknown>,
): Promise<void> {
  let text: string;
  try {
    text = await format(data);
  } catch (error) {
    if (error instanceof CliError) await write(error.partialOutput);
    throw error;
  }
  await write(text);
}

/** --starting-token, --page-size and --max-items as the paginator takes them. */
function pagingOptions(commandLine: CommandLine): PaginateOptions {
  const { operation } = commandLine;
  return {
    ...(operation.startingToken !== undefined ? { startingToken: operation.startingToken } : {}),
    ...(operation.pageSize !== undefined ? { pageSize: pyInt(operation.pageSize) } : {}),
    ...(operation.maxItems !== undefined ? { maxItems: Number(operation.maxItems) } : {}),
  };
}

/**
 * Every page (or up to --max-items), merged as build_full_result merges them; or, with
 * `perPage`, each page handed over as it comes in the form text or yaml-stream prints it.
 */
async function allPages(
  run: PreparedRun,
  commandLine: CommandLine,
  params: Record<string, unknown>,
  io: CommandIo,
  perPage?: (data: Record<string, unknown>) => Promise<void>,
): Promise<Record<string, unknown>> {
  const paginator = run.op.paginator!;
  // One client for every page, its connection kept open between them, as botocore's session
  // keeps its urllib3 pool: a client and a connection per page cost 4 ms a page.
  const caller = await io.createCaller(callOptions(run, commandLine, io));
  let printed = 0;
  const call = async (request: Record<string, unknown>) => {
    const outcome = await caller.call(requestFor(run, request));
    try {
      return responseData(run, outcome);
    } catch (error) {
      throw printed > 0 ? afterPrintedPages(error, printed) : error;
    }
  };
  try {
    const paging = pagingOptions(commandLine);
    if (perPage === undefined) return await mergedPages(call, params, paginator, paging);
    const pageRun: PageRun = {};
    const text = run.settings.output === 'text';
    let first = true;
    for await (const page of pages(call, params, paginator, paging, pageRun)) {
      await perPage(text ? resultPart(page, paginator, first) : page);
      printed += 1;
      first = false;
    }
    if (text && pageRun.resumeToken !== undefined) await perPage({ NextToken: { NextToken: pageRun.resumeToken } });
    return {};
  } finally {
    caller.close();
  }
}

/**
 * An unreadable page's error says nothing of it was printed; with pages printed before it,
 * "nothing was printed" would be false, so the message says which part was.
 */
function afterPrintedPages(error: unknown, printed: number): unknown {
  if (!(error instanceof CliError) || !error.message.endsWith('; nothing was printed.')) return error;
  const pages = printed === 1 ? 'the page before it was' : `the ${printed} pages before it were`;
  return new CliError(error.kind, `${error.message.slice(0, -'; nothing was printed.'.length)}; nothing of page ${printed + 1} was printed (${pages}).`, { code: error.code });
}

/** What text output prints of a page: its result keys (the first page also its non-aggregate keys). */
function resultPart(page: Record<string, unknown>, paginator: PaginatorModel, first: boolean): Record<string, unknown> {
  const part: Record<string, unknown> = {};
  if (first) for (const key of paginator.non_aggregate_keys ?? []) part[key] = page[key] ?? null;
  for (const key of [paginator.result_key].flat()) part[key] = page[key] ?? null;
  return part;
}

/** How the call is made: the operation, the settings, signing, the --debug trace. */
function callOptions(run: PreparedRun, commandLine: CommandLine, io: CommandIo): CallOptions {
  return {
    operationName: run.op.name,
    settings: run.settings,
    signRequest: !commandLine.globals.noSignRequest,
    profileFromFlag: commandLine.globals.profile !== undefined,
    ...(io.trace ? { trace: io.trace } : {}),
  };
}

async function fleetMode(run: PreparedRun, commandLine: CommandLine, defaults: Record<string, unknown>, io: CommandIo): Promise<number> {
  const { globals, operation } = commandLine;
  // An operation with its own MaxConcurrency member has no fleet --max-concurrency (src/model/options.ts).
  const given = 'MaxConcurrency' in run.op.input.members ? undefined : operation.maxConcurrency;
  const maxConcurrency = given === undefined ? 8 : Number(given);
  if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) {
    throw new CliError('usage', `--max-concurrency must be a whole number of at least 1, not ${String(given)}`);
  }
  const grace = operation.cliShutdownGrace === undefined ? 5 : Number(operation.cliShutdownGrace);
  if (operation.cliShutdownGrace?.trim() === '' || !Number.isFinite(grace) || grace < 0 || grace > 3600) {
    throw new CliError('usage', `--cli-shutdown-grace must be a number of seconds from 0 to 3600, not ${operation.cliShutdownGrace}`);
  }
  let query: ((data: unknown) => unknown) | undefined;
  if (globals.query !== undefined) {
    const compiled = compileQuery(globals.query);
    query = (data) => applyQuery(compiled, data, { preserveFloats: true });
  }
  // A paginated operation pages every line (one output line each, its pages merged) unless
  // --no-paginate is given (then the paging options are refused, as for one call); a line
  // holding the operation's own token or limit makes one call (runFleet decides per line).
  const paging = pagingOptions(commandLine);
  const pagedRun = pagesRequest(run.op.paginator, globals.noPaginate, {}, paging);
  const source = operation.cliInputJsonl!.replace(/^file:\/\//, '');
  const fleetIo = io.fleet(grace * 1000);
  const lines = await fleetIo.openLines(source);
  const caller = await io.createCaller(callOptions(run, commandLine, io));
  try {
    return await runFleet(
      { run, defaults, maxConcurrency, graceMs: grace * 1000, query, paging: pagedRun ? paging : undefined },
      { ...fleetIo, lines, call: (request, control) => caller.call(request, control) },
    );
  } finally {
    caller.close();
  }
}
