// The --ca-bundle file (or AWS_CA_BUNDLE, the profile's ca_bundle), checked as OpenSSL's
// load_verify_locations checks it for the reference:
//
//   bundle = *( other-text / pem-block )          ; text outside the blocks is ignored
//   pem-block = "-----BEGIN " label "-----" base64 "-----END " label "-----"
// A block that does not end, does not decode, or (for a certificate) is not an X.509
// certificate fails the whole bundle with `[X509] PEM lib`; a bundle without any certificate
// or CRL with `[X509: NO_CERTIFICATE_OR_CRL_FOUND]`. Read asynchronously and bounded
// (src/file-read.ts), so a FIFO or a huge file cannot hang or exhaust the process.
import { X509Certificate } from 'node:crypto';
import { CliError } from '../errors.js';
import { FileTooLargeError, readFileBounded, sizeText } from '../file-read.js';
import { pyOsError } from '../python/os-error.js';

/** The largest CA bundle read (the system's whole trust store is about 200 KiB). */
export const CA_BUNDLE_LIMIT = 16 * 2 ** 20;

const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const CRL_LABELS = new Set(['X509 CRL']);
const BEGIN = /-----BEGIN ([^\n-]*)-----/g;
const BASE64 = /^[A-Za-z0-9+/=\s]*$/;

type Verdict = 'ok' | 'pem-lib' | 'no-certificate';

/** What OpenSSL makes of the bundle's text. */
export function checkPemBundle(text: string): Verdict {
  let found = 0;
  BEGIN.lastIndex = 0;
  for (let match = BEGIN.exec(text); match !== null; match = BEGIN.exec(text)) {
    const label = match[1]!;
    const end = text.indexOf(`-----END ${label}-----`, BEGIN.lastIndex);
    if (end < 0) return 'pem-lib';
    const body = text.slice(BEGIN.lastIndex, end);
    BEGIN.lastIndex = end;
    if (!BASE64.test(body)) return 'pem-lib';
    if (CERTIFICATE_LABELS.has(label)) {
      try {
        new X509Certificate(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
      } catch {
        return 'pem-lib';
      }
      found++;
    } else if (CRL_LABELS.has(label)) {
      found++;
    }
  }
  return found === 0 ? 'no-certificate' : 'ok';
}

/** The bundle's bytes for the TLS agent, or the reference's `SSL validation failed for URL ...`. */
export async function readCaBundle(file: string, url: string): Promise<Buffer> {
  const failed = (reason: string) => new CliError('other', `SSL validation failed for ${url} ${reason}`);
  let bundle: Buffer;
  try {
    bundle = await readFileBounded(file, CA_BUNDLE_LIMIT);
  } catch (error) {
    if (error instanceof FileTooLargeError) throw failed(`the CA bundle ${file} is larger than the ${sizeText(error.limit)} limit`);
    throw failed(pyOsError(error) ?? (error as Error).message);
  }
  const verdict = checkPemBundle(bundle.toString('latin1'));
  if (verdict === 'pem-lib') throw failed('[X509] PEM lib (_ssl.c:4123)');
  if (verdict === 'no-certificate') throw failed('[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found');
  return bundle;
}
