// Which proxy a request goes through, decided from the environment as the reference decides it:
// botocore asks urllib for the environment's proxies (getproxies_environment) unless the
// endpoint's host is in no_proxy (proxy_bypass_environment), then takes the proxy for the
// endpoint's scheme and adds `http://` when it has no scheme; then the URL the proxy agents get,
// checked as urllib3 parses it. Pure: the environment comes in.
//
// Environment rules (CPython 3.11 urllib.request):
//   - any variable whose name ends in `_proxy`, in any case, names the proxy for the scheme
//     before it (`HTTPS_PROXY` → https); empty values are ignored;
//   - then the lower-case spellings win: a non-empty `https_proxy` replaces `HTTPS_PROXY`, an
//     empty one removes it;
//   - when REQUEST_METHOD is set (a CGI script) the upper-case-derived http proxy is dropped;
//   - `no_proxy` is a comma-separated list of host suffixes (a leading dot ignored, case
//     ignored, compared with and without the port); `*` bypasses every host.

import { unhandledHttpClientError } from './transport-errors.js';

type Env = Record<string, string | undefined>;

export function environmentProxies(env: Env): Map<string, string> {
  const proxies = new Map<string, string>();
  for (const [name, value] of Object.entries(env)) {
    const lower = name.toLowerCase();
    if (value && lower.endsWith('_proxy')) proxies.set(lower.slice(0, -6), value);
  }
  if ('REQUEST_METHOD' in env) proxies.delete('http');
  for (const [name, value] of Object.entries(env)) {
    if (!name.endsWith('_proxy')) continue;
    const scheme = name.toLowerCase().slice(0, -6);
    if (value) proxies.set(scheme, value);
    else proxies.delete(scheme);
  }
  return proxies;
}

/** Python's urllib._splitport: `host:port` → [host, port]; without a numeric port, [host, undefined]. */
function splitPort(host: string): [string, string | undefined] {
  const match = /^(.*):([0-9]*)$/s.exec(host);
  return match ? [match[1]!, match[2]] : [host, undefined];
}

/** urllib's proxy_bypass_environment for a URL's netloc (`host[:port]`). */
export function bypassesProxy(netloc: string, proxies: Map<string, string>): boolean {
  const noProxy = proxies.get('no');
  if (noProxy === undefined) return false;
  if (noProxy === '*') return true;
  const host = netloc.toLowerCase();
  const [hostOnly] = splitPort(host);
  for (const entry of noProxy.split(',')) {
    let name = entry.trim();
    if (name === '') continue;
    name = name.replace(/^\.+/, '').toLowerCase();
    if (hostOnly === name || host === name) return true;
    if (hostOnly.endsWith(`.${name}`) || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

/** The netloc of a URL as Python's urlparse gives it (between `//` and the path). */
function netlocOf(url: string): string {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(url)?.[1] ?? '';
}

/** The proxy URL for a request to `url`, or undefined for a direct connection. */
export function proxyUrlFor(url: string, env: Env): string | undefined {
  const proxies = environmentProxies(env);
  if (proxies.size === 0 || bypassesProxy(netlocOf(url), proxies)) return undefined;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  const proxy = scheme === undefined ? undefined : proxies.get(scheme);
  if (proxy === undefined) return undefined;
  if (proxy.startsWith('http:') || proxy.startsWith('https:')) return proxy;
  return proxy.startsWith('//') ? `http:${proxy}` : `http://${proxy}`;
}

/**
 * botocore's mask_proxy_url, quirk included: it replaces the first occurrence of the user name,
 * then of the password, anywhere in the URL (so a password `p` masks the `p` of `http`).
 */
export function maskProxyUrl(proxyUrl: string): string {
  const netloc = netlocOf(proxyUrl);
  const at = netloc.lastIndexOf('@');
  if (at < 0) return proxyUrl;
  const userinfo = netloc.slice(0, at);
  const colon = userinfo.indexOf(':');
  const username = colon < 0 ? userinfo : userinfo.slice(0, colon);
  const password = colon < 0 ? undefined : userinfo.slice(colon + 1);
  let masked = proxyUrl;
  if (username) masked = masked.replace(username, '***');
  if (password) masked = masked.replace(password, '***');
  return masked;
}

/**
 * The proxy URL the agents are given, after the checks urllib3 makes when it parses one (in its
 * words): a host is required, a port must be a number, an IPv6 host needs its bracket. The
 * credentials go along only when there are both a user name and a password, as botocore sends
 * Proxy-Authorization only then.
 */
export function agentProxyUrl(proxyUrl: string): string {
  const authority = netlocOf(proxyUrl);
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  if (hostPort.startsWith('[') && !hostPort.includes(']')) throw unhandledHttpClientError('Invalid IPv6 URL');
  const port = /^(?:\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostPort)?.[1];
  if (port !== undefined && !/^[0-9]*$/.test(port)) throw unhandledHttpClientError(`Failed to parse: ${proxyUrl}`);
  if (/^(?:\[\]|:.*)?$/.test(hostPort)) throw unhandledHttpClientError('No host specified.');
  let url: URL;
  try {
    url = new URL(proxyUrl);
  } catch {
    throw unhandledHttpClientError(`Failed to parse: ${proxyUrl}`);
  }
  if (!(url.username && url.password)) {
    url.username = '';
    url.password = '';
  }
  return url.href;
}
