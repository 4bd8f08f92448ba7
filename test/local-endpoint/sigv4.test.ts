// SigV4 verification by the local endpoint: AWS's published example signature, requests signed
// by a real SSMClient and by hand (then spoiled one way at a time), unsigned requests, the clock
// check and the SDK's clock correction against it. Every rejection is checked on the wire.
import http from 'node:http';
import { SSMClient, UpdateAssociationStatusCommand } from '@aws-sdk/client-ssm';
import { afterEach, describe, expect, it } from 'vitest';
import { sealProcessEnvironment } from '../support/sealed-process.js';
import {
  DEFAULT_ACCESS_KEY_ID as AKID,
  DEFAULT_SECRET_ACCESS_KEY as SECRET,
  startLocalEndpoint,
  type LocalEndpoint,
  type LocalEndpointOptions,
} from '../../src/local-endpoint/index.js';
import { verifySigV4, type SigV4Config } from '../../src/local-endpoint/sigv4.js';
import { signRequest, type Signing } from '../support/sign-request.js';
import { EndpointError } from '../../src/local-endpoint/wire-errors.js';

sealProcessEnvironment('local-endpoint-sigv4-');

const open: LocalEndpoint[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

const ASSOCIATION = { Name: 'AWS-UpdateSSMAgent', InstanceId: 'i-1234567890abcdef0' };
const BODY = JSON.stringify({
  ...ASSOCIATION,
  AssociationStatus: { Date: 1424421071, Name: 'Pending', Message: 'temp_status_change' },
});

async function endpointWith(options: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  const endpoint = await startLocalEndpoint({ associations: [ASSOCIATION], requestId: () => 'rid', ...options });
  open.push(endpoint);
  return endpoint;
}

/** Signs a request the way the SDK does (BODY unless another is given); returns the headers to send and the body. */
const sign = (endpoint: LocalEndpoint, s: Partial<Signing> = {}) => signRequest(endpoint.url, { ...s, body: s.body ?? BODY });

function send(
  endpoint: LocalEndpoint,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(endpoint.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method: 'POST', path: '/', agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const coral = (type: string, message: string) =>
  JSON.stringify({ __type: `com.amazon.coral.service#${type}`, message });

const MISMATCH =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/** Sends and checks the full error answer: status, body, content type, request id, length. */
async function expectRejected(
  endpoint: LocalEndpoint,
  request: { headers: Record<string, string>; body: string },
  type: string,
  message: string,
) {
  const response = await send(endpoint, request.headers, request.body);
  const body = coral(type, message);
  expect(response.status).toBe(400);
  expect(response.body).toBe(body);
  expect(response.headers['content-type']).toBe('application/x-amz-json-1.1');
  expect(response.headers['x-amzn-requestid']).toBe('rid');
  expect(response.headers['content-length']).toBe(String(Buffer.byteLength(body)));
  const record = endpoint.requests.at(-1);
  expect(record?.verification).toEqual({ status: 'rejected', error: type, message });
  expect(record?.response.error).toBe(type);
}

describe('verifySigV4 against the AWS documentation example', () => {
  // The example request of the SigV4 documentation ("Create a signed AWS API request"): IAM
  // ListUsers signed with AKIDEXAMPLE at 20150830T123600Z, signature 5d672d79...
  const config: SigV4Config = {
    credentials: new Map([['AKIDEXAMPLE', { secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }]]),
    region: 'us-east-1',
    service: 'iam',
    maxClockSkewSeconds: false,
    now: () => 0,
  };
  const request = (signature: string) => ({
    method: 'GET',
    path: '/',
    query: 'Action=ListUsers&Version=2010-05-08',
    headers: {
      host: 'iam.amazonaws.com',
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      'x-amz-date': '20150830T123600Z',
      authorization: `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=${signature}`,
    },
    body: new Uint8Array(),
  });

  it('accepts the published signature', async () => {
    await expect(verifySigV4(request('5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7'), config)).resolves.toEqual({
      accessKeyId: 'AKIDEXAMPLE',
      region: 'us-east-1',
      service: 'iam',
      signedHeaders: ['content-type', 'host', 'x-amz-date'],
      signingDate: '20150830T123600Z',
    });
  });

  it('rejects it with one digit changed', async () => {
    const error = await verifySigV4(request('5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d8'), config).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as EndpointError).body()).toBe(coral('InvalidSignatureException', MISMATCH));
  });
});

describe('signed requests', () => {
  it('accepts a real SSMClient and records what was verified', async () => {
    const endpoint = await endpointWith();
    const ssm = new SSMClient({
      endpoint: endpoint.url,
      region: 'us-east-1',
      credentials: { accessKeyId: AKID, secretAccessKey: SECRET },
      maxAttempts: 1,
    });
    await ssm.send(
      new UpdateAssociationStatusCommand({
        ...ASSOCIATION,
        AssociationStatus: { Date: new Date(0), Name: 'Success', Message: 'ok' },
      }),
    );
    const verification = endpoint.requests[0]?.verification;
    expect(verification).toMatchObject({ status: 'verified', accessKeyId: AKID, region: 'us-east-1', service: 'ssm' });
    expect(verification?.status === 'verified' && verification.signedHeaders).toEqual(
      expect.arrayContaining(['content-type', 'host', 'x-amz-date', 'x-amz-target']),
    );
  });

  it('accepts a hand-signed request, with and without X-Amz-Content-SHA256', async () => {
    const endpoint = await endpointWith();
    const plain = await send(endpoint, ...(Object.values(await sign(endpoint)) as [Record<string, string>, string]));
    expect(plain.status).toBe(200);
    const withHash = await sign(endpoint, { applyChecksum: true, body: BODY.replace('Pending', 'Failed') });
    expect(withHash.headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect((await send(endpoint, withHash.headers, withHash.body)).status).toBe(200);
  });

  it('InvalidSignatureException for a wrong secret', async () => {
    const endpoint = await endpointWith();
    await expectRejected(endpoint, await sign(endpoint, { secretAccessKey: 'not-the-secret' }), 'InvalidSignatureException', MISMATCH);
  });

  it('UnrecognizedClientException for an unknown access key id', async () => {
    const endpoint = await endpointWith();
    await expectRejected(
      endpoint,
      await sign(endpoint, { accessKeyId: 'AKIAUNKNOWNKEY000000' }),
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    );
  });

  it('InvalidSignatureException for a body changed after signing', async () => {
    const endpoint = await endpointWith();
    const signed = await sign(endpoint);
    await expectRejected(
      endpoint,
      { headers: signed.headers, body: signed.body.replace('temp_status_change', 'temp_status_chanGe') },
      'InvalidSignatureException',
      MISMATCH,
    );
    // Also when the client sent a payload hash: the endpoint hashes the body itself.
    const hashed = await sign(endpoint, { applyChecksum: true });
    await expectRejected(endpoint, { headers: hashed.headers, body: `${hashed.body} ` }, 'InvalidSignatureException', MISMATCH);
  });

  it('InvalidSignatureException for a signed header changed after signing, before the target is looked at', async () => {
    const endpoint = await endpointWith();
    const signed = await sign(endpoint);
    await expectRejected(
      endpoint,
      { headers: { ...signed.headers, 'x-amz-target': 'AmazonSSM.DescribeAssociation' }, body: signed.body },
      'InvalidSignatureException',
      MISMATCH,
    );
    // An unsigned extra header changes nothing.
    expect((await send(endpoint, { ...signed.headers, 'x-extra': '1' }, signed.body)).status).toBe(200);
  });

  it('InvalidSignatureException "Signature expired" past the 15 minute skew, and "not yet current" before it', async () => {
    const clock = Date.UTC(2024, 4, 1, 12, 0, 0);
    const endpoint = await endpointWith({ now: () => clock });
    await expectRejected(
      endpoint,
      await sign(endpoint, { signingDate: new Date(clock - 15 * 60_000 - 1000) }),
      'InvalidSignatureException',
      'Signature expired: 20240501T114459Z is now earlier than 20240501T114500Z (20240501T120000Z - 15 min.)',
    );
    await expectRejected(
      endpoint,
      await sign(endpoint, { signingDate: new Date(clock + 15 * 60_000 + 1000) }),
      'InvalidSignatureException',
      'Signature not yet current: 20240501T121501Z is still later than 20240501T121500Z (20240501T120000Z + 15 min.)',
    );
    // Exactly at the limit is still accepted.
    const edge = await sign(endpoint, { signingDate: new Date(clock - 15 * 60_000) });
    expect((await send(endpoint, edge.headers, edge.body)).status).toBe(200);
  });

  it('a configurable skew, or none', async () => {
    const clock = Date.UTC(2024, 4, 1, 12, 0, 0);
    const strict = await endpointWith({ now: () => clock, maxClockSkewSeconds: 30 });
    await expectRejected(
      strict,
      await sign(strict, { signingDate: new Date(clock - 31_000) }),
      'InvalidSignatureException',
      'Signature expired: 20240501T115929Z is now earlier than 20240501T115930Z (20240501T120000Z - 30 sec.)',
    );
    const lax = await endpointWith({ now: () => clock, maxClockSkewSeconds: false });
    const old = await sign(lax, { signingDate: new Date(Date.UTC(2015, 1, 20)) });
    expect((await send(lax, old.headers, old.body)).status).toBe(200);
  });

  it('the SDK corrects its clock from the Date header after "Signature expired" and succeeds on retry', async () => {
    const endpoint = await endpointWith();
    const ssm = new SSMClient({
      endpoint: endpoint.url,
      region: 'us-east-1',
      credentials: { accessKeyId: AKID, secretAccessKey: SECRET },
      systemClockOffset: -20 * 60_000,
    });
    await ssm.send(
      new UpdateAssociationStatusCommand({ ...ASSOCIATION, AssociationStatus: { Date: new Date(0), Name: 'Success', Message: 'ok' } }),
    );
    expect(endpoint.requests.map((r) => [r.response.status, r.response.error])).toEqual([
      [400, 'InvalidSignatureException'],
      [200, undefined],
    ]);
    expect(endpoint.requests[0]?.response.body).toMatch(/"message":"Signature expired: \d{8}T\d{6}Z is now earlier than/);
  });

  it('rejects a credential scoped to another region, service or terminator, or another date', async () => {
    const endpoint = await endpointWith();
    await expectRejected(
      endpoint,
      await sign(endpoint, { region: 'eu-west-1' }),
      'InvalidSignatureException',
      "Credential should be scoped to a valid region, not 'eu-west-1'. ",
    );
    await expectRejected(
      endpoint,
      await sign(endpoint, { service: 'ec2' }),
      'InvalidSignatureException',
      "Credential should be scoped to correct service: 'ssm'. ",
    );
    const signed = await sign(endpoint);
    const auth = signed.headers['authorization'] ?? '';
    await expectRejected(
      endpoint,
      { headers: { ...signed.headers, authorization: auth.replace('/aws4_request', '/aws4_reqest') }, body: signed.body },
      'InvalidSignatureException',
      "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws4_reqest'. ",
    );
    const date = signed.headers['x-amz-date'] ?? '';
    const otherDay = auth.replace(`/${date.slice(0, 8)}/`, '/20150830/');
    await expectRejected(
      endpoint,
      { headers: { ...signed.headers, authorization: otherDay }, body: signed.body },
      'InvalidSignatureException',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20150830' != '${date.slice(0, 8)}', from '${date}'.`,
    );
  });

  it('IncompleteSignatureException for a malformed Authorization header or a missing X-Amz-Date', async () => {
    const endpoint = await endpointWith();
    const signed = await sign(endpoint);
    const auth = signed.headers['authorization'] ?? '';
    const noSignature = auth.replace(/, Signature=[0-9a-f]+$/, '');
    await expectRejected(
      endpoint,
      { headers: { ...signed.headers, authorization: noSignature }, body: signed.body },
      'IncompleteSignatureException',
      `Authorization header requires 'Signature' parameter. Authorization=${noSignature}`,
    );
    await expectRejected(
      endpoint,
      { headers: { ...signed.headers, authorization: 'Bearer abc' }, body: signed.body },
      'IncompleteSignatureException',
      "Unsupported AWS 'algorithm': 'Bearer'; this endpoint verifies AWS4-HMAC-SHA256. Authorization=Bearer abc",
    );
    const fourParts = auth.replace('/us-east-1/', '/');
    const credential = /Credential=([^,]+),/.exec(fourParts)?.[1];
    await expectRejected(
      endpoint,
      { headers: { ...signed.headers, authorization: fourParts }, body: signed.body },
      'IncompleteSignatureException',
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
    );
    const { 'x-amz-date': _date, ...withoutDate } = signed.headers;
    await expectRejected(
      endpoint,
      { headers: withoutDate, body: signed.body },
      'IncompleteSignatureException',
      `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${auth}`,
    );
    await expectRejected(
      endpoint,
      { headers: { ...signed.headers, 'x-amz-date': '2024-05-01T12:00:00Z' }, body: signed.body },
      'IncompleteSignatureException',
      "Date must be in ISO-8601 'basic format'. Got '2024-05-01T12:00:00Z'. See http://en.wikipedia.org/wiki/ISO_8601",
    );
  });

  it("requires 'host' among the signed headers", async () => {
    const endpoint = await endpointWith();
    const signed = await sign(endpoint);
    const auth = (signed.headers['authorization'] ?? '').replace('content-type;host;', 'content-type;');
    await expectRejected(
      endpoint,
      { headers: { ...signed.headers, authorization: auth }, body: signed.body },
      'InvalidSignatureException',
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    );
  });

  it('session tokens: the configured one is accepted, any other is an invalid security token', async () => {
    const endpoint = await endpointWith({
      credentials: { [AKID]: SECRET, ASIATEMPORARYKEY0000: { secretAccessKey: 'temp-secret', sessionToken: 'token-1' } },
    });
    const good = await sign(endpoint, { accessKeyId: 'ASIATEMPORARYKEY0000', secretAccessKey: 'temp-secret', sessionToken: 'token-1' });
    expect(good.headers['x-amz-security-token']).toBe('token-1');
    expect((await send(endpoint, good.headers, good.body)).status).toBe(200);
    const unrecognized = 'The security token included in the request is invalid.';
    await expectRejected(
      endpoint,
      await sign(endpoint, { accessKeyId: 'ASIATEMPORARYKEY0000', secretAccessKey: 'temp-secret', sessionToken: 'token-2' }),
      'UnrecognizedClientException',
      unrecognized,
    );
    await expectRejected(
      endpoint,
      await sign(endpoint, { accessKeyId: 'ASIATEMPORARYKEY0000', secretAccessKey: 'temp-secret' }),
      'UnrecognizedClientException',
      unrecognized,
    );
    await expectRejected(endpoint, await sign(endpoint, { sessionToken: 'token-1' }), 'UnrecognizedClientException', unrecognized);
  });
});

describe('unsigned requests', () => {
  it('MissingAuthenticationTokenException by default', async () => {
    const endpoint = await endpointWith();
    const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.UpdateAssociationStatus' };
    await expectRejected(
      endpoint,
      { headers, body: BODY },
      'MissingAuthenticationTokenException',
      'Request is missing Authentication Token',
    );
  });

  it('accepted with allowUnsigned (aws --no-sign-request), while signed requests are still verified', async () => {
    const endpoint = await endpointWith({ allowUnsigned: true });
    const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.UpdateAssociationStatus' };
    const response = await send(endpoint, headers, BODY);
    expect(response.status).toBe(200);
    expect(endpoint.requests[0]?.verification).toEqual({ status: 'unsigned' });
    await expectRejected(endpoint, await sign(endpoint, { secretAccessKey: 'wrong' }), 'InvalidSignatureException', MISMATCH);
  });
});
