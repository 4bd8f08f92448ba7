// The --debug trace's redaction: secrets in every printable form, and the headers that carry them.
import { describe, expect, it } from 'vitest';
import { headerLines, knownSecrets, redactHeaders, REDACTED, SecretRedactor, secretForms, traceLogger } from '../../src/call/trace.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

describe('secretForms', () => {
  it('covers the plain, URL-encoded, base64 and JSON-escaped forms', () => {
    const forms = secretForms(SECRET);
    expect(forms).toContain(SECRET);
    expect(forms).toContain('wJalrXUtnFEMI%2FK7MDENG%2BbPxRfiCYEXAMPLEKEY');
    expect(forms).toContain(Buffer.from(SECRET).toString('base64'));
    expect(forms).toContain(Buffer.from(SECRET).toString('base64url'));
    expect(forms).toContain('wJalrXUtnFEMI\\/K7MDENG+bPxRfiCYEXAMPLEKEY');
  });
});

describe('SecretRedactor', () => {
  it('replaces every form of every secret it learnt', () => {
    const redactor = new SecretRedactor();
    redactor.add(SECRET);
    redactor.add('session-token-value');
    const text = [SECRET, encodeURIComponent(SECRET), Buffer.from(SECRET).toString('base64'), JSON.stringify({ t: 'session-token-value', s: SECRET })].join(' | ');
    const out = redactor.redact(text);
    expect(out).toBe(`${REDACTED} | ${REDACTED} | ${REDACTED} | {"t":"${REDACTED}","s":"${REDACTED}"}`);
  });

  it('ignores values too short to be keys, and undefined', () => {
    const redactor = new SecretRedactor();
    redactor.add('abc');
    redactor.add(undefined);
    expect(redactor.redact('abc def')).toBe('abc def');
  });

  it('wraps a sink', () => {
    const lines: string[] = [];
    const redactor = new SecretRedactor();
    const sink = redactor.wrap((line) => lines.push(line));
    redactor.add(SECRET);
    sink(`secret=${SECRET}`);
    expect(lines).toEqual([`secret=${REDACTED}`]);
  });
});

describe('knownSecrets', () => {
  it('collects the environment and every profile secret', () => {
    expect(
      knownSecrets({ AWS_SECRET_ACCESS_KEY: 'a', AWS_SESSION_TOKEN: 'b', AWS_SECURITY_TOKEN: '', AWS_ACCESS_KEY_ID: 'AKID' }, [
        { aws_secret_access_key: 'c', aws_access_key_id: 'AKID2' },
        { aws_session_token: 'd', aws_security_token: 'e' },
      ]),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('redactHeaders', () => {
  it('keeps the credential scope of Authorization, not its signature, and hides the session token', () => {
    const headers = {
      authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/ssm/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123abcd',
      'X-Amz-Security-Token': 'tok',
      'content-type': 'application/x-amz-json-1.1',
      absent: undefined,
    };
    expect(redactHeaders(headers)).toEqual({
      authorization: `AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/ssm/aws4_request, SignedHeaders=host;x-amz-date, Signature=${REDACTED}`,
      'X-Amz-Security-Token': REDACTED,
      'content-type': 'application/x-amz-json-1.1',
    });
    expect(headerLines({ a: '1', 'x-amz-security-token': 'tok' })).toBe(`\n    a: 1\n    x-amz-security-token: ${REDACTED}`);
  });
});

describe('traceLogger', () => {
  it('routes every level to the sink, objects as JSON', () => {
    const lines: string[] = [];
    const logger = traceLogger((line) => lines.push(line));
    logger.debug('text', { a: 1 });
    logger.warn(new Error('careful'));
    logger.info({ body: new Uint8Array(3) });
    logger.info({ output: { Credentials: { AccessKeyId: 'ASIA', SecretAccessKey: 's', SessionToken: 't' } }, accessToken: 'a', tokenCount: 3 });
    expect(lines).toEqual([
      'sdk debug: text {"a":1}',
      'sdk warn: Error: careful',
      'sdk info: {"body":"<3 bytes>"}',
      `sdk info: {"output":{"Credentials":{"AccessKeyId":"ASIA","SecretAccessKey":"${REDACTED}","SessionToken":"${REDACTED}"}},"accessToken":"${REDACTED}","tokenCount":3}`,
    ]);
    expect(() => traceLogger(undefined).error('nothing')).not.toThrow();
  });

  it("drops the SDK's lookups of settings it did not find and its endpoint rule steps", () => {
    const lines: string[] = [];
    const logger = traceLogger((line) => lines.push(line));
    logger.debug('@smithy/property-provider -> Not found in ENV: AWS_USE_FIPS_ENDPOINT');
    logger.debug('endpoints evaluateCondition: isSet($Endpoint) = true');
    logger.debug('@aws-sdk/credential-provider-process - fromProcess');
    expect(lines).toEqual(['sdk debug: @aws-sdk/credential-provider-process - fromProcess']);
  });
});
