/** The shape of a hostile case: one HTTP request and the answers it may get. */
import type { ExpectedStatement } from '../statements/index.js';

/** What a case sends to POST /analyze. Header names are lower case. */
export interface HostileRequest {
  headers: Record<string, string>;
  body: Buffer;
  /** When the body is a full statement that should be read: the values a perfect parser returns. */
  statement?: ExpectedStatement;
}

/** An acceptable answer: a status and, for errors, the error code. */
export interface Outcome {
  status: number;
  code: string | null;
}

/** What the environment gives a case while it is built. */
export interface BuildContext {
  /** MAX_UPLOAD_BYTES of the handler under test. */
  maxBytes: number;
  /** An http:// URL on a local listener that counts connections: what active content points at. */
  callbackUrl: string;
  /** A path that the CVE payload would create if it ever ran (it must never exist). */
  markerFile: string;
  /** The global property the CVE payload would set if it ever ran. */
  markerGlobal: string;
}

export interface HostileCase {
  /** Short stable id, used in the printed table and the README. */
  id: string;
  group: 'request' | 'multipart' | 'pdf';
  /** How it is built, in a few words. */
  built: string;
  build(ctx: BuildContext): Promise<HostileRequest>;
  /** The answer we decided is right. */
  expected: Outcome;
  /**
   * Further answers that are also right (e.g. a foreign-language statement may parse or be
   * refused; a flate bomb may hit the worker's time limit instead of being read).
   */
  alsoAccepted?: Outcome[];
  /** Why that answer is right. */
  why: string;
  /**
   * False when the case depends on a header a Lambda front door rewrites (Content-Length is set
   * from the real body by API Gateway), so it only makes sense against the neutral handler.
   */
  viaLambda: boolean;
  /** True when the body is large enough that a test should give it its own generous timeout. */
  heavy?: boolean;
}

/** The answers most cases expect. */
export const OK: Outcome = { status: 200, code: null };
export const UNREADABLE: Outcome = { status: 422, code: 'PDF_UNREADABLE' };
export const NO_TEXT: Outcome = { status: 422, code: 'PDF_NO_TEXT' };
export const NOT_STATEMENT: Outcome = { status: 422, code: 'NOT_A_STATEMENT' };
