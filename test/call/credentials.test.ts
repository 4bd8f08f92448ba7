// The SDK provider for each planned source, run for real: credential_process scripts in a
// temporary directory, token files that are missing, SSO caches that are empty. Failures must
// come out in the reference's words.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { credentialProvider, memoizeProvider, NO_CREDENTIALS, type Identity } from '../../src/call/credentials.js';
import { pyOsError } from '../../src/python/os-error.js';
import type { CredentialPlan } from '../../src/call/credential-plan.js';
import { traceLogger } from '../../src/call/trace.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-creds-')));
  dirs.push(dir);
  return dir;
}

/** A config file whose default profile runs `script` (sh) as its credential_process. */
function processProfile(script: string): { configPath: string; credentialsPath: string; command: string } {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'creds.sh'), script);
  const command = `sh ${path.join(dir, 'creds.sh')}`;
  fs.writeFileSync(path.join(dir, 'config'), `[default]\ncredential_process = ${command}\n`);
  return { configPath: path.join(dir, 'config'), credentialsPath: path.join(dir, 'credentials'), command };
}

async function failure(promise: Promise<unknown>): Promise<{ message: string; exitCode: number }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
    throw error;
  }
  throw new Error('expected a CliError');
}

const logger = traceLogger(undefined);

function run(plan: CredentialPlan, paths: { configPath?: string; credentialsPath?: string } = {}, env: Record<string, string> = {}): Promise<Identity> {
  return credentialProvider(plan, { env, logger, ...paths })();
}

describe('pyOsError', () => {
  it("words errno codes as Python's OSError does", () => {
    expect(pyOsError({ code: 'ENOENT' }, '/x')).toBe("[Errno 2] No such file or directory: '/x'");
    expect(pyOsError({ code: 'EACCES' })).toBe('[Errno 13] Permission denied');
    expect(pyOsError({ code: 'EISDIR' }, '/d')).toBe("[Errno 21] Is a directory: '/d'");
    expect(pyOsError({ code: 'EOTHER' })).toBeUndefined();
    expect(pyOsError(undefined)).toBeUndefined();
  });
});

describe('credentialProvider', () => {
  it('none: no credentials, exit 253', async () => {
    expect(await failure(run({ source: 'none' }))).toEqual({ message: NO_CREDENTIALS, exitCode: 253 });
  });

  it('static keys from a file', async () => {
    const keys = { accessKeyId: 'AKIDFILE', secretAccessKey: 'file-secret', sessionToken: 'tok' };
    expect(await run({ source: 'config-file', profile: 'default', keys })).toEqual(keys);
  });

  it('credential_process: the identity it prints', async () => {
    const paths = processProfile(`echo '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "proc-secret", "SessionToken": "proc-token", "Expiration": "2999-01-01T00:00:00Z"}'\n`);
    const identity = await run({ source: 'custom-process', profile: 'default', command: paths.command }, paths);
    expect(identity).toMatchObject({ accessKeyId: 'AKIDPROC', secretAccessKey: 'proc-secret', sessionToken: 'proc-token', expiration: new Date('2999-01-01T00:00:00Z') });
  });

  it('credential_process that fails: its stderr, as the reference prints it', async () => {
    const paths = processProfile('echo "vault sealed" >&2\nexit 3\n');
    expect(await failure(run({ source: 'custom-process', profile: 'default', command: paths.command }, paths))).toEqual({
      message: 'Error when retrieving credentials from custom-process: vault sealed\n',
      exitCode: 255,
    });
  });

  it('credential_process whose program does not exist: the OSError the reference prints', async () => {
    const dir = tempDir();
    const program = path.join(dir, 'no-such-program');
    fs.writeFileSync(path.join(dir, 'config'), `[default]\ncredential_process = ${program} --flag\n`);
    const paths = { configPath: path.join(dir, 'config'), credentialsPath: path.join(dir, 'credentials') };
    expect(await failure(run({ source: 'custom-process', profile: 'default', command: `${program} --flag` }, paths))).toEqual({
      message: `[Errno 2] No such file or directory: '${program}'`,
      exitCode: 255,
    });
  });

  it('credential_process with expired credentials, or bad output', async () => {
    const expired = processProfile(`echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", "Expiration": "2000-01-01T00:00:00Z"}'\n`);
    expect((await failure(run({ source: 'custom-process', profile: 'default', command: expired.command }, expired))).message).toBe(
      'Credentials were refreshed, but the refreshed credentials are still expired.',
    );
    const garbage = processProfile('echo not json\n');
    // botocore does not catch json.loads' error: its text is the whole message.
    expect((await failure(run({ source: 'custom-process', profile: 'default', command: garbage.command }, garbage))).message).toBe(
      'Expecting value: line 1 column 1 (char 0)',
    );
  });

  it('web identity with a token file that does not exist', async () => {
    const file = path.join(tempDir(), 'token');
    const plan: CredentialPlan = { source: 'assume-role-with-web-identity', tokenFile: file, roleArn: 'arn:aws:iam::123456789012:role/r', roleSessionName: undefined, from: 'profile' };
    expect(await failure(run(plan))).toEqual({ message: `[Errno 2] No such file or directory: '${file}'`, exitCode: 255 });
  });

  it('environment keys, with the token from AWS_SECURITY_TOKEN when AWS_SESSION_TOKEN is absent', async () => {
    const saved = { ...process.env };
    try {
      process.env.AWS_ACCESS_KEY_ID = 'AKIDENV';
      process.env.AWS_SECRET_ACCESS_KEY = 'env-secret';
      delete process.env.AWS_SESSION_TOKEN;
      const identity = await run({ source: 'env' }, {}, { AWS_SECURITY_TOKEN: 'legacy-token' });
      expect(identity).toMatchObject({ accessKeyId: 'AKIDENV', secretAccessKey: 'env-secret', sessionToken: 'legacy-token' });
    } finally {
      process.env = saved;
    }
  });
});

describe('memoizeProvider', () => {
  it('resolves once, again only when the identity is about to expire', async () => {
    let calls = 0;
    let expiration: Date | undefined = new Date(Date.now() + 3_600_000);
    const provider = memoizeProvider(async () => {
      calls += 1;
      return { accessKeyId: `A${calls}`, secretAccessKey: 's', ...(expiration ? { expiration } : {}) };
    });
    expect((await provider()).accessKeyId).toBe('A1');
    expect((await provider()).accessKeyId).toBe('A1');
    expiration = new Date(Date.now() + 10_000);
    const memo2 = memoizeProvider(async () => {
      calls += 1;
      return { accessKeyId: `B${calls}`, secretAccessKey: 's', expiration: expiration! };
    });
    await memo2();
    await memo2();
    expect(calls).toBe(3);
  });

  it('keeps a failure', async () => {
    let calls = 0;
    const provider = memoizeProvider(async () => {
      calls += 1;
      throw new CliError('other', 'broken');
    });
    await expect(provider()).rejects.toThrow('broken');
    await expect(provider()).rejects.toThrow('broken');
    expect(calls).toBe(1);
  });
});
