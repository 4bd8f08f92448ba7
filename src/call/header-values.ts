// Request header values as botocore sends them. botocore encodes each value as UTF-8, and
// Python's http.client refuses a value with a CR or LF that does not start a folded line
// (rb'\n(?![ \t])|\r(?![ \t\n])'), which botocore reports as an HTTPClientError (and retries).
// Node's client sends a header string's characters as Latin-1 bytes and refuses every control
// character but tab, so values are handed to it as their UTF-8 bytes, and a value it cannot
// send at all fails in the same words as one http.client refuses, before anything is sent
// (Node would otherwise throw from inside the SDK's handler and leave its timers running).
import { pyBytesRepr } from '../python/repr.js';

const HTTP_CLIENT_REFUSES = /\n(?![ \t])|\r(?![ \t\n])/;
const NODE_REFUSES = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * The headers as Node must send them (UTF-8 bytes, one character each), or the first value
 * that cannot be sent, as those bytes.
 */
export function encodeHeaderValues(headers: Record<string, string>): { headers: Record<string, string> } | { refused: string } {
  const encoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const bytes = /^[\x00-\x7f]*$/.test(value) ? value : Buffer.from(value, 'utf8').toString('latin1');
    if (HTTP_CLIENT_REFUSES.test(bytes) || NODE_REFUSES.test(bytes)) return { refused: bytes };
    encoded[name] = bytes;
  }
  return { headers: encoded };
}

/** botocore's words for a header value that cannot be sent. */
export function invalidHeaderValueMessage(bytes: string): string {
  return `Invalid header value ${pyBytesRepr(Buffer.from(bytes, 'latin1'))}`;
}
