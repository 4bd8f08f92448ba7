// End to end: TLS. A certificate authority and server certificates are made at test time with
// the openssl CLI; an HTTPS server on 127.0.0.1 presents them. The certificate must be rejected
// by default, accepted when the CA comes from --ca-bundle, AWS_CA_BUNDLE or the profile's
// ca_bundle, and accepted with --no-verify-ssl after a one-line warning; the same through a
// tunnelling proxy (HTTPS_PROXY), where the endpoint's certificate is checked end to end.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { runBin, type BinResult } from '../support/run-bin.js';
import { startForwardProxy } from '../support/forward-proxy.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const ARGS = ['update-association-status', '--name', 'AWS-UpdateSSMAgent', '--instance-id', 'i-1234567890abcdef0', '--association-status', 'Date=1424421071,Name=Pending,Message=tls'];
const BODY = '{"AssociationDescription": {"Name": "AWS-UpdateSSMAgent"}}';
const OK = { code: 0, stdout: '{\n    "AssociationDescription": {\n        "Name": "AWS-UpdateSSMAgent"\n    }\n}\n', stderr: '' };
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

let dir: string;
const file = (name: string) => path.join(dir, name);

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
}

/** A CA, and a key and certificate for `name` signed by it (or self-signed without a CA). */
function makeCertificates(): void {
  for (const ca of ['ca', 'other-ca']) {
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${ca}.key`, '-out', `${ca}.pem`, '-days', '2', '-subj', `/CN=ssm-assoc test ${ca}`);
  }
  const leaf = (name: string, san: string) => {
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    fs.writeFileSync(file(`${name}.ext`), `subjectAltName=${san}\n`);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '2', '-extfile', `${name}.ext`);
  };
  leaf('localhost-ip', 'IP:127.0.0.1');
  leaf('wrong-name', 'DNS:other.example');
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'self.key', '-out', 'self.pem', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1');
}

interface TlsServer {
  url: string;
  requests: number;
  close: () => Promise<void>;
}

async function tlsServer(name: string): Promise<TlsServer> {
  const state = { requests: 0 };
  const server = https.createServer({ key: fs.readFileSync(file(`${name}.key`)), cert: fs.readFileSync(file(`${name}.pem`)) }, (req, res) => {
    req.resume();
    req.on('end', () => {
      state.requests += 1;
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(BODY);
    });
  });
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `https://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function run(args: string[], env: Record<string, string> = {}): Promise<BinResult> {
  return runBin([...ARGS, ...args], {
    home: dir,
    env: {
      AWS_CONFIG_FILE: file('config'),
      AWS_SHARED_CREDENTIALS_FILE: file('credentials'),
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'tls-test-secret-key',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_MAX_ATTEMPTS: '1',
      ...env,
    },
  });
}

const failed = (url: string, reason: string) => ({ code: 255, stdout: '', stderr: `\nSSL validation failed for ${url}/ ${reason}\n` });

describe.skipIf(!hasOpenssl)('TLS against an HTTPS server with a certificate made for this test', () => {
  let server: TlsServer;

  beforeAll(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssm-assoc-tls-')));
    makeCertificates();
    server = await tlsServer('localhost-ip');
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rejects the certificate by default: its CA is not trusted', async () => {
    expect(await run(['--endpoint-url', server.url])).toEqual(
      failed(server.url, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to verify the first certificate'),
    );
    expect(server.requests).toBe(0);
  });

  it('accepts it with --no-verify-ssl, after one warning line', async () => {
    expect(await run(['--endpoint-url', server.url, '--no-verify-ssl'])).toEqual({
      ...OK,
      stderr: "InsecureRequestWarning: Unverified HTTPS request is being made to host '127.0.0.1'. Adding certificate verification is strongly advised.\n",
    });
  });

  it.each([
    ['--ca-bundle', () => ({ args: ['--ca-bundle', file('ca.pem')], env: {} })],
    ['AWS_CA_BUNDLE', () => ({ args: [], env: { AWS_CA_BUNDLE: file('ca.pem') } })],
    ['ca_bundle in the profile', () => {
      fs.writeFileSync(file('profile-config'), `[default]\nca_bundle = ${file('ca.pem')}\n`);
      return { args: [], env: { AWS_CONFIG_FILE: file('profile-config') } };
    }],
    ['--ca-bundle over a wrong AWS_CA_BUNDLE', () => ({ args: ['--ca-bundle', file('ca.pem')], env: { AWS_CA_BUNDLE: file('other-ca.pem') } })],
  ])('trusts the CA given by %s', async (_name, setup) => {
    const { args, env } = setup();
    expect(await run(['--endpoint-url', server.url, ...args], env)).toEqual(OK);
  });

  it('rejects the certificate when the bundle holds another CA', async () => {
    expect(await run(['--endpoint-url', server.url, '--ca-bundle', file('other-ca.pem')])).toEqual(
      failed(server.url, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to verify the first certificate'),
    );
  });

  it('reports a bundle that does not exist, or holds no certificate, as the reference does', async () => {
    expect(await run(['--endpoint-url', server.url, '--ca-bundle', file('missing.pem')])).toEqual(failed(server.url, '[Errno 2] No such file or directory'));
    expect(await run(['--endpoint-url', server.url], { AWS_CA_BUNDLE: file('missing.pem') })).toEqual(failed(server.url, '[Errno 2] No such file or directory'));
    expect(await run(['--endpoint-url', server.url, '--ca-bundle', file('ca.key')])).toEqual(
      failed(server.url, '[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found'),
    );
  });

  it('rejects a certificate for another name, even from a trusted CA', async () => {
    const other = await tlsServer('wrong-name');
    try {
      const result = await run(['--endpoint-url', other.url, '--ca-bundle', file('ca.pem')]);
      expect(result).toEqual(
        failed(other.url, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list: "),
      );
    } finally {
      await other.close();
    }
  });

  it('rejects a self-signed certificate', async () => {
    const self = await tlsServer('self');
    try {
      expect(await run(['--endpoint-url', self.url])).toEqual(failed(self.url, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate'));
      expect(await run(['--endpoint-url', self.url, '--ca-bundle', file('self.pem')])).toEqual(OK);
    } finally {
      await self.close();
    }
  });

  describe('through HTTPS_PROXY (CONNECT)', () => {
    it('tunnels to the endpoint, with the proxy credentials from the URL and the CA bundle for the endpoint', async () => {
      const proxy = await startForwardProxy();
      try {
        const before = server.requests;
        const proxyUrl = proxy.url.replace('http://', 'http://ops:pa%20ss@');
        expect(await run(['--endpoint-url', server.url, '--ca-bundle', file('ca.pem')], { HTTPS_PROXY: proxyUrl })).toEqual(OK);
        expect(server.requests).toBe(before + 1);
        expect(proxy.requests).toEqual([{ method: 'CONNECT', target: server.url.replace('https://', ''), proxyAuthorization: `Basic ${Buffer.from('ops:pa ss').toString('base64')}` }]);
      } finally {
        await proxy.close();
      }
    });

    it('still rejects a certificate the endpoint cannot prove', async () => {
      const proxy = await startForwardProxy();
      try {
        expect(await run(['--endpoint-url', server.url], { HTTPS_PROXY: proxy.url })).toEqual(
          failed(server.url, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to verify the first certificate'),
        );
        expect(proxy.requests.map((r) => r.method)).toEqual(['CONNECT']);
      } finally {
        await proxy.close();
      }
    });

    it('checks the endpoint certificate against the endpoint host, not the proxy or "localhost"', async () => {
      const proxy = await startForwardProxy();
      const other = await tlsServer('wrong-name');
      try {
        expect(await run(['--endpoint-url', other.url, '--ca-bundle', file('ca.pem')], { HTTPS_PROXY: proxy.url })).toEqual(
          failed(other.url, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list: "),
        );
        expect(other.requests).toBe(0);
      } finally {
        await other.close();
        await proxy.close();
      }
    });

    it('a proxy that refuses to tunnel (407) is a proxy failure, with the credentials masked', async () => {
      const proxy = await startForwardProxy({ refuseConnect: 407 });
      try {
        const before = server.requests;
        const proxyUrl = proxy.url.replace('http://', 'http://ops:secret@');
        expect(await run(['--endpoint-url', server.url, '--ca-bundle', file('ca.pem')], { HTTPS_PROXY: proxyUrl })).toEqual({
          code: 255,
          stdout: '',
          stderr: `\nFailed to connect to proxy URL: "${proxy.url.replace('http://', 'http://***:***@')}"\n`,
        });
        expect(server.requests).toBe(before);
        expect(proxy.requests).toHaveLength(1);
      } finally {
        await proxy.close();
      }
    });
  });

  it('reports an https URL answered by a plain-HTTP server', async () => {
    const { createServer } = await import('node:http');
    const plain = createServer((_req, res) => res.end());
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(plain.address() as { port: number }).port}`;
    try {
      expect(await run(['--endpoint-url', url])).toEqual(failed(url, '[SSL: WRONG_VERSION_NUMBER] wrong version number'));
    } finally {
      await new Promise<void>((resolve) => plain.close(() => resolve()));
    }
  });
});
