// The bundle's stand-in for `proxy-agent-negotiate`: Kerberos proxy authentication is refused
// in words, as the reference offers only Basic credentials from the proxy URL.
import { describe, expect, it } from 'vitest';
import { createNegotiateAuth } from '../../src/shims/proxy-agent-negotiate.js';

describe('createNegotiateAuth', () => {
  it('refuses Negotiate authentication', () => {
    expect(() => createNegotiateAuth()).toThrow(new Error('Negotiate proxy authentication is not supported'));
  });
});
