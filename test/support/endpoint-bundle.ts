// Bundles src/local-endpoint/main.ts the way the build makes dist/local-endpoint.mjs, for tests
// that run the endpoint as a real process. 'module' first: the ESM builds of the smithy and
// aws-crypto packages, whose CJS builds would need `require` inside an ESM bundle.
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..', '..');

export async function bundleLocalEndpoint(outfile: string): Promise<void> {
  await build({
    entryPoints: [path.join(root, 'src', 'local-endpoint', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'silent',
  });
}
