// The AWS CLI's assumed-role cache (src/call/role-cache.ts): the same keys and file format as
// botocore (the expected keys below were computed with Python: sha1(json.dumps(args,
// sort_keys=True))), and the 15-minute expiry window.
import { describe, expect, it } from 'vitest';
import { assumeRoleArguments, cacheKey, decodeCached, encodeCached } from '../../src/call/role-cache.js';

const ROLE = 'arn:aws:iam::123456789012:role/ssm-assoc';

describe('role cache', () => {
  it('keys a role as botocore does', () => {
    expect(cacheKey(assumeRoleArguments(ROLE, {}))).toBe('fda770e9501517cf493c52e61cd5b9bb07e6839d');
    const profile = { role_session_name: 'mine', external_id: 'é-ext', mfa_serial: 'arn:aws:iam::123456789012:mfa/ops', duration_seconds: '3600', region: 'us-east-1' };
    expect(cacheKey(assumeRoleArguments(ROLE, profile))).toBe('c5fc68651891faae8af90572ef0307010ee10ead');
  });

  it('writes what botocore writes, and reads it back', () => {
    const identity = { accessKeyId: 'ASIA', secretAccessKey: 's', sessionToken: 't', expiration: new Date('2999-01-01T00:00:00Z') };
    const text = encodeCached(identity);
    expect(text).toBe('{"Credentials": {"AccessKeyId": "ASIA", "SecretAccessKey": "s", "SessionToken": "t", "Expiration": "2999-01-01T00:00:00UTC"}}');
    expect(decodeCached(text, Date.parse('2026-01-01T00:00:00Z'))).toEqual(identity);
  });

  it('ignores credentials with less than 15 minutes left, and files it cannot read', () => {
    const at = (iso: string) => `{"Credentials": {"AccessKeyId": "A", "SecretAccessKey": "s", "SessionToken": "t", "Expiration": "${iso}"}}`;
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(decodeCached(at('2026-11-24T12:16:00Z'), now)?.accessKeyId).toBe('A');
    expect(decodeCached(at('2026-11-24T12:14:00+00:00'), now)).toBeUndefined();
    expect(decodeCached('not json', now)).toBeUndefined();
    expect(decodeCached('{"Credentials": {"AccessKeyId": 1}}', now)).toBeUndefined();
  });
});
