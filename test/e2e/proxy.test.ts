// End to end: HTTP_PROXY with a plain-HTTP endpoint. The request goes to the proxy in absolute
// form with Basic credentials from the proxy URL, and reaches the endpoint signed for the
// endpoint's own host. Which variables apply, NO_PROXY and the failure messages are compared
// with the reference in test/reference-cases/proxy.mjs; TLS through a tunnel in tls.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startForwardProxy } from '../support/forward-proxy.js';
import { startScriptedEndpoint } from '../support/scripted-endpoint.mjs';
import { runBin } from '../support/run-bin.js';

const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const KEYS = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'proxy-test-secret', AWS_DEFAULT_REGION: 'us-east-1' };
const ARGS = ['update-association-status', '--name', 'doc', '--instance-id', 'i-1'];
const BODY = '{"AssociationDescription":{"Name":"doc"}}';

describe('HTTP_PROXY', () => {
  it('forwards the call in absolute form, with the proxy credentials and the endpoint host signed', async () => {
    const endpoint = await startScriptedEndpoint([{ status: 200, body: BODY }]);
    const proxy = await startForwardProxy();
    closers.push(() => endpoint.close(), () => proxy.close());
    const proxyUrl = proxy.url.replace('http://', 'http://ops:s%40cret@');
    const result = await runBin([...ARGS, '--association-status', 'Date=1,Name=Pending,Message=m', '--endpoint-url', endpoint.url, '--query', 'AssociationDescription.Name'], {
      env: { ...KEYS, HTTP_PROXY: proxyUrl },
    });
    expect(result).toEqual({ code: 0, stdout: '"doc"\n', stderr: '' });
    expect(proxy.requests).toEqual([{ method: 'POST', target: `${endpoint.url}/`, proxyAuthorization: `Basic ${Buffer.from('ops:s@cret').toString('base64')}` }]);
    expect(endpoint.requests).toHaveLength(1);
    const headers = endpoint.requests[0]!.headers;
    expect(headers.host).toBe(endpoint.url.replace('http://', ''));
    expect(String(headers.authorization)).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/ssm\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$/);
    expect(headers['proxy-authorization']).toBeUndefined();
  });

  it('sends no credentials for a user name without a password, as botocore does', async () => {
    const endpoint = await startScriptedEndpoint([{ status: 200, body: BODY }]);
    const proxy = await startForwardProxy();
    closers.push(() => endpoint.close(), () => proxy.close());
    const result = await runBin([...ARGS, '--association-status', 'Date=1,Name=Pending,Message=m', '--endpoint-url', endpoint.url, '--query', 'AssociationDescription.Name'], {
      env: { ...KEYS, HTTP_PROXY: proxy.url.replace('http://', 'http://ops@') },
    });
    expect(result).toEqual({ code: 0, stdout: '"doc"\n', stderr: '' });
    expect(proxy.requests).toEqual([{ method: 'POST', target: `${endpoint.url}/`, proxyAuthorization: undefined }]);
  });

  it('carries every call of fleet mode, in order', async () => {
    const endpoint = await startScriptedEndpoint([{ status: 200, body: BODY }]);
    const proxy = await startForwardProxy();
    closers.push(() => endpoint.close(), () => proxy.close());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-proxy-'));
    closers.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const input = path.join(dir, 'lines.jsonl');
    fs.writeFileSync(input, [1, 2, 3, 4, 5].map((n) => JSON.stringify({ AssociationStatus: { Date: n, Name: 'Success', Message: `m${n}` } })).join('\n') + '\n');
    const result = await runBin([...ARGS, '--cli-input-jsonl', input, '--endpoint-url', endpoint.url, '--query', 'AssociationDescription.Name'], { env: { ...KEYS, HTTP_PROXY: proxy.url } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe([1, 2, 3, 4, 5].map((line) => `{"line": ${line}, "input": {"Name": "doc", "InstanceId": "i-1"}, "output": "doc"}\n`).join(''));
    expect(proxy.requests.map((r) => r.target)).toEqual(Array(5).fill(`${endpoint.url}/`));
    // Sent concurrently, so in any order; printed in input order.
    expect(endpoint.requests.map((r) => JSON.parse(r.body).AssociationStatus.Message).sort()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
  });
});
