/**
 * The leading worker's side of a shared document: pages taken one at a time from one counter, the
 * helpers' pages gathered from their ports in any order, and a helper's failure reported as reading
 * in page order would have failed (the error of whoever left the earliest page unread).
 */
import { MessageChannel } from 'node:worker_threads';
import type { PageText } from '../../shared/pdf/extract.js';
import { Inbox } from '../../shared/worker/inbox.js';
import { helperShare, newClaims } from '../../shared/worker/share.js';
import { helperCount } from '../../shared/worker/split.js';

const page = (n: number): PageText => ({
  page: n,
  lines: [{ page: n, y: 1, cells: [], text: `p${n}` }],
  chars: 2,
  hidden: 1,
  exact: false,
});
const failure = (code: string) => ({ ok: false as const, error: { code, message: code, context: {} } });
const done = { ok: true as const, result: { pages: 6, lines: [], chars: 0, hidden: 0, exactPages: [] } };

const open: MessageChannel[] = [];
afterEach(() => {
  for (const c of open.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

/** A leader and `helpers` helper shares over one 6-page counter, as the pool sets them up. */
async function shared(helpers: number) {
  const claims = newClaims(6);
  const channels = Array.from({ length: helpers }, () => new MessageChannel());
  open.push(...channels);
  const inbox = new Inbox(7);
  inbox.deliver({ id: 7, plan: { parts: helpers, claims, ports: channels.map((c) => c.port1) } });
  const split = await inbox.split();
  if (!split) throw new Error('no split');
  const others = channels.map((c, part) => helperShare({ claims, port: c.port2, part }));
  return { inbox, split, others };
}

test('every page is handed out once, in order, to whoever asks next; none past the last', async () => {
  const { split, others } = await shared(2);
  const [a, b] = others as [ReturnType<typeof helperShare>, ReturnType<typeof helperShare>];
  expect([split.claim(), a.claim(), a.claim(), b.claim(), split.claim(), b.claim()]).toEqual([
    1, 2, 3, 4, 5, 6,
  ]);
  expect([split.claim(), a.claim(), b.claim()]).toEqual([null, null, null]);
});

test("the helpers' pages, read in any order and arriving before or after their outcome, are all gathered", async () => {
  const { inbox, split, others } = await shared(2);
  const [a, b] = others as [ReturnType<typeof helperShare>, ReturnType<typeof helperShare>];
  const taken = [split.claim(), a.claim(), b.claim(), a.claim(), b.claim(), split.claim()];
  expect(taken).toEqual([1, 2, 3, 4, 5, 6]);
  b.read(page(5));
  split.read(page(1));
  a.read(page(4));
  a.read(page(2));
  inbox.deliver({ id: 7, part: 0, outcome: done });
  const rest = split.rest();
  b.read(page(3));
  split.read(page(6));
  inbox.deliver({ id: 7, part: 1, outcome: done });
  expect((await rest).map((p) => p.page).sort()).toEqual([2, 3, 4, 5]);
  expect((await rest).every((p) => p.lines[0]?.text === `p${p.page}`)).toBe(true);
});

test("a failed helper's error is the document's once every helper is done: the one that left the earliest page unread", async () => {
  const { inbox, split, others } = await shared(2);
  const [a, b] = others as [ReturnType<typeof helperShare>, ReturnType<typeof helperShare>];
  // a takes 2 and 4 and fails on 4; b takes 3 and 5 and fails on 3; the leader reads 1 and 6.
  expect([split.claim(), a.claim(), b.claim(), a.claim(), b.claim(), split.claim()]).toEqual([
    1, 2, 3, 4, 5, 6,
  ]);
  split.read(page(1));
  a.read(page(2));
  split.read(page(6));
  inbox.deliver({ id: 7, part: 0, outcome: failure('PDF_TIMEOUT') });
  const rest = split.rest();
  let settled = false;
  rest
    .catch(() => undefined)
    .finally(() => {
      settled = true;
    });
  await new Promise((r) => setTimeout(r, 20));
  // b has not answered yet: its pages could still come.
  expect(settled).toBe(false);
  inbox.deliver({ id: 7, part: 1, outcome: failure('PDF_UNREADABLE') });
  await expect(rest).rejects.toMatchObject({ code: 'PDF_UNREADABLE', status: 422 });
});

test('a plan without parts reads every page in the leading worker', async () => {
  const inbox = new Inbox(2);
  inbox.deliver({ id: 2, plan: { parts: 0 } });
  expect(await inbox.split()).toBeNull();
});

test("a message for another job is not this job's", () => {
  const inbox = new Inbox(7);
  expect(inbox.deliver({ id: 6, part: 0, outcome: done })).toBe(false);
  expect(inbox.deliver({ id: 7, part: 0, outcome: done })).toBe(true);
});

test('helpers only while each worker keeps the minimum of pages, and never more than are idle', () => {
  expect(helperCount(200, 1, 8)).toBe(1);
  expect(helperCount(200, 3, 8)).toBe(3);
  expect(helperCount(17, 4, 8)).toBe(1);
  expect(helperCount(15, 4, 8)).toBe(0);
  expect(helperCount(5, 3, 1)).toBe(3);
  expect(helperCount(40, 0, 8)).toBe(0);
});
