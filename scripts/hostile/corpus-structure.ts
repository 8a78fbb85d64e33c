/** Hostile cases that damage a real statement's structure: truncation, xref, encryption, junk around it. */
import { pdfRequest, STATEMENT_PASSWORD, statement } from './bodies.js';
import * as mutate from './mutate.js';
import { type HostileCase, type HostileRequest, OK, UNREADABLE } from './types.js';

/** A damaged or odd copy of the generated statement; `readable` cases must still be analysed. */
function fromStatement(
  change: (pdf: Buffer) => Buffer,
  readable: boolean,
  kind: 'plain' | 'user-password' | 'owner-only' = 'plain',
  headers: Record<string, string> = {},
): () => Promise<HostileRequest> {
  return async () => {
    const s = await statement(kind);
    const req = pdfRequest(change(s.pdf), headers);
    return readable ? { ...req, statement: s.expected } : req;
  };
}

const same = (pdf: Buffer) => pdf;

function truncated(fraction: number): HostileCase {
  return {
    id: `truncated-${Math.round(fraction * 100)}pct`,
    group: 'pdf',
    built: `statement cut after ${Math.round(fraction * 100)}% of its bytes`,
    build: fromStatement((p) => mutate.truncateAt(p, fraction), false),
    expected: UNREADABLE,
    why: 'no trailer survives, so there is no document catalog to start from',
    viaLambda: true,
  };
}

/** Structural cases built from the generated statement; every body is sent as application/pdf. */
export function structureCases(): HostileCase[] {
  return [
    {
      id: 'truncated-header-only',
      group: 'pdf',
      built: 'the first 16 bytes of a statement',
      build: async () => pdfRequest((await statement()).pdf.subarray(0, 16)),
      expected: UNREADABLE,
      why: 'a header and nothing else',
      viaLambda: true,
    },
    truncated(0.25),
    truncated(0.5),
    truncated(0.75),
    {
      id: 'truncated-before-xref',
      group: 'pdf',
      built: 'statement cut just before its xref table (all objects intact)',
      build: fromStatement((p) => mutate.truncateBefore(p, 'xref'), false),
      expected: UNREADABLE,
      why: 'the objects survive but the trailer naming /Root does not; pdf.js cannot find the catalog',
      viaLambda: true,
    },
    {
      id: 'truncated-before-startxref',
      group: 'pdf',
      built: 'statement cut just before `startxref` (xref and trailer intact)',
      build: fromStatement((p) => mutate.truncateBefore(p, 'startxref'), true),
      expected: OK,
      why: 'the reader rebuilds the cross-reference by scanning; nothing of the statement is lost',
      viaLambda: true,
    },
    {
      id: 'xref-garbled',
      group: 'pdf',
      built: 'every xref offset set to 9999999999',
      build: fromStatement(mutate.garbleXref, true),
      expected: OK,
      why: 'a broken xref is common in the wild; the reader recovers by scanning for objects',
      viaLambda: true,
    },
    {
      id: 'startxref-beyond-end',
      group: 'pdf',
      built: '`startxref` points past the end of the file',
      build: fromStatement(mutate.startxrefBeyondEnd, true),
      expected: OK,
      why: 'recoverable the same way',
      viaLambda: true,
    },
    {
      id: 'xref-prev-loop',
      group: 'pdf',
      built: 'two appended xref sections whose /Prev point at each other',
      build: fromStatement(mutate.prevLoop, true),
      expected: OK,
      why: 'the reader detects the loop and falls back to the sections it has; no hang',
      viaLambda: true,
    },
    {
      id: 'encrypted-no-password',
      group: 'pdf',
      built: 'AES-256 statement with a user password, none sent',
      build: fromStatement(same, false, 'user-password'),
      expected: { status: 422, code: 'PDF_ENCRYPTED' },
      why: 'the user must send the password',
      viaLambda: true,
    },
    {
      id: 'encrypted-wrong-password',
      group: 'pdf',
      built: 'the same, with x-pdf-password: wrong',
      build: fromStatement(same, false, 'user-password', { 'x-pdf-password': 'wrong-7f3a' }),
      expected: { status: 422, code: 'PDF_BAD_PASSWORD' },
      why: 'distinct from "no password" so the user knows what to fix',
      viaLambda: true,
    },
    {
      id: 'encrypted-right-password',
      group: 'pdf',
      built: 'the same, with the right x-pdf-password',
      build: fromStatement(same, true, 'user-password', { 'x-pdf-password': STATEMENT_PASSWORD }),
      expected: OK,
      why: 'decrypted in memory and analysed',
      viaLambda: true,
    },
    {
      id: 'owner-password-only',
      group: 'pdf',
      built: 'statement encrypted with an owner password only',
      build: fromStatement(same, true, 'owner-only'),
      expected: OK,
      why: 'an owner password restricts editing, not opening: it reads without a password',
      viaLambda: true,
    },
    {
      id: 'bom-before-header',
      group: 'pdf',
      built: 'UTF-8 BOM and a junk line before %PDF-',
      build: fromStatement(
        (p) => mutate.withPrefix(p, Buffer.from('\ufeffjunk before the header\r\n')),
        true,
      ),
      expected: OK,
      why: 'readers accept junk before the header within the first 1 KiB',
      viaLambda: true,
    },
    {
      id: 'garbage-after-eof',
      group: 'pdf',
      built: '2 KB of text and 0xFF bytes after %%EOF',
      build: fromStatement(
        (p) =>
          mutate.withTrailing(
            p,
            Buffer.concat([Buffer.from('\nGARBAGE '.repeat(100)), Buffer.alloc(1000, 0xff)]),
          ),
        true,
      ),
      expected: OK,
      why: 'bytes after %%EOF are ignored',
      viaLambda: true,
    },
  ];
}
