/**
 * The hiding scan's way into encrypted files that open without a password. Banks often encrypt a
 * statement with an owner password only (to forbid editing): anyone may read it, and the key comes
 * from the empty user password. Chase's and TD's statements are such files, and the scan, unable to
 * read their content streams, sent every page through the exact pass (a second read of each page,
 * 2.3× bare pdf-parse on TD). PDF's standard security handler (ISO 32000-2, 7.6.4), revisions 2–6:
 * the file key for the empty user password, proven right by the `/U` check before any use, then
 * RC4 or AES per stream. A file this does not know (another handler, a user password, a check that
 * fails) gets null, and the exact pass reads it, as before.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { objectDict, type PdfValue, parseValue } from './pdf-objects.js';

/** Decrypts the data of stream object `num gen`; null when it cannot (the caller then assumes the worst). */
export type StreamDecryptor = (num: number, gen: number, data: Buffer) => Buffer | null;

/** Algorithm 2's padding string, the empty password padded. */
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const IDENTITY: StreamDecryptor = (_n, _g, data) => data;

/** How to decrypt the streams of the file with the empty user password, or null. */
export function streamDecryptor(s: Buffer): StreamDecryptor | null {
  const enc = encryptDict(s);
  if (!enc || name(enc.get('Filter')) !== 'Standard') return null;
  const v = num(enc.get('V')) ?? 0;
  const r = num(enc.get('R')) ?? 0;
  const o = bytes(enc.get('O'));
  const u = bytes(enc.get('U'));
  if (!o || !u) return null;
  let cipher: 'rc4' | 'aes' | 'none' = 'rc4';
  let length = (num(enc.get('Length')) ?? 40) / 8;
  if (v >= 4) {
    const stmF = name(enc.get('StmF')) ?? 'Identity';
    if (stmF === 'Identity') return IDENTITY;
    const cf = (enc.get('CF') as Map<string, PdfValue> | undefined)?.get(stmF);
    if (!(cf instanceof Map)) return null;
    const cfm = name(cf.get('CFM'));
    if (cfm === 'None') cipher = 'none';
    else if (cfm === 'AESV2' || cfm === 'AESV3') cipher = 'aes';
    else if (cfm !== 'V2') return null;
    const cfLength = num(cf.get('Length'));
    if (cfLength) length = cfLength <= 32 ? cfLength : cfLength / 8;
  }
  if (cipher === 'none') return IDENTITY;
  if (v === 5) {
    const key = revision6Key(r, u, bytes(enc.get('UE')));
    return key ? (_n, _g, data) => aes(key, data) : null;
  }
  if (v < 1 || v > 4 || r < 2 || r > 4) return null;
  const id = fileId(s);
  const p = num(enc.get('P'));
  if (!id || p === undefined) return null;
  const n = r === 2 ? 5 : Math.min(16, Math.max(5, Math.round(length)));
  const key = fileKey(o, p, id, r, n, enc.get('EncryptMetadata') === false);
  if (!userPasswordIsEmpty(key, u, id, r)) return null;
  return (objNum, gen, data) => {
    const salt = cipher === 'aes' ? Buffer.from('sAlT', 'latin1') : Buffer.alloc(0);
    const ref = Buffer.alloc(5);
    ref.writeUIntLE(objNum & 0xffffff, 0, 3);
    ref.writeUInt16LE(gen & 0xffff, 3);
    const objKey = md5(key, ref, salt).subarray(0, Math.min(n + 5, 16));
    return cipher === 'aes' ? aes(objKey, data) : rc4(objKey, data);
  };
}

/** The encryption dictionary: the trailer's `/Encrypt`, a reference (never in an object stream) or inline. */
function encryptDict(s: Buffer): Map<string, PdfValue> | undefined {
  // The last `/Encrypt` that is a key, not the dictionary's own `/Type /Encrypt`.
  for (let at = s.lastIndexOf('/Encrypt'); at >= 0; at = s.lastIndexOf('/Encrypt', at - 1)) {
    const v = parseValue(s, at + '/Encrypt'.length);
    if (v instanceof Map) return v;
    if (v && typeof v === 'object' && 'ref' in v) return objectDict(s, v.ref[0], v.ref[1]);
  }
  return undefined;
}

/** The first element of the trailer's `/ID`, which keys revisions 2–4. */
function fileId(s: Buffer): Buffer | undefined {
  for (let at = s.lastIndexOf('/ID'); at >= 0; at = s.lastIndexOf('/ID', at - 1)) {
    const v = parseValue(s, at + 3);
    if (Array.isArray(v) && Buffer.isBuffer(v[0])) return v[0];
  }
  return undefined;
}

/** Algorithm 2: the file key from the (empty) user password. */
function fileKey(o: Buffer, p: number, id: Buffer, r: number, n: number, noMetadata: boolean): Buffer {
  const perms = Buffer.alloc(4);
  perms.writeInt32LE(p | 0);
  let key = md5(
    PAD,
    o.subarray(0, 32),
    perms,
    id,
    r >= 4 && noMetadata ? Buffer.from([255, 255, 255, 255]) : Buffer.alloc(0),
  );
  if (r >= 3) for (let i = 0; i < 50; i++) key = md5(key.subarray(0, n));
  return key.subarray(0, n);
}

/** Algorithms 4 and 5: `/U` as the empty password would have made it. */
function userPasswordIsEmpty(key: Buffer, u: Buffer, id: Buffer, r: number): boolean {
  if (r === 2) return rc4(key, PAD).equals(u.subarray(0, 32));
  let x = rc4(key, md5(PAD, id));
  for (let i = 1; i <= 19; i++) x = rc4(Buffer.from(key.map((b) => b ^ i)), x);
  return x.equals(u.subarray(0, 16));
}

/** Revisions 5 and 6 (AES-256): the file key from `/UE`, when `/U` proves the empty password. */
function revision6Key(r: number, u: Buffer | undefined, ue: Buffer | undefined): Buffer | null {
  if (!u || !ue || u.length < 48 || ue.length < 32 || (r !== 5 && r !== 6)) return null;
  const hash = (salt: Buffer) => (r === 5 ? sha(256, salt) : hash2B(salt));
  if (!hash(u.subarray(32, 40)).equals(u.subarray(0, 32))) return null;
  const d = createDecipheriv('aes-256-cbc', hash(u.subarray(40, 48)), Buffer.alloc(16));
  d.setAutoPadding(false);
  return Buffer.concat([d.update(ue.subarray(0, 32)), d.final()]);
}

/** Algorithm 2.B for the empty password and no user key (revision 6). */
function hash2B(salt: Buffer): Buffer {
  let k = sha(256, salt);
  for (let i = 0; ; i++) {
    const k1 = Buffer.concat(Array.from({ length: 64 }, () => k));
    const e = encryptCbc(k.subarray(0, 16), k.subarray(16, 32), k1);
    let mod = 0;
    for (let j = 0; j < 16; j++) mod += e[j] as number;
    k = sha(([256, 384, 512] as const)[mod % 3] as 256 | 384 | 512, e);
    if (i >= 63 && (e[e.length - 1] as number) <= i - 31) return k.subarray(0, 32);
  }
}

function encryptCbc(key: Buffer, iv: Buffer, data: Buffer): Buffer {
  const c = createCipheriv('aes-128-cbc', key, iv);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(data), c.final()]);
}

/** AES-CBC with the IV in the first 16 bytes; padding left on (inflate stops at its stream's end). */
function aes(key: Buffer, data: Buffer): Buffer | null {
  const usable = data.length - ((data.length - 16) % 16);
  if (usable < 32) return usable === 16 ? Buffer.alloc(0) : null;
  const d = createDecipheriv(key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc', key, data.subarray(0, 16));
  d.setAutoPadding(false);
  return Buffer.concat([d.update(data.subarray(16, usable)), d.final()]);
}

/** RC4 (OpenSSL 3 no longer offers it by default). */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    const si = s[i] as number;
    j = (j + si + (key[i % key.length] as number)) & 255;
    s[i] = s[j] as number;
    s[j] = si;
  }
  const out = Buffer.allocUnsafe(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    const si = s[i] as number;
    j = (j + si) & 255;
    const sj = s[j] as number;
    s[i] = sj;
    s[j] = si;
    out[k] = (data[k] as number) ^ (s[(si + sj) & 255] as number);
  }
  return out;
}

function md5(...parts: Buffer[]): Buffer {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return h.digest();
}

function sha(bits: 256 | 384 | 512, ...parts: Buffer[]): Buffer {
  const h = createHash(`sha${bits}`);
  for (const p of parts) h.update(p);
  return h.digest();
}

const num = (v: PdfValue | undefined): number | undefined => (typeof v === 'number' ? v : undefined);
const bytes = (v: PdfValue | undefined): Buffer | undefined => (Buffer.isBuffer(v) ? v : undefined);
const name = (v: PdfValue | undefined): string | undefined =>
  v && typeof v === 'object' && 'name' in v ? v.name : undefined;
