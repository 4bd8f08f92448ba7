// dist/ssm-assoc.cjs.cache: V8's code cache for the CLI bundle, recorded by running the
// documentation call (the one `npm run bench` times) against the local endpoint, so later calls
// skip parsing and compiling. Without a cache every call still works, only slower: a cache that
// cannot be recorded, or that V8 then refuses, is a warning, not a failed build.
import path from 'node:path';
import { dist } from './dist.mjs';
import { runLauncher } from './built-cli.mjs';
import { startLocalEndpointProcess } from '../local-endpoint-process.mjs';

async function recordCodeCache(env) {
  const endpoint = await startLocalEndpointProcess();
  try {
    const args = [
      'update-association-status',
      '--name', 'AWS-UpdateSSMAgent',
      '--instance-id', 'i-1234567890abcdef0',
      '--association-status', 'Date=1424421071.939,Name=Pending,Message=code-cache,AdditionalInfo=Additional-Config-Needed',
      '--endpoint-url', endpoint.url,
    ];
    runLauncher('require(process.argv[1]).launch(process.argv.slice(3), { writeCodeCache: process.argv[2] })', [path.join(dist, 'ssm-assoc.cjs.cache'), ...args], {
      ...env,
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      AWS_DEFAULT_REGION: 'us-east-1',
    });
  } finally {
    endpoint.child.kill('SIGTERM');
  }
}

/** Records the cache, then checks that the launcher uses it. */
export async function writeCodeCache(env) {
  try {
    await recordCodeCache(env);
  } catch (error) {
    process.stderr.write(`build: warning: could not record the code cache: ${error.message}\n`);
  }
  const use = runLauncher('process.stdout.write(require(process.argv[1]).loadCli().codeCache)', [], env);
  if (use !== 'used') process.stderr.write(`build: warning: the recorded code cache is not used (${use}); calls will start slower\n`);
}
