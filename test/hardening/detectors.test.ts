/**
 * The hardening suite asserts absences (no connection, no payload run, no canary in logs); these
 * tests show each detector does fire when the thing happens, so those absences mean something.
 */
import { existsSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildContext, CANARY, type HostileCase, hostileCases } from '../../scripts/hostile/index.js';
import { readPdfText } from '../generator/pdf-text.js';
import { startTrap, type Trap, watchSideEffects } from './support.js';

let trap: Trap;
let ctx: BuildContext;
const cases = hostileCases();
const byId = (id: string) => cases.find((c) => c.id === id) as HostileCase;

beforeAll(async () => {
  trap = await startTrap();
  ctx = {
    maxBytes: 4 * 1024 * 1024,
    callbackUrl: trap.url,
    markerFile: join(tmpdir(), `cca-detector-${process.pid}-${Date.now()}`),
    markerGlobal: '__ccaDetectorPayloadRan',
  };
});
afterAll(async () => {
  rmSync(ctx.markerFile, { force: true });
  await trap.close();
});

/** The /FontMatrix array of the CVE case, parsed back from the PDF bytes into its JS values. */
function fontMatrixOf(pdf: Buffer): Array<number | string> {
  const src = pdf.toString('latin1');
  const m = /\/FontMatrix \[([\d. ]+)\((.*?)(?<!\\)\)\]/s.exec(src);
  if (!m) throw new Error('no /FontMatrix with a string in the document');
  const numbers = (m[1] ?? '').trim().split(/\s+/).map(Number);
  return [...numbers, (m[2] ?? '').replace(/\\(.)/gs, '$1')];
}

describe('the hardening detectors', () => {
  test('the side-effect watch records a socket connect, and the trap counts it', async () => {
    const before = trap.connections();
    const effects = watchSideEffects();
    try {
      const port = Number(new URL(trap.url).port);
      await new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      });
    } finally {
      effects.restore();
    }
    expect(effects.connects).toHaveLength(1);
    expect(trap.connections()).toBe(before + 1);
  });

  test('the side-effect watch captures console output', () => {
    const effects = watchSideEffects();
    try {
      console.warn('warning with', CANARY);
    } finally {
      effects.restore();
    }
    expect(effects.printed).toEqual([`warning with ${CANARY}`]);
  });

  test('the CVE-2024-4367 payload is live: compiled the way pdf.js < 4.2.67 did, it trips every detector', async () => {
    const req = await byId('font-matrix-cve-2024-4367').build(ctx);
    const matrix = fontMatrixOf(req.body);
    // Vulnerable pdf.js emitted `c.transform(<matrix joined by commas>);` into glyph code and
    // compiled it with new Function; a string element closes the call and runs the rest.
    const glyph = new Function('c', 'size', `c.save();\nc.transform(${matrix.join(',')});\nc.restore();`);
    const before = trap.connections();
    glyph({ save() {}, transform() {}, restore() {} }, 10);
    await new Promise<void>((resolve) => {
      const until = Date.now() + 2000;
      const poll = () =>
        trap.connections() > before || Date.now() > until ? resolve() : setTimeout(poll, 10);
      poll();
    });
    expect((globalThis as Record<string, unknown>)[ctx.markerGlobal]).toBe(1);
    expect(existsSync(ctx.markerFile)).toBe(true);
    expect(trap.connections()).toBe(before + 1);
  });

  test('every hand-written or drawn document that is read carries the canary in its text', async () => {
    const readable = cases.filter(
      (c) =>
        c.group === 'pdf' &&
        [c.expected, ...(c.alsoAccepted ?? [])].some((o) => o.code === 'NOT_A_STATEMENT'),
    );
    expect(readable.length).toBeGreaterThanOrEqual(8);
    for (const c of readable.filter((x) => x.id !== 'flate-bomb' && x.id !== 'nested-in-content')) {
      const req = await c.build(ctx);
      const { text } = await readPdfText(req.body);
      expect({ id: c.id, hasCanary: text.includes(CANARY) }).toEqual({ id: c.id, hasCanary: true });
    }
  }, 30_000);
});
