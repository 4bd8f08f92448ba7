// The built local endpoint (dist/local-endpoint.mjs) as a child process on a free port of
// 127.0.0.1, for the scripts that run the CLI against it: the build's code-cache recording,
// `npm run demo` and `npm run bench`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Starts the endpoint with `seed` (the documentation example's association by default) and
 * `args`, and resolves once it listens, with its URL. With `requests`, it runs --verbose and each
 * request's log line ("POST / AmazonSSM.Op -> 200 (N ms)") is pushed onto that array; otherwise
 * its stderr is ours.
 * @param {{ seed?: string, args?: string[], requests?: string[] }} [options]
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, url: string }>}
 */
export async function startLocalEndpointProcess({ seed = path.join(root, 'examples/local-endpoint-seed.json'), args = [], requests } = {}) {
  const child = spawn(process.execPath, [path.join(root, 'dist/local-endpoint.mjs'), '--port', '0', '--seed', seed, ...(requests ? ['--verbose'] : []), ...args], {
    stdio: ['ignore', 'pipe', requests ? 'pipe' : 'inherit'],
  });
  if (requests && child.stderr) readline.createInterface({ input: child.stderr }).on('line', (line) => requests.push(line));
  const line = await new Promise((resolve, reject) => {
    if (child.stdout) readline.createInterface({ input: child.stdout }).once('line', resolve);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`local endpoint exited with ${code} before listening`)));
  });
  const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(String(line))?.[1];
  if (!url) {
    child.kill('SIGTERM');
    throw new Error(`unexpected local endpoint banner: ${line}`);
  }
  child.stdout?.resume();
  return { child, url };
}
