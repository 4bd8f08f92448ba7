// The endpoint URL check; the reference's own messages are pinned by the endpoint-url
// reference group, this covers what it accepts.
import { describe, expect, it } from 'vitest';
import { checkEndpointUrl } from '../../src/call/endpoint-url.js';

describe('checkEndpointUrl', () => {
  it.each(['http://127.0.0.1:8080/', 'https://ssm.us-east-1.amazonaws.com', 'http://localhost:0', 'http://host.:1/x?y#z', 'http://u:p@h:1', 'http://[::1]:8080/', 'http://127.0.0.1:'])(
    'accepts %s',
    (url) => expect(() => checkEndpointUrl(url)).not.toThrow(),
  );

  it.each([
    ['http://127.0.0.1:65536', 'Port out of range 0-65535'],
    ['http://h:+1', "Port could not be cast to integer value as '+1'"],
    ['http://h\t:1', 'Invalid endpoint: http://h\t:1'],
    ['http://[::1]x', 'Invalid IPv6 URL'],
  ])('refuses %s', (url, message) => {
    expect(() => checkEndpointUrl(url)).toThrow(message);
  });
});
