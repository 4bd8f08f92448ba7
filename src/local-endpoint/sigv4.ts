// Server-side SigV4 verification for the local endpoint: parses the Authorization header, checks
// the credential scope and the clock, then recomputes the signature from the request as received
// (the headers the client listed in SignedHeaders, its X-Amz-Date, the body) with
// @smithy/signature-v4 and compares the two in constant time. Every failure is the error AWS
// sends for it (UnrecognizedClientException, InvalidSignatureException, IncompleteSignatureException).
import { createHash, timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import {
  incompleteSignature,
  invalidSignature,
  unrecognizedClient,
} from './wire-errors.js';

export interface EndpointCredential {
  secretAccessKey: string;
  /** When set, requests with this key must carry exactly this X-Amz-Security-Token. */
  sessionToken?: string;
}

export interface SigV4Config {
  credentials: ReadonlyMap<string, EndpointCredential>;
  region: string;
  service: string;
  /** Largest accepted distance between X-Amz-Date and the server clock; false turns the check off. */
  maxClockSkewSeconds: number | false;
  now: () => number;
}

/** The request as it arrived, with header names lower-cased and repeated headers joined by ','. */
export interface ReceivedRequest {
  method: string;
  path: string;
  /** The raw query string, without '?'. */
  query: string;
  headers: Readonly<Record<string, string>>;
  body: Uint8Array;
}

export interface VerifiedSignature {
  accessKeyId: string;
  region: string;
  service: string;
  signedHeaders: string[];
  /** X-Amz-Date as sent (ISO 8601 basic format). */
  signingDate: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const TERMINATOR = 'aws4_request';

interface ParsedAuthorization {
  accessKeyId: string;
  scopeDate: string;
  scopeRegion: string;
  scopeService: string;
  signedHeaders: string[];
  signature: string;
}

function parseAuthorization(value: string): ParsedAuthorization {
  const echo = ` Authorization=${value}`;
  const space = value.indexOf(' ');
  const algorithm = space === -1 ? value : value.slice(0, space);
  if (algorithm !== ALGORITHM) {
    throw incompleteSignature(`Unsupported AWS 'algorithm': '${algorithm}'; this endpoint verifies ${ALGORITHM}.${echo}`);
  }
  const params = new Map<string, string>();
  for (const part of value.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    params.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = params.get('Credential');
  const signedHeaders = params.get('SignedHeaders');
  const signature = params.get('Signature');
  const missing: string[] = [];
  if (credential === undefined) missing.push("Authorization header requires 'Credential' parameter.");
  if (signature === undefined) missing.push("Authorization header requires 'Signature' parameter.");
  if (signedHeaders === undefined) missing.push("Authorization header requires 'SignedHeaders' parameter.");
  if (credential === undefined || signature === undefined || signedHeaders === undefined) {
    throw incompleteSignature(missing.join(' ') + echo);
  }
  const scope = credential.split('/');
  if (scope.length !== 5) {
    throw incompleteSignature(
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
    );
  }
  const [accessKeyId, scopeDate, scopeRegion, scopeService, terminator] = scope as [string, string, string, string, string];
  if (terminator !== TERMINATOR) {
    throw invalidSignature(`Credential should be scoped with a valid terminator: '${TERMINATOR}', not '${terminator}'. `);
  }
  return {
    accessKeyId,
    scopeDate,
    scopeRegion,
    scopeService,
    signedHeaders: signedHeaders.split(';'),
    signature,
  };
}

/** `20190218T162649Z` → epoch milliseconds, or undefined when it is not a valid basic-format date. */
function parseAmzDate(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (m === null) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls over out-of-range fields (month 13, second 61); a round trip rejects those.
  return formatAmzDate(ms) === value ? ms : undefined;
}

export function formatAmzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

function skewText(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min.` : `${seconds} sec.`;
}

function checkClock(amzDate: string, signedAt: number, config: SigV4Config): void {
  if (config.maxClockSkewSeconds === false) return;
  const now = config.now();
  const skewMs = config.maxClockSkewSeconds * 1000;
  const text = skewText(config.maxClockSkewSeconds);
  if (signedAt < now - skewMs) {
    throw invalidSignature(
      `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(now - skewMs)} (${formatAmzDate(now)} - ${text})`,
    );
  }
  if (signedAt > now + skewMs) {
    throw invalidSignature(
      `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(now + skewMs)} (${formatAmzDate(now)} + ${text})`,
    );
  }
}

function parseQuery(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (query === '') return out;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeURIComponent(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decodeURIComponent(pair.slice(eq + 1));
    const prior = out[key];
    out[key] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  return out;
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  // timingSafeEqual needs equal lengths; compare against itself so a length mismatch costs the same.
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

/** Verifies the request's SigV4 Authorization header; throws the EndpointError AWS would answer with. */
export async function verifySigV4(request: ReceivedRequest, config: SigV4Config): Promise<VerifiedSignature> {
  const authorization = request.headers['authorization'] ?? '';
  const auth = parseAuthorization(authorization);

  const amzDate = request.headers['x-amz-date'];
  if (amzDate === undefined) {
    throw incompleteSignature(
      `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${authorization}`,
    );
  }
  const signedAt = parseAmzDate(amzDate);
  if (signedAt === undefined) {
    throw incompleteSignature(`Date must be in ISO-8601 'basic format'. Got '${amzDate}'. See http://en.wikipedia.org/wiki/ISO_8601`);
  }
  if (auth.scopeDate !== amzDate.slice(0, 8)) {
    throw invalidSignature(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
  if (auth.scopeService !== config.service) {
    throw invalidSignature(`Credential should be scoped to correct service: '${config.service}'. `);
  }
  if (auth.scopeRegion !== config.region) {
    throw invalidSignature(`Credential should be scoped to a valid region, not '${auth.scopeRegion}'. `);
  }
  if (!auth.signedHeaders.includes('host')) {
    throw invalidSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  checkClock(amzDate, signedAt, config);

  const credential = config.credentials.get(auth.accessKeyId);
  const token = request.headers['x-amz-security-token'];
  if (credential === undefined || token !== credential.sessionToken) throw unrecognizedClient();

  // The payload hash is always the hash of the body received: a client-supplied
  // X-Amz-Content-SHA256 is only accepted when it says the same (smithy would trust it).
  const bodyHash = createHash('sha256').update(request.body).digest('hex');
  const claimedHash = request.headers['x-amz-content-sha256'];
  if (claimedHash !== undefined && claimedHash !== bodyHash) throw invalidSignature();

  // Rebuild the request from the signed headers only. X-Amz-Date and X-Amz-Security-Token are
  // left out because the signer writes them itself (from signingDate and the credentials).
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    if (name === 'x-amz-date' || name === 'x-amz-security-token' || name === 'authorization') continue;
    const value = request.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const tokenSigned = auth.signedHeaders.includes('x-amz-security-token');
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: auth.accessKeyId,
      secretAccessKey: credential.secretAccessKey,
      ...(tokenSigned && token !== undefined ? { sessionToken: token } : {}),
    },
    region: auth.scopeRegion,
    service: auth.scopeService,
    sha256: Sha256,
    // The signer must not add X-Amz-Content-SHA256 to the canonical headers on its own.
    applyChecksum: false,
  });
  let query: Record<string, string | string[]>;
  try {
    query = parseQuery(request.query);
  } catch {
    // A malformed percent-escape cannot have been signed as sent.
    throw invalidSignature();
  }
  const rebuilt = new HttpRequest({
    method: request.method,
    protocol: 'http:',
    hostname: 'localhost',
    path: request.path,
    query,
    headers,
    body: request.body,
  });
  const signed = await signer.sign(rebuilt, {
    signingDate: new Date(signedAt),
    // Sign exactly what the client listed, even headers smithy would never sign by itself.
    signableHeaders: new Set(auth.signedHeaders),
  });
  const expected = /Signature=([0-9a-f]+)$/.exec(String(signed.headers['authorization'] ?? ''))?.[1] ?? '';
  if (!constantTimeEqual(expected, auth.signature)) throw invalidSignature();

  return {
    accessKeyId: auth.accessKeyId,
    region: auth.scopeRegion,
    service: auth.scopeService,
    signedHeaders: auth.signedHeaders,
    signingDate: amzDate,
  };
}
