// Entry point of the local SSM endpoint (bundled to dist/local-endpoint.mjs): runs the command
// line in cli.ts against the real process streams and signals and exits with its code.
import { runEndpointCli } from './cli.js';

runEndpointCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  signals: process,
}).then(
  // exitCode rather than exit(): let stdout drain; nothing else keeps the loop alive after close().
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`local-endpoint: error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
