// From option values to request parameters, in the reference's order: each operation option
// in model order (file:// contents first, then JSON or shorthand), then the keys of
// --cli-input-json/--cli-input-yaml that the command line did not give. Also the last step
// before the SDK: timestamps become the whole-second Dates botocore would send.
import type { OperationOptions } from '../cli/options.js';
import { OPERATION_OPTIONS } from '../cli/options.js';
import { CliError } from '../errors.js';
import { inputShape, membersOf } from '../model/shapes.js';
import { parseArgumentValue } from './argument-value.js';
import { mergeCliInput, parseCliInput } from './cli-input.js';
import { readParamFile, type ParamFileIo } from './paramfile.js';
import { parseTimestamp } from './timestamp.js';
import { markOrderedDicts } from './python-repr.js';

export async function buildRequestParams(operation: OperationOptions, io: ParamFileIo): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = {};
  const members = membersOf(inputShape());
  const raw = operation as Record<string, string | undefined>;
  for (const spec of OPERATION_OPTIONS) {
    const value = raw[spec.key];
    if (value === undefined || spec.member === undefined) continue;
    const member = members.find(([name]) => name === spec.member);
    if (member === undefined) continue;
    const given = (await readParamFile(spec.flag, value, io)) ?? value;
    const parsed = parseArgumentValue(spec.flag, member[1], given);
    // JSON option values load as OrderedDicts in the reference; its messages say so.
    params[spec.member] = typeof given === 'string' && /^\s*[{[]/.test(given) ? markOrderedDicts(parsed) : parsed;
  }
  const cliInputs = [operation.cliInputJson, operation.cliInputYaml, operation.cliInputJsonl].filter((v) => v !== undefined);
  if (cliInputs.length > 1) {
    throw new CliError('usage', 'Only one --cli-input- parameter may be specified.');
  }
  for (const kind of ['json', 'yaml'] as const) {
    const value = kind === 'json' ? operation.cliInputJson : operation.cliInputYaml;
    if (value === undefined) continue;
    const contents = (await readParamFile(`--cli-input-${kind}`, value, io)) ?? value;
    const text = typeof contents === 'string' ? contents : Buffer.from(contents).toString('utf8');
    const loadYaml = kind === 'yaml' ? (await import('./yaml-document.js')).loadYamlDocument : undefined;
    return mergeCliInput(params, parseCliInput(kind, text, loadYaml));
  }
  return params;
}

/** The validated parameters as the SDK takes them: timestamps as whole-second Dates. */
export function toSdkRequest(params: Record<string, unknown>): Record<string, unknown> {
  const status = params.AssociationStatus as Record<string, unknown>;
  const date = status.Date;
  // Python's bool is an int: True is the epoch second 1.
  const value = typeof date === 'boolean' || typeof date === 'bigint' ? Number(date) : date;
  const seconds =
    value instanceof Date ? Math.floor(value.getTime() / 1000) : parseTimestamp(value as string | number)!.instant.seconds;
  return { ...params, AssociationStatus: { ...status, Date: new Date(seconds * 1000) } };
}
