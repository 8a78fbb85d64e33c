/**
 * The layout grammar: one seed draws a whole statement layout (language, wording, summary form,
 * currency mark, number, sign and date conventions, columns, rows, decoys, fonts, planted personal
 * data). The result is plain data, so a failing case can be printed and replayed.
 */
import { createRng, type Rng } from '../prng.js';
import { COUNTRY, LANGUAGE_COUNTRIES } from './countries.js';
import type { Country } from './country-types.js';
import {
  type AmountFormat,
  COMMA_YEAR_FORMAT,
  type ColumnKind,
  DATE_FORMATS,
  type DateFormat,
  DECOYS,
  type FuzzLayout,
  LATER_DATE_FORMATS,
  ROUND_ELEVEN_DATE_FORMATS,
  SIGN_CONVENTIONS,
  SLASHED_MONTH_FORMAT,
  SUMMARY_FORMS,
} from './layout-types.js';
import { LANGUAGES, type Language, vocabulary } from './vocabulary.js';

function weighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

function pickAll<K extends string>(rng: Rng, table: Record<K, readonly string[]>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of Object.keys(table) as K[]) out[k] = rng.pick(table[k]);
  return out;
}

/** The usual number format of a country, drawn; a quarter of seeds take any fitting format. */
function amountFormat(rng: Rng, country: Country, currency: string): AmountFormat {
  if (currency === 'JPY') return 'comma-dot';
  if (currency === 'INR') return rng.chance(0.7) ? 'indian' : 'comma-dot';
  if (rng.chance(0.25)) return rng.pick(['comma-dot', 'dot-comma', 'space-comma', 'apostrophe-dot'] as const);
  switch (country) {
    case 'FR':
      return rng.chance(0.7) ? 'space-comma' : 'dot-comma';
    case 'CH':
      return rng.chance(0.7) ? 'apostrophe-dot' : 'dot-comma';
    case 'DE':
    case 'ES':
    case 'IT':
    case 'NL':
    case 'PT':
      return rng.chance(0.8) ? 'dot-comma' : 'space-comma';
    default:
      return 'comma-dot';
  }
}

function dateFormat(rng: Rng, language: Language): DateFormat {
  if (rng.chance(0.3)) return rng.pick(DATE_FORMATS);
  if (language === 'en-US') return rng.pick(['MM/DD/YYYY', 'Mon DD', 'MM/DD/YYYY'] as const);
  if (language === 'de' || language === 'it' || language === 'nl')
    return rng.pick(['DD.MM.YYYY', 'DD/MM/YYYY'] as const);
  if (language === 'en-CA') return rng.pick(['Mon DD', 'YYYY-MM-DD', 'DD/MM/YYYY'] as const);
  return rng.pick(['DD/MM/YYYY', 'DD Mon', 'D Mon YYYY'] as const);
}

/** Table columns in printed order: date first mostly, optional columns placed anywhere after it. */
function columns(rng: Rng, postDate: boolean, foreignColumn: boolean, twoColumn: boolean): ColumnKind[] {
  const optional: ColumnKind[] = twoColumn
    ? []
    : (['reference', 'category', 'points'] as const).filter(() => rng.chance(0.25));
  const middle: ColumnKind[] = ['description', ...optional];
  // Shuffle the description among its optional neighbours.
  for (let i = middle.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [middle[i], middle[j]] = [middle[j] as ColumnKind, middle[i] as ColumnKind];
  }
  const dates: ColumnKind[] = postDate
    ? rng.chance(0.8)
      ? ['date', 'postDate']
      : ['postDate', 'date']
    : ['date'];
  const tail: ColumnKind[] = foreignColumn
    ? rng.chance(0.5)
      ? ['foreignAmount', 'amount']
      : ['amount', 'foreignAmount']
    : ['amount'];
  if (rng.chance(0.15)) return [...middle, ...dates, ...tail];
  return [...dates, ...middle, ...tail];
}

/**
 * Round 7's draws, taken after all others so earlier seeds keep every choice: rows that are not
 * transactions (balances as table rows, carried-forward lines), two-digit years and dashed dates,
 * amounts without digit grouping.
 */
function laterDraws(rng: Rng, layout: FuzzLayout): void {
  // A statement missing a balance must not print it as a row either.
  layout.balanceRows = layout.verifiable && rng.chance(0.25);
  layout.carryForward = !layout.twoColumn && rng.chance(0.4);
  if (rng.chance(0.3)) {
    const before = layout.dateFormat;
    const usual: readonly DateFormat[] =
      layout.language === 'en-US'
        ? ['MM/DD/YY', 'MM/DD/YY', 'DD-Mon-YY']
        : layout.language === 'de'
          ? ['DD.MM.', 'DD-MM-YYYY', 'DD/MM/YY']
          : ['DD-MM-YYYY', 'DD/MM/YY', 'DD-Mon-YY', 'DD-Mon-YYYY'];
    layout.dateFormat = rng.chance(0.25) ? rng.pick(LATER_DATE_FORMATS) : rng.pick(usual);
    // The summary's dates keep a year: the period and due date must say which.
    if (layout.summaryDateFormat === before)
      layout.summaryDateFormat = layout.dateFormat === 'DD.MM.' ? 'DD.MM.YYYY' : layout.dateFormat;
  }
  if (layout.currency !== 'JPY' && rng.chance(0.12)) {
    const comma = ['dot-comma', 'space-comma'].includes(layout.amountFormat);
    layout.amountFormat = comma ? 'plain-comma' : 'plain-dot';
  }
  const marked = layout.currencyMark !== 'none' && layout.currencyMark !== 'header-only';
  layout.rowMark = marked && rng.chance(0.3);
  // The standard fonts' encoding has the en dash but no minus sign; DejaVu has both.
  if (rng.chance(0.15)) layout.minus = layout.font === 'dejavu' ? rng.pick(['–', '−'] as const) : '–';
  layout.creditBalance = layout.verifiable && rng.chance(0.06);
  layout.summaryAtEnd = layout.summary.place === 'top' && rng.chance(0.15);
  // US statements print how interest was charged, by balance type, under the same labels as the box.
  if (rng.chance(layout.language === 'en-US' || layout.language === 'en-CA' ? 0.5 : 0.15))
    layout.decoys.push('interest-table');
  if (!layout.twoColumn && rng.chance(0.12))
    layout.runningBalance = rng.pick(vocabulary(layout.language).balanceColumn);
  layout.plusCharges = layout.sign === 'leading-minus' && rng.chance(0.25);
}

/** Draws one layout from its seed. */
export function drawFuzzLayout(seed: number): FuzzLayout {
  const rng = createRng(seed, 'fuzz-layout');
  const language = rng.pick(LANGUAGES);
  const country = weighted(rng, LANGUAGE_COUNTRIES[language]);
  const info = COUNTRY[country];
  const vocab = vocabulary(language);
  const currencyMark = weighted(rng, [
    ['symbol-before', 3],
    ['symbol-after', 1.5],
    ['code-before', 1.5],
    ['code-after', 1.5],
    ['header-only', 1.2],
    ['none', 0.8],
  ] as const);
  const symbols = info.symbols.filter((s) => s !== info.currency);
  const currencyText =
    currencyMark.startsWith('code') || symbols.length === 0 ? info.currency : rng.pick(symbols);
  // Some rupee fonts map ₹ to a stray glyph, so the extracted text shows "`1,234.56" (issue 15).
  const strayRupee = info.currency === 'INR' && currencyMark.startsWith('symbol') && rng.chance(0.15);
  const twoColumn = rng.chance(0.12);
  const sign = rng.pick(SIGN_CONVENTIONS);
  const postDate = !twoColumn && rng.chance(0.45);
  const foreign = weighted(rng, [
    ['line', 3],
    ['column', twoColumn ? 0 : 1.2],
    ['none', 0.6],
  ] as const);
  const dateFmt = dateFormat(rng, language);
  const noYear = dateFmt === 'DD Mon' || dateFmt === 'Mon DD';
  const form = rng.pick(SUMMARY_FORMS);
  const india = country === 'IN';
  const columnHeaders = pickAll(rng, vocab.columns);
  const omit = (['minimumPayment', 'creditLimit', 'availableCredit', 'dueDate'] as const).filter(() =>
    rng.chance(0.12),
  );
  const verifiable = !rng.chance(0.08);
  const labels = pickAll(rng, vocab.labels);
  // Two facts under one label ("Account Number" for the card and the account) would be ambiguous.
  if (labels.accountNumber === labels.cardNumber)
    labels.accountNumber = vocab.labels.accountNumber.find((s) => s !== labels.cardNumber) ?? 'Account No.';
  const layout: FuzzLayout = {
    name: `fuzz-${seed}`,
    seed,
    language,
    country,
    currency: info.currency,
    issuer: rng.pick(info.issuers),
    page: rng.chance(language === 'en-US' || language === 'en-CA' ? 0.7 : 0.2) ? 'Letter' : 'A4',
    font: weighted(rng, [
      ['helvetica', 4],
      ['times', 2],
      ['courier', 1],
      ['dejavu', 0.8],
    ] as const),
    fontSize: rng.pick([7, 7.5, 8, 8.5, 9]),
    letterSpacing: weighted(rng, [
      ['none', 8],
      ['descriptions', 1],
      ['amounts', 0.6],
    ] as const),
    labels,
    sections: pickAll(rng, vocab.sections),
    columnHeaders,
    title: rng.pick(vocab.title),
    summaryTitle: rng.pick(vocab.summaryTitle),
    transactionsTitle: rng.pick(vocab.transactionsTitle),
    periodJoin: rng.pick(vocab.periodJoin),
    summary: {
      form,
      place: form === 'list' || form === 'grid' ? (rng.chance(0.4) ? 'beside-address' : 'top') : 'top',
      twoLineHeaders: form === 'table' && rng.chance(0.5),
      combined: rng.chance(india ? 0.6 : 0.3),
      omitZero: rng.chance(0.3),
      opsAfterValue: false,
      signedCredits: false,
      omit: [...omit],
    },
    currencyMark,
    currencyText: strayRupee ? '`' : currencyText,
    amountFormat: amountFormat(rng, country, info.currency),
    decimals: info.currency === 'JPY' ? 0 : 2,
    sign,
    crWord: rng.pick(['CR', 'Cr', 'CR']),
    drWord: rng.pick(['DR', 'Dr', 'D']),
    dateFormat: dateFmt,
    summaryDateFormat: noYear || rng.chance(0.3) ? 'D Mon YYYY' : dateFmt,
    longMonths: rng.chance(0.3),
    periodStyle: rng.chance(0.8) ? 'range' : 'statement-date',
    midMonthCycle: rng.chance(0.6),
    columns: columns(rng, postDate, foreign === 'column', twoColumn),
    referenceDigits: rng.pick([8, 10, 12]),
    sectioned: sign === 'section-heading' || rng.chance(0.4),
    wrap: rng.chance(0.4),
    merchantAbove: !twoColumn && rng.chance(0.15),
    foreign,
    twoColumn,
    cards: weighted(rng, [
      [1, 6],
      [2, 2],
      [3, 1],
    ] as const),
    emi: india && rng.chance(0.5),
    tax: india ? rng.pick(['GST', 'IGST'] as const) : country === 'AE' ? 'VAT' : null,
    decoys: DECOYS.filter((d) => rng.chance(d === 'emi-schedule' ? (india ? 0.5 : 0.1) : 0.35)),
    apr: rng.chance(0.7),
    verifiable,
    missingBalance: verifiable ? null : rng.chance(0.5) ? 'previousBalance' : 'newBalance',
    tableStart: twoColumn || rng.chance(0.3) ? 'page2' : 'page1',
    balanceRows: false,
    carryForward: false,
    rowMark: false,
    minus: '-',
    creditBalance: false,
    summaryAtEnd: false,
    runningBalance: null,
    plusCharges: false,
    accountSigns: false,
    newestFirst: false,
    upperMonths: false,
    tableHeader: true,
    rowTime: 'none',
    serial: 'none',
    cardColumn: false,
    refBelow: false,
    creditsFirst: false,
    cashback: 'none',
    emptySide: 'blank',
    rowFlag: false,
    rowWeekday: 'none',
    unpadded: false,
    coupon: false,
    wordRuns: false,
    plusCredits: false,
    middleCells: false,
    sidebar: false,
    markerHugs: false,
    currencyColumn: false,
    leaders: false,
    periodYearOnce: false,
    pii: {
      salutation: rng.chance(0.6),
      upperCase: rng.chance(0.5),
      greeting: rng.chance(0.6),
      cardMask: rng.pick(['x-spaced', 'x-dash-last4', 'stars', 'full'] as const),
      phoneForm: rng.chance(0.5) ? 'national' : 'international',
      email: rng.chance(0.6),
      accountNumber: rng.chance(0.5),
      customerNumber: rng.chance(0.5),
      bankId: false,
    },
    sectionTotals: sign === 'section-heading' ? rng.chance(0.6) : rng.chance(0.3),
  };
  // Drawn last, so adding them kept every earlier draw of a seed unchanged.
  layout.summary.opsAfterValue = form === 'formula' && rng.chance(0.5);
  layout.summary.signedCredits = form !== 'formula' && rng.chance(0.35);
  layout.pii.bankId = rng.chance(0.4);
  laterDraws(rng, layout);
  // From a stream of its own, so every draw above stays what it was for each seed.
  layout.accountSigns =
    layout.sign === 'leading-minus' && !layout.plusCharges && createRng(seed, 'account-signs').chance(0.4);
  if (layout.accountSigns) layout.summary.signedCredits = false;
  roundEight(createRng(seed, 'round-8'), layout);
  roundNine(createRng(seed, 'round-9'), layout);
  roundTen(createRng(seed, 'round-10'), layout);
  roundEleven(createRng(seed, 'round-11'), layout);
  roundTwelve(createRng(seed, 'round-12'), layout);
  roundThirteen(createRng(seed, 'round-13'), layout);
  roundFourteen(createRng(seed, 'round-14'), layout);
  // Round 15: a column of notices beside a one-column table.
  layout.sidebar = !layout.twoColumn && createRng(seed, 'round-15').chance(0.15);
  return layout;
}

/**
 * Round 8's draws, from a stream of their own so every earlier draw of a seed stays what it was:
 * rows listed newest first, month names in capitals, the year after a comma ("Jan 05, 2025"), and
 * tables without column headers.
 * A table with a running balance, carried-forward lines or balance rows keeps the oldest first:
 * those read down the page in date order.
 */
function roundEight(rng: Rng, layout: FuzzLayout): void {
  const ordered = layout.runningBalance !== null || layout.carryForward || layout.balanceRows;
  layout.newestFirst = !ordered && rng.chance(0.2);
  layout.upperMonths = rng.chance(0.25);
  if ((layout.language === 'en-US' || layout.language === 'en-CA') && rng.chance(0.3)) {
    layout.dateFormat = COMMA_YEAR_FORMAT;
    layout.summaryDateFormat = COMMA_YEAR_FORMAT;
  }
  // No column headers, but not where only a header could say what a column is: the currency named
  // only in the amount's header, the debit and credit columns, two tables side by side.
  const headerNeeded =
    layout.currencyMark === 'header-only' || layout.sign === 'debit-credit-columns' || layout.twoColumn;
  layout.tableHeader = headerNeeded || !rng.chance(0.12);
}

/**
 * Round 9's draws, from a stream of their own: what real issuers print around a row that is not
 * part of it. The time of day after the date (Indian issuers), a column numbering the rows, a
 * column naming each row's card by its last four digits (US issuers with several cards), a long
 * reference number on a line under the row (Canadian issuers), debit and credit columns printed
 * credits first, and those columns without a header, where only the figures can say which is which;
 * a cashback column beside the amount.
 */
function roundNine(rng: Rng, layout: FuzzLayout): void {
  layout.rowTime = weighted(rng, [
    ['none', 16],
    ['hm', 1],
    ['hms', 1],
  ] as const);
  layout.serial = weighted(rng, [
    ['none', 22],
    ['plain', 1],
    ['padded', 1],
  ] as const);
  // Two tables side by side have no room for a column more.
  layout.cardColumn = !layout.twoColumn && rng.chance(layout.cards > 1 ? 0.3 : 0.06);
  layout.refBelow = !layout.columns.includes('reference') && rng.chance(0.08);
  layout.creditsFirst = layout.sign === 'debit-credit-columns' && rng.chance(0.3);
  // Debit and credit columns without a header, where nothing but the header names the currency or
  // the tables stand side by side is still left out.
  if (
    layout.sign === 'debit-credit-columns' &&
    layout.currencyMark !== 'header-only' &&
    !layout.twoColumn &&
    rng.chance(0.12)
  )
    layout.tableHeader = false;
  // After the amount only a header can say the cashback is not the amount; a running balance or a
  // foreign column there already takes that place.
  const after =
    layout.tableHeader && layout.runningBalance === null && layout.foreign !== 'column' && !layout.twoColumn;
  layout.cashback = rng.chance(0.08) ? (after && rng.chance(0.4) ? 'after' : 'before') : 'none';
}

/**
 * Round 10's draws, from a stream of their own: numeric dates without a year (US issuers' "01/05",
 * and the day-first twin), a zero or a dash on the empty side of debit and credit columns, credit
 * markers printed against the number ("45.00CR"), and a column of currency codes before the amount.
 */
function roundTen(rng: Rng, layout: FuzzLayout): void {
  const us = layout.language === 'en-US' || layout.language === 'en-CA';
  if (rng.chance(us ? 0.25 : 0.06)) {
    // US statements print month first; Canadian ones either way; the rest day first.
    const monthFirst = rng.chance(layout.language === 'en-US' ? 1 : layout.language === 'en-CA' ? 0.7 : 0);
    layout.dateFormat = monthFirst ? 'MM/DD' : 'DD/MM';
    // The period and due date keep a year, numeric in the same order or in words.
    layout.summaryDateFormat = rng.pick(
      monthFirst
        ? (['MM/DD/YY', 'MM/DD/YYYY', 'D Mon YYYY'] as const)
        : (['DD/MM/YYYY', 'DD/MM/YY', 'D Mon YYYY'] as const),
    );
  }
  if (layout.sign === 'debit-credit-columns')
    layout.emptySide = weighted(rng, [
      ['blank', 5],
      ['zero', 2],
      ['dash', 1],
    ] as const);
  // Against the number only where no currency mark follows it.
  const markAfter = layout.currencyMark === 'symbol-after' || layout.currencyMark === 'code-after';
  layout.markerHugs =
    (layout.sign === 'cr-suffix' || layout.sign === 'dr-cr') && !markAfter && rng.chance(0.35);
  // A code column says what a row mark, a foreign column or a cashback figure would say beside it.
  layout.currencyColumn =
    !layout.rowMark &&
    layout.foreign !== 'column' &&
    layout.cashback === 'none' &&
    !layout.twoColumn &&
    rng.chance(0.06);
  layout.leaders = layout.summary.form === 'list' && rng.chance(0.3);
  // The year once, after the period's end, where month names make each date plain without it.
  layout.periodYearOnce =
    layout.periodStyle === 'range' &&
    (layout.summaryDateFormat === 'D Mon YYYY' || layout.summaryDateFormat === COMMA_YEAR_FORMAT) &&
    rng.chance(0.3);
}

/**
 * Round 11's draws, from a stream of their own: dates as Indian issuers print them compact
 * ("05DEC25", "05 Dec'25"), two-digit years after dots (German and Dutch issuers), the year first
 * with slashes (Japanese statements), and Amex's mark after some rows' dates. Round 10's yearless
 * and round 8's comma-year rows keep their form, so those draws stay as often as they were.
 */
function roundEleven(rng: Rng, layout: FuzzLayout): void {
  const kept = ['MM/DD', 'DD/MM', COMMA_YEAR_FORMAT].includes(layout.dateFormat);
  // How often, and which forms: month names run into the year only in English.
  const [chance, forms]: [number, readonly DateFormat[]] =
    layout.currency === 'JPY'
      ? [0.5, ['YYYY/MM/DD']]
      : layout.language === 'en-IN'
        ? [0.25, ['DDMonYY', "DD Mon'YY"]]
        : ['de', 'nl', 'it'].includes(layout.language)
          ? [0.12, ['DD.MM.YY']]
          : [0.04, layout.language.startsWith('en') ? ROUND_ELEVEN_DATE_FORMATS : ['DD.MM.YY', 'YYYY/MM/DD']];
  if (!kept && rng.chance(chance)) {
    const before = layout.dateFormat;
    const usual = forms.length === 1 ? (forms[0] as DateFormat) : rng.pick(forms);
    layout.dateFormat = usual;
    // The summary's dates follow the rows where they printed alike (and keep a year: these have one),
    // unless the period prints its year once (round 10), which needs month names.
    if (layout.summaryDateFormat === before && !layout.periodYearOnce) layout.summaryDateFormat = usual;
  }
  layout.rowFlag = rng.chance(layout.language === 'en-US' ? 0.12 : 0.02);
}

/**
 * Round 12's draws, from a stream of their own: the month's name between slashes ("05/Jan/2026"),
 * as some Indian issuers print their rows, and the weekday before each row's date ("Mon 05 Jan",
 * "Mo., 05.01.2026"), as several UK, Dutch and German issuers do. Layouts that print their rows
 * without a year, or with a round-11 form, keep it.
 */
function roundTwelve(rng: Rng, layout: FuzzLayout): void {
  const kept =
    (ROUND_ELEVEN_DATE_FORMATS as readonly string[]).includes(layout.dateFormat) ||
    ['MM/DD', 'DD/MM', COMMA_YEAR_FORMAT].includes(layout.dateFormat);
  const slashed = layout.language === 'en-IN' ? 0.12 : layout.language.startsWith('en') ? 0.02 : 0;
  if (!kept && rng.chance(slashed)) {
    const before = layout.dateFormat;
    layout.dateFormat = SLASHED_MONTH_FORMAT;
    if (layout.summaryDateFormat === before && !layout.periodYearOnce)
      layout.summaryDateFormat = SLASHED_MONTH_FORMAT;
  }
  const often = ['en-GB', 'en-AU', 'nl', 'de'].includes(layout.language) ? 0.08 : 0.03;
  layout.rowWeekday = rng.chance(often) ? (rng.chance(0.5) ? 'before' : 'before-comma') : 'none';
}

/**
 * Round 13's draws, from a stream of their own: dates without leading zeros ("1/5/2026", "Jan 5"),
 * most often on US statements; the payment coupon North American issuers print at the end (it
 * repeats the new balance, so only a layout that prints it draws one); and words placed one by
 * one with no space glyph between them, as report engines write PDFs.
 */
function roundThirteen(rng: Rng, layout: FuzzLayout): void {
  const padded = ['YYYY-MM-DD', 'DDMonYY'].includes(layout.dateFormat);
  const often = layout.language === 'en-US' ? 0.2 : layout.language.startsWith('en') ? 0.06 : 0.04;
  layout.unpadded = !padded && rng.chance(often);
  const coupon = ['en-US', 'en-CA'].includes(layout.language)
    ? 0.3
    : layout.language.startsWith('en')
      ? 0.08
      : 0;
  layout.coupon = layout.missingBalance !== 'newBalance' && rng.chance(coupon);
  layout.wordRuns = rng.chance(0.15);
}

/**
 * Round 14's draws, from a stream of their own: credits marked with a plus while charges go unsigned
 * (Indian fintech cards, UK app banks; only where a minus would otherwise mark them, so no other
 * sign convention is mixed in; a box that prints payments signed prints the plus too), and a
 * wrapped row's one-line cells set halfway down its description (vertically centred table cells;
 * not with a marker on the line below, which hangs from the amount, nor with two tables side by
 * side).
 */
function roundFourteen(rng: Rng, layout: FuzzLayout): void {
  const plain = layout.sign === 'leading-minus' && !layout.accountSigns && !layout.plusCharges;
  const often = layout.language === 'en-IN' ? 0.4 : layout.language.startsWith('en') ? 0.15 : 0.08;
  layout.plusCredits = plain && rng.chance(often);
  layout.middleCells =
    layout.wrap &&
    !layout.merchantAbove &&
    !layout.twoColumn &&
    layout.sign !== 'cr-next-line' &&
    rng.chance(0.2);
}

/** A string naming the draws that make layouts differ; equal strings mean the same layout. */
export function layoutSignature(l: FuzzLayout): string {
  return [
    l.language,
    l.currency,
    l.summary.form,
    l.summary.place,
    l.summary.combined ? 'combined' : 'split',
    l.currencyMark,
    l.amountFormat,
    l.sign,
    l.dateFormat,
    l.columns.join('+'),
    l.foreign,
    l.twoColumn ? '2col' : '1col',
    l.sectioned ? 'sections' : 'flat',
    l.merchantAbove ? 'above' : 'inline',
    l.wrap ? 'wrap' : 'nowrap',
    `cards${l.cards}`,
    l.font,
    l.page,
    l.letterSpacing,
    l.decoys.join('+') || 'nodecoy',
    ...(l.accountSigns ? ['account-signs'] : []),
    ...(l.newestFirst ? ['newest-first'] : []),
    ...(l.upperMonths ? ['upper-months'] : []),
    ...(l.tableHeader ? [] : ['no-header']),
    ...(l.rowTime === 'none' ? [] : [`time-${l.rowTime}`]),
    ...(l.serial === 'none' ? [] : [`serial-${l.serial}`]),
    ...(l.cardColumn ? ['card-column'] : []),
    ...(l.refBelow ? ['ref-below'] : []),
    ...(l.creditsFirst ? ['credits-first'] : []),
    ...(l.cashback === 'none' ? [] : [`cashback-${l.cashback}`]),
    ...(l.emptySide === 'blank' ? [] : [`empty-${l.emptySide}`]),
    ...(l.markerHugs ? ['marker-hugs'] : []),
    ...(l.currencyColumn ? ['currency-column'] : []),
    ...(l.leaders ? ['leaders'] : []),
    ...(l.periodYearOnce ? ['period-year-once'] : []),
    ...(l.rowFlag ? ['row-flag'] : []),
    ...(l.rowWeekday === 'none' ? [] : [`weekday-${l.rowWeekday}`]),
    ...(l.unpadded ? ['unpadded'] : []),
    ...(l.coupon ? ['coupon'] : []),
    ...(l.wordRuns ? ['word-runs'] : []),
    ...(l.plusCredits ? ['plus-credits'] : []),
    ...(l.middleCells ? ['middle-cells'] : []),
    ...(l.sidebar ? ['sidebar'] : []),
  ].join('|');
}

export type { FuzzLayout } from './layout-types.js';
