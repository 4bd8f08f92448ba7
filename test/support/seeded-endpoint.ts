// The embedded SSM endpoint as end-to-end tests start it: seeded with the documentation
// example's association (examples/local-endpoint-seed.json), with the test's own options.
import path from 'node:path';
import { loadSeed, startLocalEndpoint, type LocalEndpoint, type LocalEndpointOptions } from '../../src/local-endpoint/index.js';

const exampleSeed = path.resolve(import.meta.dirname, '..', '..', 'examples', 'local-endpoint-seed.json');

export async function startSeededEndpoint(options: LocalEndpointOptions = {}): Promise<LocalEndpoint> {
  return startLocalEndpoint({ seed: await loadSeed(exampleSeed), ...options });
}
