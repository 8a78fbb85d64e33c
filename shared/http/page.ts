/**
 * The web page's response: HTML with a Content-Security-Policy that allows only the page's own code.
 * It lives in http/ (which imports shared/web/page.ts, the generated page) so the folders depend one way.
 */
import { PAGE_HTML, SCRIPT_HASH, STYLE_HASH } from '../web/page.js';
import { baseHeaders } from './response.js';
import type { NeutralResponse } from './types.js';

/**
 * Nothing loads unless listed: the one inline script and style block by hash, uploads to this origin
 * only, no frames, no forms posting elsewhere, no plugins. `data:` images cover the empty favicon.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  `script-src ${SCRIPT_HASH}`,
  `style-src ${STYLE_HASH}`,
  "connect-src 'self'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page as a 200 text/html response, never cached, never framed, sending no referrer. */
export function pageResponse(requestId: string): NeutralResponse {
  return {
    status: 200,
    headers: {
      ...baseHeaders(requestId),
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': PAGE_CSP,
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    },
    body: PAGE_HTML,
  };
}
