/** The leading worker's inbox and the page plan: parts in page order, the first failing part's error wins. */
import type { ExtractedText } from '../../shared/pdf/extract.js';
import { Inbox } from '../../shared/worker/inbox.js';
import { planParts } from '../../shared/worker/split.js';

const part = (page: number): ExtractedText => ({
  pages: 9,
  lines: [{ page, y: 1, cells: [], text: `p${page}` }],
  chars: 2,
  hidden: 0,
});
const failure = (code: string) => ({ ok: false as const, error: { code, message: code, context: {} } });

test('parts that arrive before the plan, and out of order, come back in page order', async () => {
  const inbox = new Inbox(7);
  expect(inbox.deliver({ id: 7, part: 1, outcome: { ok: true, result: part(3) } })).toBe(true);
  expect(inbox.deliver({ id: 6, part: 0, outcome: { ok: true, result: part(9) } })).toBe(false);
  inbox.deliver({ id: 7, plan: { last: 1, parts: 2 } });
  const split = await inbox.split();
  expect(split?.last).toBe(1);
  const rest = split?.rest() as Promise<ExtractedText[]>;
  inbox.deliver({ id: 7, part: 0, outcome: { ok: true, result: part(2) } });
  expect((await rest).map((p) => p.lines[0]?.text)).toEqual(['p2', 'p3']);
});

test('the error of the earliest failing part wins, whichever failed first', async () => {
  const inbox = new Inbox(1);
  inbox.deliver({ id: 1, plan: { last: 3, parts: 2 } });
  const split = await inbox.split();
  inbox.deliver({ id: 1, part: 1, outcome: failure('PDF_TIMEOUT') });
  inbox.deliver({ id: 1, part: 0, outcome: failure('PDF_UNREADABLE') });
  await expect(split?.rest()).rejects.toMatchObject({ code: 'PDF_UNREADABLE', status: 422 });
});

test('a plan without parts reads every page in the leading worker', async () => {
  const inbox = new Inbox(2);
  inbox.deliver({ id: 2, plan: { last: 40, parts: 0 } });
  expect(await inbox.split()).toBeNull();
});

test('the plan covers every page once, in contiguous ranges of at least the minimum', () => {
  for (const [pages, workers, min] of [
    [200, 2, 8],
    [201, 4, 8],
    [17, 4, 8],
    [7, 3, 8],
    [5, 3, 1],
  ] as const) {
    const ranges = planParts(pages, workers, min);
    expect(ranges[0]?.first).toBe(1);
    expect(ranges.at(-1)?.last).toBe(pages);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.first).toBe((ranges[i - 1]?.last ?? 0) + 1);
    expect(ranges.length).toBeLessThanOrEqual(workers);
    if (ranges.length > 1) for (const r of ranges) expect(r.last - r.first + 1).toBeGreaterThanOrEqual(min);
  }
  expect(planParts(200, 2)).toEqual([
    { first: 1, last: 100 },
    { first: 101, last: 200 },
  ]);
});
