// @ts-check
// Runs one differential case: writes the case's files into a fresh directory, starts the
// scripted endpoint with the case's responses, runs a CLI (the reference `aws ssm ...` or
// `bin/ssm-assoc ...`) with the case's arguments and a sealed environment, and returns what
// it printed and what reached the endpoint, with run-specific values put back as placeholders.
//
// Placeholders, in args, env, stdin and file contents: {endpoint} (the scripted endpoint's
// URL), {dir} (the case's working directory, also the process's cwd).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startScriptedEndpoint } from './scripted-endpoint.mjs';

export const TEST_ACCESS_KEY_ID = 'AKIDEXAMPLE';
export const TEST_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

/**
 * The environment every case starts from: no metadata service, a throwaway home.
 * @param {string} home
 * @returns {Record<string, string>}
 */
export function sealedEnv(home) {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    HOME: home,
    AWS_CONFIG_FILE: path.join(home, '.aws', 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, '.aws', 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: TEST_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: TEST_SECRET_ACCESS_KEY,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_PAGER: '',
  };
}

/** @typedef {{ endpoint: string, dir: string }} Vars */

/**
 * @param {string} text
 * @param {Vars} vars
 */
function substitute(text, vars) {
  return text.replaceAll('{endpoint}', vars.endpoint).replaceAll('{dir}', vars.dir);
}

/**
 * @param {string} text
 * @param {Vars} vars
 */
function unsubstitute(text, vars) {
  return text.replaceAll(vars.dir, '{dir}').replaceAll(vars.endpoint, '{endpoint}');
}

/**
 * One differential case as the case files spell it (test/reference-cases/NOTES.md).
 * @typedef {object} ReferenceCaseInput
 * @property {string[]} args
 * @property {import('./scripted-endpoint.mjs').ScriptedResponse[]} [responses]
 * @property {Record<string, string>} [files]
 * @property {Record<string, string | null>} [env]
 * @property {string} [stdin]
 */

/**
 * What a CLI printed for a case, and what reached the endpoint.
 * @typedef {object} CaseRun
 * @property {number | string | null} exitCode
 * @property {string} stdout
 * @property {string} stderr
 * @property {Array<{ target: string | string[] | null, body: unknown }>} requests
 */

/**
 * @param {{command: string[], case: ReferenceCaseInput, env?: Record<string, string>, timeoutMs?: number}} opts
 *   command: the program and leading words, e.g. ['/usr/bin/aws', 'ssm', 'update-association-status']
 *   env: added to the sealed environment before the case's own env (the recorder's AWS_DATA_PATH)
 * @returns {Promise<CaseRun>}
 */
export async function runCase({ command, case: c, env: baseEnv = {}, timeoutMs = 60000 }) {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-case-')));
  const home = path.join(dir, 'home');
  fs.mkdirSync(path.join(home, '.aws'), { recursive: true });
  const endpoint = await startScriptedEndpoint(c.responses);
  const vars = { endpoint: endpoint.url, dir };
  try {
    for (const [name, content] of Object.entries(c.files ?? {})) {
      const file = path.join(dir, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, substitute(String(content), vars));
    }
    /** @type {Record<string, string>} */
    const env = { ...sealedEnv(home), ...baseEnv };
    for (const [k, v] of Object.entries(c.env ?? {})) {
      if (v === null) delete env[k];
      else env[k] = substitute(String(v), vars);
    }
    const args = [...command.slice(1), ...c.args.map((a) => substitute(a, vars))];
    /** @type {{ exitCode: number | string | null, stdout: string, stderr: string }} */
    const result = await new Promise((resolve, reject) => {
      const child = spawn(/** @type {string} */ (command[0]), args, { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
      /** @type {Buffer[]} */
      const out = [];
      /** @type {Buffer[]} */
      const err = [];
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => err.push(d));
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({
          exitCode: code ?? (signal ? `signal ${signal}` : null),
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        });
      });
      child.stdin.end(c.stdin === undefined ? '' : substitute(c.stdin, vars));
    });
    return {
      exitCode: result.exitCode,
      stdout: unsubstitute(result.stdout, vars),
      stderr: unsubstitute(result.stderr, vars),
      requests: endpoint.requests.map((r) => ({
        target: r.headers['x-amz-target'] ?? null,
        body: parseBody(r.body),
      })),
    };
  } finally {
    await endpoint.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {string} body */
function parseBody(body) {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
