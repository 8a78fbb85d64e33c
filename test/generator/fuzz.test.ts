/**
 * The layout fuzzer: deterministic by seed, every statement reconciles, the grammar covers the
 * languages and conventions it promises, and the PDF prints what the expected statement says.
 * (How well the engine reads fuzzed layouts is measured by scripts/fuzz-report.ts, not asserted.)
 */

import {
  drawFuzzLayout,
  fuzzExpected,
  generateFuzzed,
  layoutSignature,
} from '../../scripts/statements/fuzz/index.js';
import {
  AMOUNT_FORMATS,
  COMMA_YEAR_FORMAT,
  CURRENCY_MARKS,
  DATE_FORMATS,
  LATER_DATE_FORMATS,
  ROUND_ELEVEN_DATE_FORMATS,
  ROW_WEEKDAYS,
  SIGN_CONVENTIONS,
  SLASHED_MONTH_FORMAT,
  SUMMARY_FORMS,
  UNGROUPED_FORMATS,
  YEARLESS_FORMATS,
} from '../../scripts/statements/fuzz/layout-types.js';
import { formatNumber, tableAmount } from '../../scripts/statements/fuzz/printing.js';
import { LANGUAGES } from '../../scripts/statements/fuzz/vocabulary.js';
import type { ExpectedStatement } from '../../scripts/statements/types.js';
import { extractText } from '../../shared/pdf/extract.js';

const cents = (major: number | null): number => Math.round((major ?? 0) * 100);
const typeSum = (e: ExpectedStatement, type: string): number =>
  e.transactions.filter((t) => t.type === type).reduce((s, t) => s + Math.abs(cents(t.amount)), 0);
const seeds = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('fuzzed statements are deterministic', () => {
  it.each([3, 17])('seed %i gives identical bytes twice', async (seed) => {
    const a = await generateFuzzed({ seed });
    const b = await generateFuzzed({ seed });
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
    expect(a.expected).toEqual(b.expected);
    expect(a.layout).toEqual(b.layout);
    expect(a.expected.layout).toBe(`fuzz-${seed}`);
    // The layout is plain data: a failing case can be printed and read back.
    expect(JSON.parse(JSON.stringify(a.layout))).toEqual(a.layout);
  });

  it('different seeds give different layouts', () => {
    expect(layoutSignature(drawFuzzLayout(1))).not.toBe(layoutSignature(drawFuzzLayout(2)));
  });
});

describe('every fuzzed statement reconciles (seeds 1..300, expected only)', () => {
  const cases = seeds(1, 300).map((seed) => ({ seed, ...fuzzExpected(seed) }));

  it('previous − payments − credits + purchases + cash + transfers + fees + interest = new balance', () => {
    const bad: number[] = [];
    for (const { seed, expected: e, model, layout } of cases) {
      const t = model.totals;
      const modelSide =
        t.previousBalance -
        t.payments -
        t.credits +
        t.purchases +
        t.cashAdvances +
        t.balanceTransfers +
        t.fees +
        t.interest;
      if (modelSide !== t.newBalance) bad.push(seed);
      if (e.previousBalance === null || e.newBalance === null) continue;
      // A combined figure with refunds in it is reported as null/null; the rows stand in for it.
      const unsplit = layout.summary.combined && e.payments === null && e.credits === null;
      const paidIn = unsplit
        ? typeSum(e, 'payment') + typeSum(e, 'credit')
        : cents(e.payments) + cents(e.credits);
      const printed =
        cents(e.previousBalance) -
        paidIn +
        cents(e.purchases) +
        cents(e.cashAdvances) +
        cents(e.balanceTransfers) +
        cents(e.fees) +
        cents(e.interest);
      if (printed !== cents(e.newBalance)) bad.push(seed);
    }
    expect(bad).toEqual([]);
  });

  it('rows sum per type to their printed figures, and a figure left out is zero', () => {
    const bad: Array<{ seed: number; field: string }> = [];
    for (const { seed, expected: e, layout } of cases) {
      const payments = typeSum(e, 'payment') + (layout.summary.combined ? typeSum(e, 'credit') : 0);
      const want: Array<[string, number | null, number]> = [
        ['payments', e.payments, payments],
        ['credits', layout.summary.combined ? null : e.credits, typeSum(e, 'credit')],
        ['purchases', e.purchases, typeSum(e, 'purchase')],
        ['cashAdvances', e.cashAdvances, typeSum(e, 'cash_advance')],
        ['balanceTransfers', e.balanceTransfers, typeSum(e, 'balance_transfer')],
        ['fees', e.fees, typeSum(e, 'fee')],
        ['interest', e.interest, typeSum(e, 'interest')],
      ];
      const unsplit = layout.summary.combined && e.payments === null && e.credits === null;
      for (const [field, printed, sum] of want) {
        if (layout.summary.combined && (field === 'credits' || (unsplit && field === 'payments'))) continue;
        if (cents(printed) !== sum) bad.push({ seed, field });
      }
      // Combined: credits 0 when all of it is payments; null/null when refunds are in it, or when
      // the box leaves out a zero figure.
      if (layout.summary.combined && !unsplit && e.credits !== 0) bad.push({ seed, field: 'credits' });
      const leftOut = layout.summary.omitZero && payments === 0;
      if (unsplit && typeSum(e, 'credit') === 0 && !leftOut) bad.push({ seed, field: 'payments' });
    }
    expect(bad).toEqual([]);
  });

  it('signs follow the convention: charges positive, payments and credits negative; yen has no cents', () => {
    for (const { expected: e, layout } of cases) {
      for (const t of e.transactions) {
        expect(t.type === 'payment' || t.type === 'credit' ? t.amount < 0 : t.amount > 0).toBe(true);
        if (layout.currency === 'JPY') expect(Number.isInteger(t.amount)).toBe(true);
      }
      if (layout.currency === 'JPY')
        for (const v of [e.previousBalance, e.newBalance, e.minimumPayment, e.creditLimit, e.availableCredit])
          expect(Number.isInteger(v ?? 0)).toBe(true);
      expect(e.transactions.length).toBeGreaterThanOrEqual(8);
      expect(e.transactions.length).toBeLessThanOrEqual(30);
      // A mark, lakh grouping, or an address in a bare-dollar, rupee, yen or dirham country says it.
      const says =
        layout.currencyMark !== 'none' ||
        layout.amountFormat === 'indian' ||
        ['INR', 'CAD', 'AUD', 'SGD', 'JPY', 'AED'].includes(layout.currency);
      expect(e.currency).toBe(says ? layout.currency : null);
      expect(layout.verifiable).toBe(e.previousBalance !== null && e.newBalance !== null);
    }
  });
});

describe('planted personal data', () => {
  /** ISO 13616: move the first four characters to the end, letters as 10..35, the number mod 97 is 1. */
  const ibanValid = (iban: string): boolean => {
    const s = iban.replace(/\s+/g, '');
    const digits = [...`${s.slice(4)}${s.slice(0, 4)}`]
      .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c))
      .join('');
    return BigInt(digits) % 97n === 1n;
  };

  it('prints IBANs with valid check digits and records every printed id, name and number', () => {
    let ibans = 0;
    for (const seed of seeds(1, 300)) {
      const { expected: e, layout } = fuzzExpected(seed);
      for (const id of e.pii.other) {
        if (/^[A-Z]{2}\d{2}/.test(id)) {
          ibans++;
          expect(ibanValid(id)).toBe(true);
        } else expect(id).toMatch(/^\d{14}$/); // an Indian CKYC number
      }
      expect(e.pii.holderNames).toHaveLength(layout.cards);
      expect(e.pii.greeting === null).toBe(!layout.pii.greeting);
      expect(e.pii.customerNumber === null).toBe(!layout.pii.customerNumber);
      expect(e.pii.email === null).toBe(!layout.pii.email);
      expect(e.pii.address.length).toBeGreaterThanOrEqual(2);
    }
    expect(ibans).toBeGreaterThan(10);
  });
});

describe("round 8's draws", () => {
  it("a layout drawn newest first prints each card's rows from the latest date down", async () => {
    const seed = seeds(1, 400).find((n) => {
      const l = drawFuzzLayout(n);
      return l.newestFirst && !l.sectioned && l.cards === 1;
    });
    const { expected, layout } = await generateFuzzed({ seed: seed as number });
    const dates = expected.transactions.map((t) => t.date);
    expect(layout.newestFirst).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates).size).toBeGreaterThan(3);
  });

  it('month names in capitals and the year after a comma print as drawn', async () => {
    const seed = seeds(1, 400).find((n) => {
      const l = drawFuzzLayout(n);
      return l.upperMonths && l.dateFormat === COMMA_YEAR_FORMAT;
    });
    const { pdf, expected } = await generateFuzzed({ seed: seed as number });
    const { lines } = await extractText(new Uint8Array(pdf), { maxPages: 20 });
    const [y, m, d] = (expected.transactions[0]?.date ?? '').split('-');
    const mon = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][
      Number(m) - 1
    ];
    expect(lines.some((l) => l.text.includes(`${mon} ${d}, ${y}`))).toBe(true);
  });
});

/** The extracted lines' text of a seed's statement. */
async function textOf(seed: number): Promise<string[]> {
  const { pdf } = await generateFuzzed({ seed });
  return (await extractText(new Uint8Array(pdf), { maxPages: 20 })).lines.map((l) => l.text);
}

/** The first of `layouts` that `f` holds for, by its seed. */
function firstSeed(layouts: FuzzLayoutOf[], f: (l: FuzzLayoutOf) => boolean): number {
  return (layouts.find(f) as FuzzLayoutOf).seed;
}

describe("round 9's draws", () => {
  const layouts = seeds(1, 400).map(drawFuzzLayout);
  const first = (f: (l: FuzzLayoutOf) => boolean): number => firstSeed(layouts, f);

  it('each is drawn, and only where the layout has room for it', () => {
    for (const f of [
      (l: FuzzLayoutOf) => l.rowTime === 'hm',
      (l: FuzzLayoutOf) => l.rowTime === 'hms',
      (l: FuzzLayoutOf) => l.serial === 'plain',
      (l: FuzzLayoutOf) => l.serial === 'padded',
      (l: FuzzLayoutOf) => l.cardColumn,
      (l: FuzzLayoutOf) => l.refBelow,
      (l: FuzzLayoutOf) => l.creditsFirst,
      (l: FuzzLayoutOf) => l.sign === 'debit-credit-columns' && !l.tableHeader,
      (l: FuzzLayoutOf) => l.cashback === 'before',
      (l: FuzzLayoutOf) => l.cashback === 'after',
    ])
      expect(layouts.some(f)).toBe(true);
    for (const l of layouts) {
      if (l.cardColumn) expect(l.twoColumn).toBe(false);
      if (l.refBelow) expect(l.columns).not.toContain('reference');
      if (l.creditsFirst) expect(l.sign).toBe('debit-credit-columns');
      if (!l.tableHeader) expect(l.twoColumn || l.currencyMark === 'header-only').toBe(false);
      // After the amount only a header tells the cashback from the amount.
      if (l.cashback === 'after')
        expect([l.tableHeader, l.runningBalance, l.foreign]).toEqual([
          true,
          null,
          expect.not.stringMatching(/^column$/),
        ]);
    }
  });

  it('the time of day prints after the date, and a reference of 23 digits under the row', async () => {
    const timed = await textOf(first((l) => l.rowTime === 'hms'));
    expect(timed.some((t) => /\d \d{2}:\d{2}:\d{2}\b/.test(t))).toBe(true);
    const referenced = await textOf(first((l) => l.refBelow && !l.wrap && !l.merchantAbove));
    expect(referenced.filter((t) => /(^| )\d{23}( |$)/.test(t)).length).toBeGreaterThan(3);
  });

  it('row numbers count the rows, and the card column prints a card’s last four digits', async () => {
    const seed = first((l) => l.serial === 'padded' && l.cards === 1 && !l.twoColumn);
    const numbered = await textOf(seed);
    expect(numbered.some((t) => t.startsWith('001 '))).toBe(true);
    expect(numbered.some((t) => t.startsWith('002 '))).toBe(true);
    const carded = first((l) => l.cardColumn && l.cards === 1);
    const { expected } = await generateFuzzed({ seed: carded });
    const last4 = expected.cardLast4 as string;
    const rows = (await textOf(carded)).filter((t) => t.includes(`  ${last4}  `));
    expect(rows.length).toBeGreaterThanOrEqual(expected.transactions.length);
  });
});

describe("round 10's draws", () => {
  const layouts = seeds(1, 600).map(drawFuzzLayout);
  const first = (f: (l: FuzzLayoutOf) => boolean): number => firstSeed(layouts, f);

  it('each is drawn, and only where the layout has room for it', () => {
    for (const f of [
      (l: FuzzLayoutOf) => l.dateFormat === 'MM/DD',
      (l: FuzzLayoutOf) => l.dateFormat === 'DD/MM',
      (l: FuzzLayoutOf) => l.emptySide === 'zero',
      (l: FuzzLayoutOf) => l.emptySide === 'dash',
      (l: FuzzLayoutOf) => l.markerHugs,
      (l: FuzzLayoutOf) => l.currencyColumn,
      (l: FuzzLayoutOf) => l.leaders,
      (l: FuzzLayoutOf) => l.periodYearOnce,
    ])
      expect(layouts.some(f)).toBe(true);
    for (const l of layouts) {
      if (l.emptySide !== 'blank') expect(l.sign).toBe('debit-credit-columns');
      if (l.markerHugs) expect(['cr-suffix', 'dr-cr']).toContain(l.sign);
      if (l.markerHugs) expect(l.currencyMark).not.toMatch(/-after$/);
      if (l.currencyColumn)
        expect([l.rowMark, l.foreign, l.cashback, l.twoColumn]).toEqual([
          false,
          expect.not.stringMatching(/^column$/),
          'none',
          false,
        ]);
      if (l.leaders) expect(l.summary.form).toBe('list');
      if (l.periodYearOnce)
        expect([l.periodStyle, l.summaryDateFormat]).toEqual(['range', expect.stringMatching(/Mon/)]);
      // The period keeps a year where the rows print none.
      if (l.dateFormat === 'MM/DD' || l.dateFormat === 'DD/MM') expect(l.summaryDateFormat).toMatch(/Y/);
    }
  });

  it('a list summary prints dot leaders, and the period its year once', async () => {
    const led = await textOf(first((l) => l.leaders));
    expect(led.filter((t) => /\S \.{3,} {2}\S*\d/.test(t)).length).toBeGreaterThan(5);
    const once = first((l) => l.periodYearOnce && l.summaryDateFormat === 'D Mon YYYY' && !l.upperMonths);
    const { expected } = await generateFuzzed({ seed: once });
    const start = expected.periodStart as string;
    const end = expected.periodEnd as string;
    const join = drawFuzzLayout(once).periodJoin;
    const startDay = Number(start.slice(8));
    // "6 Jan – 5 Feb 2026": the first date with no year before the join.
    expect((await textOf(once)).some((t) => new RegExp(`: ${startDay} \\S+ ${join} `).test(t))).toBe(true);
    expect(end.slice(0, 4)).toMatch(/^\d{4}$/);
  });

  it('dates print without a year, in the layout’s order', async () => {
    // With its zeros: round 13 drops them on some layouts ("1/5").
    const seed = first((l) => l.dateFormat === 'MM/DD' && !l.unpadded);
    const { expected } = await generateFuzzed({ seed });
    const [, m, d] = (expected.transactions[0]?.date ?? '').split('-');
    expect((await textOf(seed)).some((t) => new RegExp(`(^| )${m}/${d}  `).test(t))).toBe(true);
  });

  it('the empty side prints a zero or a dash, a marker hugs its number, a code column each row', async () => {
    const zeroSeed = first((l) => l.emptySide === 'zero' && l.letterSpacing === 'none');
    const zeroText = formatNumber(drawFuzzLayout(zeroSeed), 0);
    const zero = await textOf(zeroSeed);
    expect(zero.filter((t) => t.split('  ').includes(zeroText)).length).toBeGreaterThan(5);
    const dash = await textOf(first((l) => l.emptySide === 'dash' && !l.twoColumn));
    expect(dash.filter((t) => /\d {2}-( |$)| {2}- {2}\S*\d/.test(t)).length).toBeGreaterThan(5);
    const hugged = await textOf(first((l) => l.markerHugs && l.letterSpacing === 'none'));
    expect(hugged.some((t) => /\d(CR|Cr|C|DR|Dr|D)( |$)/.test(t))).toBe(true);
    const coded = first((l) => l.currencyColumn);
    const { expected } = await generateFuzzed({ seed: coded });
    const rows = (await textOf(coded)).filter((t) => t.includes(`  ${expected.currency}  `));
    expect(rows.length).toBeGreaterThanOrEqual(expected.transactions.length);
  });
});

describe("round 11's draws", () => {
  const layouts = seeds(1, 600).map(drawFuzzLayout);
  const first = (f: (l: FuzzLayoutOf) => boolean): number => firstSeed(layouts, f);

  it('each is drawn, where the language prints it', () => {
    for (const format of ROUND_ELEVEN_DATE_FORMATS)
      expect(layouts.some((l) => l.dateFormat === format)).toBe(true);
    expect(layouts.some((l) => l.rowFlag)).toBe(true);
    for (const l of layouts) {
      // Month names run into the year only in English.
      if (l.dateFormat === 'DDMonYY' || l.dateFormat === "DD Mon'YY") expect(l.language).toMatch(/^en-/);
      if (l.dateFormat === 'YYYY/MM/DD' && l.currency !== 'JPY') expect(l.language).not.toBe('en-IN');
      // A period printing its year once keeps month names.
      if (l.periodYearOnce) expect(l.summaryDateFormat).toMatch(/Mon/);
    }
  });

  it('rows print the new dates, and the mark right after some dates', async () => {
    for (const [format, pattern] of [
      ['DDMonYY', /^\d{2}[A-Z]{3}\d{2} /],
      ["DD Mon'YY", /^\d{2} \S{3}'\d{2} /],
      ['DD.MM.YY', /^\d{2}\.\d{2}\.\d{2} /],
      ['YYYY/MM/DD', /^\d{4}\/\d{2}\/\d{2} /],
    ] as const) {
      const seed = first((l) => l.dateFormat === format && !l.rowFlag && l.letterSpacing === 'none');
      const { expected } = await generateFuzzed({ seed });
      const dated = (await textOf(seed)).filter((t) => pattern.test(t));
      expect([format, dated.length >= expected.transactions.length]).toEqual([format, true]);
    }
    const flagged = await textOf(first((l) => l.rowFlag && l.letterSpacing === 'none'));
    expect(flagged.some((t) => /\d\* /.test(t))).toBe(true);
  });
});

describe("round 12's draws", () => {
  const layouts = seeds(1, 600).map(drawFuzzLayout);
  // Rows that open with their date, in plain type: the text of each starts with it.
  const datedFirst = (l: FuzzLayoutOf): boolean =>
    l.columns[0] === 'date' &&
    l.serial === 'none' &&
    !l.merchantAbove &&
    !l.twoColumn &&
    l.letterSpacing === 'none';
  const first = (f: (l: FuzzLayoutOf) => boolean): number => firstSeed(layouts, f);

  it('each is drawn, where the language prints it', () => {
    expect(layouts.some((l) => l.dateFormat === SLASHED_MONTH_FORMAT)).toBe(true);
    for (const w of ROW_WEEKDAYS) expect(layouts.some((l) => l.rowWeekday === w)).toBe(true);
    // Month names between slashes only in English; most weekdays where UK and European issuers print them.
    for (const l of layouts) if (l.dateFormat === SLASHED_MONTH_FORMAT) expect(l.language).toMatch(/^en-/);
    const share = (f: (l: FuzzLayoutOf) => boolean) => layouts.filter(f).length;
    expect(share((l) => l.rowWeekday !== 'none')).toBeLessThan(0.15 * layouts.length);
  });

  it('rows print the month between slashes, and the weekday the date falls on before it', async () => {
    const slashed = first(
      (l) => l.dateFormat === SLASHED_MONTH_FORMAT && l.rowWeekday === 'none' && datedFirst(l),
    );
    const { expected } = await generateFuzzed({ seed: slashed });
    const dated = (await textOf(slashed)).filter((t) => /^\d{2}\/\p{L}{3}\/\d{4} /u.test(t));
    // Most rows open a line with it (a row may share its line with a card's heading).
    expect(dated.length).toBeGreaterThanOrEqual(Math.ceil(0.8 * expected.transactions.length));
    const seed = first((l) => l.rowWeekday === 'before-comma' && l.language === 'en-GB' && datedFirst(l));
    const rows = (await generateFuzzed({ seed })).expected.transactions;
    const text = await textOf(seed);
    // Each row's weekday is the one its date falls on.
    for (const r of rows.slice(0, 5)) {
      const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][
        new Date(`${r.date}T00:00:00Z`).getUTCDay()
      ] as string;
      expect(text.some((t) => new RegExp(`^${day}, `, 'i').test(t) && t.includes(r.description))).toBe(true);
    }
  });
});

describe("round 13's draws", () => {
  const layouts = seeds(1, 600).map(drawFuzzLayout);
  const first = (f: (l: FuzzLayoutOf) => boolean): number => firstSeed(layouts, f);

  it('each is drawn, where issuers print it', () => {
    expect(layouts.some((l) => l.unpadded)).toBe(true);
    expect(layouts.some((l) => l.coupon)).toBe(true);
    // ISO and compact Indian dates always keep their zeros; coupons are English, and repeat a printed new balance.
    for (const l of layouts) {
      if (l.unpadded) expect(['YYYY-MM-DD', 'DDMonYY']).not.toContain(l.dateFormat);
      if (l.coupon) {
        expect(l.language).toMatch(/^en-/);
        expect(l.missingBalance).not.toBe('newBalance');
      }
    }
    const share = (f: (l: FuzzLayoutOf) => boolean) => layouts.filter(f).length;
    expect(share((l) => l.unpadded)).toBeLessThan(0.15 * layouts.length);
  });

  it('rows print days without a leading zero', async () => {
    const seed = first(
      (l) =>
        l.unpadded &&
        l.dateFormat === 'MM/DD/YYYY' &&
        l.columns[0] === 'date' &&
        l.serial === 'none' &&
        l.rowWeekday === 'none' &&
        !l.merchantAbove &&
        !l.twoColumn &&
        l.letterSpacing === 'none',
    );
    const { expected } = await generateFuzzed({ seed });
    const text = await textOf(seed);
    const early = expected.transactions.filter((r) => Number(r.date.slice(8)) < 10);
    expect(early.length).toBeGreaterThan(0);
    for (const r of early) {
      const [y, m, d] = r.date.split('-').map(Number);
      expect(text.some((t) => t.startsWith(`${m}/${d}/${y} `))).toBe(true);
    }
  });

  it('a coupon repeats the new balance after a tear line', async () => {
    const seed = first((l) => l.coupon);
    const { expected } = await generateFuzzed({ seed });
    const text = await textOf(seed);
    const tear = text.findIndex((t) => t.startsWith('Please detach and return this portion'));
    expect(tear).toBeGreaterThan(0);
    const after = text.slice(tear);
    expect(after.some((t) => t.includes('Amount Enclosed'))).toBe(true);
    // The new balance's digits, as the summary prints them, appear again on the coupon.
    const digits = Math.abs(expected.newBalance as number)
      .toFixed(2)
      .replace('.', '');
    expect(after.some((t) => t.replace(/\D/g, '').includes(digits))).toBe(true);
  });
});

describe("round 14's draws", () => {
  const layouts = seeds(1, 2000).map(drawFuzzLayout);
  const first = (f: (l: FuzzLayoutOf) => boolean): number => firstSeed(layouts, f);

  it('each is drawn, only where no other convention says the same thing', () => {
    expect(layouts.some((l) => l.plusCredits)).toBe(true);
    expect(layouts.some((l) => l.middleCells)).toBe(true);
    for (const l of layouts) {
      if (l.plusCredits) {
        expect(l.sign).toBe('leading-minus');
        expect(l.accountSigns || l.plusCharges).toBe(false);
      }
      if (l.middleCells) {
        expect(l.wrap).toBe(true);
        expect(l.merchantAbove || l.twoColumn).toBe(false);
        expect(l.sign).not.toBe('cr-next-line');
      }
    }
  });

  it('credits print a plus and charges no sign', async () => {
    const seed = first((l) => l.plusCredits && l.letterSpacing === 'none' && !l.wordRuns && !l.twoColumn);
    const { expected } = await generateFuzzed({ seed });
    const text = await textOf(seed);
    const rowOf = (d: string) => text.find((t) => t.includes(d)) ?? '';
    const credits = expected.transactions.filter((t) => t.amount < 0);
    const charges = expected.transactions.filter((t) => t.amount > 0 && !t.description.includes('+'));
    expect(credits.length).toBeGreaterThan(0);
    for (const t of credits) expect(rowOf(t.description)).toMatch(/\+\S*\d/);
    for (const t of charges.slice(0, 8)) expect(rowOf(t.description)).not.toMatch(/[-+–−]\S*\d+[.,]\d\d\b/);
  });

  it("a wrapped row's other cells sit halfway between its description's two lines", async () => {
    const seed = first((l) => l.middleCells && l.letterSpacing === 'none' && !l.wordRuns);
    const { pdf } = await generateFuzzed({ seed });
    const lines = (await extractText(new Uint8Array(pdf), { maxPages: 20 })).lines;
    // A line of cells with no words between two lines of words that stand half a pitch away each.
    const halfway = lines.filter((l, i) => {
      const up = lines[i - 1];
      const down = lines[i + 1];
      if (!up || !down || up.page !== l.page || down.page !== l.page) return false;
      const gapUp = up.y - l.y;
      const gapDown = l.y - down.y;
      return (
        /^\S*\d/.test(l.text) &&
        up.cells.length === 1 &&
        down.cells.length === 1 &&
        Math.abs(gapUp - gapDown) < 1.5 &&
        gapUp < 8
      );
    });
    expect(halfway.length).toBeGreaterThan(0);
  });
});

describe("round 15's draw", () => {
  const layouts = seeds(1, 400).map(drawFuzzLayout);

  it('a column of notices stands beside a one-column table, right of its amounts, some of its lines on rows’ lines', async () => {
    expect(layouts.some((l) => l.sidebar)).toBe(true);
    for (const l of layouts) if (l.sidebar) expect(l.twoColumn).toBe(false);
    const seed = firstSeed(
      layouts,
      (l) => l.sidebar && l.language.startsWith('en') && l.letterSpacing === 'none' && !l.wordRuns,
    );
    const { pdf, expected } = await generateFuzzed({ seed });
    const lines = (await extractText(new Uint8Array(pdf), { maxPages: 20 })).lines;
    const title = lines.find((l) => l.cells.some((c) => c.text === 'Important messages'));
    expect(title).toBeDefined();
    const x = (title?.cells.find((c) => c.text === 'Important messages')?.x0 ?? 0) - 1;
    // Rows of the first page end before it; its words reach some rows' lines.
    const first = lines.filter((l) => l.page === 1);
    const rowLines = first.filter((l) => expected.transactions.some((t) => l.text.includes(t.description)));
    expect(rowLines.length).toBeGreaterThan(0);
    for (const l of rowLines) {
      const own = l.cells.filter((c) => c.x0 < x);
      expect(Math.max(...own.map((c) => c.x1))).toBeLessThan(x);
    }
    expect(first.filter((l) => l.cells.some((c) => c.x0 >= x)).length).toBeGreaterThan(5);
  });
});

type FuzzLayoutOf = ReturnType<typeof drawFuzzLayout>;

describe('the grammar covers the promised variety (seeds 1..400)', () => {
  const layouts = seeds(1, 400).map(drawFuzzLayout);
  const seen = <T>(f: (l: (typeof layouts)[number]) => T): Set<T> => new Set(layouts.map(f));

  it('draws at least 300 distinct layouts', () => {
    expect(seen(layoutSignature).size).toBeGreaterThanOrEqual(300);
  });

  it('uses every language, summary form, sign convention, currency mark, number and date format', () => {
    expect([...seen((l) => l.language)].sort()).toEqual([...LANGUAGES].sort());
    expect([...seen((l) => l.summary.form)].sort()).toEqual([...SUMMARY_FORMS].sort());
    expect([...seen((l) => l.sign)].sort()).toEqual([...SIGN_CONVENTIONS].sort());
    expect([...seen((l) => l.currencyMark)].sort()).toEqual([...CURRENCY_MARKS].sort());
    expect([...seen((l) => l.amountFormat)].sort()).toEqual([...AMOUNT_FORMATS, ...UNGROUPED_FORMATS].sort());
    expect([...seen((l) => l.dateFormat)].sort()).toEqual(
      [
        ...DATE_FORMATS,
        ...LATER_DATE_FORMATS,
        COMMA_YEAR_FORMAT,
        ...YEARLESS_FORMATS,
        ...ROUND_ELEVEN_DATE_FORMATS,
        SLASHED_MONTH_FORMAT,
      ].sort(),
    );
    expect(seen((l) => l.currency)).toEqual(
      new Set(['USD', 'GBP', 'INR', 'CAD', 'AUD', 'SGD', 'EUR', 'CHF', 'JPY', 'AED']),
    );
  });

  it('draws two-column pages, add-on cards, merchant-above rows, letter spacing and every decoy', () => {
    expect(layouts.some((l) => l.twoColumn)).toBe(true);
    expect(layouts.some((l) => l.cards === 3)).toBe(true);
    expect(layouts.some((l) => l.merchantAbove)).toBe(true);
    expect(seen((l) => l.letterSpacing).size).toBe(3);
    expect(seen((l) => l.font).size).toBe(4);
    expect(new Set(layouts.flatMap((l) => l.decoys)).size).toBe(5);
    expect(layouts.some((l) => !l.verifiable)).toBe(true);
    expect(layouts.some((l) => l.balanceRows)).toBe(true);
    expect(layouts.some((l) => l.carryForward)).toBe(true);
    expect(layouts.some((l) => l.rowMark)).toBe(true);
    expect(layouts.some((l) => l.minus !== '-')).toBe(true);
    expect(layouts.some((l) => l.creditBalance)).toBe(true);
    expect(layouts.some((l) => l.summaryAtEnd)).toBe(true);
    expect(layouts.some((l) => l.runningBalance !== null)).toBe(true);
    expect(layouts.some((l) => l.plusCharges)).toBe(true);
    expect(layouts.some((l) => l.newestFirst)).toBe(true);
    expect(layouts.some((l) => l.upperMonths)).toBe(true);
    expect(layouts.some((l) => l.accountSigns)).toBe(true);
  });
});

/** Text with all whitespace removed, so letter-spaced and column-split strings still match. */
const bare = (s: string): string => s.replace(/\s+/g, '');

describe('the PDF prints what the expected statement says', () => {
  // The first seed with each hard feature, so the check covers them whatever the grammar's weights.
  const features: Array<[string, (l: ReturnType<typeof drawFuzzLayout>) => boolean]> = [
    ['two columns', (l) => l.twoColumn],
    ['letter-spaced descriptions', (l) => l.letterSpacing === 'descriptions'],
    ['letter-spaced amounts', (l) => l.letterSpacing === 'amounts'],
    ['merchant above the date row', (l) => l.merchantAbove],
    ['CR on the next line', (l) => l.sign === 'cr-next-line'],
    ['debit and credit columns', (l) => l.sign === 'debit-credit-columns'],
    ['yen', (l) => l.currency === 'JPY'],
    ['the rupee sign', (l) => l.currencyText === '₹'],
    ['three card sections', (l) => l.cards === 3],
    ['Courier', (l) => l.font === 'courier'],
    ['balances as table rows', (l) => l.balanceRows],
    ['two-digit years', (l) => l.dateFormat === 'DD/MM/YY' || l.dateFormat === 'MM/DD/YY'],
    ['ungrouped amounts', (l) => l.amountFormat === 'plain-dot' || l.amountFormat === 'plain-comma'],
    ['a credit balance', (l) => l.creditBalance],
    ['an en dash for minus', (l) => l.minus === '–' && l.sign === 'leading-minus'],
    ['marked row amounts', (l) => l.rowMark],
    ['the summary after the table', (l) => l.summaryAtEnd],
    ['a running balance column', (l) => l.runningBalance !== null],
  ];
  const picked = features.map(([name, has]) => {
    const seed = seeds(1, 400).find((s) => has(drawFuzzLayout(s)));
    if (seed === undefined) throw new Error(`no seed in 1..400 draws ${name}`);
    return { name, seed };
  });
  it.each(picked)(
    '$name (seed $seed): every description, printed amount, the name and card number are in the text, inside the margins',
    async ({ seed }) => {
      const { pdf, expected, layout } = await generateFuzzed({ seed });
      const { lines } = await extractText(pdf, { maxPages: 20 });
      const text = bare(lines.map((l) => l.text).join('\n'));
      // Everything stays inside the page's margins (long labels shrink rather than run off).
      const pageWidth = layout.page === 'A4' ? 595.28 : 612;
      const outside = lines.flatMap((l) => l.cells).filter((c) => c.x0 < 20 || c.x1 > pageWidth - 20);
      expect(outside.map((c) => c.text)).toEqual([]);
      const missing: string[] = [];
      for (const t of expected.transactions) {
        if (!text.includes(bare(t.description))) missing.push(t.description);
        const amount = tableAmount(layout, Math.round(t.amount * 100)).text;
        if (!text.includes(bare(amount))) missing.push(amount);
      }
      if (!text.includes(bare(expected.pii.name))) missing.push(expected.pii.name);
      if (!text.includes(bare(expected.pii.cardNumber))) missing.push(expected.pii.cardNumber);
      expect(missing).toEqual([]);
      if (expected.newBalance !== null)
        expect(text).toContain(bare(formatNumber(layout, Math.round(Math.abs(expected.newBalance) * 100))));
    },
  );
});
