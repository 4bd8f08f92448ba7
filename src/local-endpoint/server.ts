// The local SSM endpoint: an HTTP server on 127.0.0.1 that speaks awsJson1.1 for the thirteen
// association operations of AmazonSSM (a small State Manager: UpdateAssociationStatus here, the
// others in state-manager.ts), over associations kept in memory and, with statePath, in a state
// file rewritten atomically after every change (state-file.ts). It checks
// requests in the order a service does (method and path, SigV4 signature, content type and
// target, body, then the operation's own errors), answers with the status codes, headers and
// bodies AWS sends, and records the latest requests and their answers for tests to inspect (a
// ring of requestLogSize). Memory stays bounded whatever clients send: a body over the limit
// (by its Content-Length) or without an Authorization header is answered before it is read,
// and no body is kept past maxBodyBytes.
import http from 'node:http';
import { finished } from 'node:stream/promises';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { AssociationStore, pick, type AssociationInput, type Seed } from './associations.js';
import { OPERATION, OPERATIONS, SIGNING_SERVICE, TARGET_PREFIX, operationShapes } from './model.js';
import { parseJsonBody, readInput, readUpdateAssociationStatusInput } from './request-body.js';
import { HANDLERS } from './state-manager.js';
import { loadState, saveState } from './state-file.js';
import { verifySigV4, type EndpointCredential, type VerifiedSignature } from './sigv4.js';
import {
  EndpointError,
  associationDoesNotExist,
  internalServerError,
  throttling,
  invalidDocument,
  invalidInstanceId,
  methodNotAllowed,
  missingAuthenticationToken,
  pathNotFound,
  requestEntityTooLarge,
  statusUnchanged,
  tooManyUpdates,
  unknownOperation,
} from './wire-errors.js';

/** How long an answer waits for the rest of a body it will not read. */
const UNREAD_BODY_WAIT_MS = 5000;

/** Reads and drops the rest of a request body; resolves at its end, on an error or after `ms`. */
async function discardBody(req: http.IncomingMessage, ms: number): Promise<void> {
  req.resume();
  await finished(req, { signal: AbortSignal.timeout(ms) }).catch(() => undefined);
}

/** The AWS documentation's example key pair: obviously fake, and what the CLI docs show. */
export const DEFAULT_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const DEFAULT_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_MAX_CLOCK_SKEW_SECONDS = 15 * 60;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** How many requests the log keeps (the oldest go first). */
export const DEFAULT_REQUEST_LOG_SIZE = 100;

const SERVES = `this endpoint serves the association operations ${TARGET_PREFIX}.{${OPERATIONS.join(',')}}.`;

const JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';
// AWS JSON services take either protocol version's content type.
const ACCEPTED_CONTENT_TYPES = new Set([JSON_CONTENT_TYPE, 'application/x-amz-json-1.0']);

export interface RateLimit {
  /** Successful updates allowed within the window ... */
  updates: number;
  /** ... of this many seconds (a sliding window over the whole endpoint). */
  perSeconds: number;
}

export interface LocalEndpointOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The region requests must be signed for. */
  region?: string;
  /** Access key id → secret (or secret and session token). Default: the documentation example keys. */
  credentials?: Readonly<Record<string, string | EndpointCredential>>;
  /** Accept requests without an Authorization header (for `--no-sign-request`); signed ones are still verified. */
  allowUnsigned?: boolean;
  /** Default 900 (15 minutes, as AWS); false turns the clock check off. */
  maxClockSkewSeconds?: number | false;
  seed?: Seed;
  associations?: readonly AssociationInput[];
  documents?: readonly string[];
  instances?: readonly string[];
  rateLimit?: RateLimit;
  /** Answer the next n operation calls (after authentication) with InternalServerError. */
  failNext?: number;
  /** Answer every nth operation call (after authentication) with ThrottlingException. */
  throttleEvery?: number;
  /** The clock, in epoch milliseconds (signature age, update times, the Date header). */
  now?: () => number;
  /** Request id generator for x-amzn-RequestId. */
  requestId?: () => string;
  /** Called with one line per request (the CLI sends these to stderr with --verbose). */
  log?: (line: string) => void;
  maxBodyBytes?: number;
  /** How many of the latest requests `requests` keeps; default DEFAULT_REQUEST_LOG_SIZE. */
  requestLogSize?: number;
  /**
   * Keep the state in this file: loaded at start when it exists (seeds and flags then add only
   * what it lacks), rewritten atomically after every change. A corrupt file is a StateError.
   */
  statePath?: string;
  /**
   * JSON bytes all association versions and executions may take (default 64 MiB): past it,
   * CreateAssociation answers AssociationLimitExceeded and UpdateAssociation
   * AssociationVersionLimitExceeded, so memory stays bounded whatever clients send.
   */
  maxStateBytes?: number;
}

export type Verification =
  | ({ status: 'verified' } & VerifiedSignature)
  /** No Authorization header, accepted because of allowUnsigned. */
  | { status: 'unsigned' }
  | { status: 'rejected'; error: string; message: string | undefined }
  /** Answered before authentication (wrong method or path, body too large). */
  | { status: 'not-checked' };

export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The error code (`__type` without namespace) for error responses. */
  error?: string;
}

export interface RecordedRequest {
  /** Epoch milliseconds (the endpoint's clock). */
  receivedAt: number;
  method: string;
  /** The path without the query string. */
  path: string;
  query: string;
  /** Header names lower-cased; repeated headers joined with ','. */
  headers: Record<string, string>;
  /**
   * Raw body as UTF-8 text: empty when the request was answered before its body was read (too
   * large by its Content-Length, wrong method or path, no Authorization), only the first
   * maxBodyBytes of a body that turned out too large.
   */
  body: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  parsedBody: unknown;
  target: string | undefined;
  verification: Verification;
  response: RecordedResponse;
}

export interface LocalEndpoint {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly region: string;
  /**
   * The latest requests (at most requestLogSize), in arrival order, each recorded before its
   * response is written.
   */
  readonly requests: RecordedRequest[];
  readonly associations: AssociationStore;
  /** Answer the next n operation calls with InternalServerError (adds to any pending). */
  failNext(count: number): void;
  close(): Promise<void>;
}

function collectHeaders(raw: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] ?? '').toLowerCase();
    const value = raw[i + 1] ?? '';
    // SigV4 canonicalization joins repeated headers with ',' (Node's req.headers would use ', ').
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
  }
  return headers;
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A Content-Length header's value, or undefined (chunked, or not a number). */
function declaredLength(headers: Record<string, string>): number | undefined {
  const value = headers['content-length'];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Keep draining an oversized body (so the client can read the answer) but stop storing it.
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), tooLarge }));
    req.on('error', reject);
  });
}

function normalizeCredentials(
  credentials: Readonly<Record<string, string | EndpointCredential>> | undefined,
): Map<string, EndpointCredential> {
  const entries = Object.entries(credentials ?? { [DEFAULT_ACCESS_KEY_ID]: DEFAULT_SECRET_ACCESS_KEY });
  return new Map(
    entries.map(([id, value]) => [id, typeof value === 'string' ? { secretAccessKey: value } : { ...value }]),
  );
}

export async function startLocalEndpoint(options: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  const now = options.now ?? Date.now;
  const newRequestId = options.requestId ?? randomUUID;
  const region = options.region ?? DEFAULT_REGION;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const requestLogSize = options.requestLogSize ?? DEFAULT_REQUEST_LOG_SIZE;
  if (!(Number.isInteger(requestLogSize) && requestLogSize >= 0)) throw new RangeError('requestLogSize needs a whole number >= 0');
  const rateLimit = options.rateLimit;
  if (rateLimit !== undefined && !(rateLimit.updates >= 1 && rateLimit.perSeconds > 0)) {
    throw new RangeError('rateLimit needs updates >= 1 and perSeconds > 0');
  }
  const sigv4 = {
    credentials: normalizeCredentials(options.credentials),
    region,
    service: SIGNING_SERVICE,
    maxClockSkewSeconds: options.maxClockSkewSeconds ?? DEFAULT_MAX_CLOCK_SKEW_SECONDS,
    now,
  };

  const store = new AssociationStore(now, options.maxStateBytes);
  const statePath = options.statePath;
  const restored = statePath !== undefined && loadState(statePath, store);
  if (options.seed !== undefined) store.addSeed(options.seed, restored);
  for (const association of options.associations ?? []) {
    if (!(restored && store.get(association.Name, association.InstanceId) !== undefined)) store.add(association);
  }
  for (const name of options.documents ?? []) store.addDocument(name);
  for (const id of options.instances ?? []) store.addInstance(id);
  // Written at once: the file then holds the seeds too, and an unwritable path fails at start.
  if (statePath !== undefined) saveState(statePath, store);

  const requests: RecordedRequest[] = [];
  let pendingFailures = options.failNext ?? 0;
  const throttleEvery = options.throttleEvery ?? 0;
  let operationCalls = 0;
  /** Times (epoch ms) of recent successful updates, for the sliding-window rate limit. */
  const recentUpdates: number[] = [];

  function updateAssociationStatus(body: unknown): string {
    const input = readUpdateAssociationStatusInput(body);
    const { Name: name, InstanceId: instanceId, AssociationStatus: status } = input;
    if (!store.hasDocument(name)) throw invalidDocument(name);
    if (!store.hasInstance(instanceId)) throw invalidInstanceId(instanceId);
    const current = store.get(name, instanceId);
    if (current === undefined) throw associationDoesNotExist(name, instanceId);
    const before = current.Status;
    if (
      before !== undefined &&
      before.Name === status.Name &&
      before.Message === status.Message &&
      before.AdditionalInfo === status.AdditionalInfo
    ) {
      throw statusUnchanged();
    }
    // Only calls that would change a status count against (and are refused by) the rate limit.
    if (rateLimit !== undefined) {
      const at = now();
      while (recentUpdates.length > 0 && (recentUpdates[0] ?? 0) <= at - rateLimit.perSeconds * 1000) recentUpdates.shift();
      if (recentUpdates.length >= rateLimit.updates) throw tooManyUpdates(rateLimit.updates, rateLimit.perSeconds);
      recentUpdates.push(at);
    }
    const updated = store.setStatus(name, instanceId, status);
    if (statePath !== undefined) saveState(statePath, store);
    // The stored association is already in model order with epoch-second timestamps.
    return JSON.stringify({ AssociationDescription: updated });
  }

  /** Any other association operation: body checked against its input shape, result in model order. */
  function otherOperation(operationName: string, text: string): string {
    const shapes = operationShapes(operationName)!;
    const body = readInput(parseJsonBody(text), shapes.input);
    const { result, changed } = HANDLERS[operationName]!(store, body);
    if (changed && statePath !== undefined) saveState(statePath, store);
    return JSON.stringify(pick(result, shapes.output));
  }

  /** Keeps the request in the ring: the oldest one leaves when it is full. */
  function remember(record: RecordedRequest): void {
    requests.push(record);
    if (requests.length > requestLogSize) requests.splice(0, requests.length - requestLogSize);
  }

  /**
   * The answers that need no body, in the service's order: too large by Content-Length, wrong
   * method or path, no Authorization header. Throws the wire error, or returns when the body
   * must be read.
   */
  function checkBeforeBody(record: RecordedRequest): void {
    const length = declaredLength(record.headers);
    if (length !== undefined && length > maxBodyBytes) throw requestEntityTooLarge(maxBodyBytes);
    if (record.method !== 'POST') throw methodNotAllowed(record.method);
    if (record.path !== '/') throw pathNotFound(record.path);
    if (record.headers['authorization'] === undefined) {
      if (options.allowUnsigned !== true) {
        const error = missingAuthenticationToken();
        record.verification = { status: 'rejected', error: error.code, message: error.wireMessage };
        throw error;
      }
      record.verification = { status: 'unsigned' };
    }
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = now();
    const url = req.url ?? '/';
    const question = url.indexOf('?');
    const headers = collectHeaders(req.rawHeaders);
    const record: RecordedRequest = {
      receivedAt: started,
      method: req.method ?? '',
      path: question === -1 ? url : url.slice(0, question),
      query: question === -1 ? '' : url.slice(question + 1),
      headers,
      body: '',
      parsedBody: undefined,
      target: headers['x-amz-target'],
      verification: { status: 'not-checked' },
      response: { status: 0, headers: {}, body: '' },
    };

    let status = 200;
    let responseBody: string;
    let extraHeaders: Record<string, string> = {};
    let errorCode: string | undefined;
    let bodyRead = false;
    try {
      try {
        checkBeforeBody(record);
      } finally {
        remember(record);
      }
      const { body, tooLarge } = await readBody(req, maxBodyBytes);
      bodyRead = true;
      const text = body.toString('utf8');
      record.body = text;
      record.parsedBody = tryParseJson(text);
      if (tooLarge) throw requestEntityTooLarge(maxBodyBytes);

      if (headers['authorization'] !== undefined) {
        try {
          const verified = await verifySigV4(
            { method: record.method, path: record.path, query: record.query, headers, body },
            sigv4,
          );
          record.verification = { status: 'verified', ...verified };
        } catch (error) {
          if (error instanceof EndpointError) {
            record.verification = { status: 'rejected', error: error.code, message: error.wireMessage };
          }
          throw error;
        }
      }

      const contentType = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!ACCEPTED_CONTENT_TYPES.has(contentType)) {
        throw unknownOperation(
          contentType === ''
            ? `Missing Content-Type; awsJson1.1 requests are sent as ${JSON_CONTENT_TYPE}.`
            : `Unsupported Content-Type '${contentType}'; awsJson1.1 requests are sent as ${JSON_CONTENT_TYPE}.`,
        );
      }
      if (record.target === undefined) throw unknownOperation(`Missing X-Amz-Target; ${SERVES}`);
      const operationName = record.target.startsWith(`${TARGET_PREFIX}.`) ? record.target.slice(TARGET_PREFIX.length + 1) : '';
      if (operationShapes(operationName) === undefined) {
        throw unknownOperation(`Operation ${record.target} is not supported; ${SERVES}`);
      }
      if (pendingFailures > 0) {
        pendingFailures -= 1;
        throw internalServerError('Internal server error injected by the local endpoint (failNext).');
      }
      operationCalls += 1;
      if (throttleEvery > 0 && operationCalls % throttleEvery === 0) throw throttling();
      responseBody =
        operationName === OPERATION ? updateAssociationStatus(parseJsonBody(record.body)) : otherOperation(operationName, record.body);
    } catch (error) {
      // Anything that is not a wire error is a bug in the endpoint; still answer like a service.
      const wire = error instanceof EndpointError ? error : internalServerError(`Local endpoint failure: ${String(error)}`);
      status = wire.status;
      responseBody = wire.body();
      extraHeaders = { ...wire.extraHeaders };
      errorCode = wire.code;
    }

    const responseHeaders: Record<string, string> = {
      'x-amzn-RequestId': newRequestId(),
      'Content-Type': JSON_CONTENT_TYPE,
      'Content-Length': String(Buffer.byteLength(responseBody)),
      // The SDKs correct their clock from this header after a skew error, so it follows `now`.
      Date: new Date(now()).toUTCString(),
      ...extraHeaders,
    };
    record.response = { status, headers: responseHeaders, body: responseBody, ...(errorCode ? { error: errorCode } : {}) };
    options.log?.(
      `${record.method} ${url} ${record.target ?? '-'} -> ${status}${errorCode ? ` ${errorCode}` : ''} (${now() - started} ms)`,
    );
    // A body left unread is not wanted: what the client still sends is discarded as it arrives,
    // never stored, and the connection closes once the answer is out. The answer waits for the
    // body's end (or UNREAD_BODY_WAIT_MS): closing a socket with unread bytes resets it, and a
    // client still sending (urllib3 sends the whole body before it reads) would see a reset
    // instead of the answer.
    if (!bodyRead) {
      responseHeaders['Connection'] = 'close';
      await discardBody(req, UNREAD_BODY_WAIT_MS);
    }
    res.writeHead(status, responseHeaders);
    res.end(responseBody);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Reading the request failed (the client went away) or a log callback threw: drop the connection.
      options.log?.(`request failed: ${String(error)}`);
      res.destroy();
    });
  });

  const host = options.host ?? DEFAULT_HOST;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    host,
    port,
    region,
    requests,
    associations: store,
    failNext(count: number) {
      pendingFailures += count;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Clients keep connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
