// Public surface of the local SSM endpoint: start one in-process (tests, demo, benchmarks), load
// seeds, and the types of what it records.
export {
  DEFAULT_ACCESS_KEY_ID,
  DEFAULT_HOST,
  DEFAULT_MAX_CLOCK_SKEW_SECONDS,
  DEFAULT_REGION,
  DEFAULT_SECRET_ACCESS_KEY,
  startLocalEndpoint,
  type LocalEndpoint,
  type LocalEndpointOptions,
  type RateLimit,
  type RecordedRequest,
  type RecordedResponse,
  type Verification,
} from './server.js';
export {
  AssociationStore,
  SeedError,
  StateError,
  loadSeed,
  parseSeed,
  type Association,
  type AssociationInput,
  type AssociationStatusRecord,
  type Execution,
  type ExecutionTarget,
  type Seed,
} from './associations.js';
export type { EndpointCredential } from './sigv4.js';
export { READY_PREFIX, parseEndpointArgs, runEndpointCli } from './cli.js';
