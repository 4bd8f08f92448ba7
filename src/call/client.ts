// The network edge: one UpdateAssociationStatus call through @aws-sdk/client-ssm, with the
// user's region, endpoint, credentials, retries, timeouts and TLS settings. The SDK signs,
// retries and sends; a middleware keeps the raw bytes of the last response, because the
// reference prints from the wire body (timestamps, member order, error code and message).
import fs from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import { SSMClient, UpdateAssociationStatusCommand } from '@aws-sdk/client-ssm';
import { fromEnv, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { NoAuthSigner } from '@smithy/core';
import type { HttpResponse } from '@smithy/protocol-http';
import type { Settings } from './settings.js';

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
}

export interface CallOptions {
  settings: Settings;
  signRequest: boolean;
  /** True when --profile named the profile: botocore then ignores keys in the environment. */
  profileFromFlag: boolean;
  /** Called with trace lines for --debug. */
  trace?: (line: string) => void;
}

function httpsAgent(settings: Settings): https.Agent {
  const options: https.AgentOptions = { keepAlive: false, rejectUnauthorized: settings.verifyTls };
  if (settings.caBundle !== undefined) options.ca = fs.readFileSync(settings.caBundle);
  return new https.Agent(options);
}

export async function callUpdateAssociationStatus(request: Record<string, unknown>, options: CallOptions): Promise<CallOutcome> {
  const { settings, signRequest, trace } = options;
  let lastResponse: RawResponse | undefined;
  const client = new SSMClient({
    region: settings.region,
    ...(settings.endpointUrl === undefined ? {} : { endpoint: settings.endpointUrl }),
    maxAttempts: settings.maxAttempts,
    retryMode: settings.retryMode,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: settings.connectTimeoutMs,
      requestTimeout: settings.readTimeoutMs,
      throwOnRequestTimeout: true,
      httpAgent: new http.Agent({ keepAlive: false }),
      httpsAgent: httpsAgent(settings),
    }),
    ...(signRequest
      ? { credentials: credentialProvider(settings, options.profileFromFlag, trace) }
      : {
          httpAuthSchemeProvider: () => [{ schemeId: 'smithy.api#noAuth' }],
          httpAuthSchemes: [{ schemeId: 'smithy.api#noAuth', identityProvider: () => async () => ({}), signer: new NoAuthSigner() }],
        }),
  });
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { method?: string; hostname?: string; port?: number; path?: string; headers?: Record<string, string>; body?: unknown };
      trace?.(`request: ${request.method} ${request.hostname}:${request.port ?? ''}${request.path} headers=${JSON.stringify(redactHeaders(request.headers ?? {}))}`);
      const result = await next(args);
      const response = result.response as HttpResponse;
      const body = await collect(response.body);
      response.body = body;
      lastResponse = { statusCode: response.statusCode, headers: response.headers, body };
      trace?.(`response: ${response.statusCode} headers=${JSON.stringify(response.headers)} body=${Buffer.from(body).toString('utf8')}`);
      return result;
    },
    { step: 'deserialize', priority: 'low', name: 'ssmAssocRawResponse' },
  );
  try {
    await client.send(new UpdateAssociationStatusCommand(request as never));
    return { response: lastResponse, attempts: 1, error: undefined };
  } catch (error) {
    const attempts = (error as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1;
    return { response: lastResponse, attempts, error };
  } finally {
    client.destroy();
  }
}

/**
 * Keys in the environment win unless --profile named a profile (botocore's order); then the
 * SDK's default chain for the profile: files, credential_process, roles, web identity, SSO.
 */
function credentialProvider(settings: Settings, profileFromFlag: boolean, trace?: (line: string) => void) {
  const env = process.env;
  if (!profileFromFlag && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    trace?.('credentials: environment variables');
    return fromEnv();
  }
  trace?.(`credentials: default chain for profile ${settings.profile}`);
  const logger = new TraceLogger(trace);
  return fromNodeProviderChain({ profile: settings.profile, logger });
}

/** The SDK's logger interface, routed to --debug; its warnings are not the user's to read. */
class TraceLogger {
  constructor(private readonly sink: ((line: string) => void) | undefined) {}
  debug = (...args: unknown[]) => this.sink?.(args.map(String).join(" "));
  info = this.debug;
  warn = this.debug;
  error = this.debug;
}

function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (/^authorization$/i.test(k)) out[k] = v.replace(/Signature=[0-9a-f]+/, 'Signature=<redacted>');
    else if (/^x-amz-security-token$/i.test(k)) out[k] = '<redacted>';
    else out[k] = v;
  }
  return out;
}

async function collect(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
