// One operation's command, wired end to end: command-line values -> request parameters ->
// skeletons or the check -> the call -> the response in the chosen format, or fleet mode's many
// calls. Each step is a pure module (the request's one pipeline is src/commands/pipeline.ts);
// this file only orders them as the reference does and hands effects to `io`.
import { CliError } from '../errors.js';
import type { CommandLine } from '../cli/command-line.js';
import type { Operation } from '../model/operations.js';
import type { PaginatorModel } from '../model/shapes.js';
import { buildRequestParams, toSdkRequest } from '../input/request-params.js';
import { inputSkeletonJson, inputSkeletonYaml, sampleResponseBody } from '../input/skeleton.js';
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
import { fullResult, pages, type PageRun } from './paginate.js';

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

  checkParams(run, params);
  let data: Record<string, unknown>;
  if (operation.generateCliSkeleton === 'output') {
    data = shapeResponse(sampleResponseBody(op), op.outputShapeName, settings.timestampFormat);
  } else if (paginates(op, commandLine, params)) {
    if (settings.output === 'text' || settings.output === 'yaml-stream') {
      // These two print each page as it comes (formatter.py's TextFormatter and StreamedYAMLFormatter).
      io.usePager(pager);
      await allPages(run, commandLine, params, io, (page) => writeFormatted(io, format, page));
      return 0;
    }
    data = await allPages(run, commandLine, params, io);
  } else {
    data = responseData(run, await io.call(toSdkRequest(op, params), callOptions(run, commandLine, io)));
  }
  if (settings.output === 'table' && useColor({ color: globals.color, stdoutIsTty: io.stdoutIsTty, env: io.env })) io.colorErrors();
  io.usePager(pager);
  await writeFormatted(io, format, data);
  return 0;
}

/** The data in the chosen format; a formatter that fails part-way still prints what it wrote. */
async function writeFormatted(io: CommandIo, format: (data: Record<string, unknown>) => Promise<string>, data: Record<string, unknown>): Promise<void> {
  try {
    io.writeOut(await format(data));
  } catch (error) {
    if (error instanceof CliError) io.writeOut(error.partialOutput);
    throw error;
  }
}

/**
 * Whether the call pages (paginate.py): the operation has a paginator, --no-paginate is not
 * given, and neither is its own token or limit (giving one turns pagination off). Without
 * pagination, --starting-token, --page-size and --max-items are refused.
 */
function paginates(op: Operation, commandLine: CommandLine, params: Record<string, unknown>): boolean {
  const paginator = op.paginator;
  if (paginator === undefined) return false;
  const inputs = [paginator.input_token, paginator.limit_key ?? []].flat();
  const on = !commandLine.globals.noPaginate && inputs.every((member) => params[member] === undefined);
  if (!on) {
    const { operation } = commandLine;
    const used = (['startingToken', 'pageSize', 'maxItems'] as const).filter((key) => operation[key] !== undefined);
    const flags = used.map((key) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    if (flags.length > 0) throw new CliError('usage', `Cannot specify --no-paginate along with pagination arguments: ${flags.join(', ')}`);
  }
  return on;
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
  const { operation } = commandLine;
  const paginator = run.op.paginator!;
  const options = callOptions(run, commandLine, io);
  const call = async (request: Record<string, unknown>) => responseData(run, await io.call(requestFor(run, request), options));
  const pageRun: PageRun = {};
  const all: Record<string, unknown>[] = [];
  const paging = {
    ...(operation.startingToken !== undefined ? { startingToken: operation.startingToken } : {}),
    ...(operation.pageSize !== undefined ? { pageSize: pyInt(operation.pageSize) } : {}),
    ...(operation.maxItems !== undefined ? { maxItems: Number(operation.maxItems) } : {}),
  };
  const text = run.settings.output === 'text';
  let first = true;
  for await (const page of pages(call, params, paginator, paging, pageRun)) {
    if (perPage === undefined) all.push(page);
    else await perPage(text ? resultPart(page, paginator, first) : page);
    first = false;
  }
  if (perPage === undefined) return fullResult(all, paginator, pageRun);
  if (text && pageRun.resumeToken !== undefined) await perPage({ NextToken: { NextToken: pageRun.resumeToken } });
  return {};
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
  const source = operation.cliInputJsonl!.replace(/^file:\/\//, '');
  const fleetIo = io.fleet(grace * 1000);
  const lines = await fleetIo.openLines(source);
  const caller = await io.createCaller(callOptions(run, commandLine, io));
  try {
    return await runFleet(
      { run, defaults, maxConcurrency, graceMs: grace * 1000, query },
      { ...fleetIo, lines, call: (request, control) => caller.call(request, control) },
    );
  } finally {
    caller.close();
  }
}
