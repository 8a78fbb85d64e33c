/**
 * Which content streams each page draws, for the hiding scan to judge pages one by one: the page's
 * /Contents and every form XObject its resources (or a form's own) name, found by walking the page
 * tree as pdf.js does. A stream that no page draws (an earlier revision left by an editor, a Type3
 * glyph, an image) is never read. An object defined more than once is taken in every definition
 * (pdf.js follows the cross-reference table, which may point at either), so a page's set can only
 * be too large; what cannot be resolved makes the page unknown (null), and unknown pages get the
 * exact pass.
 */
import { nameOf, objectHeader, type PdfValue, parseText, parseValue } from './pdf-objects.js';
import type { PdfStream } from './pdf-streams.js';

/** A stream object's key: `num gen`. */
export const objectKey = (num: number, gen: number): string => `${num} ${gen}`;

/** A page tree deeper than this, or with more nodes (or forms per page) than this, is not a statement. */
const MAX_DEPTH = 32;
const MAX_VISITS = 10_000;

type Dict = Map<string, PdfValue>;
/** Two definitions of one object that disagree. */
const CONFLICT = Symbol('conflict');

/** A decoded object stream and where its first object starts (its /First). */
export interface ObjectStream {
  data: Buffer;
  first: number;
}

/** Every page in order: the keys of the streams it draws, or null when they cannot all be found. */
export function pageStreams(
  buf: Buffer,
  streams: PdfStream[],
  objectStreams: ObjectStream[],
): (Set<string> | null)[] | null {
  const defs = definitions(buf, objectStreams);
  const streamKeys = new Set(streams.filter((s) => s.placed).map((s) => objectKey(s.num, s.gen)));
  // Each object is parsed once however often it is named (pages share their resources).
  const parsed = new Map<string, PdfValue[]>();
  const resolve = (v: PdfValue | undefined): PdfValue[] => {
    const ref = refOf(v);
    if (!ref) return v === undefined ? [] : [v];
    const key = objectKey(...ref);
    let found = parsed.get(key);
    if (!found) {
      found = [];
      for (const read of defs.get(key) ?? []) {
        const x = read();
        if (x !== undefined) found.push(x);
      }
      parsed.set(key, found);
    }
    return found;
  };
  const roots = new Set<string>();
  for (let at = buf.indexOf('/Root'); at >= 0; at = buf.indexOf('/Root', at + 5)) {
    const ref = refOf(parseText(buf.toString('latin1', at + 5, at + 64), 0));
    if (ref) roots.add(objectKey(...ref));
  }
  // Several catalogs (an update that moved it, or a forgery): which pdf.js reads is not ours to guess.
  if (roots.size !== 1) return null;
  const [root] = [...roots];
  const catalogs = resolve({ ref: root?.split(' ').map(Number) as [number, number] }).filter(isDict);
  // An object defined more than once (incremental updates) is taken in every definition: the page
  // tree's shape must agree in all of them, a page's streams are the union of all of its.
  const agreed = (values: (PdfValue | undefined)[]): PdfValue | undefined | typeof CONFLICT => {
    const shapes = new Set(values.map((v) => JSON.stringify(v ?? null)));
    return shapes.size > 1 ? CONFLICT : values[0];
  };
  const treeRoot = agreed(catalogs.map((c) => c.get('Pages')));
  if (treeRoot === CONFLICT || treeRoot === undefined) return null;
  const pages: (Set<string> | null)[] = [];
  // A tree whose nodes list one kid many times, or loop back, must not make the walk explode.
  let nodes = 0;
  const walk = (node: PdfValue | undefined, inherited: PdfValue | undefined, depth: number): boolean => {
    if (++nodes > MAX_VISITS) return false;
    const found = resolve(node).filter(isDict);
    if (found.length === 0 || depth > MAX_DEPTH) return false;
    const isTree = (d: Dict) =>
      nameOf(d.get('Type')) === 'Pages' || (d.get('Kids') !== undefined && nameOf(d.get('Type')) !== 'Page');
    if (found.some(isTree)) {
      if (!found.every(isTree)) return false;
      const kids = agreed(found.map((d) => d.get('Kids')));
      const own = agreed(found.map((d) => d.get('Resources')));
      if (kids === CONFLICT || kids === undefined || own === CONFLICT) return false;
      const list = resolve(kids).find(Array.isArray);
      if (!list) return false;
      for (const kid of list) if (!walk(kid, own ?? inherited, depth + 1)) return false;
      return true;
    }
    let union: Set<string> | null = new Set();
    for (const d of found) {
      const set = drawn(d.get('Contents'), d.get('Resources') ?? inherited, resolve, streamKeys);
      if (set === null) union = null;
      else if (union) for (const k of set) union.add(k);
    }
    pages.push(union);
    return true;
  };
  return walk(treeRoot, undefined, 0) ? pages : null;
}

/** The streams one page draws: its contents and, through its resources, every form (recursively). */
function drawn(
  contents: PdfValue | undefined,
  resources: PdfValue | undefined,
  resolve: (v: PdfValue | undefined) => PdfValue[],
  streamKeys: Set<string>,
): Set<string> | null {
  const out = new Set<string>();
  let visits = 0;
  const addStream = (v: PdfValue): boolean => {
    const ref = refOf(v);
    if (!ref || !streamKeys.has(objectKey(...ref))) return false;
    out.add(objectKey(...ref));
    return true;
  };
  // Contents: a stream, an array of streams, or a reference to such an array.
  const list: PdfValue[] = [];
  for (const v of contents === undefined ? [] : [contents]) {
    if (Array.isArray(v)) list.push(...v);
    else if (refOf(v) && !streamKeys.has(objectKey(...(refOf(v) as [number, number])))) {
      for (const arr of resolve(v)) if (Array.isArray(arr)) list.push(...arr);
    } else list.push(v);
  }
  for (const v of list) if (!addStream(v)) return null;
  // Forms named by the resources, their own resources in turn (an XObject dictionary may be shared).
  const seen = new Set<string>();
  const pending: (PdfValue | undefined)[] = [resources];
  while (pending.length > 0) {
    if (++visits > MAX_VISITS) return null;
    for (const res of resolve(pending.pop()).filter(isDict)) {
      for (const xobjects of resolve(res.get('XObject')).filter(isDict)) {
        for (const x of xobjects.values()) {
          const ref = refOf(x);
          if (!ref) continue;
          const key = objectKey(...ref);
          if (seen.has(key)) continue;
          seen.add(key);
          if (!streamKeys.has(key)) return null;
          // Images and forms alike: a stream whose dictionary says Image is painted, never run.
          const dicts = resolve(x).filter(isDict);
          if (dicts.length === 0) return null;
          if (dicts.every((d) => nameOf(d.get('Subtype')) === 'Image')) continue;
          out.add(key);
          for (const d of dicts) pending.push(d.get('Resources') ?? resources);
        }
      }
    }
  }
  return out;
}

/**
 * Where each object is defined, as readers of its value: every definition in the file (the raw
 * bytes, read through a window) and in the decoded object streams.
 */
function definitions(
  buf: Buffer,
  objectStreams: ObjectStream[],
): Map<string, (() => PdfValue | undefined)[]> {
  const out = new Map<string, (() => PdfValue | undefined)[]>();
  const add = (key: string, read: () => PdfValue | undefined) => {
    const list = out.get(key);
    if (list) list.push(read);
    else out.set(key, [read]);
  };
  for (let at = buf.indexOf('obj'); at >= 0; at = buf.indexOf('obj', at + 3)) {
    const head = objectHeader(buf, at);
    if (head) add(objectKey(head.num, head.gen), () => parseValue(buf, at + 3));
  }
  for (const { data, first } of objectStreams) {
    const text = data.toString('latin1');
    // The header before /First: pairs of object number and offset (from /First).
    const nums = text.slice(0, first).trim().split(/\s+/).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const at = first + (nums[i + 1] as number);
      add(objectKey(nums[i] as number, 0), () => parseText(text, at));
    }
  }
  return out;
}

function isDict(v: PdfValue): v is Dict {
  return v instanceof Map;
}

function refOf(v: PdfValue | undefined): [number, number] | undefined {
  return v && typeof v === 'object' && 'ref' in v ? v.ref : undefined;
}
