/** Request bodies: a multipart/form-data builder and the statements the corpus derives from. */
import { type ExpectedStatement, generateStatement, type LayoutName } from '../statements/index.js';
import type { HostileRequest } from './types.js';

export interface FormPart {
  name: string;
  filename?: string;
  type?: string;
  data: Buffer | string;
}

/** A multipart/form-data request, framed by hand so every adapter receives identical bytes. */
export function multipartRequest(parts: FormPart[]): HostileRequest {
  const boundary = '----hostile7f3aboundary';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}`;
    const type = p.type ? `Content-Type: ${p.type}\r\n` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`));
    chunks.push(Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: Buffer.concat(chunks),
  };
}

/** A raw application/pdf request (a private copy of the bytes). */
export function pdfRequest(body: Buffer, headers: Record<string, string> = {}): HostileRequest {
  return { headers: { 'content-type': 'application/pdf', ...headers }, body: Buffer.from(body) };
}

/** The password of the encrypted statement the corpus uses. */
export const STATEMENT_PASSWORD = 'open-sesame-7f3a';

const cache = new Map<string, Promise<{ pdf: Buffer; expected: ExpectedStatement }>>();

/** A generated statement (seed 11), built once per process and shared by every case. */
export function statement(
  kind: 'plain' | 'user-password' | 'owner-only' = 'plain',
  layout: LayoutName = 'northwind',
): Promise<{ pdf: Buffer; expected: ExpectedStatement }> {
  const key = `${layout}:${kind}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = generateStatement({
      layout,
      seed: 11,
      ...(kind === 'user-password' ? { userPassword: STATEMENT_PASSWORD } : {}),
      ...(kind === 'owner-only' ? { ownerPasswordOnly: STATEMENT_PASSWORD } : {}),
    });
    cache.set(key, hit);
  }
  return hit;
}
