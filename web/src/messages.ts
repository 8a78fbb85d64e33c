/** What each API error code means to a person, and what they can do about it. */

/** An error the API (or the network) gave, as the page handles it. */
export interface ApiError {
  code: string;
  message: string;
  requestId: string | null;
  status: number;
}

/** Codes after which the page asks for the PDF's password. */
export const PASSWORD_CODES: ReadonlySet<string> = new Set(['PDF_ENCRYPTED', 'PDF_BAD_PASSWORD']);

/** Codes after which the page asks for an API key. */
export const KEY_CODES: ReadonlySet<string> = new Set(['UNAUTHORIZED', 'FORBIDDEN']);

const MESSAGES: Record<string, string> = {
  PDF_ENCRYPTED: 'This PDF is password-protected. Enter its password below to open it.',
  PDF_BAD_PASSWORD: 'That password did not open the PDF. Check it and try again.',
  PDF_INVALID: 'This file is not a PDF we can read. Choose the statement PDF your bank gave you.',
  PDF_EMPTY: 'The file is empty. Choose the statement PDF again.',
  PDF_UNREADABLE:
    'This PDF is damaged or uses features we cannot read. Try downloading it again from your bank.',
  PDF_NO_TEXT:
    'This PDF has no text in it (it is probably a scan or a photo). Download the original statement from your bank.',
  PDF_TIMEOUT: 'Reading this PDF took too long. Try a shorter statement.',
  NOT_A_STATEMENT: 'This PDF does not look like a credit-card statement we can read.',
  UNAUTHORIZED: 'This service needs an API key. Enter it under “API key” and try again.',
  FORBIDDEN: 'This API key is not allowed to use the service.',
  RATE_LIMITED: 'Too many requests right now. Wait a minute and try again.',
  NETWORK: 'The service could not be reached. Check your connection and try again.',
  BAD_RESPONSE: 'The service answered with something unexpected. Try again later.',
};

/** A clear sentence for the error; the API's own message where it carries the specifics (limits). */
export function humanMessage(e: ApiError): string {
  if (e.code === 'PAYLOAD_TOO_LARGE' || e.code === 'PDF_TOO_MANY_PAGES')
    return `${e.message} Try a smaller file.`;
  const known = MESSAGES[e.code];
  if (known) return known;
  if (e.status >= 500) return 'The service had a problem analysing this statement. Try again in a moment.';
  return e.message || 'Something went wrong. Try again.';
}
