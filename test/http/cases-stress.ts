/**
 * Contract rows from the adversarial run of issue 18 (fake pipeline): compressed bodies, bodies the
 * framework used to parse (and answer with HTML), the key before the body, UTF-8 header passwords.
 */
import { gzipSync } from 'node:zlib';
import { BASE, type Case, calledWith, filePart, form, KEY, notCalled, PDF, raw } from './table.js';

/** A password beyond ASCII (Latin-1, a euro sign, CJK): what the multipart field and the header must agree on. */
export const UTF8_PASSWORD = 'pässwörd-€-密码';

/** Rows for every adapter. */
export const stressCases = (): Case[] => {
  const base = BASE;
  const compressed = (encoding: string, body: Buffer) => ({
    ...raw({ headers: { 'content-encoding': encoding } }),
    body,
  });
  return [
    {
      ...base,
      name: 'returns 415 JSON for a gzip-encoded body without inflating it',
      request: () => compressed('gzip', gzipSync(PDF)),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      check: notCalled,
    },
    {
      ...base,
      name: 'returns 415 JSON for a br-encoded body',
      request: () => compressed('br', Buffer.from([0x0b, 0x02, 0x80, 0x61, 0x62, 0x03])),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      check: notCalled,
    },
    {
      ...base,
      name: 'accepts Content-Encoding: identity',
      request: () => compressed('identity', PDF),
      status: 200,
      check: (o) => calledWith(o, { pdf: PDF }),
    },
    {
      ...base,
      name: 'returns 415 JSON (not an HTML page) for a broken JSON body',
      request: () => ({
        ...raw(),
        headers: { 'content-type': 'application/json' },
        body: Buffer.from('{broken'),
      }),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      check: notCalled,
    },
    {
      ...base,
      name: 'returns 415 JSON for an urlencoded body',
      request: () => ({
        ...raw(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Buffer.from('a=1&b=%ZZ'),
      }),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      check: notCalled,
    },
    {
      ...base,
      variant: 'keyed',
      name: 'returns 401 for a keyless gzip body before looking at its encoding',
      request: () => compressed('gzip', gzipSync(PDF)),
      status: 401,
      code: 'UNAUTHORIZED',
      check: notCalled,
    },
    {
      ...base,
      variant: 'keyed',
      name: 'checks the key before the declared size: keyless and over the limit is 401',
      request: () => ({ ...raw(), body: Buffer.alloc(8 * 1024 * 1024, 0x25) }),
      status: 401,
      code: 'UNAUTHORIZED',
      check: notCalled,
    },
    {
      ...base,
      variant: 'keyed',
      name: 'with the key, the same oversized body is 413',
      request: () => ({
        ...raw({ headers: { 'x-api-key': KEY } }),
        body: Buffer.alloc(8 * 1024 * 1024, 0x25),
      }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      check: notCalled,
    },
    {
      ...base,
      name: 'decodes a percent-encoded UTF-8 password in x-pdf-password',
      request: () => raw({ headers: { 'x-pdf-password': encodeURIComponent(UTF8_PASSWORD) } }),
      status: 200,
      check: (o) => calledWith(o, { password: UTF8_PASSWORD }),
    },
    {
      ...base,
      name: 'passes the same UTF-8 password from the multipart field',
      request: () => form([{ name: 'password', data: UTF8_PASSWORD }, filePart()]),
      status: 200,
      check: (o) => calledWith(o, { password: UTF8_PASSWORD }),
    },
    {
      ...base,
      name: 'keeps a password with a % that is not percent-encoding as sent',
      request: () => raw({ headers: { 'x-pdf-password': '100%sure' } }),
      status: 200,
      check: (o) => calledWith(o, { password: '100%sure' }),
    },
  ];
};
