/** API-key check: `Authorization: Bearer <key>` or `x-api-key`, compared in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { RequestError } from '../errors.js';

/** The key the caller presented, if any. */
export function presentedKey(headers: Record<string, string | undefined>): string | undefined {
  const auth = headers.authorization?.trim();
  const bearer = auth?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? (headers['x-api-key']?.trim() || undefined);
}

/** Throws UNAUTHORIZED unless `keys` is empty or the request carries one of them. */
export function checkApiKey(headers: Record<string, string | undefined>, keys: readonly string[]): void {
  if (keys.length === 0) return;
  const key = presentedKey(headers);
  // Hashing first gives equal-length inputs to timingSafeEqual, and every key is compared, so neither
  // the length nor the position of a matching key shows in the timing.
  const given = digest(key ?? '');
  let ok = false;
  for (const k of keys) ok = timingSafeEqual(given, digest(k)) || ok;
  if (!key || !ok) throw new RequestError('UNAUTHORIZED', 'Missing or invalid API key.');
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}
