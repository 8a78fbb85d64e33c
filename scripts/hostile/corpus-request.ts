/** Hostile cases about the request itself: media types, lying lengths, sizes, multipart framing. */
import { multipartRequest, pdfRequest, STATEMENT_PASSWORD, statement } from './bodies.js';
import { CANARY } from './documents.js';
import type { HostileCase } from './types.js';

/** A body that starts like a PDF and is exactly `bytes` long (only the size matters). */
function paddedPdf(bytes: number): Buffer {
  const head = Buffer.from(`%PDF-1.7\n% ${CANARY}\n`);
  return Buffer.concat([head, Buffer.alloc(Math.max(0, bytes - head.length), 0x20)]);
}

const fromStatement = async (headers: Record<string, string> = {}) => {
  const s = await statement();
  return { ...pdfRequest(s.pdf, headers), statement: s.expected };
};

/** Request-level cases (they never reach the PDF reader, or reach it only with a valid statement). */
export function requestCases(): HostileCase[] {
  return [
    {
      id: 'empty-body',
      group: 'request',
      built: 'application/pdf with a 0-byte body',
      build: async () => pdfRequest(Buffer.alloc(0)),
      expected: { status: 400, code: 'PDF_EMPTY' },
      why: 'nothing to read; the intake says so before any PDF code runs',
      viaLambda: true,
    },
    {
      id: 'media-type-text',
      group: 'request',
      built: 'a valid statement sent as text/plain',
      build: async () => ({
        ...(await fromStatement({ 'content-type': 'text/plain' })),
        statement: undefined,
      }),
      expected: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      why: 'only application/pdf and multipart/form-data are accepted, whatever the bytes are',
      viaLambda: true,
    },
    {
      id: 'media-type-octet',
      group: 'request',
      built: 'a valid statement sent as application/octet-stream',
      build: async () => ({
        ...(await fromStatement({ 'content-type': 'application/octet-stream' })),
        statement: undefined,
      }),
      expected: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      why: 'a generic binary type is not a declared PDF; the contract names two media types',
      viaLambda: true,
    },
    {
      id: 'length-lies-bigger-over-limit',
      group: 'request',
      built: 'a statement with Content-Length: 999999999',
      build: async () => ({
        ...(await fromStatement({ 'content-length': '999999999' })),
        statement: undefined,
      }),
      expected: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
      why: 'a declared size over the limit is refused before the body is looked at',
      viaLambda: false,
    },
    {
      id: 'length-lies-bigger',
      group: 'request',
      built: 'a statement with Content-Length = real size + 1000 (within the limit)',
      build: async () => {
        const s = await statement();
        return {
          ...pdfRequest(s.pdf, { 'content-length': String(s.pdf.length + 1000) }),
          statement: s.expected,
        };
      },
      expected: { status: 200, code: null },
      why: 'the platform has already framed the body; the handler reads the bytes that arrived',
      viaLambda: false,
    },
    {
      id: 'length-lies-smaller',
      group: 'request',
      built: 'a statement with Content-Length: 10',
      build: () => fromStatement({ 'content-length': '10' }),
      expected: { status: 200, code: null },
      why: 'the header is only used to refuse early; the real bytes are what is analysed',
      viaLambda: false,
    },
    {
      id: 'length-lies-smaller-over-limit',
      group: 'request',
      built: 'MAX_UPLOAD_BYTES + 1 bytes with Content-Length: 100',
      build: async ({ maxBytes }) => pdfRequest(paddedPdf(maxBytes + 1), { 'content-length': '100' }),
      expected: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
      why: 'a small declared size must not smuggle a body over the limit: the real size is checked too',
      viaLambda: false,
    },
    {
      id: 'oversize-raw',
      group: 'request',
      built: 'MAX_UPLOAD_BYTES + 1 bytes starting with %PDF-',
      build: async ({ maxBytes }) => pdfRequest(paddedPdf(maxBytes + 1)),
      expected: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
      why: 'over the configured limit',
      viaLambda: true,
      heavy: true,
    },
    {
      id: 'oversize-multipart',
      group: 'multipart',
      built: 'a multipart file part of MAX_UPLOAD_BYTES + 1 bytes',
      build: async ({ maxBytes }) =>
        multipartRequest([
          { name: 'file', filename: 'x.pdf', type: 'application/pdf', data: paddedPdf(maxBytes + 1) },
        ]),
      expected: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
      why: 'over the limit; busboy stops at the limit instead of buffering on',
      viaLambda: true,
      heavy: true,
    },
    {
      id: 'not-a-pdf',
      group: 'request',
      built: 'PNG signature and text, sent as application/pdf',
      build: async () =>
        pdfRequest(
          Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(CANARY)]),
        ),
      expected: { status: 422, code: 'PDF_INVALID' },
      why: 'no %PDF- header: refused at intake, the PDF reader never sees it',
      viaLambda: true,
    },
    {
      id: 'header-after-1k',
      group: 'request',
      built: '2 KiB of HTML, then a whole statement',
      build: async () => {
        const s = await statement();
        const html = Buffer.from(`<html><body>${CANARY}${' '.repeat(2048)}</body></html>\n`);
        return pdfRequest(Buffer.concat([html, s.pdf]));
      },
      expected: { status: 422, code: 'PDF_INVALID' },
      why: 'readers accept junk before the header only within the first 1 KiB; beyond that it is not a PDF',
      viaLambda: true,
    },
    {
      id: 'multipart-two-files',
      group: 'multipart',
      built: 'two `file` parts, both statements',
      build: async () => {
        const s = await statement();
        const part = { name: 'file', filename: 'a.pdf', type: 'application/pdf', data: s.pdf };
        return multipartRequest([part, { ...part, filename: 'b.pdf' }]);
      },
      expected: { status: 400, code: 'BAD_REQUEST' },
      why: 'exactly one file per request; guessing which one would be wrong',
      viaLambda: true,
    },
    {
      id: 'multipart-no-file',
      group: 'multipart',
      built: 'only a `password` field',
      build: async () => multipartRequest([{ name: 'password', data: STATEMENT_PASSWORD }]),
      expected: { status: 400, code: 'MISSING_FILE' },
      why: 'nothing to analyse',
      viaLambda: true,
    },
    {
      id: 'multipart-file-not-pdf',
      group: 'multipart',
      built: 'a `file` part named statement.pdf holding CSV text',
      build: async () =>
        multipartRequest([
          {
            name: 'file',
            filename: 'statement.pdf',
            type: 'application/pdf',
            data: `Date,Description,Amount\n2025-01-02,${CANARY},12.50\n`,
          },
        ]),
      expected: { status: 422, code: 'PDF_INVALID' },
      why: 'the name and the part type are claims; the bytes have no %PDF- header',
      viaLambda: true,
    },
    {
      id: 'multipart-password',
      group: 'multipart',
      built: 'an encrypted statement with its password in the `password` field',
      build: async () => {
        const s = await statement('user-password');
        return {
          ...multipartRequest([
            { name: 'password', data: STATEMENT_PASSWORD },
            { name: 'file', filename: 's.pdf', type: 'application/pdf', data: s.pdf },
          ]),
          statement: s.expected,
        };
      },
      expected: { status: 200, code: null },
      why: 'the control case for multipart: a well-formed upload still works',
      viaLambda: true,
    },
  ];
}
