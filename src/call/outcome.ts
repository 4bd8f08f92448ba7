// What a finished call means for the user: the response body to print, or the error the
// reference would report (its exact words) with the exit code of its kind. Also the one place
// that decides that a 2xx response the tool cannot read is an error, where the reference
// exits 0 and prints nothing.
import { isUtf8 } from 'node:buffer';
import { STATUS_CODES } from 'node:http';
import { CliError } from '../errors.js';
import type { StructureShape } from '../model/shapes.js';
import type { Operation } from '../model/operations.js';
import type { CallOutcome, RawResponse } from './client.js';
import { isDict, pyStr } from '../python/values.js';
import { parsePythonJson, type PythonJsonDepth } from '../python/json-load.js';
import { PythonError } from '../python/errors.js';
import { maskProxyUrl } from './proxy.js';
import { ProxyRefusedError, TruncatedBodyError } from './transport-errors.js';


const NETWORK_CONNECT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const NETWORK_CLOSED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

// How deep a response body may nest before botocore's json.loads hits Python's recursion limit
// where it runs (measured against the reference): past it, the call fails with Python's
// RecursionError message, exit 255.
const SUCCESS_BODY_DEPTH: PythonJsonDepth = { maxDepth: 972, objectHook: false };
const ERROR_BODY_DEPTH: PythonJsonDepth = { maxDepth: 973, objectHook: false };

/** botocore's _parse_body_as_json for error bodies: a body that is not JSON is the message. */
function parseJsonBody(body: Uint8Array): unknown {
  const text = Buffer.from(body).toString('utf8');
  if (text === '') return {};
  try {
    return parsePythonJson(text, ERROR_BODY_DEPTH);
  } catch (error) {
    // botocore catches ValueError only; a RecursionError ends the run.
    if (error instanceof PythonError) throw error;
    return { message: text };
  }
}

/** botocore's JSON error parser: code from the query-error header, `__type` or the status; message from message/Message. */
export function serviceErrorParts(response: RawResponse): { code: string; message: string } {
  // A 5xx with no body, or an HTML one, is a generic error: the status and its reason phrase.
  const text = Buffer.from(response.body).toString('utf8').trim();
  if (response.statusCode >= 500 && (text === '' || text.startsWith('<html>'))) {
    return { code: String(response.statusCode), message: STATUS_CODES[response.statusCode] ?? '' };
  }
  const body = parseJsonBody(response.body);
  const fields = isDict(body) ? body : {};
  const header = (name: string) => Object.entries(response.headers).find(([k]) => k.toLowerCase() === name)?.[1];
  let code: string | undefined;
  const queryError = (header('x-amzn-query-error') ?? '').split(';');
  if (queryError.length === 2 && queryError[0]) code = queryError[0];
  // body.get('__type', status): a `__type` that is there but null leaves the code empty. One
  // that is not a string (a list, a number) crashes the reference; here the status stands in.
  if (code === undefined) {
    const type = Object.hasOwn(fields, '__type') ? fields.__type : String(response.statusCode);
    code = typeof type === 'string' ? type : type === null ? '' : String(response.statusCode);
  }
  if (code.includes('#')) code = code.slice(code.lastIndexOf('#') + 1);
  // body.get('message', body.get('Message', '')): a null `message` is there, and prints `None`.
  const message = Object.hasOwn(fields, 'message') ? fields.message : Object.hasOwn(fields, 'Message') ? fields.Message : '';
  return { code, message: pyStr(message) };
}

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | undefined;
  if (typeof e?.code === 'string') return e.code;
  if (typeof e?.cause?.code === 'string') return e.cause.code;
  return undefined;
}

function errorName(error: unknown): string {
  return (error as { name?: string } | undefined)?.name ?? '';
}

function isCredentialsError(error: unknown): boolean {
  const name = errorName(error);
  return name === 'CredentialsProviderError' || /Could not load credentials/.test(String((error as Error)?.message));
}

/** Node's certificate verification codes (OpenSSL's X509_V_ERR_* names, and Node's own host check). */
const CERTIFICATE_CODES = /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_\w+|CERT_\w+|INVALID_CA|INVALID_PURPOSE|PATH_LENGTH_EXCEEDED|HOSTNAME_MISMATCH|ERR_TLS_CERT_ALTNAME_INVALID)$/;

/**
 * The handshake failure as Python's ssl module words it (`[SSL: REASON] text`), which botocore
 * prints after the URL. CPython's source location (`(_ssl.c:992)`) is left out.
 */
export function sslReason(error: unknown): string | undefined {
  const code = errorCode(error);
  const message = String((error as Error)?.message ?? '');
  if (code !== undefined && CERTIFICATE_CODES.test(code)) return `[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ${message}`;
  // OpenSSL's own failures (a plain-HTTP server on an https URL: "wrong version number"):
  // Node's message carries OpenSSL's reason, which Python prints as [SSL: REASON] reason.
  if (code === 'EPROTO' || code?.startsWith('ERR_SSL_')) {
    const reason = /SSL routines:[^:]*:([^:]+)/.exec(message)?.[1]?.trim();
    if (reason !== undefined) return `[SSL: ${reason.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}] ${reason}`;
    if (code !== 'EPROTO') return `[SSL: ${code!.slice('ERR_SSL_'.length)}] ${message}`;
  }
  return undefined;
}

/**
 * Whether an empty 2xx body is a complete answer for an output shape: only when the shape has
 * no members (DeleteAssociation, StartAssociationsOnce), so `{}` says all the service could.
 * Where the shape has members, an empty body lost them (botocore reads it as `{}` and prints
 * nothing): an error.
 */
export function emptyBodyIsComplete(shape: StructureShape): boolean {
  return Object.keys(shape.members ?? {}).length === 0;
}

/** The body of a successful call, or the CliError the user should see. */
/** The response body of a call of `op`, or the error its outcome is, in the reference's words. */
export function interpretOutcome(outcome: CallOutcome, endpointUrl: string, maxAttempts: number, op: Pick<Operation, 'name' | 'output'>): unknown {
  const shape = op.output;
  const { error, response } = outcome;
  const url = outcome.url ?? endpointUrl;
  // Errors already in the reference's words (settings, credentials, TLS set-up).
  if (error instanceof CliError) throw error;
  if (error === undefined) {
    if (response === undefined) throw new CliError('other', `No response was received from endpoint URL: "${url}"`);
    return parseSuccessBody(response, url, shape);
  }
  if (isCredentialsError(error)) {
    throw new CliError('configuration', 'Unable to locate credentials. You can configure credentials by running "aws configure".');
  }
  if (error instanceof TruncatedBodyError) {
    throw new CliError('other', `The response from endpoint URL "${url}" was cut short: ${error.received} of ${error.expected} bytes of its body arrived before the connection closed; nothing was printed.`);
  }
  if (response !== undefined && response.statusCode >= 300) {
    const { code, message } = serviceErrorParts(response);
    const retries = outcome.attempts >= maxAttempts ? ` (reached max retries: ${outcome.attempts - 1})` : '';
    throw new CliError('service', `An error occurred (${code}) when calling the ${op.name} operation${retries}: ${message}`, { code });
  }
  if (response !== undefined) return parseSuccessBody(response, url, shape);
  const code = errorCode(error);
  const message = String((error as Error)?.message ?? '');
  // A TLS failure on the way to a TLS proxy is reported as the endpoint's, as urllib3 does.
  const ssl = sslReason(error) ?? (error instanceof ProxyRefusedError ? sslReason(error.cause) : undefined);
  if (ssl !== undefined) throw new CliError('other', `SSL validation failed for ${url} ${ssl}`);
  const reset = (code !== undefined && NETWORK_CLOSED.has(code)) || /socket hang up|aborted|premature close/i.test(message);
  const unreadable = (code !== undefined && code.startsWith('HPE_')) || /Parse Error/i.test(message);
  // Through a proxy, urllib3 turns socket-level failures (refused, reset, closed) into a
  // ProxyError; timeouts, TLS failures and unreadable answers keep their own messages.
  if (outcome.proxyUrl !== undefined && (error instanceof ProxyRefusedError || reset || (code !== undefined && NETWORK_CONNECT.has(code)))) {
    throw new CliError('other', `Failed to connect to proxy URL: "${maskProxyUrl(outcome.proxyUrl)}"`);
  }
  if (reset || unreadable) {
    throw new CliError('other', `Connection was closed before we received a valid response from endpoint URL: "${url}".`);
  }
  if (errorName(error) === 'TimeoutError' || code === 'ETIMEDOUT') {
    const connect = /did not establish a connection|without establishing a connection|connect ETIMEDOUT/i.test(message);
    throw new CliError('other', `${connect ? 'Connect' : 'Read'} timeout on endpoint URL: "${url}"`);
  }
  if (code !== undefined && NETWORK_CONNECT.has(code)) {
    throw new CliError('other', `Could not connect to the endpoint URL: "${url}"`);
  }
  throw new CliError('other', message || String(error));
}

/** The offset of the first byte that is not part of valid UTF-8, or -1 when all of it is. */
function firstInvalidUtf8(bytes: Buffer, text: string): number {
  // Checked natively first: re-encoding every page only to compare it cost 0.05 ms a page.
  if (isUtf8(bytes)) return -1;
  // Decoding replaces each invalid sequence with U+FFFD: where the text re-encoded first parts
  // from the bytes is where the first invalid sequence starts.
  const again = Buffer.from(text, 'utf8');
  if (again.equals(bytes)) return -1;
  let i = 0;
  while (i < bytes.length && bytes[i] === again[i]) i++;
  return i;
}

function parseSuccessBody(response: RawResponse, url: string, shape: StructureShape): unknown {
  const bytes = Buffer.from(response.body);
  const text = bytes.toString('utf8');
  const invalid = firstInvalidUtf8(bytes, text);
  if (invalid >= 0) {
    throw new CliError('other', `The response from endpoint URL "${url}" is not valid UTF-8 (byte 0x${bytes[invalid]!.toString(16).padStart(2, '0')} at position ${invalid}); nothing was printed.`);
  }
  if (text.trim() === '') {
    if (emptyBodyIsComplete(shape)) return {};
    throw new CliError('other', `The response from endpoint URL "${url}" had an empty body; expected a JSON object.`);
  }
  let body: unknown;
  try {
    body = parsePythonJson(text, SUCCESS_BODY_DEPTH);
  } catch (error) {
    if (error instanceof PythonError) throw error;
    throw new CliError(
      'other',
      `The response from endpoint URL "${url}" is not valid JSON (${(error as Error).message}); nothing was printed.`,
    );
  }
  if (!isDict(body)) {
    throw new CliError('other', `The response from endpoint URL "${url}" is not a JSON object.`);
  }
  return body;
}
