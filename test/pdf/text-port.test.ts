import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { generateStatement, LAYOUTS } from '../../scripts/statements/index.js';
import { DOCUMENT_OPTIONS, loadPdfJs } from '../../shared/pdf/pdfjs.js';
import { TextContentPort } from '../../shared/pdf/text-port.js';
import { createTextWorker } from '../../shared/pdf/text-worker.js';
import { CORPUS_TEXT_STATEMENTS, corpusBytes, describeCorpus } from '../support/corpus.js';

interface PageText {
  items: unknown[];
  styles: Record<string, unknown>;
  /** The page's operator list as JSON (font ids made comparable), when asked for. */
  ops?: string;
}

/** Every page's text content, read through pdf.js's own LoopbackPort or through ours. */
async function readPages(
  pdf: Uint8Array,
  port: 'pdfjs' | 'ours',
  password?: string,
  withOps = false,
): Promise<PageText[]> {
  const { getDocument } = await loadPdfJs();
  const worker = port === 'ours' ? await createTextWorker() : undefined;
  const task = getDocument({
    ...DOCUMENT_OPTIONS,
    data: new Uint8Array(pdf),
    password,
    ...(worker ? { worker } : {}),
  });
  try {
    const doc = await task.promise;
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { items, styles } = await page.getTextContent();
      // Font names carry the document's number in this process ("g_d7_f1"), which differs per read.
      const font = (name: string) => name.replace(/^g_d\d+_/, 'g_');
      const list = withOps ? await page.getOperatorList() : null;
      pages.push({
        ...(list ? { ops: JSON.stringify([list.fnArray, list.argsArray]).replace(/g_d\d+_/g, 'g_') } : {}),
        items: items.map((it) => ({
          ...(it as object),
          fontName: font((it as { fontName: string }).fontName),
        })),
        styles: Object.fromEntries(Object.entries(styles).map(([k, v]) => [font(k), v])),
      });
    }
    return pages;
  } finally {
    await task.destroy();
    worker?.destroy();
  }
}

async function expectSameText(pdf: Uint8Array, password?: string, withOps = false): Promise<number> {
  const ours = await readPages(pdf, 'ours', password, withOps);
  const theirs = await readPages(pdf, 'pdfjs', password, withOps);
  expect(ours).toEqual(theirs);
  return ours.reduce((n, p) => n + p.items.length, 0);
}

describe('what TextContentPort relies on in the installed pdf.js (fails when an upgrade changes it)', () => {
  const req = createRequire(import.meta.url);
  const api = readFileSync(req.resolve('pdfjs-dist/legacy/build/pdf.mjs'), 'utf8');
  const worker = readFileSync(req.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

  test('a text chunk is handed to the stream, then the evaluator starts new item and style containers', () => {
    // Our shallow copy of a chunk is safe only because the sender never writes the old containers
    // again (text-port.ts). If this changes, re-read extractTextContent before upgrading.
    expect(worker).toMatch(
      /sink\??\.enqueue\(textContent, length\);\s*textContent\.items = \[\];\s*textContent\.styles = Object\.create\(null\);/,
    );
  });

  test("an operator-list chunk is handed over with the list's own arrays, which are then emptied and refilled", () => {
    // The port copies the two arrays and shares the args in them (text-port.ts): safe only while
    // flush() empties its arrays in place rather than writing into the args it sent.
    expect(worker).toMatch(
      /this\._streamSink\.enqueue\(\{\s*fnArray: this\.fnArray,\s*argsArray: this\.argsArray,[\s\S]{0,120}\}, 1, this\._transfers\);\s*this\.dependencies\.clear\(\);\s*this\.fnArray\.length = 0;\s*this\.argsArray\.length = 0;/,
    );
  });

  test('"enqueue a chunk" is stream message kind 4 on both sides', () => {
    for (const code of [api, worker]) expect(code).toMatch(/const StreamKind = \{[^}]*\bENQUEUE: 4,/);
  });

  test("pdf.js's own port still deep-copies every message (else the port would save nothing)", () => {
    expect(api).toMatch(
      /class LoopbackPort \{[\s\S]{0,200}postMessage\(obj, transfer\) \{\s*const event = \{\s*data: structuredClone\(obj,/,
    );
  });
});

describe('text read through TextContentPort is what pdf.js reads through its own port', () => {
  test.each(LAYOUTS.map((l) => [l]))(
    '%s: a 12-page statement, every item, style and operator of every page',
    async (layout) => {
      const { pdf } = await generateStatement({ layout, seed: 11, pages: 12 });
      // Several thousand items: many chunks, and many pulls while the stream is full.
      expect(await expectSameText(new Uint8Array(pdf), undefined, true)).toBeGreaterThan(1000);
    },
  );

  test('an encrypted statement opened with its password (its password travels through the port)', async () => {
    const { pdf } = await generateStatement({
      layout: 'albion',
      seed: 5,
      pages: 3,
      userPassword: 'open-sesame',
    });
    expect(await expectSameText(new Uint8Array(pdf), 'open-sesame')).toBeGreaterThan(100);
  });

  test('three documents at once, each on its own worker, stay apart', async () => {
    const pdfs = await Promise.all(
      [1, 2, 3].map(
        async (seed) =>
          new Uint8Array((await generateStatement({ layout: 'northwind', seed, pages: 3 })).pdf),
      ),
    );
    const together = await Promise.all(pdfs.map((p) => readPages(p, 'ours')));
    for (const [i, pdf] of pdfs.entries()) expect(together[i]).toEqual(await readPages(pdf, 'pdfjs'));
  });
});

describeCorpus('TextContentPort on the real statements of ../shared/corpus', () => {
  test.each(CORPUS_TEXT_STATEMENTS)("%s, with every page's operator list", async (rel) => {
    expect(await expectSameText(corpusBytes(rel), undefined, true)).toBeGreaterThan(50);
  });

  test("TD 2019 (Type3 fonts, forms, images), with every page's operator list", async () => {
    expect(
      await expectSameText(corpusBytes('real-layouts/ca-td-2019/statement.pdf'), undefined, true),
    ).toBeGreaterThan(50);
  });
});

describe('TextContentPort delivery and copies', () => {
  /** Posts one message and resolves with what the listener received. */
  function roundTrip(message: unknown, transfer?: ArrayBuffer[], mutate?: () => void): Promise<unknown> {
    const port = new TextContentPort();
    return new Promise((resolve) => {
      port.addEventListener('message', (event) => resolve(event.data));
      port.postMessage(message, transfer);
      mutate?.();
    });
  }

  test('delivers after postMessage returns, like a real port', async () => {
    const port = new TextContentPort();
    const seen: string[] = [];
    const delivered = new Promise<void>((resolve) =>
      port.addEventListener('message', () => {
        seen.push('delivered');
        resolve();
      }),
    );
    port.postMessage({ action: 'test' });
    seen.push('returned');
    await delivered;
    expect(seen).toEqual(['returned', 'delivered']);
  });

  test('a text chunk arrives with its own container: the sender replacing items and styles does not reach it', async () => {
    const item = { str: 'AMAZON', transform: [1, 0, 0, 1, 10, 20] };
    const chunk = { items: [item], styles: { f1: { ascent: 0.9 } }, lang: null };
    const message = { sourceName: 'w', targetName: 'm', stream: 4, streamId: 1, chunk };
    const got = (await roundTrip(message, undefined, () => {
      // What pdf.js does right after enqueueing.
      chunk.items = [];
      chunk.styles = {} as typeof chunk.styles;
    })) as typeof message;
    expect(got).not.toBe(message);
    expect(got.chunk).not.toBe(chunk);
    expect(got.chunk.items).toEqual([item]);
    expect(got.chunk.styles).toEqual({ f1: { ascent: 0.9 } });
  });

  test('an all-primitive message is copied; a nested one is cloned deeply', async () => {
    const flat = { sourceName: 'm', targetName: 'w', stream: 6, streamId: 3, desiredSize: 100 };
    const gotFlat = await roundTrip(flat, undefined, () => {
      flat.desiredSize = 0;
    });
    expect(gotFlat).toEqual({ ...flat, desiredSize: 100 });

    const nested = { action: 'GetPage', data: { pageIndex: 2, view: [0, 0, 612, 792] } };
    const gotNested = (await roundTrip(nested, undefined, () => {
      nested.data.view[2] = 0;
    })) as typeof nested;
    expect(gotNested.data.view).toEqual([0, 0, 612, 792]);
  });

  test('an operator-list chunk arrives with its own arrays: the sender emptying its lists does not reach it', async () => {
    const chunk = { fnArray: [1, 2], argsArray: [[0], [1]], lastChunk: false, length: 2 };
    const got = (await roundTrip({ stream: 4, chunk }, undefined, () => {
      // What OperatorList.flush does right after enqueueing.
      chunk.fnArray.length = 0;
      chunk.argsArray.length = 0;
    })) as { chunk: typeof chunk };
    expect(got.chunk).not.toBe(chunk);
    expect(got.chunk.fnArray).toEqual([1, 2]);
    expect(got.chunk.argsArray).toEqual([[0], [1]]);
    expect(got.chunk.length).toBe(2);
  });

  test('a chunk that is neither text nor operators takes the deep clone', async () => {
    const chunk = { values: [1, 2] };
    const got = (await roundTrip({ stream: 4, chunk }, undefined, () => {
      chunk.values.length = 0;
    })) as { chunk: typeof chunk };
    expect(got.chunk.values).toEqual([1, 2]);
  });

  test('transferred buffers move (the sender keeps a detached one), as with structuredClone', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const got = (await roundTrip({ action: 'GetDocRequest', data: bytes }, [bytes.buffer])) as {
      data: Uint8Array;
    };
    expect([...got.data]).toEqual([37, 80, 68, 70]);
    expect(bytes.byteLength).toBe(0);
  });

  test('a listener whose signal aborts, and every listener after terminate(), hears nothing more', async () => {
    const port = new TextContentPort();
    const heard: string[] = [];
    const ac = new AbortController();
    port.addEventListener('message', () => heard.push('a'), { signal: ac.signal });
    port.addEventListener('message', () => heard.push('b'));
    port.postMessage({ n: 1 });
    await new Promise((r) => setImmediate(r));
    ac.abort();
    port.postMessage({ n: 2 });
    await new Promise((r) => setImmediate(r));
    port.terminate();
    port.postMessage({ n: 3 });
    await new Promise((r) => setImmediate(r));
    expect(heard).toEqual(['a', 'b', 'b']);
  });
});
