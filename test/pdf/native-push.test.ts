import { generateStatement } from '../../scripts/statements/index.js';
import { extractText } from '../../shared/pdf/extract.js';
import { restoreNativePush } from '../../shared/pdf/native-push.js';

// Captured before pdf.js loads in this test file's realm (pdfjs.ts imports pdf.js lazily).
const nativePush = Array.prototype.push;

describe('Array.prototype.push stays native around pdf.js', () => {
  test('reading a statement leaves the native push in place (pdf.js legacy polyfills it on Node 20)', async () => {
    const { pdf } = await generateStatement({ layout: 'northwind', seed: 1, transactions: 5 });
    const { lines } = await extractText(new Uint8Array(pdf), { maxPages: 10 });
    expect(lines.length).toBeGreaterThan(5);
    expect(Array.prototype.push).toBe(nativePush);
  });

  test('restoreNativePush undoes a replacement and keeps push non-enumerable', () => {
    const generic = function push(this: unknown[], ...items: unknown[]) {
      for (const it of items) this[this.length] = it;
      return this.length;
    };
    Object.defineProperty(Array.prototype, 'push', { value: generic, writable: true, configurable: true });
    expect(Array.prototype.push).toBe(generic);
    restoreNativePush();
    expect(Array.prototype.push).toBe(nativePush);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')?.enumerable).toBe(false);
    const xs: number[] = [];
    xs.push(1, 2);
    expect(xs).toEqual([1, 2]);
  });
});
