// Signs a request to the local endpoint with SigV4 as the SDK's own signer does, for tests that
// send it themselves (raw, or spoiled one way at a time): by default the endpoint's credentials,
// us-east-1, service ssm, an UpdateAssociationStatus JSON request.
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_ACCESS_KEY } from '../../src/local-endpoint/index.js';

export interface Signing {
  body: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  region?: string;
  service?: string;
  signingDate?: Date;
  applyChecksum?: boolean;
  /** Headers added to (or replacing) the content type and target. */
  extraHeaders?: Record<string, string>;
}

/** The headers to send with `s.body` to `endpointUrl`, signed. */
export async function signRequest(endpointUrl: string, s: Signing): Promise<{ headers: Record<string, string>; body: string }> {
  const url = new URL(endpointUrl);
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: s.accessKeyId ?? DEFAULT_ACCESS_KEY_ID,
      secretAccessKey: s.secretAccessKey ?? DEFAULT_SECRET_ACCESS_KEY,
      ...(s.sessionToken === undefined ? {} : { sessionToken: s.sessionToken }),
    },
    region: s.region ?? 'us-east-1',
    service: s.service ?? 'ssm',
    sha256: Sha256,
    applyChecksum: s.applyChecksum ?? false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: '/',
      headers: {
        host: url.host,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AmazonSSM.UpdateAssociationStatus',
        ...s.extraHeaders,
      },
      body: s.body,
    }),
    s.signingDate === undefined ? {} : { signingDate: s.signingDate },
  );
  return { headers: signed.headers, body: s.body };
}
