// Command line of the local endpoint (dist/local-endpoint.mjs): flag parsing with node:util
// parseArgs, then start, announce the URL on stdout, serve until SIGINT or SIGTERM, close.
// Everything here takes its streams and signal source as arguments so tests can drive it
// in-process; main.ts only wires it to the real process.
import { parseArgs } from 'node:util';
import { SeedError, StateError, loadSeed, type AssociationInput } from './associations.js';
import {
  DEFAULT_ACCESS_KEY_ID,
  DEFAULT_HOST,
  DEFAULT_MAX_CLOCK_SKEW_SECONDS,
  DEFAULT_REQUEST_LOG_SIZE,
  DEFAULT_REGION,
  DEFAULT_SECRET_ACCESS_KEY,
  startLocalEndpoint,
  type LocalEndpoint,
  type LocalEndpointOptions,
  type RateLimit,
} from './server.js';

export const PROGRAM = 'local-endpoint';
export const READY_PREFIX = 'ssm-assoc local endpoint listening on ';

export const USAGE = `Usage: ${PROGRAM} [options]

A small AWS Systems Manager State Manager: the thirteen association operations (awsJson1.1,
SigV4), in memory, or kept in a state file with --state.
Prints "${READY_PREFIX}URL" on stdout when ready; stops on SIGINT or SIGTERM.

Options:
  --port N                   port to listen on; 0 picks a free one (default 0)
  --host ADDRESS             address to listen on (default ${DEFAULT_HOST})
  --seed FILE                JSON seed: {"associations": [...], "documents": [...], "instances": [...]}
  --state FILE               keep the state in FILE across restarts (rewritten atomically on each change)
  --association DOC:INSTANCE add a legacy association (repeatable)
  --document NAME            a known document without an association (repeatable)
  --instance ID              a known managed node without an association (repeatable)
  --access-key-id ID         access key id requests must be signed with (default ${DEFAULT_ACCESS_KEY_ID})
  --secret-access-key KEY    its secret (default the AWS documentation example secret)
  --region REGION            region requests must be signed for (default ${DEFAULT_REGION})
  --rate-limit N/SECONDS     answer TooManyUpdates beyond N status updates per SECONDS
  --throttle-every N         answer every Nth call with ThrottlingException (retried by clients)
  --max-clock-skew SECONDS   accepted signature age either way; 0 turns the check off (default ${DEFAULT_MAX_CLOCK_SKEW_SECONDS})
  --allow-unsigned           accept unsigned requests (aws --no-sign-request)
  --request-log N            how many of the latest requests to keep in memory (default ${DEFAULT_REQUEST_LOG_SIZE})
  --verbose                  log one line per request on stderr
  --help                     show this help
`;

/** The help, for the endpoint run under another name (`ssm-assoc local-endpoint`). */
export const usageFor = (program: string): string => USAGE.replace(`Usage: ${PROGRAM} `, `Usage: ${program} `);

export class EndpointUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EndpointUsageError';
  }
}

export interface EndpointCliConfig {
  options: LocalEndpointOptions;
  seedPath: string | undefined;
  verbose: boolean;
}

export type ParsedEndpointArgs = { help: true } | ({ help: false } & EndpointCliConfig);

/** `5/60` → 5 updates per 60 seconds. */
export function parseRateLimit(text: string): RateLimit {
  const m = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(text);
  const updates = Number(m?.[1]);
  const perSeconds = Number(m?.[2]);
  if (m === null || updates < 1 || perSeconds <= 0) {
    throw new EndpointUsageError(`--rate-limit: expected N/SECONDS with N >= 1 and SECONDS > 0, got '${text}'`);
  }
  return { updates, perSeconds };
}

/** `DOC:INSTANCE`, split at the last ':' because document names (ARNs) may contain ':'. */
export function parseAssociationFlag(text: string): AssociationInput {
  const colon = text.lastIndexOf(':');
  const name = colon === -1 ? '' : text.slice(0, colon);
  const instanceId = colon === -1 ? '' : text.slice(colon + 1);
  if (name === '' || instanceId === '') {
    throw new EndpointUsageError(`--association: expected DOCUMENT:INSTANCE_ID, got '${text}'`);
  }
  return { Name: name, InstanceId: instanceId };
}

function parseWhole(flag: string, text: string, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) > max) {
    throw new EndpointUsageError(`${flag}: expected a whole number from 0 to ${max}, got '${text}'`);
  }
  return Number(text);
}

const FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  seed: { type: 'string' },
  state: { type: 'string' },
  association: { type: 'string', multiple: true },
  document: { type: 'string', multiple: true },
  instance: { type: 'string', multiple: true },
  'access-key-id': { type: 'string' },
  'secret-access-key': { type: 'string' },
  region: { type: 'string' },
  'rate-limit': { type: 'string' },
  'throttle-every': { type: 'string' },
  'max-clock-skew': { type: 'string' },
  'allow-unsigned': { type: 'boolean' },
  'request-log': { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

function readFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], strict: true, allowPositionals: false, options: FLAGS }).values;
  } catch (error) {
    // parseArgs' own messages ("Unknown option '--x'...") are clear enough to pass on.
    throw new EndpointUsageError((error as Error).message);
  }
}

export function parseEndpointArgs(argv: readonly string[]): ParsedEndpointArgs {
  const values = readFlags(argv);
  if (values.help === true) return { help: true };

  const nonEmpty = (flag: string, value: string | undefined): string | undefined => {
    if (value === '') throw new EndpointUsageError(`${flag}: expected a value`);
    return value;
  };
  const options: LocalEndpointOptions = {
    port: values.port === undefined ? 0 : parseWhole('--port', values.port, 65535),
    host: nonEmpty('--host', values.host) ?? DEFAULT_HOST,
    region: nonEmpty('--region', values.region) ?? DEFAULT_REGION,
    credentials: {
      [nonEmpty('--access-key-id', values['access-key-id']) ?? DEFAULT_ACCESS_KEY_ID]:
        nonEmpty('--secret-access-key', values['secret-access-key']) ?? DEFAULT_SECRET_ACCESS_KEY,
    },
    allowUnsigned: values['allow-unsigned'] === true,
    associations: (values.association ?? []).map(parseAssociationFlag),
    documents: (values.document ?? []).map((d) => nonEmpty('--document', d) ?? d),
    instances: (values.instance ?? []).map((i) => nonEmpty('--instance', i) ?? i),
  };
  if (values['rate-limit'] !== undefined) options.rateLimit = parseRateLimit(values['rate-limit']);
  if (values['throttle-every'] !== undefined) {
    const every = Number(values['throttle-every']);
    if (!Number.isInteger(every) || every < 1) throw new EndpointUsageError(`--throttle-every: expected a whole number >= 1, got '${values['throttle-every']}'`);
    options.throttleEvery = every;
  }
  if (values['max-clock-skew'] !== undefined) {
    const seconds = parseWhole('--max-clock-skew', values['max-clock-skew'], 7 * 24 * 3600);
    options.maxClockSkewSeconds = seconds === 0 ? false : seconds;
  }
  const statePath = nonEmpty('--state', values.state);
  if (statePath !== undefined) options.statePath = statePath;
  if (values['request-log'] !== undefined) options.requestLogSize = parseWhole('--request-log', values['request-log'], 1_000_000);
  return { help: false, options, seedPath: nonEmpty('--seed', values.seed), verbose: values.verbose === true };
}

export interface SignalSource {
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  removeListener(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

export interface EndpointCliIo {
  /** The name it runs under, for its help and errors (default `local-endpoint`). */
  program?: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  signals: SignalSource;
  /** Called once the endpoint listens (tests use it to reach the endpoint in-process). */
  onReady?: (endpoint: LocalEndpoint) => void;
}

/** Runs the endpoint until a signal; resolves with the exit code (0 stopped, 1 failed, 2 usage). */
export async function runEndpointCli(argv: readonly string[], io: EndpointCliIo): Promise<number> {
  const program = io.program ?? PROGRAM;
  let parsed: ParsedEndpointArgs;
  try {
    parsed = parseEndpointArgs(argv);
  } catch (error) {
    io.stderr(`${program}: error: ${(error as Error).message}\nRun '${program} --help' for usage.\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(usageFor(program));
    return 0;
  }

  let endpoint: LocalEndpoint;
  try {
    const seed = parsed.seedPath === undefined ? undefined : await loadSeed(parsed.seedPath);
    endpoint = await startLocalEndpoint({
      ...parsed.options,
      ...(seed === undefined ? {} : { seed }),
      ...(parsed.verbose ? { log: (line: string) => io.stderr(`${line}\n`) } : {}),
    });
  } catch (error) {
    const message = error instanceof SeedError || error instanceof StateError ? error.message : `cannot start: ${(error as Error).message}`;
    io.stderr(`${program}: error: ${message}\n`);
    return 1;
  }

  io.stdout(`${READY_PREFIX}${endpoint.url}\n`);
  io.onReady?.(endpoint);
  await new Promise<void>((resolve) => {
    const stop = () => {
      io.signals.removeListener('SIGINT', stop);
      io.signals.removeListener('SIGTERM', stop);
      resolve();
    };
    io.signals.once('SIGINT', stop);
    io.signals.once('SIGTERM', stop);
  });
  await endpoint.close();
  return 0;
}
