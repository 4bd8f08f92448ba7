// End to end: bin/ssm-assoc against the embedded SSM endpoint, which verifies SigV4 and answers
// like the service. Each test asserts the exact stdout, stderr and exit code, and what the
// endpoint received.
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_ACCESS_KEY_ID,
  DEFAULT_SECRET_ACCESS_KEY,
  type LocalEndpoint,
  type LocalEndpointOptions,
} from '../../src/local-endpoint/index.js';
import { startSeededEndpoint } from '../support/seeded-endpoint.js';
import { runBin, type BinResult } from '../support/run-bin.js';
import { DOCUMENTATION_ARGS, DOCUMENTATION_OUTPUT, documentationRequest } from '../support/sample-responses.mjs';

const endpoints: LocalEndpoint[] = [];
afterEach(async () => {
  await Promise.all(endpoints.splice(0).map((e) => e.close()));
});

async function endpoint(options: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  const started = await startSeededEndpoint(options);
  endpoints.push(started);
  return started;
}

function run(args: string[], env: Record<string, string> = {}): Promise<BinResult> {
  return runBin(['update-association-status', ...args], {
    env: { AWS_ACCESS_KEY_ID: DEFAULT_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: DEFAULT_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION: 'us-east-1', ...env },
  });
}

describe('bin/ssm-assoc against the local endpoint', () => {
  it('runs the documentation example: signed request, the documented JSON', async () => {
    const ep = await endpoint();
    const result = await run([...DOCUMENTATION_ARGS, '--endpoint-url', ep.url]);
    expect(result).toEqual({ code: 0, stdout: DOCUMENTATION_OUTPUT, stderr: '' });
    expect(ep.requests).toHaveLength(1);
    const request = ep.requests[0]!;
    expect(request.target).toBe('AmazonSSM.UpdateAssociationStatus');
    expect(request.verification).toMatchObject({ status: 'verified', accessKeyId: DEFAULT_ACCESS_KEY_ID, region: 'us-east-1', service: 'ssm' });
    expect(request.parsedBody).toEqual(documentationRequest);
  });

  it('stores the new status: the same update again is StatusUnchanged (254)', async () => {
    const ep = await endpoint();
    expect((await run([...DOCUMENTATION_ARGS, '--endpoint-url', ep.url])).code).toBe(0);
    const again = await run([...DOCUMENTATION_ARGS, '--endpoint-url', ep.url]);
    expect(again).toEqual({
      code: 254,
      stdout: '',
      stderr: '\nAn error occurred (StatusUnchanged) when calling the UpdateAssociationStatus operation: \n',
    });
  });

  it.each([
    ['an unknown document', ['--name', 'No-Such-Doc', '--instance-id', 'i-1234567890abcdef0'], 'InvalidDocument'],
    ['an unknown instance', ['--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-99999999'], 'InvalidInstanceId'],
    ['no association between known ones', ['--name', 'AWS-RunShellScript', '--instance-id', 'i-0123456789abcdef0'], 'AssociationDoesNotExist'],
  ])('reports %s as the service does (254)', async (_, target, code) => {
    const ep = await endpoint();
    const result = await run([...target, '--association-status', 'Date=1,Name=Failed,Message=m', '--endpoint-url', ep.url]);
    const response = ep.requests[0]!.response!;
    const message = (JSON.parse(response.body) as { message?: string; Message?: string });
    expect(result.code).toBe(254);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `\nAn error occurred (${code}) when calling the UpdateAssociationStatus operation: ${message.message ?? message.Message}\n`,
    );
  });

  it('is throttled past the rate limit with TooManyUpdates, which is not retried', async () => {
    const ep = await endpoint({ rateLimit: { updates: 1, perSeconds: 60 } });
    expect((await run([...DOCUMENTATION_ARGS, '--endpoint-url', ep.url])).code).toBe(0);
    const second = await run([
      '--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0',
      '--association-status', 'Date=1,Name=Success,Message=again', '--endpoint-url', ep.url,
    ]);
    expect(second.code).toBe(254);
    expect(second.stderr).toMatch(/^\nAn error occurred \(TooManyUpdates\) when calling the UpdateAssociationStatus operation: .+\n$/);
    expect(ep.requests).toHaveLength(2);
  });

  it('retries an InternalServerError and succeeds, printing only the result', async () => {
    const ep = await endpoint({ failNext: 1 });
    const result = await run([...DOCUMENTATION_ARGS, '--endpoint-url', ep.url]);
    expect(result).toEqual({ code: 0, stdout: DOCUMENTATION_OUTPUT, stderr: '' });
    expect(ep.requests.map((r) => r.response?.status)).toEqual([500, 200]);
  });

  it('gives up after the configured attempts with the reference wording', async () => {
    const ep = await endpoint({ failNext: 5 });
    const result = await run([...DOCUMENTATION_ARGS, '--endpoint-url', ep.url], { AWS_MAX_ATTEMPTS: '2' });
    expect(result.code).toBe(254);
    expect(result.stderr).toMatch(
      /^\nAn error occurred \(InternalServerError\) when calling the UpdateAssociationStatus operation \(reached max retries: 1\): .*\n$/,
    );
    expect(ep.requests).toHaveLength(2);
  });

  it('is rejected with a wrong secret: the signature does not verify', async () => {
    const ep = await endpoint();
    const result = await run([...DOCUMENTATION_ARGS, '--endpoint-url', ep.url], { AWS_SECRET_ACCESS_KEY: 'not-the-secret' });
    expect(result.code).toBe(254);
    expect(result.stderr).toMatch(/^\nAn error occurred \(InvalidSignatureException\) when calling the UpdateAssociationStatus operation: The request signature we calculated does not match/);
    expect(ep.requests[0]!.verification.status).toBe('rejected');
  });

  it('sends nothing when validation fails', async () => {
    const ep = await endpoint();
    const result = await run(['--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0', '--association-status', 'Name=Bogus,Message=', '--endpoint-url', ep.url]);
    expect(result).toEqual({
      code: 252,
      stdout: '',
      stderr:
        '\nParameter validation failed:\nMissing required parameter in AssociationStatus: "Date"\nInvalid length for parameter AssociationStatus.Message, value: 0, valid min length: 1\n',
    });
    expect(ep.requests).toHaveLength(0);
  });
});
