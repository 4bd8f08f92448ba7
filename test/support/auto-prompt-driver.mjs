// @ts-check
// Runs promptForParameters for update-association-status on this process's own terminal, for the
// pty tests (for what only the dialogue shows). argv: the bundled auto-prompt module (with
// operationNamed beside it), then the `current` values as JSON. Prints `RESULT <json>` on success; a CliError is
// reported as the edge does (message on stderr, its exit code).
import { pathToFileURL } from 'node:url';

/** @type {typeof import('../../src/cli/auto-prompt.js') & typeof import('../../src/model/operations.js')} */
const mod = await import(pathToFileURL(String(process.argv[2])).href);
const current = JSON.parse(process.argv[3] ?? '{}');
try {
  const result = await mod.promptForParameters(mod.operationNamed('UpdateAssociationStatus'), current, {
    input: process.stdin,
    output: process.stdout,
    isTTY: process.stdin.isTTY === true,
    now: () => new Date('2024-05-06T07:08:09.250Z'),
  });
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
} catch (caught) {
  const error = /** @type {{ exitCode?: unknown, message?: string } | undefined} */ (caught);
  if (typeof error?.exitCode !== 'number') throw error;
  if (error.message !== '') process.stderr.write(`\n${error.message}\n`);
  process.exitCode = error.exitCode;
}
