// The --debug trace of the call: request and response lines, and the guarantee that no secret
// reaches stderr. Every line the call traces (ours and the SDK's log lines) goes through a
// redactor that knows each secret key and session token the run could use, in every form it
// could be printed: as is, URL-encoded, base64 (padded, unpadded, URL-safe) and JSON-escaped.
// Headers are redacted by name first (the signature, the session token), so a secret the
// redactor has not learnt yet cannot leak through them either.

export const REDACTED = '<redacted>';

/** The forms in which a secret could be printed. */
export function secretForms(secret: string): string[] {
  const base64 = Buffer.from(secret, 'utf8').toString('base64');
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(encodeURIComponent(secret)),
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(secret, 'utf8').toString('base64url'),
    JSON.stringify(secret).slice(1, -1),
    JSON.stringify(secret).slice(1, -1).replaceAll('/', '\\/'),
  ]);
  return [...forms].filter((form) => form.length > 0);
}

export class SecretRedactor {
  private forms: string[] = [];

  /** Learns a secret; short values (under 8 characters) would redact ordinary words, and real keys are longer. */
  add(secret: string | undefined): void {
    if (secret === undefined || secret.length < 8) return;
    const known = new Set(this.forms);
    for (const form of secretForms(secret)) known.add(form);
    // Longest first, so a form containing another is replaced whole.
    this.forms = [...known].sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let out = text;
    for (const form of this.forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
    return out;
  }

  /** A trace sink that redacts every line before it is written. */
  wrap(sink: (line: string) => void): (line: string) => void {
    return (line) => sink(this.redact(line));
  }
}

/** Every secret the settings could put on the wire: the environment's and every profile's. */
export function knownSecrets(env: Record<string, string | undefined>, sections: Iterable<Record<string, string | undefined>>): string[] {
  const secrets = [env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN, env.AWS_SECURITY_TOKEN];
  for (const section of sections) secrets.push(section.aws_secret_access_key, section.aws_session_token, section.aws_security_token);
  return secrets.filter((s): s is string => s !== undefined && s !== '');
}

/** Headers for the trace: the signature and the session token never appear. */
export function redactHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (/^authorization$/i.test(name)) out[name] = value.replace(/Signature=[^,\s]*/i, `Signature=${REDACTED}`);
    else if (/^x-amz-security-token$/i.test(name)) out[name] = REDACTED;
    else out[name] = value;
  }
  return out;
}

/** One header per line, as `name: value`, indented under the request or response line. */
export function headerLines(headers: Record<string, string | undefined>): string {
  return Object.entries(redactHeaders(headers))
    .map(([name, value]) => `\n    ${name}: ${value}`)
    .join('');
}

/**
 * The SDK's own debug lines that only repeat what the settings lines already say: each lookup
 * of a setting it did not find, and each step of the endpoint rules.
 */
const NOISE = /^(@smithy\/property-provider -> Not found|endpoints (evaluateCondition|evaluateTreeRule|Resolving endpoint|Resolved endpoint|assign))/;

/** The SDK's logger interface, routed to the trace; its warnings are not the user's to read. */
export function traceLogger(sink: ((line: string) => void) | undefined) {
  const line = (level: string) => (...args: unknown[]) => {
    if (level === 'debug' && typeof args[0] === 'string' && NOISE.test(args[0])) return;
    sink?.(`sdk ${level}: ${args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ')}`);
  };
  return { trace: line('trace'), debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}

/**
 * Keys whose string values are secrets in the objects the SDK logs. The SDK marks some of them
 * sensitive itself, not all: STS's AssumeRole output is logged with its SessionToken in clear,
 * before the provider returns it and the redactor can learn it.
 */
const SECRET_KEY = /secret|token|password/i;

function safeJson(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    const replacer = (key: string, v: unknown) =>
      typeof v === 'string' && SECRET_KEY.test(key) ? REDACTED : v instanceof Uint8Array ? `<${v.length} bytes>` : typeof v === 'bigint' ? String(v) : v;
    return JSON.stringify(value, replacer) ?? String(value);
  } catch {
    return String(value);
  }
}
