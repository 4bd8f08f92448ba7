// Stands in for `proxy-agent-negotiate` in the bundle (scripts/build/plugins.mjs aliases it here).
// The proxy agents use it only when asked for Kerberos (Negotiate) proxy authentication, which the
// reference does not offer either (urllib3 sends Basic credentials from the proxy URL); the real
// package would load the optional `kerberos` addon through a dynamic import.
export function createNegotiateAuth(): never {
  throw new Error('Negotiate proxy authentication is not supported');
}
