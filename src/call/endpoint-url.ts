// Checks an endpoint URL as the reference does before sending, with its messages (all exit 255):
// Python's urllib.parse.urlsplit (3.11) on the way, then botocore's is_valid_endpoint_url,
// then the port, which the reference reads while signing.
//
//   url      = scheme "://" netloc [path]          ; netloc ends at the first "/", "?" or "#"
//   netloc   = [userinfo "@"] (host | "[" ip "]") [":" port]
//   "[" without "]" (or the reverse), text before "[", or text after "]" that is not ":port":
//            `Invalid IPv6 URL`; a bracketed host that is not an IP address:
//            `'zz' does not appear to be an IPv4 or IPv6 address`
//   host     must be labels of letters, digits and "-" (no label starting or ending with "-"),
//            at most 255 characters, no tab or newline anywhere: else `Invalid endpoint: URL`
//   port     ASCII digits within 0-65535: `Port could not be cast to integer value as 'x'`,
//            `Port out of range 0-65535`
// Deviation: the reference refuses every IPv6 endpoint (its host pattern has no ":"); a valid
// bracketed IPv6 address is accepted here.
import net from 'node:net';
import { CliError } from '../errors.js';
import { pyStringRepr } from '../python/repr.js';

const HOST = /^((?!-)[A-Z\d-]{1,63}(?<!-)\.)*((?!-)[A-Z\d-]{1,63}(?<!-))$/i;

const invalid = (message: string) => new CliError('other', message);

/** Throws the reference's error for an endpoint URL it would not send to. */
export function checkEndpointUrl(url: string): void {
  const afterScheme = url.indexOf('://');
  const rest = afterScheme < 0 ? '' : url.slice(afterScheme + 3);
  const netloc = rest.slice(0, rest.search(/[/?#]/) < 0 ? rest.length : rest.search(/[/?#]/));
  const hostAndPort = netloc.slice(netloc.lastIndexOf('@') + 1);
  if (netloc.includes('[') !== netloc.includes(']')) throw invalid('Invalid IPv6 URL');
  let host: string;
  let port: string;
  let ipv6 = false;
  const open = hostAndPort.indexOf('[');
  if (open >= 0) {
    if (open > 0) throw invalid('Invalid IPv6 URL');
    const close = hostAndPort.indexOf(']');
    host = hostAndPort.slice(1, close);
    const after = hostAndPort.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) throw invalid('Invalid IPv6 URL');
    if (net.isIPv4(host)) throw invalid('An IPv4 address cannot be in brackets');
    if (!net.isIPv6(host)) throw invalid(`${pyStringRepr(host)} does not appear to be an IPv4 or IPv6 address`);
    ipv6 = true;
    port = after.slice(1);
  } else {
    const colon = hostAndPort.lastIndexOf(':');
    host = colon < 0 ? hostAndPort : hostAndPort.slice(0, colon);
    port = colon < 0 ? '' : hostAndPort.slice(colon + 1);
  }
  const bare = host.endsWith('.') ? host.slice(0, -1) : host;
  if (/[\t\r\n]/.test(url) || host === '' || host.length > 255 || (!ipv6 && !HOST.test(bare))) {
    throw invalid(`Invalid endpoint: ${url}`);
  }
  if (port !== '') {
    if (!/^[0-9]+$/.test(port)) throw invalid(`Port could not be cast to integer value as ${pyStringRepr(port)}`);
    if (Number(port) > 65535) throw invalid('Port out of range 0-65535');
  }
}
