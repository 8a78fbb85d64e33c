/** Contract rows about routing, media types, bodies and limits (fake pipeline). */

import { SECRET_PASSWORD } from './support.js';
import { BASE, type Case, calledWith, fakeBody, filePart, form, notCalled, PDF, raw } from './table.js';

/** Routing, body parsing and limits. */
export const bodyCases = (): Case[] => {
  const base = BASE;
  return [
    {
      ...base,
      name: 'returns the Analysis for a raw application/pdf body',
      request: () => raw(),
      status: 200,
      check: (o) => {
        fakeBody(o);
        calledWith(o, { pdf: PDF, password: undefined, mode: undefined });
      },
    },
    {
      ...base,
      name: 'returns the Analysis for a multipart body and passes on its password field',
      request: () => form([{ name: 'password', data: SECRET_PASSWORD }, filePart()]),
      status: 200,
      check: (o) => {
        fakeBody(o);
        calledWith(o, { pdf: PDF, password: SECRET_PASSWORD });
      },
    },
    {
      ...base,
      name: 'takes the password from x-pdf-password and the engine from ?mode=',
      request: () => raw({ query: 'mode=llm', headers: { 'x-pdf-password': SECRET_PASSWORD } }),
      status: 200,
      check: (o) => calledWith(o, { mode: 'llm', password: SECRET_PASSWORD }),
    },
    {
      ...base,
      name: 'serves POST / like POST /analyze',
      request: () => ({ ...raw(), path: '/' }),
      status: 200,
      check: (o) => calledWith(o, { pdf: PDF }),
    },
    {
      ...base,
      name: 'ignores a trailing slash on /analyze/',
      request: () => ({ ...raw(), path: '/analyze/' }),
      status: 200,
      check: fakeBody,
    },
    {
      ...base,
      name: 'returns 400 for an unknown mode without running the pipeline',
      request: () => raw({ query: 'mode=turbo' }),
      status: 400,
      code: 'BAD_REQUEST',
      check: notCalled,
    },
    {
      ...base,
      name: 'returns 415 for a JSON body',
      request: () => ({
        ...raw(),
        headers: { 'content-type': 'application/json' },
        body: Buffer.from('{"a":1}'),
      }),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      check: notCalled,
    },
    {
      ...base,
      name: 'returns 415 when no Content-Type is sent',
      request: () => ({ ...raw(), headers: {} }),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      check: notCalled,
    },
    {
      ...base,
      name: 'returns 400 MISSING_FILE for a multipart body without a file part',
      request: () => form([{ name: 'password', data: 'x' }]),
      status: 400,
      code: 'MISSING_FILE',
      check: notCalled,
    },
    {
      ...base,
      name: 'returns 400 MISSING_FILE when the PDF is in a part not named file',
      request: () => form([{ ...filePart(), name: 'document' }]),
      status: 400,
      code: 'MISSING_FILE',
      check: notCalled,
    },
    {
      ...base,
      name: 'returns 400 when a multipart body holds two files',
      request: () => form([filePart(), filePart()]),
      status: 400,
      code: 'BAD_REQUEST',
      check: notCalled,
    },
    {
      ...base,
      name: 'returns 400 for a truncated multipart body',
      request: () => {
        const r = form([filePart()]);
        const body = r.body ?? Buffer.alloc(0);
        return { ...r, body: body.subarray(0, body.length - 20) };
      },
      status: 400,
      code: 'BAD_REQUEST',
      check: notCalled,
    },
    {
      ...base,
      name: 'returns 400 for multipart without a boundary',
      request: () => ({ ...form([filePart()]), headers: { 'content-type': 'multipart/form-data' } }),
      status: 400,
      code: 'BAD_REQUEST',
      check: notCalled,
    },
    {
      ...base,
      variant: 'small',
      name: 'returns 413 for a raw PDF over MAX_UPLOAD_BYTES',
      request: () => ({ ...raw(), body: Buffer.concat([PDF, Buffer.alloc(4096, 0x20)]) }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      check: notCalled,
    },
    {
      ...base,
      variant: 'small',
      name: 'returns 413 for a multipart file over MAX_UPLOAD_BYTES',
      request: () => form([filePart(Buffer.concat([PDF, Buffer.alloc(4096, 0x20)]))]),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      check: notCalled,
    },
    {
      ...base,
      name: 'returns 405 with Allow for GET /analyze',
      request: () => ({ method: 'GET', path: '/analyze' }),
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      headers: { allow: 'POST, OPTIONS' },
    },
    {
      ...base,
      name: 'returns 405 with Allow for DELETE /health',
      request: () => ({ method: 'DELETE', path: '/health' }),
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      headers: { allow: 'GET, OPTIONS' },
    },
    {
      ...base,
      name: 'returns 404 for an unknown path',
      request: () => ({ ...raw(), path: '/admin' }),
      status: 404,
      code: 'NOT_FOUND',
      check: notCalled,
    },
  ];
};
