/** Building responses: the headers every answer carries, and the one error → response mapping. */
import { ERROR_STATUS, toAppError } from '../errors.js';
import type { NeutralResponse } from './types.js';

/** Shown instead of the real message for every status ≥ 500, so nothing internal leaks. */
const GENERIC_MESSAGES: Record<number, string> = {
  500: 'Internal error.',
  502: 'The analysis service failed upstream. Try again later.',
  503: 'The analysis service is temporarily unavailable. Try again later.',
  504: 'The analysis service timed out. Try again later.',
};

/** Headers on every response, whatever its status. */
export function baseHeaders(requestId: string): Record<string, string> {
  return {
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-request-id': requestId,
  };
}

/** A JSON response with the base headers. */
export function jsonResponse(status: number, body: unknown, requestId: string): NeutralResponse {
  return {
    status,
    headers: { ...baseHeaders(requestId), 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  };
}

/** Any thrown value as `{ error: { code, message, requestId } }` with the status of its code. */
export function errorToResponse(err: unknown, requestId: string): NeutralResponse {
  const app = toAppError(err);
  const status = ERROR_STATUS[app.code];
  const message = status >= 500 ? (GENERIC_MESSAGES[status] ?? GENERIC_MESSAGES[500]) : app.message;
  const res = jsonResponse(status, { error: { code: app.code, message, requestId } }, requestId);
  if (status === 401) res.headers['www-authenticate'] = 'Bearer';
  return res;
}
