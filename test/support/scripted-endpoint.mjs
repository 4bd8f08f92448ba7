// @ts-check
// A scripted HTTP endpoint on 127.0.0.1 for differential tests: it records every request
// (method, path, headers, body) and answers from a script of canned responses, so the
// reference CLI and ssm-assoc can be run against exactly the same server behaviour.
//
// A response is { status, headers?, body?, bodyBase64?, action?, delayMs? } (bodyBase64: bytes
// that are not text, such as invalid UTF-8). `action` covers transport faults:
//   "close"  - destroy the socket without answering
//   "stall"  - never answer (the client must time out)
//   "reset-mid-body"  - status, headers (Content-Length of the whole body) and the first
//                       `sentBytes` bytes of the body (default: half), then a TCP reset
//   "close-mid-body"  - the same, then a clean close (FIN) instead of a reset
//   "stall-mid-body"  - the same, then nothing more (the client must time out)
// When the script runs out, the last response is repeated.
import http from 'node:http';

/**
 * @typedef {object} ScriptedResponse
 * @property {number} [status]
 * @property {Record<string, string>} [headers]
 * @property {string} [body]
 * @property {string} [bodyBase64]
 * @property {'close' | 'stall' | 'reset-mid-body' | 'close-mid-body' | 'stall-mid-body'} [action]
 * @property {number} [sentBytes] for the mid-body actions: how many bytes of the body go out (default: half)
 * @property {number} [delayMs]
 */

/**
 * @typedef {object} RecordedHttpRequest
 * @property {string} method
 * @property {string} path
 * @property {Record<string, string | string[] | undefined>} headers
 * @property {string} body
 */

/**
 * @typedef {object} ScriptedEndpoint
 * @property {string} url
 * @property {RecordedHttpRequest[]} requests
 * @property {() => Promise<void>} close
 */

/** @type {ReadonlySet<ScriptedResponse['action']>} */
const MID_BODY = new Set(['reset-mid-body', 'close-mid-body', 'stall-mid-body']);

/** @type {Readonly<ScriptedResponse>} */
export const DEFAULT_RESPONSE = Object.freeze({
  status: 200,
  headers: { 'content-type': 'application/x-amz-json-1.1' },
  body: '{}',
});

/**
 * @param {readonly ScriptedResponse[]} [script]
 * @returns {Promise<ScriptedEndpoint>}
 */
export async function startScriptedEndpoint(script = [DEFAULT_RESPONSE]) {
  /** @type {RecordedHttpRequest[]} */
  const requests = [];
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  let next = 0;
  const server = http.createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const step = script[Math.min(next, script.length - 1)] ?? DEFAULT_RESPONSE;
      next += 1;
      if (step.action === 'close') {
        req.socket.destroy();
        return;
      }
      if (step.action === 'stall') return;
      if (MID_BODY.has(step.action)) {
        midBody(req.socket, res, step);
        return;
      }
      if (step.delayMs) {
        setTimeout(() => answer(res, step), step.delayMs);
        return;
      }
      answer(res, step);
    });
  });
  /**
   * @param {import('node:net').Socket} socket
   * @param {http.ServerResponse} res
   * @param {Readonly<ScriptedResponse>} step
   */
  function midBody(socket, res, step) {
    const body = Buffer.from(step.body ?? '');
    res.writeHead(step.status ?? 200, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-requestid': '00000000-0000-4000-8000-000000000000',
      ...(step.headers ?? {}),
      'content-length': body.length,
    });
    // The part is flushed and given time to arrive before the reset, which would discard it.
    res.write(body.subarray(0, step.sentBytes ?? Math.floor(body.length / 2)), () => {
      if (step.action === 'reset-mid-body') setTimeout(() => socket.resetAndDestroy(), 50);
      else if (step.action === 'close-mid-body') setTimeout(() => socket.end(), 50);
    });
  }
  /**
   * @param {http.ServerResponse} res
   * @param {Readonly<ScriptedResponse>} step
   */
  function answer(res, step) {
    const body = step.bodyBase64 === undefined ? (step.body ?? '') : Buffer.from(step.bodyBase64, 'base64');
    res.writeHead(step.status ?? 200, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-requestid': '00000000-0000-4000-8000-000000000000',
      ...(step.headers ?? {}),
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  }
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
