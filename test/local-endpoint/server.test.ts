// The local endpoint's HTTP server (src/local-endpoint/server.ts) serving UpdateAssociationStatus:
// the documentation example through a real SSMClient, every modeled error (as the SDK sees it and
// as it is on the wire), protocol errors, body deserialization and validation, the rate limit,
// injected failures and request recording.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { SSMClient, UpdateAssociationStatusCommand, type UpdateAssociationStatusCommandInput } from '@aws-sdk/client-ssm';
import { afterEach, describe, expect, it } from 'vitest';
import { sealProcessEnvironment } from '../support/sealed-process.js';
import { signRequest } from '../support/sign-request.js';
import { documentationExample, documentationRequest, everyCurrentMember } from '../support/sample-responses.mjs';
import { members } from '../../src/local-endpoint/model.js';
import {
  DEFAULT_ACCESS_KEY_ID as AKID,
  DEFAULT_SECRET_ACCESS_KEY as SECRET,
  loadSeed,
  parseSeed,
  startLocalEndpoint,
  type LocalEndpoint,
  type LocalEndpointOptions,
} from '../../src/local-endpoint/index.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const seedPath = path.join(root, 'examples', 'local-endpoint-seed.json');

sealProcessEnvironment('local-endpoint-op-');

const open: LocalEndpoint[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((e) => e.close()));
});

async function endpointWith(options: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  const endpoint = await startLocalEndpoint({ seed: await loadSeed(seedPath), ...options });
  open.push(endpoint);
  return endpoint;
}

function client(endpoint: LocalEndpoint, extra: Partial<ConstructorParameters<typeof SSMClient>[0]> = {}) {
  return new SSMClient({
    endpoint: endpoint.url,
    region: 'us-east-1',
    credentials: { accessKeyId: AKID, secretAccessKey: SECRET },
    maxAttempts: 1,
    ...extra,
  });
}

const docExample: UpdateAssociationStatusCommandInput = {
  ...documentationRequest,
  AssociationStatus: { ...documentationRequest.AssociationStatus, Date: new Date(documentationRequest.AssociationStatus.Date * 1000) },
};

/** The documentation example's response, exactly as it goes over the wire (compact, in model order). */
const DOC_EXAMPLE_RESPONSE = JSON.stringify(documentationExample);

/** The documentation example's description as the SDK hands it back: its timestamps as Dates. */
function asSdkOutput(description: typeof documentationExample.AssociationDescription) {
  const date = (seconds: number) => new Date(Math.round(seconds * 1000));
  return {
    ...description,
    Date: date(description.Date),
    LastUpdateAssociationDate: date(description.LastUpdateAssociationDate),
    Status: { ...description.Status, Date: date(description.Status.Date) },
    LastExecutionDate: date(description.LastExecutionDate),
    LastSuccessfulExecutionDate: date(description.LastSuccessfulExecutionDate),
  };
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function rawRequest(
  endpoint: LocalEndpoint,
  { method = 'POST', target = 'AmazonSSM.UpdateAssociationStatus', requestPath = '/', headers = {}, body = '' }: {
    method?: string;
    /** null sends no X-Amz-Target. */
    target?: string | null;
    requestPath?: string;
    headers?: Record<string, string>;
    body?: string;
  },
): Promise<RawResponse> {
  const url = new URL(endpoint.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: requestPath,
        agent: false,
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          ...(target === null ? {} : { 'x-amz-target': target }),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A request signed like the SDK signs it (content-type, host, x-amz-date, x-amz-target). */
async function signedRequest(
  endpoint: LocalEndpoint,
  body: unknown,
  { target = 'AmazonSSM.UpdateAssociationStatus', contentType = 'application/x-amz-json-1.1' } = {},
): Promise<RawResponse> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const signed = await signRequest(endpoint.url, { body: text, extraHeaders: { 'content-type': contentType, 'x-amz-target': target } });
  return rawRequest(endpoint, { target, headers: signed.headers, body: text });
}

async function sdkError(promise: Promise<unknown>): Promise<{ name: string; message: string; status: number | undefined; fault: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number }; $fault: string };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode, fault: e.$fault };
  }
  throw new Error('expected the call to fail');
}

describe('UpdateAssociationStatus success', () => {
  it('answers the documentation example exactly, through a real SSMClient', async () => {
    const endpoint = await endpointWith();
    const output = await client(endpoint).send(new UpdateAssociationStatusCommand(docExample));

    expect(output.AssociationDescription).toEqual(asSdkOutput(documentationExample.AssociationDescription));
    expect(output.$metadata.httpStatusCode).toBe(200);

    expect(endpoint.requests).toHaveLength(1);
    const [request] = endpoint.requests;
    expect(request?.response.body).toBe(DOC_EXAMPLE_RESPONSE);
    expect(request?.response.status).toBe(200);
    expect(request?.response.headers['Content-Type']).toBe('application/x-amz-json-1.1');
    expect(request?.response.headers['Content-Length']).toBe(String(DOC_EXAMPLE_RESPONSE.length));
    expect(request?.response.headers['x-amzn-RequestId']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(output.$metadata.requestId).toBe(request?.response.headers['x-amzn-RequestId']);
    // The stored association now carries the new status.
    expect(endpoint.associations.get('AWS-UpdateSSMAgent', 'i-1234567890abcdef0')?.Status).toEqual(documentationRequest.AssociationStatus);
  });

  it('sends the same bytes and headers to a raw client', async () => {
    const endpoint = await endpointWith({ requestId: () => 'req-1' });
    const response = await signedRequest(endpoint, documentationRequest);
    expect(response.status).toBe(200);
    expect(response.body).toBe(DOC_EXAMPLE_RESPONSE);
    expect(response.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(response.headers['content-length']).toBe(String(DOC_EXAMPLE_RESPONSE.length));
    expect(response.headers['x-amzn-requestid']).toBe('req-1');
    expect(Date.parse(response.headers['date'] ?? '')).not.toBeNaN();
  });

  it('writes members in the order of the model, whatever order the seed used', async () => {
    const model = JSON.parse(fs.readFileSync(path.join(root, 'src/model/ssm.model.json'), 'utf8')) as {
      shapes: Record<string, { members: Record<string, unknown> }>;
    };
    const order = Object.keys(model.shapes['AssociationDescription']?.members ?? {});
    const endpoint = await startLocalEndpoint({
      associations: [
        {
          MaxConcurrency: '5',
          ScheduleExpression: 'rate(1 hour)',
          Parameters: { commands: ['echo hi'] },
          AutomationTargetParameterName: 'InstanceId',
          InstanceId: 'i-0123456789abcdef0',
          Name: 'AWS-RunShellScript',
          Status: { Message: 'm', Name: 'Success', Date: 1 },
        },
      ],
      now: () => 1700000000500,
      maxClockSkewSeconds: false,
    });
    open.push(endpoint);
    const response = await signedRequest(endpoint, {
      Name: 'AWS-RunShellScript',
      InstanceId: 'i-0123456789abcdef0',
      AssociationStatus: { AdditionalInfo: 'x', Message: 'm', Name: 'Failed', Date: 1700000000.25 },
    });
    const description = (JSON.parse(response.body) as { AssociationDescription: Record<string, unknown> }).AssociationDescription;
    const keys = Object.keys(description);
    expect(keys).toEqual(order.filter((k) => keys.includes(k)));
    expect(keys).toEqual([
      'Name',
      'InstanceId',
      'AssociationVersion',
      'Date',
      'LastUpdateAssociationDate',
      'Status',
      'DocumentVersion',
      'AutomationTargetParameterName',
      'Parameters',
      'AssociationId',
      'Targets',
      'ScheduleExpression',
      'MaxConcurrency',
    ]);
    // Not pinned: LastUpdateAssociationDate is the time of the update; Date is the time it was added.
    expect(description['LastUpdateAssociationDate']).toBe(1700000000.5);
    expect(description['Date']).toBe(1700000000.5);
    expect(JSON.stringify(description['Status'])).toBe('{"Date":1700000000.25,"Name":"Failed","Message":"m","AdditionalInfo":"x"}');
  });
  it('stores and returns every member of the current model, the ones 2.9.19 lacked included', async () => {
    const { NotInTheModel: _dropped, ...association } = everyCurrentMember.AssociationDescription;
    const seed = parseSeed({ associations: [association] });
    const endpoint = await startLocalEndpoint({ seed, now: () => 1700000000000, maxClockSkewSeconds: false });
    open.push(endpoint);
    const response = await signedRequest(endpoint, {
      Name: 'AWS-RunShellScript',
      InstanceId: 'i-0123456789abcdef0',
      AssociationStatus: { Date: 1700000000, Name: 'Success', Message: 'm' },
    });
    expect(response.status).toBe(200);
    const description = (JSON.parse(response.body) as { AssociationDescription: Record<string, unknown> }).AssociationDescription;
    expect(Object.keys(description)).toEqual(members('AssociationDescription').map(([name]) => name));
    expect(description['Duration']).toBe(4);
    expect(description['AssociationDispatchAssumeRole']).toBe('arn:aws:iam::123456789012:role/ssm-dispatch');
    const [first, second] = description['TargetLocations'] as Array<Record<string, unknown>>;
    // In model order, whatever order the seed gave them in.
    expect(JSON.stringify(first)).toBe(
      JSON.stringify({
        Accounts: ['123456789012', 'ou-ab12-parent00'],
        Regions: ['us-east-1'],
        TargetLocationMaxConcurrency: '1',
        TargetLocationMaxErrors: '0',
        ExecutionRoleName: 'AWS-SystemsManager-AutomationExecutionRole',
        TargetLocationAlarmConfiguration: { IgnorePollAlarmFailure: true, Alarms: [{ Name: 'cpu-high' }] },
        IncludeChildOrganizationUnits: true,
        ExcludeAccounts: ['210987654321', 'ou-ab12-cdef3456'],
        Targets: [{ Key: 'tag:Env', Values: ['prod'] }, { Key: 'ResourceGroup', Values: [] }],
        TargetsMaxConcurrency: '10%',
        TargetsMaxErrors: '1',
      }),
    );
    expect(JSON.stringify(second)).toBe('{"Accounts":["111111111111"],"Regions":["eu-west-1"],"IncludeChildOrganizationUnits":false,"ExcludeAccounts":["2"]}');
    // The store keeps them across the update.
    const stored = endpoint.associations.get('AWS-RunShellScript', 'i-0123456789abcdef0');
    expect(stored?.['Duration']).toBe(4);
    expect(stored?.['TargetLocations']).toEqual(description['TargetLocations']);
  });
});

describe('UpdateAssociationStatus modeled errors', () => {
  const cases: Array<{
    name: string;
    input: UpdateAssociationStatusCommandInput;
    wire: string;
    message: string;
  }> = [
    {
      name: 'InvalidDocument',
      input: { ...docExample, Name: 'AWS-NoSuchDocument' },
      wire: '{"__type":"InvalidDocument","Message":"Document with name AWS-NoSuchDocument does not exist."}',
      message: 'Document with name AWS-NoSuchDocument does not exist.',
    },
    {
      name: 'InvalidInstanceId',
      input: { ...docExample, InstanceId: 'i-0000000000000000f' },
      wire: '{"__type":"InvalidInstanceId","Message":"Instance i-0000000000000000f is not a valid managed node."}',
      message: 'Instance i-0000000000000000f is not a valid managed node.',
    },
    {
      name: 'AssociationDoesNotExist',
      input: { ...docExample, Name: 'AWS-RunShellScript' },
      wire: '{"__type":"AssociationDoesNotExist","Message":"Association for document AWS-RunShellScript and instance i-1234567890abcdef0 does not exist."}',
      message: 'Association for document AWS-RunShellScript and instance i-1234567890abcdef0 does not exist.',
    },
    {
      name: 'AssociationDoesNotExist',
      input: { ...docExample, InstanceId: 'i-0123456789abcdef0' },
      wire: '{"__type":"AssociationDoesNotExist","Message":"Association for document AWS-UpdateSSMAgent and instance i-0123456789abcdef0 does not exist."}',
      message: 'Association for document AWS-UpdateSSMAgent and instance i-0123456789abcdef0 does not exist.',
    },
  ];
  for (const c of cases) {
    it(`${c.name} for ${c.input.Name} / ${c.input.InstanceId}`, async () => {
      const endpoint = await endpointWith();
      const error = await sdkError(client(endpoint).send(new UpdateAssociationStatusCommand(c.input)));
      expect(error).toEqual({ name: c.name, message: c.message, status: 400, fault: 'client' });
      expect(endpoint.requests.map((r) => [r.response.status, r.response.body, r.response.error])).toEqual([
        [400, c.wire, c.name],
      ]);
    });
  }

  it('StatusUnchanged when Name, Message and AdditionalInfo repeat (Date does not matter), with no message', async () => {
    const endpoint = await endpointWith();
    const ssm = client(endpoint);
    await ssm.send(new UpdateAssociationStatusCommand(docExample));
    const again = { ...docExample, AssociationStatus: { ...docExample.AssociationStatus!, Date: new Date(1500000000000) } };
    const error = await sdkError(ssm.send(new UpdateAssociationStatusCommand(again)));
    expect(error.name).toBe('StatusUnchanged');
    expect(error.status).toBe(400);
    expect(endpoint.requests[1]?.response.body).toBe('{"__type":"StatusUnchanged"}');
    // A different AdditionalInfo is a change.
    const changed = { ...docExample, AssociationStatus: { ...docExample.AssociationStatus!, AdditionalInfo: undefined } };
    await expect(ssm.send(new UpdateAssociationStatusCommand(changed))).resolves.toBeDefined();
  });

  it('TooManyUpdates beyond the rate limit within its window; the SDK does not retry it', async () => {
    // The endpoint clock runs `shift` ms ahead of the real one; staying within seconds of it keeps
    // the SDK from correcting its clock (a large jump between calls would make it retry).
    let shift = 0;
    const endpoint = await endpointWith({ rateLimit: { updates: 2, perSeconds: 10 }, now: () => Date.now() + shift });
    // Default retry strategy: TooManyUpdates (400, not a throttling code) must not be retried.
    const ssm = client(endpoint, { maxAttempts: 3 });
    const update = (message: string) =>
      ssm.send(new UpdateAssociationStatusCommand({ ...docExample, AssociationStatus: { ...docExample.AssociationStatus!, Message: message } }));
    await update('one');
    shift += 4_000;
    await update('two');
    shift += 5_000;
    const error = await sdkError(update('three'));
    expect(error).toEqual({
      name: 'TooManyUpdates',
      message: 'Rate exceeded: at most 2 association status updates per 10 seconds.',
      status: 400,
      fault: 'client',
    });
    expect(endpoint.requests).toHaveLength(3);
    expect(endpoint.requests[2]?.response.body).toBe(
      '{"__type":"TooManyUpdates","Message":"Rate exceeded: at most 2 association status updates per 10 seconds."}',
    );
    // A refused call does not count; once the first update leaves the window there is room again.
    shift += 1_000;
    await expect(update('three')).resolves.toBeDefined();
    // Calls that would not change anything are not rate limited: StatusUnchanged still wins.
    expect((await sdkError(update('three'))).name).toBe('StatusUnchanged');
  });

  it('InternalServerError injected with failNext: the SDK retries it, and gives up after maxAttempts', async () => {
    const endpoint = await endpointWith({ failNext: 1 });
    const retrying = client(endpoint, { maxAttempts: 2 });
    await expect(retrying.send(new UpdateAssociationStatusCommand(docExample))).resolves.toBeDefined();
    expect(endpoint.requests.map((r) => r.response.status)).toEqual([500, 200]);
    expect(endpoint.requests[0]?.response.body).toBe(
      '{"__type":"InternalServerError","Message":"Internal server error injected by the local endpoint (failNext)."}',
    );

    endpoint.failNext(1);
    const error = await sdkError(
      client(endpoint).send(
        new UpdateAssociationStatusCommand({ ...docExample, AssociationStatus: { ...docExample.AssociationStatus!, Name: 'Failed' } }),
      ),
    );
    expect(error).toEqual({
      name: 'InternalServerError',
      message: 'Internal server error injected by the local endpoint (failNext).',
      status: 500,
      fault: 'server',
    });
  });
});

describe('protocol errors', () => {
  it('405 with Allow for a method other than POST', async () => {
    const endpoint = await endpointWith({ requestId: () => 'rid' });
    const response = await rawRequest(endpoint, { method: 'GET' });
    expect(response.status).toBe(405);
    expect(response.headers['allow']).toBe('POST');
    expect(response.headers['x-amzn-requestid']).toBe('rid');
    expect(response.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(response.body).toBe(
      '{"__type":"com.amazon.coral.service#UnknownOperationException","message":"Method GET is not supported; awsJson1.1 requests are POST /."}',
    );
    expect(endpoint.requests[0]?.verification).toEqual({ status: 'not-checked' });
  });

  it('404 for a path other than /', async () => {
    const endpoint = await endpointWith();
    const response = await rawRequest(endpoint, { requestPath: '/ssm?x=1' });
    expect(response.status).toBe(404);
    expect(response.body).toBe(
      '{"__type":"com.amazon.coral.service#UnknownOperationException","message":"No operation at path /ssm; awsJson1.1 requests are POST /."}',
    );
    expect(endpoint.requests[0]?.path).toBe('/ssm');
    expect(endpoint.requests[0]?.query).toBe('x=1');
  });

  it('UnknownOperationException for other targets, a missing target and a wrong content type (after authentication)', async () => {
    const endpoint = await endpointWith();
    const other = await signedRequest(endpoint, {}, { target: 'AmazonSSM.SendCommand' });
    expect([other.status, other.body]).toEqual([
      400,
      '{"__type":"com.amazon.coral.service#UnknownOperationException","message":"Operation AmazonSSM.SendCommand is not supported; this endpoint serves the association operations AmazonSSM.{CreateAssociation,CreateAssociationBatch,DeleteAssociation,DescribeAssociation,DescribeAssociationExecutionTargets,DescribeAssociationExecutions,DescribeEffectiveInstanceAssociations,DescribeInstanceAssociationsStatus,ListAssociationVersions,ListAssociations,StartAssociationsOnce,UpdateAssociation,UpdateAssociationStatus}."}',
    ]);
    // Another service's prefix with an operation name this one has is still unknown.
    const prefix = await signedRequest(endpoint, {}, { target: 'AmazonEC2.DescribeAssociation' });
    expect(JSON.parse(prefix.body).__type).toBe('com.amazon.coral.service#UnknownOperationException');
    const wrongType = await signedRequest(endpoint, {}, { contentType: 'application/json' });
    expect([wrongType.status, wrongType.body]).toEqual([
      400,
      "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\",\"message\":\"Unsupported Content-Type 'application/json'; awsJson1.1 requests are sent as application/x-amz-json-1.1.\"}",
    ]);
    const unsigned = await startLocalEndpoint({ allowUnsigned: true });
    open.push(unsigned);
    const noTarget = await rawRequest(unsigned, { target: null, body: '{}' });
    expect([noTarget.status, noTarget.body]).toEqual([
      400,
      '{"__type":"com.amazon.coral.service#UnknownOperationException","message":"Missing X-Amz-Target; this endpoint serves the association operations AmazonSSM.{CreateAssociation,CreateAssociationBatch,DeleteAssociation,DescribeAssociation,DescribeAssociationExecutionTargets,DescribeAssociationExecutions,DescribeEffectiveInstanceAssociations,DescribeInstanceAssociationsStatus,ListAssociationVersions,ListAssociations,StartAssociationsOnce,UpdateAssociation,UpdateAssociationStatus}."}',
    ]);
    // The JSON 1.0 content type is accepted like 1.1.
    const v10 = await rawRequest(unsigned, { headers: { 'content-type': 'application/x-amz-json-1.0' }, body: '{}' });
    expect(JSON.parse(v10.body).__type).toBe('com.amazon.coral.validate#ValidationException');
  });

  it('413 for a body over the limit by its Content-Length, before reading it', async () => {
    const endpoint = await endpointWith({ maxBodyBytes: 10 });
    // Unsigned too: the size is checked first, as the service does.
    const response = await rawRequest(endpoint, { body: '{"Name": "0123456789"}' });
    expect(response.status).toBe(413);
    expect(endpoint.requests[0]?.body).toBe('');
    expect(endpoint.requests[0]?.verification).toEqual({ status: 'not-checked' });
  });

  it('keeps the latest requests only, as many as requestLogSize', async () => {
    const endpoint = await endpointWith({ requestLogSize: 3, allowUnsigned: true });
    for (const n of [1, 2, 3, 4, 5]) await rawRequest(endpoint, { body: `{"n": ${n}}` });
    expect(endpoint.requests.map((r) => r.body)).toEqual(['{"n": 3}', '{"n": 4}', '{"n": 5}']);
    const none = await endpointWith({ requestLogSize: 0, allowUnsigned: true });
    await rawRequest(none, { body: '{}' });
    expect(none.requests).toEqual([]);
    await expect(startLocalEndpoint({ requestLogSize: -1 })).rejects.toThrow(RangeError);
  });

  it('413 for a body over the limit', async () => {
    const endpoint = await endpointWith({ maxBodyBytes: 10, allowUnsigned: true });
    const response = await rawRequest(endpoint, { body: '{"Name": "0123456789"}' });
    expect(response.status).toBe(413);
    expect(response.body).toBe(
      '{"__type":"com.amazon.coral.service#SerializationException","message":"Request entity too large: the body exceeds 10 bytes."}',
    );
  });
});

describe('request body', () => {
  const serializationCases: Array<[string, string, string]> = [
    ['not JSON', '{"Name": ', 'The request body is not valid JSON.'],
    ['a top-level list', '[]', 'Start of list found where not expected.'],
    ['a top-level string', '"x"', 'STRING_VALUE can not be converted to a Structure'],
    ['a number for a string', '{"Name": 5}', 'NUMBER_VALUE can not be converted to a String'],
    ['an object for a string', '{"InstanceId": {}}', 'Start of structure or map found where not expected.'],
    ['a string for a timestamp', '{"AssociationStatus": {"Date": "2015-02-20"}}', 'STRING_VALUE can not be converted to a Timestamp'],
    ['a boolean for a structure', '{"AssociationStatus": true}', 'TRUE_VALUE can not be converted to a Structure'],
  ];
  for (const [what, body, message] of serializationCases) {
    it(`SerializationException for ${what}`, async () => {
      const endpoint = await endpointWith();
      const response = await signedRequest(endpoint, body);
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toEqual({ __type: 'com.amazon.coral.service#SerializationException', message });
    });
  }

  it('ValidationException listing every missing required member', async () => {
    const endpoint = await endpointWith();
    const response = await signedRequest(endpoint, { AssociationStatus: {}, Unknown: 1 });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      __type: 'com.amazon.coral.validate#ValidationException',
      message:
        "5 validation errors detected: Value null at 'name' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'instanceId' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'associationStatus.date' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'associationStatus.name' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'associationStatus.message' failed to satisfy constraint: Member must not be null",
    });
    expect(endpoint.requests[0]?.parsedBody).toEqual({ AssociationStatus: {}, Unknown: 1 });
  });

  it('ValidationException for patterns, enums and lengths, with the model patterns', async () => {
    const endpoint = await endpointWith();
    const response = await signedRequest(endpoint, {
      Name: 'a b',
      InstanceId: 'i-123',
      AssociationStatus: { Date: 1, Name: 'Done', Message: '', AdditionalInfo: 'x'.repeat(1025) },
    });
    expect(JSON.parse(response.body)).toEqual({
      __type: 'com.amazon.coral.validate#ValidationException',
      message:
        "5 validation errors detected: Value 'a b' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9_\\-.:/]{3,128}$; " +
        "Value 'i-123' at 'instanceId' failed to satisfy constraint: Member must satisfy regular expression pattern: (^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$); " +
        "Value 'Done' at 'associationStatus.name' failed to satisfy constraint: Member must satisfy enum value set: [Pending, Success, Failed]; " +
        "Value '' at 'associationStatus.message' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        `Value '${'x'.repeat(1025)}' at 'associationStatus.additionalInfo' failed to satisfy constraint: Member must have length less than or equal to 1024`,
    });
  });

  it('a single problem says "1 validation error detected"', async () => {
    const endpoint = await endpointWith();
    const response = await signedRequest(endpoint, {
      Name: 'AWS-UpdateSSMAgent',
      InstanceId: 'mi-0123456789abcdef0',
      AssociationStatus: { Date: 1, Name: 'Pending', Message: 'm', AdditionalInfo: null },
    });
    // mi- ids are valid; null AdditionalInfo reads as absent; so only the instance is unknown.
    expect(JSON.parse(response.body).__type).toBe('InvalidInstanceId');
    const bad = await signedRequest(endpoint, { Name: 'AWS-UpdateSSMAgent', InstanceId: 'i-1234567890abcdef0', AssociationStatus: null });
    expect(JSON.parse(bad.body).message).toBe(
      "1 validation error detected: Value null at 'associationStatus' failed to satisfy constraint: Member must not be null",
    );
  });
});

describe('request recording', () => {
  it('records method, path, headers, raw and parsed body, verification and response', async () => {
    let clock = 1_700_000_000_000;
    const endpoint = await endpointWith({ now: () => clock, requestId: () => 'rid-7' });
    await client(endpoint, { systemClockOffset: clock - Date.now() }).send(new UpdateAssociationStatusCommand(docExample));
    const [record] = endpoint.requests;
    const url = new URL(endpoint.url);
    expect(record).toBeDefined();
    if (record === undefined) return;
    expect(record.method).toBe('POST');
    expect(record.path).toBe('/');
    expect(record.query).toBe('');
    expect(record.target).toBe('AmazonSSM.UpdateAssociationStatus');
    expect(record.receivedAt).toBe(clock);
    expect(record.headers['host']).toBe(url.host);
    expect(record.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(record.headers['x-amz-target']).toBe('AmazonSSM.UpdateAssociationStatus');
    expect(record.headers['x-amz-date']).toBe('20231114T221320Z');
    expect(record.headers['authorization']).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/20231114\/us-east-1\/ssm\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/,
    );
    expect(record.body).toBe(JSON.stringify(documentationRequest));
    expect(record.parsedBody).toEqual(JSON.parse(record.body));
    expect(record.verification).toEqual({
      status: 'verified',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      region: 'us-east-1',
      service: 'ssm',
      signedHeaders: expect.arrayContaining(['content-type', 'host', 'x-amz-date', 'x-amz-target']),
      signingDate: '20231114T221320Z',
    });
    expect(record.response).toEqual({
      status: 200,
      headers: {
        'x-amzn-RequestId': 'rid-7',
        'Content-Type': 'application/x-amz-json-1.1',
        'Content-Length': String(DOC_EXAMPLE_RESPONSE.length),
        Date: 'Tue, 14 Nov 2023 22:13:20 GMT',
      },
      body: DOC_EXAMPLE_RESPONSE,
    });
  });

  it('records requests that are not JSON with parsedBody undefined, and logs one line each', async () => {
    const lines: string[] = [];
    const endpoint = await endpointWith({ log: (line) => lines.push(line), allowUnsigned: true });
    await rawRequest(endpoint, { body: 'not json' });
    expect(endpoint.requests[0]?.body).toBe('not json');
    expect(endpoint.requests[0]?.parsedBody).toBeUndefined();
    expect(lines).toEqual([expect.stringMatching(/^POST \/ AmazonSSM\.UpdateAssociationStatus -> 400 SerializationException \(\d+ ms\)$/)]);
  });

  it('answers an unauthenticated request without reading its body', async () => {
    const lines: string[] = [];
    const endpoint = await endpointWith({ log: (line) => lines.push(line) });
    const response = await rawRequest(endpoint, { body: 'x'.repeat(512 * 1024) });
    expect(response.status).toBe(400);
    expect(endpoint.requests[0]?.body).toBe('');
    expect(endpoint.requests[0]?.verification).toEqual({
      status: 'rejected',
      error: 'MissingAuthenticationTokenException',
      message: 'Request is missing Authentication Token',
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^POST \/ AmazonSSM\.UpdateAssociationStatus -> 400 MissingAuthenticationTokenException \(\d+ ms\)$/);
  });

  it('answers a body it will not read once the body has ended: closing on unread bytes would reset a client still sending', async () => {
    const endpoint = await endpointWith();
    const { port } = new URL(endpoint.url);
    const chunk = Buffer.alloc(64 * 1024, 0x78);
    const chunks = 16;
    let bytesBeforeBodyEnd = -1;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1');
      const received: Buffer[] = [];
      socket.on('data', (data) => received.push(data));
      socket.on('error', reject);
      socket.on('end', () => resolve(Buffer.concat(received).toString('latin1')));
      socket.write(
        `POST / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-amz-json-1.1\r\n` +
          `X-Amz-Target: AmazonSSM.UpdateAssociationStatus\r\nContent-Length: ${chunk.length * chunks}\r\n\r\n`,
      );
      // The body goes out in pieces, the first after the server has had time to answer.
      let sent = 0;
      const more = () => {
        if (sent === chunks - 1) bytesBeforeBodyEnd = Buffer.concat(received).length;
        if (sent++ < chunks) socket.write(chunk, () => setTimeout(more, 10));
      };
      setTimeout(more, 200);
    });
    expect(bytesBeforeBodyEnd).toBe(0);
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
    expect(answer.endsWith('"message":"Request is missing Authentication Token"}')).toBe(true);
    expect(endpoint.requests[0]?.body).toBe('');
  });
});

describe('throttleEvery', () => {
  it('answers every nth call with ThrottlingException, which clients retry', async () => {
    const endpoint = await endpointWith({ throttleEvery: 2 });
    const once = client(endpoint, { maxAttempts: 1 });
    await once.send(new UpdateAssociationStatusCommand(docExample));
    await expect(once.send(new UpdateAssociationStatusCommand({ ...docExample, AssociationStatus: { ...docExample.AssociationStatus!, Message: 'second' } }))).rejects.toMatchObject({
      name: 'ThrottlingException',
      message: 'Rate exceeded',
    });
    const retrying = client(endpoint, { maxAttempts: 3 });
    const output = await retrying.send(new UpdateAssociationStatusCommand({ ...docExample, AssociationStatus: { ...docExample.AssociationStatus!, Message: 'third' } }));
    expect(output.AssociationDescription?.Status?.Message).toBe('third');
    expect(endpoint.requests.map((r) => r.response?.status)).toEqual([200, 400, 200]);
  });
});
