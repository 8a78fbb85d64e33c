/** wipe() zero-fills buffers that held statement bytes. */
import { MessageChannel } from 'node:worker_threads';
import { wipe } from '../../shared/privacy/wipe.js';

describe('wipe', () => {
  it('zero-fills Uint8Arrays, Buffers and ArrayBuffers', () => {
    const a = new Uint8Array([1, 2, 3]);
    const b = Buffer.from('%PDF-1.7 statement');
    const c = new ArrayBuffer(8);
    new Uint8Array(c).fill(7);
    wipe(a, b, c);
    expect([...a]).toEqual([0, 0, 0]);
    expect(b.every((x) => x === 0)).toBe(true);
    expect(new Uint8Array(c).every((x) => x === 0)).toBe(true);
  });

  it('zeroes exactly the bytes a view covers, not the rest of its buffer', () => {
    const whole = new Uint8Array([9, 9, 9, 9, 9, 9]);
    wipe(whole.subarray(2, 4));
    expect([...whole]).toEqual([9, 9, 0, 0, 9, 9]);
  });

  it('skips null, undefined and detached buffers without throwing', () => {
    const detached = new Uint8Array([5, 5, 5]);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(detached.buffer, [detached.buffer]);
    port1.close();
    port2.close();
    expect(detached.byteLength).toBe(0);
    const kept = new Uint8Array([4]);
    expect(() => wipe(null, undefined, detached, detached.buffer, kept)).not.toThrow();
    expect([...kept]).toEqual([0]);
  });
});
