// credential_process as botocore's ProcessProvider runs it, so that its failures read in
// botocore's words (the SDK's provider keeps neither the output nor the reason): the command
// split like shlex.split and run without a shell, a non-zero exit reported with its stderr,
// stdout read as JSON, `Version` that must equal 1, `AccessKeyId` and `SecretAccessKey`
// required, `SessionToken` and `Expiration` optional.
import { spawn } from 'node:child_process';
import { CliError } from '../errors.js';
import { pyOsError } from '../python/os-error.js';
import { splitCommand } from '../python/shlex.js';
import { parsePythonJson } from '../python/json-load.js';
import { isDict, pyEquals, pyRepr, pyStr } from '../python/values.js';
import { parseTimestamp } from '../python/timestamp.js';
import { retrievalError } from './credential-plan.js';

/** What the process answered, as the SDK's credential identity. */
export interface ProcessIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

const PROVIDER = 'custom-process';

/** Runs the program: its exit code, stdout and stderr, or the OSError botocore's Popen raises. */
function run(words: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: Buffer; stderr: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(words[0]!, words.slice(1), { env, stdio: ['inherit', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (error) => reject(new CliError('other', pyOsError(error, words[0]) ?? error.message)));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
  });
}

/** Python's `version != 1`: an int 1, a float 1.0 and True all equal 1. */
const isOne = (v: unknown) => pyEquals(v, 1);

/** Reads the process's answer as botocore does; throws the CliError the reference would print. */
export function processIdentity(stdout: string): ProcessIdentity {
  let parsed: unknown;
  try {
    parsed = parsePythonJson(stdout);
  } catch (error) {
    // botocore does not catch json.loads' error: its text is the whole message.
    throw new CliError('other', (error as Error).message);
  }
  if (!isDict(parsed)) {
    throw retrievalError(PROVIDER, `the process printed ${pyRepr(parsed)}, not a JSON object`);
  }
  const answer = parsed as Record<string, unknown>;
  const version = Object.hasOwn(answer, 'Version') ? answer.Version : '<Version key not provided>';
  if (!isOne(version)) {
    throw retrievalError(PROVIDER, `Unsupported version '${pyStr(version)}' for credential process provider, supported versions: 1`);
  }
  for (const key of ['AccessKeyId', 'SecretAccessKey']) {
    if (!Object.hasOwn(answer, key)) throw retrievalError(PROVIDER, `Missing required key in response: '${key}'`);
    if (typeof answer[key] !== 'string') throw retrievalError(PROVIDER, `${key} in the response must be a string, not ${pyRepr(answer[key])}`);
  }
  const identity: ProcessIdentity = { accessKeyId: answer.AccessKeyId as string, secretAccessKey: answer.SecretAccessKey as string };
  if (typeof answer.SessionToken === 'string') identity.sessionToken = answer.SessionToken;
  if (answer.Expiration !== undefined && answer.Expiration !== null) {
    const expiration = typeof answer.Expiration === 'string' ? parseTimestamp(answer.Expiration) : undefined;
    if (expiration === undefined) throw retrievalError(PROVIDER, `Expiration in the response is not a timestamp: ${pyRepr(answer.Expiration)}`);
    identity.expiration = new Date(expiration.instant.seconds * 1000);
    // botocore refreshes credentials that are already expired, and gives up when the new
    // ones are expired as well.
    if (identity.expiration.getTime() <= Date.now()) {
      throw new CliError('other', 'Credentials were refreshed, but the refreshed credentials are still expired.');
    }
  }
  return identity;
}

export async function runCredentialProcess(command: string, env: NodeJS.ProcessEnv = process.env): Promise<ProcessIdentity> {
  const words = splitCommand(command);
  if (words.length === 0) throw retrievalError(PROVIDER, 'credential_process is empty');
  const { code, stdout, stderr } = await run(words, env);
  if (code !== 0) throw retrievalError(PROVIDER, stderr.toString('utf8'));
  return processIdentity(stdout.toString('utf8'));
}
