// credential_process run as botocore runs it: real processes (sh), their answers checked in
// botocore's words. The differential cases in config.mjs and edges-settings.mjs run them end to end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { thrownCliError as failure } from '../support/cli-error.js';
import { processIdentity, runCredentialProcess } from '../../src/call/process-credentials.js';

const FRAME = 'Error when retrieving credentials from custom-process: ';

describe('processIdentity', () => {
  it('takes the keys, token and expiration', () => {
    expect(processIdentity('{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", "SessionToken": "t", "Expiration": "2999-01-01T00:00:00Z"}')).toEqual({
      accessKeyId: 'A',
      secretAccessKey: 's',
      sessionToken: 't',
      expiration: new Date('2999-01-01T00:00:00Z'),
    });
    // Python's 1 == 1.0 == True.
    expect(processIdentity('{"Version": 1.0, "AccessKeyId": "A", "SecretAccessKey": "s"}').accessKeyId).toBe('A');
    expect(processIdentity('{"Version": true, "AccessKeyId": "A", "SecretAccessKey": "s"}').accessKeyId).toBe('A');
  });

  it("words refusals as botocore's ProcessProvider does", () => {
    expect(failure(() => processIdentity('not json')).message).toBe('Expecting value: line 1 column 1 (char 0)');
    expect(failure(() => processIdentity('{"Version": 2}')).message).toBe(`${FRAME}Unsupported version '2' for credential process provider, supported versions: 1`);
    expect(failure(() => processIdentity('{"Version": "1"}')).message).toBe(`${FRAME}Unsupported version '1' for credential process provider, supported versions: 1`);
    expect(failure(() => processIdentity('{"Version": null}')).message).toBe(`${FRAME}Unsupported version 'None' for credential process provider, supported versions: 1`);
    expect(failure(() => processIdentity('{}')).message).toBe(`${FRAME}Unsupported version '<Version key not provided>' for credential process provider, supported versions: 1`);
    expect(failure(() => processIdentity('{"Version": 1, "SecretAccessKey": "s"}')).message).toBe(`${FRAME}Missing required key in response: 'AccessKeyId'`);
    expect(failure(() => processIdentity('{"Version": 1, "AccessKeyId": "A"}')).message).toBe(`${FRAME}Missing required key in response: 'SecretAccessKey'`);
  });

  it('says what is wrong where botocore crashes', () => {
    expect(failure(() => processIdentity('[1, 2]')).message).toBe(`${FRAME}the process printed [1, 2], not a JSON object`);
    expect(failure(() => processIdentity('2.0')).message).toBe(`${FRAME}the process printed 2.0, not a JSON object`);
    expect(failure(() => processIdentity('{"Version": 1, "AccessKeyId": null, "SecretAccessKey": "s"}')).message).toBe(`${FRAME}AccessKeyId in the response must be a string, not None`);
    expect(failure(() => processIdentity('{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", "Expiration": "2000-01-01T00:00:00Z"}'))).toEqual({
      message: 'Credentials were refreshed, but the refreshed credentials are still expired.',
      exitCode: 255,
    });
  });
});

describe('runCredentialProcess', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-process-'));
  const script = (name: string, body: string) => {
    fs.writeFileSync(path.join(dir, name), body);
    return path.join(dir, name);
  };

  it('runs the command split like shlex, without a shell', async () => {
    const file = script('ok.sh', 'printf \'{"Version": 1, "AccessKeyId": "%s", "SecretAccessKey": "s"}\' "$1"\n');
    await expect(runCredentialProcess(`sh ${file} 'two words'`)).resolves.toEqual({ accessKeyId: 'two words', secretAccessKey: 's' });
  });

  it('reports a failing process with its stderr, and a missing program as an OSError', async () => {
    const file = script('fail.sh', 'echo "vault is sealed" >&2\nexit 3\n');
    await expect(runCredentialProcess(`sh ${file}`)).rejects.toThrow(`${FRAME}vault is sealed\n`);
    await expect(runCredentialProcess(`${dir}/missing --flag`)).rejects.toThrow(`[Errno 2] No such file or directory: '${dir}/missing'`);
  });
});
