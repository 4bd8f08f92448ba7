// update-association-status, wired end to end: command-line values → request parameters →
// skeletons or validation → the call → the response in the chosen format. Each step is a pure
// module; this file only orders them as the reference does and hands effects to `io`.
import { CliError } from '../errors.js';
import type { CommandLine } from '../cli/command-line.js';
import { inputShape, model } from '../model/shapes.js';
import { buildRequestParams, toSdkRequest } from '../input/request-params.js';
import { inputSkeletonJson, inputSkeletonYaml, sampleResponseBody } from '../input/skeleton.js';
import { validateRequest } from '../input/validate.js';
import { checkClientSettings, checkSessionSettings, describeSettings, resolveSettings, type ConfigFiles, type Settings } from '../call/settings.js';
import { interpretOutcome } from '../call/outcome.js';
import { shapeResponse } from '../output/response.js';
import { createFormatter, useColor } from '../output/format.js';
import type { Caller, CallOptions, CallOutcome } from '../call/client.js';
import type { ParamFileIo } from '../input/paramfile.js';
import { checkEndpointUrl } from '../call/endpoint-url.js';
import { runFleet, type FleetIo } from './fleet.js';
import { choosePager, type PagerChoice } from '../output/pager.js';

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
  fleet: () => Omit<FleetIo, 'call' | 'lines'> & { openLines: (source: string) => AsyncIterable<string> };
}

function requireRegion(settings: Settings): void {
  if (settings.region === undefined) {
    throw new CliError('configuration', 'You must specify a region. You can also configure your region by running "aws configure".');
  }
}

function endpointUrlFor(settings: Settings): string {
  if (settings.endpointUrl !== undefined) {
    checkEndpointUrl(settings.endpointUrl);
    const url = new URL(settings.endpointUrl);
    return url.href;
  }
  return `https://ssm.${settings.region}.amazonaws.com/`;
}

export async function updateAssociationStatus(commandLine: CommandLine, io: CommandIo): Promise<number> {
  const { globals, operation } = commandLine;
  // Parameters are read, and skeletons printed, before any setting is needed: the reference
  // prints a skeleton even when the profile named does not exist.
  const params = await buildRequestParams(operation, io.paramFiles);
  if (operation.generateCliSkeleton === 'input') {
    io.writeOut(inputSkeletonJson(model.operation.input.shape));
    return 0;
  }
  if (operation.generateCliSkeleton === 'yaml-input') {
    io.writeOut(inputSkeletonYaml(model.operation.input.shape));
    return 0;
  }

  const settings = resolveSettings(globals, io.env, await io.loadConfigFiles());
  if (io.trace) for (const line of describeSettings(settings)) io.trace(line);
  const pager = choosePager({ noCliPager: globals.noCliPager, stdoutIsTty: io.stdoutIsTty, env: io.env, profilePager: settings.section.cli_pager });
  io.trace?.(`pager: ${pager ? `${pager.command} from ${pager.source}` : '(none)'}`);
  const format = await createFormatter({
    output: settings.output,
    query: globals.query,
    color: globals.color,
    stdoutIsTty: io.stdoutIsTty,
    env: io.env,
    paged: pager !== undefined,
  });

  if (operation.cliInputJsonl !== undefined) {
    return fleetMode(commandLine, params, settings, io);
  }

  // What botocore checks when it makes the client, before it validates the parameters.
  checkSessionSettings(settings);
  requireRegion(settings);
  checkClientSettings(settings);
  validateRequest(params, inputShape());

  let body: unknown;
  if (operation.generateCliSkeleton === 'output') {
    body = sampleResponseBody(model.operation.output.shape);
  } else {
    const outcome = await io.call(toSdkRequest(params), {
      settings,
      signRequest: !globals.noSignRequest,
      profileFromFlag: globals.profile !== undefined,
      ...(io.trace ? { trace: io.trace } : {}),
    });
    body = interpretOutcome(outcome, endpointUrlFor(settings), settings.maxAttempts);
  }
  const data = shapeResponse(body, model.operation.output.shape, settings.timestampFormat);
  if (settings.output === 'table' && useColor({ color: globals.color, stdoutIsTty: io.stdoutIsTty, env: io.env })) io.colorErrors();
  io.usePager(pager);
  try {
    io.writeOut(await format(data));
  } catch (error) {
    if (error instanceof CliError) io.writeOut(error.partialOutput);
    throw error;
  }
  return 0;
}

async function fleetMode(commandLine: CommandLine, defaults: Record<string, unknown>, settings: Settings, io: CommandIo): Promise<number> {
  const { globals, operation } = commandLine;
  const maxConcurrency = operation.maxConcurrency === undefined ? 8 : Number(operation.maxConcurrency);
  if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) {
    throw new CliError('usage', `--max-concurrency must be a whole number of at least 1, not ${operation.maxConcurrency}`);
  }
  checkSessionSettings(settings);
  requireRegion(settings);
  checkClientSettings(settings);
  let query: ((data: unknown) => unknown) | undefined;
  if (globals.query !== undefined) {
    const { compileQuery, applyQuery } = await import('../output/query.js');
    const compiled = compileQuery(globals.query);
    query = (data) => applyQuery(compiled, data, { preserveFloats: true });
  }
  const source = operation.cliInputJsonl!.replace(/^file:\/\//, '');
  const fleetIo = io.fleet();
  const caller = await io.createCaller({
    settings,
    signRequest: !globals.noSignRequest,
    profileFromFlag: globals.profile !== undefined,
    ...(io.trace ? { trace: io.trace } : {}),
  });
  try {
    return await runFleet(
      { defaults, settings, endpointUrl: endpointUrlFor(settings), maxConcurrency, query },
      { ...fleetIo, lines: fleetIo.openLines(source), call: (request) => caller.call(request) },
    );
  } finally {
    caller.close();
  }
}
