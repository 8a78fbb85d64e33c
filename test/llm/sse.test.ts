/** The SSE reader: events split anywhere across chunks, comments counted apart, CRLF and multi-line data. */
import { expect, test } from '@jest/globals';
import { SseReader } from '../../shared/llm/sse.js';

const bytes = (s: string) => new TextEncoder().encode(s);

test('reassembles events split at every possible byte, and counts keep-alive comments apart', () => {
  const stream = ': OPENROUTER PROCESSING\n\ndata: {"a":"é"}\n\ndata: [DONE]\n\n';
  const whole = bytes(stream);
  for (let cut = 0; cut <= whole.length; cut++) {
    const r = new SseReader();
    const first = r.push(whole.slice(0, cut));
    const second = r.push(whole.slice(cut));
    const end = r.end();
    expect([...first.data, ...second.data, ...end.data]).toEqual(['{"a":"é"}', '[DONE]']);
    expect(first.comments + second.comments + end.comments).toBe(1);
  }
});

test('reads CRLF and CR line ends, joins multi-line data, ignores other fields, flushes an unterminated event', () => {
  const r = new SseReader();
  const a = r.push(bytes('event: message\r\nid: 7\r\ndata: line1\r\ndata:line2\r\n\r\ndata: x\rdata: y\r\r'));
  const b = r.push(bytes('data: last'));
  const end = r.end();
  expect(a.data).toEqual(['line1\nline2', 'x\ny']);
  expect(b.data).toEqual([]);
  expect(end.data).toEqual(['last']);
});
