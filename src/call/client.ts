// The network edge: one UpdateAssociationStatus call through @aws-sdk/client-ssm, with the
// user's region, endpoint, credentials, retries, timeouts and TLS settings. The SDK signs,
// retries and sends; a middleware keeps the raw bytes of each response, because the reference
// prints from the wire body (timestamps, member order, error code and message), and traces
// every attempt for --debug.
import os from 'node:os';
import https from 'node:https';
import http from 'node:http';
import tls from 'node:tls';
import { SSMClient } from '@aws-sdk/client-ssm';
import { sdkCommand } from './sdk-commands.js';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { NoAuthSigner } from '@smithy/core';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { HttpRequest, type HttpResponse } from '@smithy/protocol-http';
import { credentialPlan, type Settings } from './settings.js';
import { mergedProfile } from './credential-plan.js';
import { credentialProvider, memoizeProvider, type IdentityProvider } from './credentials.js';
import { readCaBundle } from './ca-bundle.js';
import { checkEndpointUrl } from './endpoint-url.js';
import { headerLines, knownSecrets, SecretRedactor, traceLogger } from './trace.js';
import { ProxyRefusedError, TruncatedBodyError, unhandledHttpClientError } from './transport-errors.js';
import { agentProxyUrl, proxyUrlFor } from './proxy.js';
import { botocoreRetryStrategy, markTransportFailure } from './retry-policy.js';
import { encodeHeaderValues, invalidHeaderValueMessage } from './header-values.js';
import { assumeRoleArguments, cacheFile, cacheKey } from './role-cache.js';

export interface RawResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface CallOutcome {
  /** The last response the endpoint sent, if any arrived. */
  response: RawResponse | undefined;
  /** How many attempts the SDK made. */
  attempts: number;
  /** The SDK's error, when the call did not succeed. */
  error: unknown;
  /** The request URL as the reference prints it in its messages (`http://host:port/`). */
  url?: string;
  /** The proxy the request went through (from HTTP_PROXY, HTTPS_PROXY, NO_PROXY), if any. */
  proxyUrl?: string;
}

export interface CallOptions {
  /** The operation called, by its model name (UpdateAssociationStatus). */
  operationName: string;
  settings: Settings;
  /** False with --no-sign-request (as settings.signRequest). */
  signRequest: boolean;
  /** True when --profile named the profile (as settings.profileFromFlag, which the credential plan reads). */
  profileFromFlag: boolean;
  /** Called with trace lines for --debug. */
  trace?: (line: string) => void;
  /** Writes one warning line for the user to stderr (the --no-verify-ssl notice). */
  warn?: (line: string) => void;
  /** Asks the user for the code of an MFA device (a role profile's mfa_serial). */
  mfaCode?: (serialNumber: string) => Promise<string>;
}

/**
 * botocore's request URL for an endpoint (its _urljoin with the path `/`): the scheme in lower
 * case, `/` when the endpoint has no path, the endpoint's own path otherwise.
 */
export function requestUrlFor(endpoint: string): string {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?/.exec(endpoint);
  if (!match) return endpoint;
  const [, scheme, authority = '', path, query = ''] = match;
  return `${scheme!.toLowerCase()}:${authority}${path || '/'}${query}`;
}

/** The SSM endpoint of a region when none is configured, as botocore's messages name it. */
export const defaultSsmUrl = (region: string | undefined): string => `https://ssm.${region}.amazonaws.com/`;

async function defaultRequestUrl(client: SSMClient, region: string): Promise<string> {
  const config = client.config as unknown as {
    endpointProvider: (params: Record<string, unknown>) => { url: URL };
    useFipsEndpoint?: () => Promise<boolean>;
    useDualstackEndpoint?: () => Promise<boolean>;
  };
  try {
    const endpoint = config.endpointProvider({
      Region: region,
      UseFIPS: (await config.useFipsEndpoint?.()) ?? false,
      UseDualStack: (await config.useDualstackEndpoint?.()) ?? false,
    });
    return requestUrlFor(endpoint.url.href);
  } catch {
    return defaultSsmUrl(region);
  }
}

/**
 * The TLS agent. A CA bundle replaces the default trust store, as it does for the reference;
 * it is read only for an https endpoint (the reference ignores a missing bundle otherwise).
 */
async function targetTlsOptions(settings: Settings, url: string): Promise<https.AgentOptions> {
  const options: https.AgentOptions = { rejectUnauthorized: settings.verifyTls };
  if (settings.verifyTls && settings.caBundle !== undefined) options.ca = await readCaBundle(settings.caBundle, url);
  return options;
}

/**
 * https-proxy-agent hands a proxy's refusal of CONNECT (407, 502, ...) to the request as if the
 * endpoint had answered; urllib3 raises a ProxyError instead, and the reference reports that
 * it could not connect to the proxy: so does this agent, for refusals and for failures before
 * the proxy answered. The target's TLS settings go on the agent's options, which
 * Node merges into each request's and the agent passes on to the tunnelled TLS connection.
 */
class TunnellingAgent extends HttpsProxyAgent<string> {
  constructor(proxyUrl: string, keepAlive: boolean, proxyTls: https.AgentOptions, targetTls: https.AgentOptions) {
    super(proxyUrl, { keepAlive, ...proxyTls });
    this.options = { ...this.options, ...targetTls };
  }
  override async connect(req: http.ClientRequest, opts: Parameters<HttpsProxyAgent<string>['connect']>[1]) {
    let refusal: number | undefined;
    req.once('proxyConnect', (connect: { statusCode: number }) => {
      if (connect.statusCode !== 200) refusal = connect.statusCode;
    });
    let socket: Awaited<ReturnType<HttpsProxyAgent<string>['connect']>>;
    // Without a host name to send as SNI (an IP address), the agent's TLS connection would check
    // the certificate against "localhost": check it against the endpoint's host.
    const target = opts.host;
    const checkServerIdentity = (_host: string, certificate: tls.PeerCertificate) => tls.checkServerIdentity(target ?? '', certificate);
    try {
      socket = await super.connect(req, { ...opts, checkServerIdentity } as typeof opts);
    } catch (error) {
      // Refused, reset or closed before the proxy answered CONNECT: all the proxy's doing.
      throw new ProxyRefusedError(undefined, error);
    }
    if (refusal !== undefined) {
      socket.destroy();
      throw new ProxyRefusedError(refusal);
    }
    return socket;
  }
}

/** The agents for requests to `url`: direct, or through the proxy the environment names for it. */
async function agentsFor(settings: Settings, url: string, proxyUrl: string | undefined, tls: https.AgentOptions, keepAlive: boolean): Promise<Agents> {
  if (proxyUrl === undefined) return { http: new http.Agent({ keepAlive }), https: new https.Agent({ keepAlive, ...tls }) };
  const viaProxy = agentProxyUrl(proxyUrl);
  // urllib3 checks a TLS proxy's certificate with the endpoint's settings.
  const proxyTls = viaProxy.startsWith('https:') ? await targetTlsOptions(settings, url) : {};
  return { http: new HttpProxyAgent(viaProxy, { keepAlive, ...proxyTls }), https: new TunnellingAgent(viaProxy, keepAlive, proxyTls, tls) };
}

/** The SDK request handler's settings: the user's timeouts and the agents for the endpoint. */
function handlerOptions(settings: Settings, agents: Agents) {
  return {
    connectionTimeout: settings.connectTimeoutMs,
    // The reference's read timeout is the longest wait for the next bytes, not a deadline for the
    // whole exchange: the SDK's socket (idle) timeout.
    socketTimeout: settings.readTimeoutMs,
    httpAgent: agents.http,
    httpsAgent: agents.https,
  };
}

/**
 * The request handler of the SDK's STS client (roles, web identity). Left alone it would reuse
 * the SSM client's, whose proxy was chosen for the SSM endpoint; botocore chooses per client, by
 * the client's own endpoint.
 */
function stsRequestHandler(settings: Settings, profileRegion: string | undefined): NodeHttpHandler {
  const region = profileRegion ?? settings.region ?? 'us-east-1';
  const url = requestUrlFor(settings.env.AWS_ENDPOINT_URL_STS || settings.env.AWS_ENDPOINT_URL || `https://sts.${region}.amazonaws.com`);
  let agents: Agents | undefined;
  return new NodeHttpHandler(async () => {
    agents ??= await agentsFor(settings, url, proxyUrlFor(url, settings.env), url.startsWith('https:') ? await targetTlsOptions(settings, url) : {}, false);
    return handlerOptions(settings, agents);
  });
}

/** Where the AWS CLI caches the credentials of the role a profile assumes (under ~). */
function roleCacheFileFor(settings: Settings, profile: string, roleArn: string): string {
  const home = settings.env.HOME || os.homedir();
  // The credentials file's settings count too, as botocore merges the two files' profiles.
  return cacheFile(home, cacheKey(assumeRoleArguments(roleArn, mergedProfile(settings.files, profile) ?? {})));
}

/** Credentials resolved once per settings (per run), however many calls fleet mode makes. */
const providers = new WeakMap<Settings, IdentityProvider>();
function sharedProvider(settings: Settings, make: () => IdentityProvider): IdentityProvider {
  let provider = providers.get(settings);
  if (provider === undefined) providers.set(settings, (provider = memoizeProvider(make())));
  return provider;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

/** Per-call state, found by the middleware through the command's input object. */
interface CallState {
  attempt: number;
  stopRetrying?: () => boolean;
  lastResponse: RawResponse | undefined;
  lastAttemptEnd: number | undefined;
}

interface Agents {
  http: http.Agent;
  https: http.Agent;
}

interface Session {
  client: SSMClient;
  url: string;
  agents: Promise<Agents>;
  /** The proxy the calls go through, if the environment names one for the endpoint. */
  proxyUrl: string | undefined;
}

/** How fleet mode stops a call: abort it, or let its current attempt end but start no other. */
export interface CallControl {
  /** Aborts the attempt in flight (its socket is destroyed) and any attempt after it. */
  abortSignal?: AbortSignal;
  /** Asked before each retry: true stops the call with a RetryStoppedError instead. */
  stopRetrying?: () => boolean;
}

/** A call that was not retried because the run was told to stop. */
export class RetryStoppedError extends Error {
  constructor() {
    super('The call was not retried: the run was interrupted.');
    this.name = 'RetryStoppedError';
  }
}

/** Calls that share one client, its connections and its credentials: fleet mode's many calls. */
export interface Caller {
  call(request: Record<string, unknown>, control?: CallControl): Promise<CallOutcome>;
  close(): void;
}

/** The body the SDK deserializes in place of a 2xx body (see ssmAssocRawResponse). */
const EMPTY_JSON_OBJECT = new TextEncoder().encode('{}');

/**
 * One SDK client for any number of calls. With `keepAlive` connections are reused between
 * calls (fleet mode); a single call closes its connection as the reference does.
 */
export function createCaller(options: CallOptions & { keepAlive?: boolean }): Caller {
  const { settings, signRequest } = options;
  const keepAlive = options.keepAlive ?? false;
  // The secrets' forms are only worked out for a trace: nothing else prints through it.
  let redactor: SecretRedactor | undefined;
  let trace: ((line: string) => void) | undefined;
  if (options.trace) {
    redactor = new SecretRedactor();
    const sections = [...Object.values(settings.files.configFile), ...Object.values(settings.files.credentialsFile)];
    for (const secret of knownSecrets(settings.env, sections)) redactor.add(secret);
    trace = redactor.wrap(options.trace);
  }
  const logger = traceLogger(trace);
  const endpoint = settings.endpointUrl;
  const scheme = endpoint === undefined ? 'https' : /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(endpoint)![1]!.toLowerCase();
  const states = new WeakMap<object, CallState>();
  let warned = false;
  let session: Promise<Session> | undefined;

  async function open(): Promise<Session> {
    if (endpoint !== undefined) checkEndpointUrl(endpoint);
    let url = endpoint === undefined ? defaultSsmUrl(settings.region) : requestUrlFor(endpoint);
    // A CA bundle is read only for an https endpoint: the reference ignores a missing one otherwise.
    const tls = scheme === 'https' ? await targetTlsOptions(settings, url) : {};
    // The agents depend on the proxy, and the proxy on the endpoint's real host (FIPS, dual-stack,
    // other partitions), which the client works out: the handler waits for them.
    let agentsMade: (agents: Agents) => void = () => {};
    const agents = new Promise<Agents>((resolve) => (agentsMade = resolve));
    const plan = signRequest ? credentialPlan(settings) : undefined;
    const client = new SSMClient({
      region: settings.region,
      profile: settings.profile,
      ...(endpoint === undefined ? {} : { endpoint }),
      maxAttempts: settings.maxAttempts,
      // The pages of a listing are the same command class: its middleware stack is resolved
      // once, not per page (the SDK caches it only for a send without options, see call()).
      cacheMiddleware: true,
      // SSM signs with SigV4 alone, and botocore 2.9.19 reads no auth_scheme_preference (nor
      // AWS_AUTH_SCHEME_PREFERENCE): one setting fewer for the SDK to look up before a call.
      authSchemePreference: [],
      retryStrategy: botocoreRetryStrategy(settings.maxAttempts, settings.retryMode),
      logger,
      requestHandler: new NodeHttpHandler(async () => handlerOptions(settings, await agents)),
      ...(plan !== undefined
        ? {
            credentials: async (providerOptions?: { callerClientConfig?: unknown }) => {
              const identity = await sharedProvider(settings, () =>
                credentialProvider(plan, {
                  env: settings.env,
                  logger,
                  configPath: settings.files.configPath,
                  credentialsPath: settings.files.credentialsPath,
                  ...(options.mfaCode === undefined ? {} : { mfaCode: options.mfaCode }),
                  ...(plan.source === 'assume-role' ? { roleCacheFile: roleCacheFileFor(settings, plan.profile, plan.roleArn) } : {}),
                  ...(plan.source === 'assume-role' || plan.source === 'assume-role-with-web-identity'
                    ? { stsRequestHandler: stsRequestHandler(settings, plan.source === 'assume-role' ? mergedProfile(settings.files, plan.profile)?.region : undefined) }
                    : {}),
                }),
              )(providerOptions);
              // From now on the trace also knows the resolved secret and token.
              redactor?.add(identity.secretAccessKey);
              redactor?.add(identity.sessionToken);
              return identity;
            },
          }
        : {
            httpAuthSchemeProvider: () => [{ schemeId: 'smithy.api#noAuth' }],
            httpAuthSchemes: [{ schemeId: 'smithy.api#noAuth', identityProvider: () => async () => ({}), signer: new NoAuthSigner() }],
          }),
    });
    if (endpoint === undefined) url = await defaultRequestUrl(client, settings.region ?? 'us-east-1');
    if (scheme !== 'http' && scheme !== 'https') {
      // What urllib3 says when asked to send to another scheme (botocore wraps it so).
      throw unhandledHttpClientError(`Not supported URL scheme ${scheme}`);
    }
    const proxyUrl = proxyUrlFor(url, settings.env);
    agentsMade(await agentsFor(settings, url, proxyUrl, tls, keepAlive));
    client.middlewareStack.add(
      (next) => async (args) => {
        const state = states.get(args.input as object) ?? { attempt: 0, lastResponse: undefined, lastAttemptEnd: undefined };
        state.attempt += 1;
        const attempt = state.attempt;
        // A retry after the run was told to stop is never sent. The SDK does not retry this error.
        if (attempt > 1 && state.stopRetrying?.()) throw new RetryStoppedError();
        const req = args.request as { protocol?: string; method?: string; hostname?: string; port?: number; path?: string; headers?: Record<string, string>; body?: unknown };
        const started = Date.now();
        const target = `${req.protocol ?? `${scheme}:`}//${req.hostname}${req.port ? `:${req.port}` : ''}${req.path ?? '/'}`;
        if (!settings.verifyTls && req.protocol === 'https:' && !warned) {
          warned = true;
          // urllib3's InsecureRequestWarning, on one line, without Python's source location.
          options.warn?.(`InsecureRequestWarning: Unverified HTTPS request is being made to host '${req.hostname}'. Adding certificate verification is strongly advised.`);
        }
        if (trace) {
          const pause = state.lastAttemptEnd === undefined ? '' : ` after a pause of ${seconds(started - state.lastAttemptEnd)}`;
          trace(`attempt ${attempt} of ${settings.maxAttempts}${pause}: ${req.method} ${target}${headerLines(req.headers ?? {})}\n    body: ${bodyText(req.body)}`);
        }
        let result: Awaited<ReturnType<typeof next>>;
        let body: Uint8Array;
        try {
          // A copy: the request the SDK signs again for the next attempt keeps its own values.
          const encoded = encodeHeaderValues(req.headers ?? {});
          if ('refused' in encoded) throw unhandledHttpClientError(invalidHeaderValueMessage(encoded.refused));
          result = await next({ ...args, request: Object.assign(HttpRequest.clone(args.request as HttpRequest), { headers: encoded.headers }) });
          body = await collect(result.response as HttpResponse, trace);
        } catch (error) {
          state.lastAttemptEnd = Date.now();
          const e = error as { name?: string; message?: string; code?: string };
          trace?.(`attempt ${attempt} failed after ${seconds(state.lastAttemptEnd - started)}: ${e.name ?? 'Error'}${e.code ? ` (${e.code})` : ''}: ${e.message ?? String(error)}`);
          // A body cut short by a clean close is not a failure of the exchange to botocore.
          throw error instanceof TruncatedBodyError ? error : markTransportFailure(error);
        }
        const response = result.response as HttpResponse;
        // What is printed comes from the raw body (call/outcome.ts parses it as botocore does), so
        // the SDK's own parse of a 2xx body would be thrown away: it gets an empty object instead
        // (its parse of 500 associations took 3 ms a page). Error bodies stay for its error types.
        response.body = response.statusCode >= 200 && response.statusCode < 300 ? EMPTY_JSON_OBJECT : body;
        state.lastResponse = { statusCode: response.statusCode, headers: response.headers, body };
        state.lastAttemptEnd = Date.now();
        trace?.(
          `attempt ${attempt} answered in ${seconds(state.lastAttemptEnd - started)}: HTTP ${response.statusCode}${headerLines(response.headers)}\n    body: ${Buffer.from(body).toString('utf8')}`,
        );
        return result;
      },
      { step: 'deserialize', priority: 'low', name: 'ssmAssocRawResponse' },
    );
    return { client, url, agents, proxyUrl };
  }

  return {
    async call(request, control = {}) {
      const input = { ...request };
      const state: CallState = { attempt: 0, lastResponse: undefined, lastAttemptEnd: undefined, ...(control.stopRetrying ? { stopRetrying: control.stopRetrying } : {}) };
      states.set(input, state);
      let url = endpoint === undefined ? defaultSsmUrl(settings.region) : requestUrlFor(endpoint);
      let proxyUrl: string | undefined;
      try {
        const opened = await (session ??= open());
        url = opened.url;
        proxyUrl = opened.proxyUrl;
        // No options object without a signal: the SDK caches the middleware stack only then.
        const output = await opened.client.send(sdkCommand(options.operationName, input) as never, control.abortSignal ? { abortSignal: control.abortSignal } : undefined);
        const attempts = output.$metadata.attempts ?? state.attempt;
        trace?.(`call succeeded after ${attempts} attempt${attempts === 1 ? '' : 's'}`);
        return { response: state.lastResponse, attempts, error: undefined, url, proxyUrl };
      } catch (error) {
        const attempts = (error as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? Math.max(state.attempt, 1);
        trace?.(`call failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? String(error)}`);
        return { response: state.lastResponse, attempts, error, url, proxyUrl };
      }
    },
    close() {
      void session?.then(
        ({ client, agents }) => {
          client.destroy();
          void agents.then((made) => {
            made.http.destroy();
            made.https.destroy();
          });
        },
        () => undefined,
      );
    },
  };
}

/** One call on a client of its own, its connection closed afterwards. */
export async function callOnce(request: Record<string, unknown>, options: CallOptions): Promise<CallOutcome> {
  const caller = createCaller(options);
  try {
    return await caller.call(request);
  } finally {
    caller.close();
  }
}

function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  // The SDK's JSON body is a Uint8Array subclass that warns on stderr when used as a string
  // (Buffer.from(view) would call its valueOf): read its bytes instead.
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return body === undefined ? '' : '<stream>';
}

/**
 * The whole body, read as urllib3 1.26 reads it for botocore. A reset or a read timeout on the
 * way is the exchange's failure (the error is thrown; botocore retries it). A clean close before
 * the Content-Length is not an error to urllib3, which hands over what arrived: so is an error
 * body here, while a 2xx body cut short is a TruncatedBodyError (the tool prints nothing
 * rather than part of an answer).
 */
async function collect(response: HttpResponse, trace: ((line: string) => void) | undefined): Promise<Uint8Array> {
  const body = response.body as unknown;
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  } catch (error) {
    const received = chunks.reduce((n, c) => n + c.length, 0);
    trace?.(`the response body ended early: ${received} bytes, then ${(error as Error).message}`);
    // Node reports a reset and a clean close alike ("aborted"); the socket knows which it was.
    const socketError = (body as { socket?: { errored?: unknown } | null }).socket?.errored;
    if (socketError) throw socketError;
    if ((error as Error)?.name === 'TimeoutError') throw error;
    const length = Number(Object.entries(response.headers).find(([k]) => k.toLowerCase() === 'content-length')?.[1]);
    if (!Number.isFinite(length) || received >= length) throw error;
    if (response.statusCode >= 200 && response.statusCode < 300) throw new TruncatedBodyError(received, length);
  }
  return Buffer.concat(chunks);
}
