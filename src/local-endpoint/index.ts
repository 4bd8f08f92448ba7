// Public surface of the local SSM endpoint: start one in-process (tests, demo, benchmarks), load
// seeds, and the types of what it records.
// Everything server.ts exports is public: its defaults, startLocalEndpoint and the types of what it records.
export * from './server.js';
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
