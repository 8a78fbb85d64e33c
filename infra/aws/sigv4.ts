/**
 * AWS Signature Version 4 for one request, with node:crypto only. It exists so the Lambda bundle can
 * read one SSM parameter at cold start without shipping (or depending on the runtime's copy of) the
 * AWS SDK: see docs/deploy.md, "The OpenRouter key".
 */
import { createHash, createHmac } from 'node:crypto';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface SignableRequest {
  method: string;
  host: string;
  path: string;
  /** Already-encoded query pairs; sorted here as SigV4 requires. */
  query?: [string, string][];
  /** Header names in any case; `host` and `x-amz-date` are added. */
  headers: Record<string, string>;
  body: string;
}

export interface SignOptions {
  region: string;
  service: string;
  /** Signing time; tests pass a fixed one. */
  now: Date;
}

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** `20150830T123600Z`: the ISO time without separators or milliseconds. */
export function amzDate(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The headers to send (lower-case names), including `authorization`, for `req` signed with `creds`. */
export function signRequest(
  req: SignableRequest,
  creds: Credentials,
  opts: SignOptions,
): Record<string, string> {
  const stamp = amzDate(opts.now);
  const day = stamp.slice(0, 8);
  const headers: Record<string, string> = { host: req.host, 'x-amz-date': stamp };
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = v;
  if (creds.sessionToken) headers['x-amz-security-token'] = creds.sessionToken;

  const names = Object.keys(headers).sort();
  const canonicalHeaders = names
    .map((n) => `${n}:${(headers[n] ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const signedHeaders = names.join(';');
  const query = [...(req.query ?? [])]
    .sort(([a, x], [b, y]) => (a === b ? cmp(x, y) : cmp(a, b)))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalRequest = [
    req.method,
    req.path,
    query,
    canonicalHeaders,
    signedHeaders,
    sha256Hex(req.body),
  ].join('\n');

  const scope = `${day}/${opts.region}/${opts.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256Hex(canonicalRequest)].join('\n');
  const signature = createHmac('sha256', signingKey(creds.secretAccessKey, day, opts.region, opts.service))
    .update(stringToSign, 'utf8')
    .digest('hex');
  headers.authorization =
    `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}

/** The derived key for one day, region and service. */
export function signingKey(secret: string, day: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), 'aws4_request');
}

// SigV4 sorts by code point, not by locale.
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
