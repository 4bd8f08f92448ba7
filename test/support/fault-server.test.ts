// The fault server itself, seen from a plain node:http client: each step does what it says on
// the wire, and every request is recorded with its arrival time.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startFaultServer, type FaultScript, type FaultServer } from './fault-server.js';

const servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(script?: FaultScript): Promise<FaultServer> {
  const s = await startFaultServer(script);
  servers.push(s);
  return s;
}

interface Seen {
  status?: number;
  headers?: http.IncomingHttpHeaders;
  body: Buffer;
  /** The error that ended the exchange, if any. */
  error?: NodeJS.ErrnoException;
  /** Whether the whole body arrived. */
  complete: boolean;
  /** Milliseconds from the request to the response headers and to the end. */
  headersAfter?: number;
  endedAfter: number;
}

/** POSTs `body` and gives up after `giveUpMs` (the exchange is then left incomplete). */
function post(url: string, body = '{"x": 1}', giveUpMs = 2000): Promise<Seen> {
  const started = Date.now();
  return new Promise((resolve) => {
    const seen: Seen = { body: Buffer.alloc(0), complete: false, endedAfter: 0 };
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (error?: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      seen.body = Buffer.concat(chunks);
      seen.endedAfter = Date.now() - started;
      if (error) seen.error = error;
      req.destroy();
      resolve(seen);
    };
    const timer = setTimeout(() => finish(), giveUpMs);
    const req = http.request(`${url}/path?q=1`, { method: 'POST', headers: { 'x-amz-target': 'AmazonSSM.UpdateAssociationStatus' }, agent: false }, (res) => {
      seen.status = res.statusCode;
      seen.headers = res.headers;
      seen.headersAfter = Date.now() - started;
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        seen.complete = true;
        finish();
      });
      res.on('error', (error) => finish((req.socket?.errored as NodeJS.ErrnoException | null) ?? error));
    });
    req.on('error', (error) => finish(error));
    req.end(body);
  });
}

describe('startFaultServer', () => {
  it('answers normally and records method, path, headers, body and arrival time', async () => {
    const s = await server([{ kind: 'respond', status: 201, headers: { 'x-extra': 'yes' }, body: '{"ok": true}' }]);
    const before = Date.now();
    const seen = await post(s.url, '{"Name": "doc"}');
    expect(seen).toMatchObject({ status: 201, complete: true });
    expect(seen.body.toString()).toBe('{"ok": true}');
    expect(seen.headers).toMatchObject({ 'x-extra': 'yes', 'content-length': '12', 'content-type': 'application/x-amz-json-1.1' });
    expect(s.requests).toHaveLength(1);
    expect(s.requests[0]).toMatchObject({ method: 'POST', path: '/path?q=1', body: '{"Name": "doc"}' });
    expect(s.requests[0]!.headers['x-amz-target']).toBe('AmazonSSM.UpdateAssociationStatus');
    expect(s.requests[0]!.at).toBeGreaterThanOrEqual(before);
    expect(s.requests[0]!.at).toBeLessThanOrEqual(Date.now());
  });

  it('repeats the last step of an array, and gives a function each request with its number', async () => {
    const s = await server([{ kind: 'respond', body: '"first"' }, { kind: 'respond', body: '"rest"' }]);
    const bodies = [];
    for (let i = 0; i < 3; i++) bodies.push((await post(s.url)).body.toString());
    expect(bodies).toEqual(['"first"', '"rest"', '"rest"']);

    const f = await server((request, n) => ({ kind: 'respond', body: JSON.stringify({ n, got: JSON.parse(request.body) }) }));
    expect(JSON.parse((await post(f.url, '{"a": 1}')).body.toString())).toEqual({ n: 0, got: { a: 1 } });
    expect(JSON.parse((await post(f.url, '{"a": 2}')).body.toString())).toEqual({ n: 1, got: { a: 2 } });
  });

  it('delays a normal answer', async () => {
    const s = await server([{ kind: 'respond', delayMs: 300 }]);
    const seen = await post(s.url);
    expect(seen.complete).toBe(true);
    expect(seen.headersAfter).toBeGreaterThanOrEqual(290);
  });

  it('hang: the request is recorded and never answered', async () => {
    const s = await server([{ kind: 'hang' }]);
    const seen = await post(s.url, '{}', 400);
    expect(seen).toMatchObject({ complete: false, body: Buffer.alloc(0) });
    expect(seen.status).toBeUndefined();
    expect(s.requests).toHaveLength(1);
  });

  it('close and reset: the connection ends without an answer', async () => {
    const closed = await post((await server([{ kind: 'close' }])).url);
    expect(closed.status).toBeUndefined();
    expect(closed.error?.message).toBe('socket hang up');
    const reset = await post((await server([{ kind: 'reset' }])).url);
    expect(reset.status).toBeUndefined();
    expect(reset.error?.code).toBe('ECONNRESET');
    expect(reset.error?.message).toBe('read ECONNRESET');
  });

  it('headers-then-stall: status and Content-Length arrive, the body never does', async () => {
    const s = await server([{ kind: 'headers-then-stall', status: 200, body: '{"AssociationDescription": {}}' }]);
    const seen = await post(s.url, '{}', 500);
    expect(seen.status).toBe(200);
    expect(seen.headers?.['content-length']).toBe('30');
    expect(seen).toMatchObject({ complete: false, body: Buffer.alloc(0) });
    expect(seen.error).toBeUndefined();
  });

  it('drip: the body arrives a byte at a time', async () => {
    const s = await server([{ kind: 'drip', intervalMs: 40, body: '{"a": 1}' }]);
    const seen = await post(s.url);
    expect(seen.complete).toBe(true);
    expect(seen.body.toString()).toBe('{"a": 1}');
    // Eight bytes, each after a 40 ms wait.
    expect(seen.endedAfter - seen.headersAfter!).toBeGreaterThanOrEqual(7 * 40);
  });

  it('reset-mid-body: part of the body, then a reset', async () => {
    const s = await server([{ kind: 'reset-mid-body', body: '{"AssociationDescription": {}}', sentBytes: 10 }]);
    const seen = await post(s.url);
    expect(seen.status).toBe(200);
    expect(seen.complete).toBe(false);
    expect(seen.body.toString()).toBe('{"Associat');
    expect(seen.error?.code).toBe('ECONNRESET');
    expect(seen.error?.message).toBe('read ECONNRESET');
  });

  it('burst: answers wait for the whole burst, then go out together', async () => {
    const s = await server([{ kind: 'burst', count: 3 }]);
    const first = post(s.url);
    await new Promise((r) => setTimeout(r, 200));
    const rest = [post(s.url), post(s.url)];
    const seen = await Promise.all([first, ...rest]);
    for (const one of seen) expect(one).toMatchObject({ status: 200, complete: true });
    // The first waited for the other two.
    expect(seen[0]!.headersAfter).toBeGreaterThanOrEqual(190);
    const times = s.requests.map((r) => r.at);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(190);
  });

  it('burst: maxWaitMs answers a burst that never fills', async () => {
    const s = await server([{ kind: 'burst', count: 5, maxWaitMs: 150 }]);
    const seen = await post(s.url);
    expect(seen).toMatchObject({ status: 200, complete: true });
    expect(seen.headersAfter).toBeGreaterThanOrEqual(140);
  });

  it('huge: a body of N MB that is one JSON string', async () => {
    const s = await server([{ kind: 'huge', megabytes: 3 }]);
    const seen = await post(s.url, '{}', 10000);
    expect(seen.complete).toBe(true);
    expect(seen.body.length).toBe(3 * 1024 * 1024);
    expect(Number(seen.headers?.['content-length'])).toBe(3 * 1024 * 1024);
    expect((JSON.parse(seen.body.toString()) as string).trim()).toBe('');
  });

  it('close() ends hanging exchanges', async () => {
    const s = await startFaultServer([{ kind: 'hang' }]);
    const pending = post(s.url, '{}', 5000);
    await new Promise((r) => setTimeout(r, 100));
    await s.close();
    const seen = await pending;
    expect(seen.endedAfter).toBeLessThan(2000);
    expect(seen.error?.message).toBe('socket hang up');
  });
});
