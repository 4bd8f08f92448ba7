// A scripted HTTP server on 127.0.0.1 for fault tests: each request gets the next step of a
// script (or what a function returns for it), and every request is recorded with the time it
// arrived. Steps, by `kind`:
//   respond             - a normal answer: status (200), headers, body ('{}'), after `delayMs`
//   hang                - accept the request and never answer
//   close               - close the connection without answering
//   reset               - reset the connection (TCP RST) without answering
//   headers-then-stall  - status and headers with the body's Content-Length, then nothing
//   drip                - status and headers, then the body one byte every `intervalMs`
//   reset-mid-body      - status, headers and the first `sentBytes` bytes of the body, then RST
//   burst               - hold the answer until `count` burst requests wait, then answer them
//                         all at once (or when the first has waited `maxWaitMs`)
//   huge                - a 200 whose body is `megabytes` MB of JSON (a string of spaces)
// An array script repeats its last step once it runs out; a function gets the request and its
// 0-based number.
import http from 'node:http';
import type net from 'node:net';

interface Answer {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export type FaultStep =
  | ({ kind: 'respond'; delayMs?: number } & Answer)
  | { kind: 'hang' }
  | { kind: 'close' }
  | { kind: 'reset' }
  | ({ kind: 'headers-then-stall' } & Answer)
  | ({ kind: 'drip'; intervalMs: number } & Answer)
  | ({ kind: 'reset-mid-body'; sentBytes?: number } & Answer)
  | ({ kind: 'burst'; count: number; maxWaitMs?: number } & Answer)
  | { kind: 'huge'; megabytes: number; status?: number };

export interface FaultRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** When the request's headers arrived (Date.now()). */
  at: number;
}

export type FaultScript = FaultStep[] | ((request: FaultRequest, n: number) => FaultStep);

export interface FaultServer {
  url: string;
  requests: FaultRequest[];
  close(): Promise<void>;
}

const BASE_HEADERS = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': '00000000-0000-4000-8000-000000000000' };

function head(res: http.ServerResponse, answer: Answer, length: number): void {
  res.writeHead(answer.status ?? 200, { ...BASE_HEADERS, ...answer.headers, 'content-length': length });
  res.flushHeaders();
}

function bodyOf(answer: Answer): Buffer {
  return Buffer.from(answer.body ?? '{}');
}

export async function startFaultServer(script: FaultScript = [{ kind: 'respond' }]): Promise<FaultServer> {
  const requests: FaultRequest[] = [];
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let burst: Array<{ res: http.ServerResponse; step: Extract<FaultStep, { kind: 'burst' }> }> = [];
  let count = 0;

  const later = (ms: number, action: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  };
  const flushBurst = () => {
    const waiting = burst;
    burst = [];
    for (const { res, step } of waiting) if (!res.destroyed) res.end(bodyOf(step));
  };

  function serve(req: http.IncomingMessage, res: http.ServerResponse, step: FaultStep): void {
    const socket = req.socket;
    switch (step.kind) {
      case 'respond': {
        const body = bodyOf(step);
        const send = () => {
          head(res, step, body.length);
          res.end(body);
        };
        if (step.delayMs) later(step.delayMs, send);
        else send();
        return;
      }
      case 'hang':
        return;
      case 'close':
        socket.destroy();
        return;
      case 'reset':
        socket.resetAndDestroy();
        return;
      case 'headers-then-stall':
        head(res, step, bodyOf(step).length);
        return;
      case 'drip': {
        const body = bodyOf(step);
        head(res, step, body.length);
        let sent = 0;
        const next = () => {
          if (res.destroyed) return;
          res.write(body.subarray(sent, sent + 1));
          sent += 1;
          if (sent < body.length) later(step.intervalMs, next);
          else res.end();
        };
        later(step.intervalMs, next);
        return;
      }
      case 'reset-mid-body': {
        const body = bodyOf(step);
        head(res, step, body.length);
        // The part is flushed and given time to arrive before the reset, which would discard it.
        res.write(body.subarray(0, step.sentBytes ?? Math.floor(body.length / 2)), () => later(50, () => socket.resetAndDestroy()));
        return;
      }
      case 'burst': {
        const length = bodyOf(step).length;
        res.writeHead(step.status ?? 200, { ...BASE_HEADERS, ...step.headers, 'content-length': length });
        burst.push({ res, step });
        if (burst.length >= step.count) flushBurst();
        else if (burst.length === 1 && step.maxWaitMs !== undefined) later(step.maxWaitMs, flushBurst);
        return;
      }
      case 'huge': {
        const total = step.megabytes * 1024 * 1024;
        // A JSON string: `"` + spaces + `"`, written a megabyte at a time as the client reads.
        const chunk = Buffer.alloc(1024 * 1024, ' ');
        res.writeHead(step.status ?? 200, { ...BASE_HEADERS, 'content-length': total });
        let left = total - 2;
        res.write('"');
        const pump = () => {
          while (left > 0 && !res.destroyed) {
            const part = chunk.subarray(0, Math.min(chunk.length, left));
            left -= part.length;
            if (!res.write(part)) {
              res.once('drain', pump);
              return;
            }
          }
          if (!res.destroyed) res.end('"');
        };
        pump();
        return;
      }
    }
  }

  const server = http.createServer((req, res) => {
    const at = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: FaultRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at };
      requests.push(request);
      const n = count++;
      const step = typeof script === 'function' ? script(request, n) : script[Math.min(n, script.length - 1)];
      serve(req, res, step ?? { kind: 'respond' });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
