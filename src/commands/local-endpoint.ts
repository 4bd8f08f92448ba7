// `ssm-assoc local-endpoint [flags]`: the embedded SSM endpoint (src/local-endpoint/), started
// from the CLI so that an installed copy can run it without knowing where its files are. Its
// flags, help and messages are the endpoint's own (src/local-endpoint/cli.ts, named
// `ssm-assoc local-endpoint` here); this module only maps its outcome onto the exit code table.
// The endpoint is imported when asked for: esbuild keeps its code in the CLI bundle but
// evaluates it only then (a lazily initialised module), since evaluating it at every start-up
// (its model, its tables) cost every call about 0.3 MiB of peak RSS (npm run bench).
import { EXIT_CODES } from '../errors.js';
import type { EndpointCliIo } from '../local-endpoint/cli.js';

export const LOCAL_ENDPOINT_COMMAND = 'local-endpoint';
const PROGRAM = `ssm-assoc ${LOCAL_ENDPOINT_COMMAND}`;

/** runEndpointCli's codes (0 stopped, 1 failed to start, 2 usage) as ssm-assoc's. */
const EXIT_CODE_OF: Record<number, number> = { 0: 0, 1: EXIT_CODES.other, 2: EXIT_CODES.usage };

/** Runs the endpoint until a signal stops it; resolves with the exit code, never rejects. */
export async function runLocalEndpoint(argv: readonly string[], io: Omit<EndpointCliIo, 'program'>): Promise<number> {
  try {
    const { runEndpointCli } = await import('../local-endpoint/cli.js');
    return EXIT_CODE_OF[await runEndpointCli(argv, { ...io, program: PROGRAM })] ?? EXIT_CODES.other;
  } catch (error) {
    io.stderr(`${PROGRAM}: error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_CODES.other;
  }
}

/** `ssm-assoc help local-endpoint`: the endpoint's own help. */
export async function localEndpointHelp(): Promise<string> {
  const { usageFor } = await import('../local-endpoint/cli.js');
  return usageFor(PROGRAM);
}
