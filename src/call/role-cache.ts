// The AWS CLI's cache of assumed-role credentials (~/.aws/cli/cache/KEY.json), shared with it:
// a role is assumed once, and not again (nor its MFA code asked) while the cached credentials
// have more than 15 minutes left. KEY is botocore's: the SHA-1 of json.dumps(the AssumeRole
// arguments, sort_keys=True), without a RoleSessionName it generated itself. A file holds the
// AssumeRole response; only its Credentials are read or written here. Reading and writing are
// effects; cacheKey and the two codecs are pure.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { jsonAsciiString } from '../python/repr.js';
import type { ProfileSection } from './settings.js';

/** botocore's CachedCredentialFetcher.DEFAULT_EXPIRY_WINDOW_SECONDS. */
const EXPIRY_WINDOW_MS = 15 * 60 * 1000;

export interface CachedIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

/** The AssumeRole arguments botocore builds from a role profile, as they enter the cache key. */
export function assumeRoleArguments(roleArn: string, profile: ProfileSection): Record<string, string | number> {
  const args: Record<string, string | number> = { RoleArn: roleArn };
  if (profile.role_session_name) args.RoleSessionName = profile.role_session_name;
  if (profile.external_id !== undefined) args.ExternalId = profile.external_id;
  if (profile.mfa_serial !== undefined) args.SerialNumber = profile.mfa_serial;
  if (profile.duration_seconds !== undefined && /^\s*[+-]?\d+\s*$/.test(profile.duration_seconds)) args.DurationSeconds = Number(profile.duration_seconds);
  return args;
}

/** botocore's cache key: sha1(json.dumps(args, sort_keys=True)), made safe for a file name. */
export function cacheKey(args: Record<string, string | number>): string {
  const dumped = `{${Object.keys(args)
    .sort()
    .map((key) => `${jsonAsciiString(key)}: ${typeof args[key] === 'number' ? String(args[key]) : jsonAsciiString(String(args[key]))}`)
    .join(', ')}}`;
  return createHash('sha1').update(dumped, 'utf8').digest('hex');
}

/** The cached credentials in `text`, if they are readable and good for 15 more minutes. */
export function decodeCached(text: string, now: number): CachedIdentity | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const credentials = (parsed as { Credentials?: Record<string, unknown> } | null)?.Credentials;
  if (typeof credentials !== 'object' || credentials === null) return undefined;
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = credentials;
  if (typeof AccessKeyId !== 'string' || typeof SecretAccessKey !== 'string' || typeof SessionToken !== 'string' || typeof Expiration !== 'string') return undefined;
  // botocore writes strftime('%Y-%m-%dT%H:%M:%S%Z'): `...UTC`; other writers use Z or an offset.
  const expiration = new Date(Expiration.replace(/UTC$/, 'Z'));
  if (Number.isNaN(expiration.getTime()) || expiration.getTime() - now < EXPIRY_WINDOW_MS) return undefined;
  return { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey, sessionToken: SessionToken, expiration };
}

/** The file botocore would write for these credentials (its json.dumps, its date format). */
export function encodeCached(identity: CachedIdentity): string {
  const expiration = identity.expiration.toISOString().replace(/\.\d{3}Z$/, 'UTC');
  const fields: Array<[string, string]> = [
    ['AccessKeyId', identity.accessKeyId],
    ['SecretAccessKey', identity.secretAccessKey],
    ['SessionToken', identity.sessionToken],
    ['Expiration', expiration],
  ];
  return `{"Credentials": {${fields.map(([k, v]) => `${jsonAsciiString(k)}: ${jsonAsciiString(v)}`).join(', ')}}}`;
}

export function cacheFile(home: string, key: string): string {
  return path.join(home, '.aws', 'cli', 'cache', `${key}.json`);
}

export function readCached(file: string, now = Date.now()): CachedIdentity | undefined {
  try {
    return decodeCached(fs.readFileSync(file, 'utf8'), now);
  } catch {
    return undefined;
  }
}

/** Writes the cache file (mode 0600); a cache that cannot be written is only a slower next run. */
export function writeCached(file: string, identity: CachedIdentity): boolean {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, encodeCached(identity), { mode: 0o600 });
    return true;
  } catch {
    return false;
  }
}
