// The CA bundle check, against what the reference (OpenSSL under Python's ssl) said for each
// bundle, recorded with an HTTPS endpoint on 127.0.0.1: `[X509] PEM lib (_ssl.c:4123)` for a
// broken PEM block, NO_CERTIFICATE_OR_CRL_FOUND without any certificate, and text outside the
// blocks ignored.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPemBundle, readCaBundle } from '../../src/call/ca-bundle.js';

let dir: string;
let cert: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-bundle-test-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'k.pem', '-out', 'c.pem', '-days', '2', '-subj', '/CN=t'], { cwd: dir, stdio: 'ignore' });
  cert = fs.readFileSync(path.join(dir, 'c.pem'), 'utf8');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const block = (body: string) => `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;

describe('checkPemBundle', () => {
  it('accepts certificates, with any text around them', () => {
    expect(checkPemBundle(cert)).toBe('ok');
    expect(checkPemBundle(`# comment\n${cert}trailing garbage\n`)).toBe('ok');
  });

  it.each<[string, () => string]>([
    ['a block of garbage', () => block('garbage')],
    ['base64 that is not a certificate', () => block(Buffer.from('hello there friend').toString('base64'))],
    ['a BEGIN line alone', () => '-----BEGIN CERTIFICATE-----\n'],
    ['a truncated certificate', () => cert.slice(0, 300)],
    ['a good certificate, then a broken one', () => cert + block('garbage')],
  ])('fails %s as PEM lib', (_name, text) => {
    expect(checkPemBundle(text())).toBe('pem-lib');
  });

  it('finds no certificate in other text or an empty file', () => {
    expect(checkPemBundle('hello world\n')).toBe('no-certificate');
    expect(checkPemBundle('')).toBe('no-certificate');
  });
});

describe('readCaBundle', () => {
  it("fails with the reference's bytes", async () => {
    const file = path.join(dir, 'bad.pem');
    fs.writeFileSync(file, block('garbage'));
    await expect(readCaBundle(file, 'https://127.0.0.1:1/')).rejects.toMatchObject({
      message: 'SSL validation failed for https://127.0.0.1:1/ [X509] PEM lib (_ssl.c:4123)',
      exitCode: 255,
    });
    expect((await readCaBundle(path.join(dir, 'c.pem'), 'https://x/')).toString()).toBe(cert);
  });
});
