// One request of an operation, from parameters to shaped data, as the single call and fleet
// mode both run it: the check of the parameters (parameter_validation), the request as the SDK
// takes it, the call, the outcome in the reference's words, and the response in model order.
// The settings are prepared once per run (prepareRun), however many requests it makes.
import { CliError } from '../errors.js';
import type { Operation } from '../model/operations.js';
import { toSdkRequest } from '../input/request-params.js';
import { checkRequest } from '../input/validate.js';
import { checkClientSettings, checkSessionSettings, type Settings } from '../call/settings.js';
import { interpretOutcome } from '../call/outcome.js';
import { checkEndpointUrl } from '../call/endpoint-url.js';
import { defaultSsmUrl, type CallOutcome } from '../call/client.js';
import { shapeResponse } from '../output/response.js';

export interface PreparedRun {
  op: Operation;
  settings: Settings;
  /** The endpoint as messages name it (`https://ssm.us-east-1.amazonaws.com/`). */
  endpointUrl: string;
}

function requireRegion(settings: Settings): void {
  if (settings.region === undefined) {
    throw new CliError('configuration', 'You must specify a region. You can also configure your region by running "aws configure".');
  }
}

function endpointUrlFor(settings: Settings): string {
  if (settings.endpointUrl !== undefined) {
    checkEndpointUrl(settings.endpointUrl);
    return new URL(settings.endpointUrl).href;
  }
  return defaultSsmUrl(settings.region);
}

/** What botocore checks when it makes the client, before it validates any parameter; once per run. */
export function prepareRun(op: Operation, settings: Settings): PreparedRun {
  checkSessionSettings(settings);
  requireRegion(settings);
  checkClientSettings(settings);
  return { op, settings, endpointUrl: endpointUrlFor(settings) };
}

/** The parameters checked as botocore checks them (all of it, or with parameter_validation off only unknown members). */
export function checkParams(run: PreparedRun, params: Record<string, unknown>): void {
  checkRequest(params, run.op.input, run.settings.parameterValidation);
}

/** The parameters checked and turned into the SDK's request (throws the reference's errors). */
export function requestFor(run: PreparedRun, params: Record<string, unknown>): Record<string, unknown> {
  checkParams(run, params);
  return toSdkRequest(run.op, params);
}

/** A call's outcome as the data the formatters print (throws the reference's errors). */
export function responseData(run: PreparedRun, outcome: CallOutcome): Record<string, unknown> {
  const body = interpretOutcome(outcome, run.endpointUrl, run.settings.maxAttempts, run.op);
  return shapeResponse(body, run.op.outputShapeName, run.settings.timestampFormat);
}
