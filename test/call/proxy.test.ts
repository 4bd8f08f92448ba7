// Proxy choice from the environment (src/call/proxy.ts), as CPython's urllib and botocore make
// it. The recorded cases in test/reference-cases/proxy.mjs check the same against the reference.
import { describe, expect, it } from 'vitest';
import { bypassesProxy, environmentProxies, maskProxyUrl, proxyUrlFor } from '../../src/call/proxy.js';

describe('environmentProxies', () => {
  it('reads *_proxy in any case, lower case winning, empty lower case removing', () => {
    expect(environmentProxies({ HTTP_PROXY: 'a', https_proxy: 'b', Ftp_Proxy: 'c', PATH: '/bin' })).toEqual(
      new Map([
        ['http', 'a'],
        ['https', 'b'],
        ['ftp', 'c'],
      ]),
    );
    expect(environmentProxies({ HTTP_PROXY: 'upper', http_proxy: 'lower' }).get('http')).toBe('lower');
    expect(environmentProxies({ http_proxy: 'lower', HTTP_PROXY: 'upper' }).get('http')).toBe('lower');
    expect(environmentProxies({ HTTP_PROXY: 'upper', http_proxy: '' }).has('http')).toBe(false);
    expect(environmentProxies({ HTTP_PROXY: '' }).has('http')).toBe(false);
  });

  it('drops the http proxy of a CGI script (REQUEST_METHOD), unless spelled in lower case', () => {
    expect(environmentProxies({ HTTP_PROXY: 'a', REQUEST_METHOD: 'GET' }).has('http')).toBe(false);
    expect(environmentProxies({ http_proxy: 'a', REQUEST_METHOD: 'GET' }).get('http')).toBe('a');
  });
});

describe('bypassesProxy', () => {
  const noProxy = (value: string) => new Map([['no', value]]);
  it.each([
    ['127.0.0.1:4566', '127.0.0.1', true],
    ['127.0.0.1:4566', '127.0.0.1:4566', true],
    ['127.0.0.1:4566', '127.0.0.1:9999', false],
    ['ssm.us-east-1.amazonaws.com', '.amazonaws.com', true],
    ['ssm.us-east-1.amazonaws.com', 'AMAZONAWS.COM', true],
    ['SSM.example.com', 'ssm.example.com', true],
    ['notamazonaws.com', 'amazonaws.com', false],
    ['127.0.0.1', '27.0.0.1', false],
    ['anything', '*', true],
    ['anything', ' , other ,', false],
  ])('%s with no_proxy %j: %s', (host, value, expected) => {
    expect(bypassesProxy(host, noProxy(value))).toBe(expected);
  });

  it('never bypasses without no_proxy, and `*` only alone', () => {
    expect(bypassesProxy('127.0.0.1', new Map())).toBe(false);
    expect(bypassesProxy('127.0.0.1', noProxy('*, example.com'))).toBe(false);
  });
});

describe('proxyUrlFor', () => {
  it('takes the proxy for the endpoint scheme, completing a missing scheme', () => {
    expect(proxyUrlFor('http://127.0.0.1:4566/', { HTTP_PROXY: 'http://proxy:3128' })).toBe('http://proxy:3128');
    expect(proxyUrlFor('https://ssm.us-east-1.amazonaws.com/', { HTTP_PROXY: 'http://proxy:3128' })).toBeUndefined();
    expect(proxyUrlFor('https://ssm.us-east-1.amazonaws.com/', { HTTPS_PROXY: 'proxy:3128' })).toBe('http://proxy:3128');
    expect(proxyUrlFor('https://ssm.us-east-1.amazonaws.com/', { HTTPS_PROXY: '//proxy:3128' })).toBe('http://proxy:3128');
    expect(proxyUrlFor('https://ssm.us-east-1.amazonaws.com/', { HTTPS_PROXY: 'https://proxy' })).toBe('https://proxy');
    expect(proxyUrlFor('HTTP://127.0.0.1/', { http_proxy: 'p:1' })).toBe('http://p:1');
  });

  it('goes direct for a host in no_proxy, and without any proxy', () => {
    expect(proxyUrlFor('http://127.0.0.1:4566/', { HTTP_PROXY: 'http://proxy:3128', NO_PROXY: '127.0.0.1' })).toBeUndefined();
    expect(proxyUrlFor('http://127.0.0.1:4566/', {})).toBeUndefined();
  });
});

describe('maskProxyUrl', () => {
  it('masks user name and password as botocore does, replacing their first occurrences', () => {
    expect(maskProxyUrl('http://ops-user:s3cret@proxy:3128')).toBe('http://***:***@proxy:3128');
    expect(maskProxyUrl('http://ops@proxy:3128')).toBe('http://***@proxy:3128');
    expect(maskProxyUrl('http://proxy:3128')).toBe('http://proxy:3128');
    // The reference's quirk: the password `p` is first found in `http`.
    expect(maskProxyUrl('http://u:p@127.0.0.1:1')).toBe('htt***://***:p@127.0.0.1:1');
  });
});
