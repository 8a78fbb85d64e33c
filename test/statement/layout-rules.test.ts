/**
 * The general rules this round added for layouts our generators never drew by hand: issuer names in
 * several languages, tracked (letter-spaced) text, two tables side by side, columns known from
 * their header's words, and row types and section headings in the languages we read. Each case is
 * built from lines as the extractor gives them (cells with positions), so it fails if a rule goes.
 */
import type { Line } from '../../shared/pdf/layout.js';
import type { BalanceRowReading } from '../../shared/statement/balance-rows.js';
import { classify, sectionOf } from '../../shared/statement/classify.js';
import { columnKind } from '../../shared/statement/column-kinds.js';
import { findCurrency } from '../../shared/statement/currency.js';
import { decoyZones } from '../../shared/statement/decoys.js';
import { despaceLines, despaceText } from '../../shared/statement/despace.js';
import { findCardLast4, findIssuer } from '../../shared/statement/facts.js';
import { foreignIn, parseAmount } from '../../shared/statement/money.js';
import { figure } from '../../shared/statement/pairs.js';
import { parseStatement } from '../../shared/statement/parse.js';
import { printsWholeUnits } from '../../shared/statement/row-amount.js';
import { readSummary } from '../../shared/statement/summary.js';
import { findHeader } from '../../shared/statement/table-header.js';
import { readTransactions } from '../../shared/statement/transactions.js';
import { unfoldTwoColumns } from '../../shared/statement/two-columns.js';
import { line } from '../support/lines.js';

describe('issuer names', () => {
  test.each([
    ['Banco Aurora', 'Banco Aurora'],
    ['Caja del Sol', 'Caja del Sol'],
    ['Polderbank', 'Polderbank'],
    ['Northgate Bank plc', 'Northgate Bank'],
    ['Crédit Sainte-Claire', 'Crédit Sainte-Claire'],
    ['Kestrel Card', 'Kestrel Card'],
  ])('%s on the first lines reads as %s', (printed, want) => {
    const lines = [
      line(760, ['Statement period: 1 May 2026 to 31 May 2026', 40, 300]),
      line(740, [printed, 40, 160]),
    ];
    expect(findIssuer(lines)).toBe(want);
  });

  test('a first page naming nobody leaves the issuer to a known name on a later page', () => {
    const lines = [
      line(760, ['Account ending in 1234', 40, 160]),
      { ...line(300, ['17 DEC CAPITAL ONE MEMBER FEE', 29, 180], ['$59.00', 201, 230]), page: 2 },
    ];
    expect(findIssuer(lines)).toBe('Capital One');
    expect(findIssuer([{ ...line(300, ['Northgate Bank', 40, 160]), page: 2 }])).toBeNull();
  });

  test.each(['Credit Card Statement', 'Primary Card', 'Platinum Card', 'Your Monthly Statement'])(
    'a heading like "%s" is not an issuer',
    (printed) => {
      expect(findIssuer([line(740, [printed, 40, 160])])).toBeNull();
    },
  );
});

describe('tracked text', () => {
  const tracked = (y: number, words: string[], amount: string): Line => {
    let x = 100;
    const cells: Array<[string, number, number]> = [['03/07/2024', 40, 80]];
    for (const w of words) {
      const spaced = [...w].join(' ');
      const width = w.length * 8;
      cells.push([spaced, x, x + width]);
      x += width + 10;
    }
    cells.push([amount, 450, 490]);
    return line(y, ...cells);
  };

  test('a document whose rows are tracked word by word gets its words back', () => {
    const lines = [0, 1, 2, 3, 4].map((i) =>
      tracked(700 - i * 12, ['ONLINE', 'PAYMENT,', 'THANK', 'YOU'], '10.00'),
    );
    const out = despaceLines(lines);
    expect(out[0]?.cells.map((c) => c.text)).toEqual(['03/07/2024', 'ONLINE PAYMENT, THANK YOU', '10.00']);
  });

  test('in a tracked document a thousands group cut off an amount ("2" + "1 3 2 , 4 2" + "C R") comes back whole', () => {
    const rows = [0, 1, 2, 3, 4].map((i) => tracked(700 - i * 12, ['ONLINE', 'PAYMENT'], '10.00'));
    const cut = line(
      600,
      ['P A G A M E N T O', 40, 110],
      ['R I C E V U T O', 116, 180],
      ['22.03.2026', 363, 398],
      ['2', 408, 412],
      ['1 3 2 , 4 2', 420, 457],
      ['C R', 466, 479],
    );
    const out = despaceLines([...rows, cut]);
    expect(out[5]?.cells.map((c) => c.text)).toEqual(['PAGAMENTO RICEVUTO', '22.03.2026', '2 132,42CR']);
    expect(parseAmount('2 132,42CR')).toMatchObject({ cents: 213242, sign: -1 });
    // Not in an ordinary document: a points column "2" beside "132,42" stays apart.
    const plain = line(
      600,
      ['12/03/2026', 40, 80],
      ['SHOP', 100, 130],
      ['2', 408, 412],
      ['132,42', 420, 450],
    );
    expect(despaceLines([plain])[0]?.cells.map((c) => c.text)).toEqual(['12/03/2026', 'SHOP', '2', '132,42']);
  });

  test('tracked rows of two tables side by side count one by one: three lines of two rows each are rejoined', () => {
    const lines = [0, 1, 2].map((i) => {
      const left = tracked(700 - i * 12, ['MOTEL', 'ONE'], '10.00');
      const right = tracked(700 - i * 12, ['ZALANDO', 'SE'], '20.00');
      return line(
        700 - i * 12,
        ...left.cells.map((c): [string, number, number] => [c.text, c.x0, c.x1]),
        ...right.cells.map((c): [string, number, number] => [c.text, c.x0 + 500, c.x1 + 500]),
      );
    });
    expect(despaceLines(lines)[0]?.cells.map((c) => c.text)).toEqual([
      '03/07/2024',
      'MOTEL ONE',
      '10.00',
      '03/07/2024',
      'ZALANDO SE',
      '20.00',
    ]);
  });

  test('a ligature is one glyph of a tracked word ("fi n a l", "O ffi c e"): the word is rejoined whole', () => {
    const rows = [0, 1, 2, 3, 4].map((i) => tracked(700 - i * 12, ['ONLINE', 'PAYMENT'], '10.00'));
    const balance = line(
      600,
      ['31/01/2026', 40, 80],
      ['S a l d o', 100, 128],
      ['fi n a l', 135, 156],
      ['O ffi c e', 163, 190],
      ['745,85', 450, 490],
    );
    expect(despaceLines([...rows, balance])[5]?.cells.map((c) => c.text)).toEqual([
      '31/01/2026',
      'Saldo final Office',
      '745,85',
    ]);
  });

  test('one merchant printed with spaces on an ordinary statement stays as printed', () => {
    const lines = [
      line(700, ['03/07/2024', 40, 80], ['A M Z N M k t p', 100, 160], ['C A', 220, 232], ['9.99', 450, 490]),
    ];
    expect(despaceLines(lines)[0]?.cells.map((c) => c.text)).toEqual([
      '03/07/2024',
      'A M Z N M k t p',
      'C A',
      '9.99',
    ]);
  });
});

describe('two tables side by side', () => {
  test('the left table is read first, then the right one under its own header', () => {
    const lines = [
      line(
        700,
        ['Date', 40, 60],
        ['Description', 90, 140],
        ['Amount', 250, 278],
        ['Date', 308, 328],
        ['Description', 355, 400],
        ['Amount', 517, 545],
      ),
      line(
        688,
        ['08/12/2026', 40, 78],
        ['NETFLIX.COM', 88, 138],
        ['13.99', 250, 278],
        ['22/12/2026', 308, 345],
        ['ZALANDO SE', 355, 403],
        ['72.72', 514, 545],
      ),
      line(
        676,
        ['USD 12.00 @ 0.92', 88, 157],
        ['23/12/2026', 308, 345],
        ['EDEKA BERLIN', 355, 410],
        ['100.32', 509, 545],
      ),
    ];
    const out = unfoldTwoColumns(lines).map((l) => l.text);
    expect(out).toEqual([
      'Date  Description  Amount',
      '08/12/2026  NETFLIX.COM  13.99',
      'USD 12.00 @ 0.92',
      'Date  Description  Amount',
      '22/12/2026  ZALANDO SE  72.72',
      '23/12/2026  EDEKA BERLIN  100.32',
    ]);
  });

  test('one heading printed twice splits the page, and runs that cross the cut are cut after their amount or before a row', () => {
    const lines = [
      line(
        627,
        ['TRANSACTIONS FOR J DOE #4567 (CONTINUED)', 29, 180],
        ['TRANSACTIONS FOR J DOE #7890 (CONTINUED)', 233, 390],
      ),
      line(620, ['3', 29, 32], ['10 DEC GROCER $12.85 42', 38, 282], ['18 DEC AIRLINE $405.00', 287, 420]),
      line(613, ['xx xx xxxxxxxx 46 20 DEC BOOKSHOP $0.71', 29, 400]),
      line(606, ['37 17 DEC CINEMA $7.18 FEES (CONTINUED)', 29, 300]),
      line(599, ['Total Fees This Period', 274, 340], ['$59.00', 353, 380]),
    ];
    expect(unfoldTwoColumns(lines).map((l) => l.text)).toEqual([
      'TRANSACTIONS FOR J DOE #4567 (CONTINUED)',
      '3  10 DEC GROCER $12.85',
      'xx xx xxxxxxxx',
      '37 17 DEC CINEMA $7.18',
      'TRANSACTIONS FOR J DOE #7890 (CONTINUED)',
      '42  18 DEC AIRLINE $405.00',
      '46 20 DEC BOOKSHOP $0.71',
      'FEES (CONTINUED)',
      'Total Fees This Period  $59.00',
    ]);
  });

  test('two cells alike but for their figures are no twin headings', () => {
    const lines = [
      line(700, ['CHF 14.000,00', 40, 100], ['CHF 12.607,29', 200, 260]),
      line(690, ['Card 1234', 40, 100], ['Card 5678', 200, 260]),
    ];
    expect(unfoldTwoColumns(lines)).toBe(lines);
  });

  test('a one-table header is left alone', () => {
    const lines = [
      line(700, ['Date', 40, 60], ['Posting Date', 90, 140], ['Description', 160, 220], ['Amount', 500, 540]),
    ];
    expect(unfoldTwoColumns(lines)).toBe(lines);
  });
});

describe('columns from header words', () => {
  test('a row of summary labels naming a date ("Closing balance  Minimum Payment  Due Date  Credit Limit") is not a table header', () => {
    const labels = line(
      694,
      ['Closing balance', 44, 110],
      ['Minimum Payment', 147, 220],
      ['Due Date', 250, 290],
      ['Credit Limit', 353, 400],
      ['Available Balance', 456, 530],
    );
    expect(findHeader(labels)).toBeNull();
    const values = line(
      680,
      ['7,553.72 DR', 44, 100],
      ['234.02', 147, 180],
      ['25 October 2025', 250, 320],
      ['38,000.00', 353, 400],
      ['30,446.28', 456, 500],
    );
    expect(readTransactions([labels, values], 'AUD')).toEqual([]);
  });

  test('a French header with accented words and bracketed codes ("Libellé", "Débit (CHF)", "Crédit (CHF)") is a header: a row in the credit column is a credit', () => {
    const lines = [
      line(
        767,
        ['Date', 40, 60],
        ['Date de valeur', 88, 140],
        ['Libellé', 149, 180],
        ['Débit (CHF)', 450, 495],
        ['Crédit (CHF)', 501, 550],
      ),
      line(
        741,
        ['2026-05-20', 40, 85],
        ['2026-05-21', 88, 133],
        ['MIGROS ZURICH', 149, 220],
        ['45.10', 470, 495],
      ),
      line(
        729,
        ['2026-05-23', 40, 85],
        ['2026-05-23', 88, 133],
        ['PAIEMENT REÇU - MERCI', 149, 250],
        ["1'255.27", 517, 550],
      ),
    ];
    expect(findHeader(lines[0] as Line)?.kindOf({ text: "1'255.27", x0: 517, x1: 550 })).toBe('credit');
    expect(readTransactions(lines, 'CHF').map((r) => [r.description, r.amount.cents, r.columnSign])).toEqual([
      ['MIGROS ZURICH', 4510, 0],
      ['PAIEMENT REÇU - MERCI', 125527, -1],
    ]);
  });

  test.each([
    ['Buchungsdatum', 'postDate'],
    ['Transactiedatum', 'date'],
    ["Date d'opération", 'date'],
    ['Bonuspunkte', 'points'],
    ['Categoría', 'category'],
    ['Importo in valuta', 'foreignAmount'],
    ['Original Amount', 'foreignAmount'],
    ['Bedrag (EUR)', 'amount'],
    ['Rif.', 'reference'],
    ['Crédito', 'credit'],
  ])('%s holds %s', (header, kind) => {
    expect(columnKind(header)).toBe(kind);
  });

  test('a cell belongs to the column it sits under, not to a neighbour it nearly touches', () => {
    const header = findHeader(
      line(
        700,
        ['Data do movimento', 40, 111],
        ['Descritivo', 121, 158],
        ['Pontos', 443, 468],
        ['Débito', 483, 508],
        ['Crédito', 518, 545],
      ),
    );
    expect(header).not.toBeNull();
    expect(header?.isCreditColumn({ text: '10,99', x0: 488, x1: 508 })).toBe(false);
    expect(header?.isCreditColumn({ text: '10,99', x0: 525, x1: 545 })).toBe(true);
    expect(header?.isSideColumn({ text: '12', x0: 459, x1: 468 })).toBe(true);
  });
});

describe('row types and sections in other languages', () => {
  test.each([
    ['INTÉRÊTS DÉBITEURS', 'interest'],
    ['AUSLANDSEINSATZENTGELT', 'fee'],
    ['COMISIÓN DISPOSICIÓN EFECTIVO', 'fee'],
    ['ANTICIPO CONTANTI MILANO', 'cash_advance'],
    ['SALDO-OVERBOEKING', 'balance_transfer'],
    ['GST ON EMI INTEREST', 'fee'],
    ['IGST ON EMI INTEREST', 'fee'],
    ['EMI INTEREST 5/12', 'interest'],
    ['VAT on fees', 'fee'],
    ['AANMANINGSKOSTEN', 'fee'],
    ['PÉNALITÉ DE RETARD', 'fee'],
    ['SPESE PER RITARDATO PAGAMENTO', 'fee'],
    ['RECARGO POR DEMORA', 'fee'],
    ['BOETE TE LATE BETALING', 'fee'],
    ['RETIRADA CAJERO BERLIN', 'cash_advance'],
    ['PRELIEVO BANCOMAT ROMA', 'cash_advance'],
    ['GELDAUTOMAAT AMSTERDAM', 'cash_advance'],
  ])('%s is a %s', (description, type) => {
    expect(classify(description, 1000, 0, null).type).toBe(type);
  });

  test('a credit row that says it is a payment is a payment', () => {
    expect(classify('PAGAMENTO RICEVUTO - GRAZIE', 1000, -1, null)).toEqual({
      type: 'payment',
      amount: -1000,
    });
  });

  test.each(['ADDEBITO SU CONTO CORRENTE', 'Addebito in c/c'])(
    'a credit row saying the balance was debited to the current account (%s) is a payment',
    (description) => {
      expect(classify(description, 1000, -1, null).type).toBe('payment');
    },
  );

  test.each(['VIREMENT REÇU', 'ADEUDO DOMICILIADO', 'ÜBERWEISUNG', 'ADDEBITO DIRETTO SDD'])(
    'a bank transfer or direct debit under "Payments and credits" (%s) is a payment',
    (description) => {
      expect(classify(description, 1000, 0, 'payments_credits').type).toBe('payment');
    },
  );

  test.each([
    ['Zahlungen und Gutschriften', 'payments_credits'],
    ['PAIEMENTS ET CRÉDITS', 'payments_credits'],
    ['VOS ACHATS', 'purchase'],
    ['Disposiciones de efectivo', 'cash_advance'],
    ['Trasferimenti di saldo', 'balance_transfer'],
    ['Kosten', 'fee'],
    ['JUROS', 'interest'],
  ])('the heading "%s" opens a %s section', (heading, section) => {
    expect(sectionOf(heading)).toBe(section);
  });
});

describe('a summary box printed as a table under two-line headers', () => {
  test('the second line of a wrapped header is not a label of its own ("Payments," over "Credits", 12.6 pt apart)', () => {
    const x = [40, 107, 173, 240, 306, 373, 439, 506];
    const row = (y: number, texts: string[]): Line =>
      line(y, ...texts.map((t, i): [string, number, number] => [t, x[i] as number, (x[i] as number) + 50]));
    const lines = [
      row(670.4, ['Previous', 'Payments,', 'New', 'Cash', 'Balance', 'Fees', 'Interest', 'Statement']),
      line(
        657.8,
        ...['balance', 'Credits', 'Purchases', 'advances', 'Transfers', 'Charged', '', 'balance']
          .map((t, i): [string, number, number] => [t, x[i] as number, (x[i] as number) + 50])
          .filter(([t]) => t !== ''),
      ),
      row(643, ['£1,320.03', '£1,392.99', '£727.16', '£0.00', '£0.00', '£1.98', '£0.00', '£656.18']),
    ];
    const f = readSummary(lines);
    expect(f.candidates.credits).toBeUndefined();
    expect(f.amounts.paymentsAndCredits?.cents).toBe(139299);
    expect(f.amounts.previousBalance?.cents).toBe(132003);
    expect(f.amounts.newBalance?.cents).toBe(65618);
  });
});

describe('a summary table whose wrapped headers read as a formula', () => {
  test('"and Credits" under "Payments" adds no credits figure beside the table\'s "Payments and Credits"', () => {
    const x = [40, 129, 217, 306, 395, 483];
    const row = (y: number, texts: string[]): Line =>
      line(
        y,
        ...texts
          .map((t, i): [string, number, number] => [t, x[i] as number, (x[i] as number) + 70])
          .filter(([t]) => t !== ''),
      );
    const f = readSummary([
      row(675, ['Previous', 'Payments', 'Purchases', 'Cash Advances', 'Fees and', 'Finance']),
      row(663, ['Statement Balance', 'and Credits', '', '& Fees', 'Charges', 'Charges']),
      row(649, ['C$ 4,089.51', '-C$ 4,089.51', 'C$ 4,601.26', 'C$ 135.00', 'C$ 16.59', 'C$ 2.34']),
    ]);
    expect(f.candidates.credits).toBeUndefined();
    expect(f.amounts.paymentsAndCredits?.cents).toBe(408951);
    expect(f.amounts.purchases?.cents).toBe(460126);
  });
});

describe('section totals', () => {
  test("a section total opening the next page closes the table the page before ended with: the box's own figures win", () => {
    const on = (page: number, l: Line): Line => ({ ...l, page });
    const lines = [
      line(702, ['Previous Balance', 51, 130], ['Payments', 223, 270], ['Credits', 394, 430]),
      line(687, ['Rs. 1,03,781.30 -', 51, 140], ['Rs. 51,890.65 -', 223, 300], ['Rs. 37,562.03', 394, 460]),
      line(
        412,
        ['Trans Date', 40, 90],
        ['Description', 236, 290],
        ['Debit', 437, 460],
        ['Payments/Credits', 470, 540],
      ),
      line(354, ['7 Apr 2024', 40, 90], ['BBPS PAYMENT RECEIVED', 236, 340], ['51,890.65', 505, 540]),
      line(341, ['Total PAYMENTS AND CREDITS', 236, 360], ['51,890.65', 505, 540]),
      line(67, ['25 Apr 2024', 40, 90], ['NEFT PAYMENT', 236, 300], ['37,562.03', 505, 540]),
      line(32, ['Indus Crest Card (fictional issuer)', 40, 200], ['Page 1 / 2', 526, 560]),
      on(2, line(807, ['Indus Crest Card', 40, 120], ['XXXX 5636', 379, 430])),
      on(
        2,
        line(
          783,
          ['Trans Date', 40, 90],
          ['Description', 236, 290],
          ['Debit', 437, 460],
          ['Payments/Credits', 470, 540],
        ),
      ),
      on(2, line(765, ['Total PAYMENTS AND CREDITS', 236, 360], ['37,562.03', 505, 540])),
    ];
    const f = readSummary(lines);
    expect(f.amounts.payments?.cents).toBe(5189065);
    expect(f.amounts.credits?.cents).toBe(3756203);
    expect(f.candidates.paymentsAndCredits?.[0]?.from.page).toBe(1);
  });
});

describe('a period printed in the title', () => {
  test('"Statement (14 Aug 2025 - 13 Sep 2025)" gives both ends when no label does', () => {
    const f = readSummary([line(780, ['One Credit Card Statement (14 Aug 2025 - 13 Sep 2025)', 120, 420])]);
    expect(f.dates.period?.map((d) => [d.a, d.b, d.year])).toEqual([
      [14, 8, 2025],
      [13, 9, 2025],
    ]);
  });

  test('"Dec. 11 - Jan. 10, 2014  31 Days in Billing Cycle": the period before the words naming it', () => {
    const f = readSummary([line(780, ['Dec. 11 - Jan. 10, 2014 31 Days in Billing Cycle', 300, 560])]);
    expect(f.dates.period?.map((d) => [d.a, d.b, d.year])).toEqual([
      [11, 12, null],
      [10, 1, 2014],
    ]);
  });

  test('a labelled period wins over the title', () => {
    const f = readSummary([
      line(780, ['Card Statement (1 Jan 2025 - 31 Jan 2025)', 120, 420]),
      line(760, ['Statement period: 2 Feb 2025 to 1 Mar 2025', 40, 300]),
    ]);
    expect(f.dates.period?.[0]?.b).toBe(2);
  });
});

describe('rows and headings under rows', () => {
  const header = line(700, ['Description', 40, 90], ['Date', 300, 320], ['Amount', 480, 520]);

  test('a line with a heading form under a row starts a section; a category line continues the row', () => {
    const lines = [
      line(720, ['PAYMENTS & CREDITS', 40, 140]),
      header,
      line(690, ['BEST BUY 83637090', 40, 130], ['07/19/2024', 300, 345], ['626.63', 490, 520]),
      line(680, ['PURCHASE ACTIVITY', 40, 130]),
      line(670, ['NETFLIX.COM', 40, 100], ['07/16/2024', 300, 345], ['15.49', 495, 520]),
      line(660, ['RECURRING PAYMENT', 40, 130]),
      line(650, ['VERIZON WRLS 46144', 40, 130], ['07/12/2024', 300, 345], ['97.79', 495, 520]),
    ];
    const rows = readTransactions(lines, 'USD');
    expect(rows.map((r) => [r.description, r.section])).toEqual([
      ['BEST BUY 83637090', 'payments_credits'],
      ['NETFLIX.COM', 'purchase'],
      ['VERIZON WRLS 46144', 'purchase'],
    ]);
  });

  test('a one-word heading in another language under a row and its total starts a section', () => {
    const lines = [
      line(720, ['Pagamentos e outros créditos', 40, 160]),
      header,
      line(690, ['PAGAMENTO RECEBIDO - OBRIGADO', 40, 160], ['18 dez', 300, 330], ['1 606,73', 490, 520]),
      line(680, ['Total Pagamentos e outros créditos', 40, 160], ['2 034,44', 490, 520]),
      line(670, ['Compras', 40, 80]),
      line(660, ['NETFLIX.COM', 40, 100], ['04 dez', 300, 330], ['13,99', 495, 520]),
    ];
    expect(readTransactions(lines, 'EUR').map((r) => r.section)).toEqual(['payments_credits', 'purchase']);
  });

  test('a row whose date follows its words is not a summary label ("PAYMENT - THANK YOU  03 Oct  2,842.91")', () => {
    const lines = [
      line(740, ['Payments', 40, 90], ['2,842.91', 200, 240]),
      header,
      line(690, ['PAYMENT - THANK YOU', 40, 130], ['03 Oct', 300, 330], ['1,000.00', 480, 520]),
    ];
    const rowsAt = new Uint8Array(lines.length);
    readTransactions(lines, 'AUD', rowsAt);
    expect([...rowsAt]).toEqual([0, 0, 1]);
    expect(readSummary(lines, rowsAt).candidates.payments?.map((c) => c.amount.cents)).toEqual([284291]);
    // Without knowing the row, its words read as a second "payments" label.
    expect(readSummary(lines).candidates.payments?.length).toBe(2);
  });

  test('a row whose amount wrapped onto the next line takes it; a lone amount under a complete row does not', () => {
    const lines = [
      line(690, ['11 12 DEC TRANSACTION--1111111111111111111111111111111111111111', 29, 230]),
      line(683, ['$2.50', 143, 165]),
      line(676, ['12 12 DEC GROCER', 29, 120], ['$42.02', 200, 230]),
      line(669, ['$9.99', 143, 165]),
    ];
    const rowsAt = new Uint8Array(lines.length);
    const rows = readTransactions(lines, 'USD', rowsAt);
    expect(rows.map((r) => r.amount.cents)).toEqual([250, 4202]);
    expect([...rowsAt]).toEqual([1, 1, 1, 0]);
  });

  test("a row beside a rates table keeps its own amount; one amount past a category column is the row's", () => {
    const rates = [
      line(
        543,
        ['2', 37, 40],
        ['09 DEC GROCER $59.68', 46, 270],
        ['XXXX XXXXXXXX', 288, 340],
        ['24.90% P', 355, 380],
        ['$0.00', 397, 415],
        ['$0.00', 430, 448],
      ),
    ];
    expect(readTransactions(rates, 'USD').map((r) => r.amount.cents)).toEqual([5968]);
    const category = [
      line(
        287,
        ['30 Aug', 18, 40],
        ['Rent Transfer Fee = 215.88', 56, 200],
        ['Rent', 220, 240],
        ['TOKEN_ECOM', 380, 430],
        ['21,842.74', 490, 530],
      ),
    ];
    expect(readTransactions(category, 'INR').map((r) => r.amount.cents)).toEqual([2184274]);
  });
});

describe('decoy tables in other languages', () => {
  test.each([
    'Programa de puntos',
    'Programma punti',
    'Bonuspunkte',
    'Spaarpunten',
    'Programa de pontos',
    'Programme de fidélité',
    'Programa de fidelidad',
    'Programma fedeltà',
    'Loyalty programme',
    'Ratenplan',
    'Aflossingsschema',
    'Piano di ammortamento',
    'Échéancier',
    'Plan de cuotas',
  ])('the figures under "%s" are not the summary\'s', (heading) => {
    const lines = [
      line(500, [heading, 40, 140]),
      line(488, ['Saldo inicial', 40, 100], ['35.631', 200, 240]),
    ];
    expect(decoyZones(lines)).toEqual([true, true]);
  });

  test('a decoy word in a merchant line printed right over its row opens no zone ("IGST ON EMI INTEREST")', () => {
    const lines = [
      line(500, ['IGST ON EMI INTEREST', 145, 240]),
      line(489, ['20 July 2026', 40, 90], ['CHARGES', 250, 290], ['Rs. 111.38', 450, 490]),
      line(470, ['Statement Summary', 40, 127]),
      line(452, ['Opening Balance', 44, 94], ['Payments Applied', 147, 199]),
      line(440, ['Rs. 2,25,592.50', 44, 101], ['Rs. 67,677.75', 147, 197]),
    ];
    const rowsAt = Uint8Array.from([0, 1, 0, 0, 0]);
    expect(decoyZones(lines, rowsAt)).toEqual([false, false, false, false, false]);
    // Without the row under it, the same words head a table of their own.
    expect(decoyZones(lines)[0]).toBe(true);
  });

  test('a summary box heading is not a decoy', () => {
    const lines = [
      line(500, ['Resumen de su cuenta', 40, 140]),
      line(488, ['Saldo inicial', 40, 100], ['356,31', 200, 240]),
    ];
    expect(decoyZones(lines)).toEqual([false, false]);
  });
});

describe('figures and markers', () => {
  test.each([
    ['JPY 93', 9300],
    ['JPY 0', 0],
    ['0 ¥', 0],
    ['327 ¥', 32700],
  ])(
    '"%s", a whole amount with its currency code or a minor-unit-less mark, is a summary figure',
    (printed, cents) => {
      expect(figure(printed)?.cents).toBe(cents);
    },
  );

  test.each([
    ['275,676.10 ` D', 27567610],
    ['| 30,386.11', 3038611],
  ])('"%s": a stray glyph for the rupee beside a figure is dropped', (printed, cents) => {
    expect(figure(printed)?.cents).toBe(cents);
  });

  test.each(['93', '(5$)', '7320', '5 $'])('"%s" alone is not a summary figure', (printed) => {
    expect(figure(printed)).toBeNull();
  });

  test.each([
    ["3 ' 521.49", "3'521.49"],
    ['CHF 12 ’ 345.67', 'CHF 12’345.67'],
    ["O ' NEILL 123", "O ' NEILL 123"],
  ])('a Swiss apostrophe set apart by tracking ("%s") is rejoined only between digits', (printed, want) => {
    expect(despaceText(printed)).toBe(want);
  });

  test.each([
    ['4 4 9', '449'],
    ['5 1 8', '518'],
    ['1 2', '1 2'],
    ['4 4 9 JPY', '4 4 9 JPY'],
    ['- 4 4 9', '- 449'],
    ['+ 5 1 8', '+ 518'],
    ['( 5 1 8 )', '( 518 )'],
    ['4 4 9 -', '449 -'],
    ['- 1 2', '- 1 2'],
    ['A - 4 4 9', 'A - 4 4 9'],
  ])(
    'tracked single digits are rejoined only when three or more fill the cell, a sign beside them: "%s" reads "%s"',
    (printed, want) => {
      expect(despaceText(printed)).toBe(want);
    },
  );

  test.each([
    ['¥ 4 4 9', '¥ 449'],
    ['- ¥ 4 4 9', '- ¥ 449'],
    ['CA$ 5 1 8', 'CA$ 518'],
    ['¥ 1 2', '¥ 1 2'],
  ])('a currency mark before tracked digits stays as printed: "%s" reads "%s"', (printed, want) => {
    expect(despaceText(printed)).toBe(want);
  });

  test('two spaced digits are one figure only in a document that spaces its figures', () => {
    const rows = (amounts: string[]) =>
      amounts.map((a, i) => line(700 - 12 * i, ['AUG 27', 40, 70], ['FEE', 169, 200], [a, 500, 520]));
    const spaced = despaceLines(rows(['1 3 , 5 0 0', '9 5', '¥ 1 2']));
    expect(spaced.map((l) => l.cells[2]?.text)).toEqual(['13,500', '95', '¥ 12']);
    // Nowhere else does the document space a figure: "9 5" may be two.
    const plain = despaceLines(rows(['13,500', '9 5']));
    expect(plain.map((l) => l.cells[2]?.text)).toEqual(['13,500', '9 5']);
    expect(despaceText('9 5', true)).toBe('95');
  });

  test('a spaced amount grouped with a space comes back whole ("- 2" + "6 2 1 , 7 4")', () => {
    const [joined] = despaceLines([
      line(
        700,
        ['7 juil. 2026', 40, 72],
        ['PAIEMENT REÇU', 100, 184],
        ['- 2', 429, 438],
        ['6 2 1 , 7 4', 446, 481],
      ),
    ]);
    expect(joined?.cells.map((c) => c.text)).toEqual(['7 juil. 2026', 'PAIEMENT REÇU', '-2 621,74']);
  });

  test('a points column far from a spaced amount stays apart', () => {
    const [kept] = despaceLines([
      line(700, ['PAIEMENT', 100, 184], ['3', 300, 304], ['6 2 1 , 7 4', 446, 481]),
    ]);
    expect(kept?.cells.map((c) => c.text)).toEqual(['PAIEMENT', '3', '621,74']);
  });

  test('"C R" printed one glyph at a time after a spaced amount is the credit marker', () => {
    expect(despaceText('C R')).toBe('CR');
    expect(despaceText('3 . 4 3 6 , 4 6')).toBe('3.436,46');
  });
});

describe('statements in whole units', () => {
  const page = (amounts: string[]) =>
    amounts.map((a, i) => line(700 - 12 * i, ['ROW', 40, 80], ['03/01/2026', 300, 345], [a, 480, 520]));

  test('grouped whole amounts with no decimals mark a statement counted in whole units', () => {
    expect(
      printsWholeUnits(page(['478,787', '192,218', '1,109', '1,799', '(478,787)', '2,324', '18.69 GBP'])),
    ).toBe(true);
  });

  test('a statement with decimals is not, whatever its credit limit looks like', () => {
    expect(
      printsWholeUnits(page(['10,000', '5,000', '1,109.00', '17.99', '2,324.50', '3.10', '44.00'])),
    ).toBe(false);
  });

  test('on such a statement a short bare figure beside its label is money ("Fees Charged  107")', () => {
    const lines = [
      line(760, ['Fees Charged', 40, 100], ['107', 200, 215]),
      ...page(['478,787', '192,218', '1,109', '1,799', '(478,787)', '2,324']),
    ];
    expect(readSummary(lines).candidates.fees?.[0]?.amount.cents).toBe(10700);
    // On a statement with decimals the same "107" is no figure (a count, a footnote).
    const decimals = [
      line(760, ['Fees Charged', 40, 100], ['107', 200, 215]),
      ...page(['1,109.00', '17.99']),
    ];
    expect(readSummary(decimals).candidates.fees).toBeUndefined();
  });

  test('a foreign amount with its converted twin after it does not name the statement currency', () => {
    const lines = page(['1,109', '1,799', '2,324']);
    lines.push(line(500, ['PRET A MANGER LONDON', 40, 130], ['18.69 GBP', 400, 440], ['3,564', 480, 520]));
    expect(findCurrency(lines)).toBeNull();
  });

  test('the rows of a whole-unit statement with no currency mark are read', () => {
    const lines = [
      line(720, ['Description', 40, 90], ['Date', 300, 320], ['Amount', 480, 520]),
      ...page(['478,787', '192,218', '1,109', '1,799', '(478,787)', '2,324']),
    ];
    expect(readTransactions(lines, null).map((r) => r.amount.cents)).toEqual([
      47878700, 19221800, 110900, 179900, 47878700, 232400,
    ]);
  });
});

describe('zeros the printed breakdown proves', () => {
  /** A one-page statement: a formula box over its values, then dated rows. */
  function statement(box: Array<[string, string]>, rows: Array<[string, string, string]>): Line[] {
    const xs = box.map((_, i) => 40 + i * 110);
    const out = [
      line(780, ['Statement Period From April 21 to May 20, 2022', 40, 300]),
      line(
        760,
        ...box.map(([label], i): [string, number, number] => [
          label,
          xs[i] as number,
          (xs[i] as number) + 90,
        ]),
      ),
      line(
        748,
        ...box.map(([, value], i): [string, number, number] => [
          value,
          xs[i] as number,
          (xs[i] as number) + 60,
        ]),
      ),
      line(700, ['Date', 40, 60], ['Description', 100, 160], ['Amount', 480, 520]),
    ];
    for (const [i, [d, desc, amt]] of rows.entries()) {
      out.push(line(688 - i * 12, [d, 40, 70], [desc, 100, 250], [amt, 480, 520]));
    }
    return out;
  }

  test('"New Debits" made only of fee and interest rows proves no purchases', () => {
    const p = parseStatement(
      statement(
        [
          ['Opening Balance', '7,879.62'],
          ['New Credits', '0.00'],
          ['New Debits', '1,170.22'],
          ['Closing Balance', '9,049.84'],
        ],
        [
          ['May 11', 'LATE PAYMENT FEE', '678.50'],
          ['May 20', 'FINANCE CHARGES', '491.72'],
        ],
      ),
    );
    expect(p.checks.level).toBe('verified');
    expect(p.summary.purchases).toBe(0);
  });

  test('a zero "Other Debit & Charges" proves no interest; a zero "Fees" alone does not', () => {
    const box = (fees: string): Array<[string, string]> => [
      ['Previous Balance', '2,334.00'],
      ['Payments', '2,334.00'],
      ['Purchase', '1,660.00'],
      [fees, '0.00'],
      ['Total Payment Due', '1,660.00'],
    ];
    const rows: Array<[string, string, string]> = [
      ['21/04/2021', 'PAYMENT RECEIVED THANK YOU', '2,334.00 Cr'],
      ['25/04/2021', 'FLIPKART INTERNET', '1,660.00'],
    ];
    const catchAll = parseStatement(statement(box('Other Debit&Charges'), rows));
    expect(catchAll.checks.level).toBe('verified');
    expect([catchAll.summary.fees, catchAll.summary.interest]).toEqual([0, 0]);
    const fees = parseStatement(statement(box('Fees'), rows));
    expect(fees.checks.level).toBe('verified');
    expect([fees.summary.fees, fees.summary.interest]).toEqual([0, null]);
  });
});

describe('merchant lines above rows and foreign columns after the amount', () => {
  const header = line(
    700,
    ['Date', 40, 60],
    ['Description', 182, 240],
    ['Points', 450, 480],
    ['Amount', 490, 530],
  );

  test('rows that took the line above for want of words show the layout: a row with a category word gets its merchant too', () => {
    const lines = [
      header,
      line(690, ['MOTEL ONE DUESSELDORF', 182, 290]),
      line(680, ['13 Dez 2025', 40, 90], ['230', 465, 480], ['207.06', 506, 530]),
      line(670, ['REWE 5530 HAMBURG', 182, 280]),
      line(660, ['13 Dez 2025', 40, 90], ['71', 470, 480], ['128.08', 506, 530]),
      line(650, ['NETFLIX.COM', 182, 240]),
      line(640, ['14 Dez 2025', 40, 90], ['DIGITAL GOODS', 182, 250], ['7', 475, 480], ['13.99', 511, 530]),
      line(630, ['SPOTIFY AB', 182, 240]),
      line(620, ['14 Dez 2025', 40, 90], ['6', 475, 480], ['10.99', 511, 530]),
    ];
    const rows = readTransactions(lines, 'CHF');
    expect(rows.map((r) => [r.description, r.category])).toEqual([
      ['MOTEL ONE DUESSELDORF', null],
      ['REWE 5530 HAMBURG', null],
      ['NETFLIX.COM', 'DIGITAL GOODS'],
      ['SPOTIFY AB', null],
    ]);
  });

  test('a balance row under a foreign detail line keeps its words, and is no transaction', () => {
    const lines = [
      header,
      line(690, ['MOTEL ONE DUESSELDORF', 182, 290]),
      line(680, ['13 Dez 2025', 40, 90], ['207.06', 506, 530]),
      line(670, ['REWE 5530 HAMBURG', 182, 280]),
      line(660, ['14 Dez 2025', 40, 90], ['128.08', 506, 530]),
      line(650, ['FNAC PARIS', 182, 240]),
      line(640, ['15 Dez 2025', 40, 90], ['62.09', 511, 530]),
      line(630, ['72.44 EUR @ 0.8571', 182, 270]),
      line(620, ['16 Dez 2025', 40, 90], ['Closing balance', 182, 260], ['397.23', 506, 530]),
    ];
    const balances: BalanceRowReading[] = [];
    const rows = readTransactions(lines, 'GBP', undefined, false, balances);
    expect(rows.map((r) => r.description)).toEqual([
      'MOTEL ONE DUESSELDORF',
      'REWE 5530 HAMBURG',
      'FNAC PARIS',
    ]);
    expect(balances.map((b) => [b.field, b.amount.cents])).toEqual([['newBalance', 39723]]);
  });

  test("in a merchant-above layout a merchant line a point nearer to the row before is still its own row's", () => {
    const lines = [
      header,
      line(690, ['MOTEL ONE DUESSELDORF', 182, 290]),
      line(679, ['13 Dez 2025', 40, 90], ['230', 465, 480], ['207.06', 506, 530]),
      line(669, ['JIO PREPAID RECHARGE', 182, 280]),
      line(
        658,
        ['13 Dez 2025', 40, 90],
        ['TELECOMMUNICATION SERVICES', 182, 300],
        ['71', 470, 480],
        ['128.08', 506, 530],
      ),
      line(648, ['NETFLIX.COM', 182, 240]),
      line(637, ['14 Dez 2025', 40, 90], ['7', 475, 480], ['13.99', 511, 530]),
      line(627, ['SPOTIFY AB', 182, 240]),
      line(616, ['14 Dez 2025', 40, 90], ['6', 475, 480], ['10.99', 511, 530]),
    ];
    const rows = readTransactions(lines, 'INR');
    expect(rows.map((r) => [r.description, r.category])).toEqual([
      ['MOTEL ONE DUESSELDORF', null],
      ['JIO PREPAID RECHARGE', 'TELECOMMUNICATION SERVICES'],
      ['NETFLIX.COM', null],
      ['SPOTIFY AB', null],
    ]);
    // A line nearer to the row before is not taken where the layout is not shown: words under a row.
    const plain = readTransactions(
      [
        header,
        line(679, ['13 Dez 2025', 40, 90], ['REWE 5530 HAMBURG', 182, 280], ['207.06', 506, 530]),
        line(669, ['LEBENSMITTEL', 182, 240]),
        line(658, ['13 Dez 2025', 40, 90], ['TELEKOM DEUTSCHLAND', 182, 300], ['128.08', 506, 530]),
      ],
      'EUR',
    );
    expect(plain.map((r) => r.description)).toEqual(['REWE 5530 HAMBURG', 'TELEKOM DEUTSCHLAND']);
  });

  test('section headings over the first row of each section are not merchant lines: the rows keep their own words', () => {
    const head = line(
      700,
      ['Description', 40, 200],
      ['Date', 300, 330],
      ['Posted', 360, 390],
      ['Amount', 480, 520],
    );
    const row = (y: number, words: string, amount: string): Line =>
      line(
        y,
        [words, 40, 40 + words.length * 5],
        ['2026-12-11', 300, 350],
        ['2026-12-12', 360, 410],
        [amount, 490, 520],
      );
    const lines = [
      head,
      line(690, ['Payments and Credits', 40, 140]),
      row(680, 'PAYMENT - THANK YOU', '(1,566.88)'),
      line(670, ['PURCHASE ACTIVITY', 40, 130]),
      row(660, 'NETFLIX.COM', '15.49'),
      row(650, 'CHEVRON 9470594 AUSTIN TX', '62.93'),
      line(640, ['FEES CHARGED', 40, 110]),
      row(630, 'INTERNATIONAL TRANSACTION FEE', '0.55'),
      line(620, ['Interest Charges', 40, 120]),
      row(610, 'INTEREST CHARGE ON PURCHASES', '47.01'),
    ];
    const rows = readTransactions(lines, 'USD');
    expect(rows.map((r) => [r.description, r.section, r.amount.cents])).toEqual([
      ['PAYMENT - THANK YOU', 'payments_credits', 156688],
      ['NETFLIX.COM', 'purchase', 1549],
      ['CHEVRON 9470594 AUSTIN TX', 'purchase', 6293],
      ['INTERNATIONAL TRANSACTION FEE', 'fee', 55],
      ['INTEREST CHARGE ON PURCHASES', 'interest', 4701],
    ]);
  });

  test.each([
    ['1 039,97 USD @ 0.9200', 103997],
    ['USD 1 023,11 @ 0.9200', 102311],
    ['USD 1,023.11', 102311],
    ['45,00 GBP', 4500],
    ["USD 1'010.07 @ 0.9200", 101007],
  ])(
    'a foreign detail line "%s" with its thousands grouped (by a space or an apostrophe) is read whole',
    (text, cents) => {
      expect(foreignIn(text, 'EUR')).toEqual({ cents, currency: text.match(/[A-Z]{3}/)?.[0] });
    },
  );

  test('a Dr/Cr marker before a foreign-amount column ("58,05  D  USD 63,10") still marks the row\'s amount', () => {
    const lines = [
      line(
        474,
        ['Transactiedatum', 40, 100],
        ['Beschrijving', 117, 170],
        ['Punten', 327, 355],
        ['Bedrag', 413, 440],
        ['Bedrag vreemde valuta', 452, 540],
      ),
      line(
        259,
        ['15/10/2025', 40, 85],
        ['ARAL STATION 85269', 117, 200],
        ['74', 347, 355],
        ['67,28', 389, 415],
        ['D', 436, 441],
      ),
      line(
        247,
        ['26/10/2025', 40, 85],
        ['UBER *TRIP NEW YORK', 117, 210],
        ['64', 347, 355],
        ['58,05', 389, 415],
        ['D', 436, 441],
        ['USD 63,10', 504, 540],
      ),
    ];
    expect(
      readTransactions(lines, 'EUR').map((r) => [r.description, r.amount.cents, r.amount.sign, r.foreign]),
    ).toEqual([
      ['ARAL STATION 85269', 6728, 1, null],
      ['UBER *TRIP NEW YORK', 5805, 1, { cents: 6310, currency: 'USD' }],
    ]);
  });

  test('an amount grouped by a space ("3 806,78") with its CR in a cell of its own stays one credit amount', () => {
    const lines = [
      line(720, ['Data', 308, 330], ['Descrizione', 357, 400], ['Importo', 520, 550]),
      line(
        708,
        ['28.04.2024', 308, 350],
        ['ADDEBITO SU CONTO CORRENTE', 357, 460],
        ['3 806,78', 471, 530],
        ['CR', 535, 545],
      ),
      line(698, ['29.04.2024', 308, 350], ['ALDI SUED LEIPZIG', 357, 430], ['71,36', 514, 530]),
    ];
    expect(readTransactions(lines, 'EUR').map((r) => [r.description, r.amount.cents, r.amount.sign])).toEqual(
      [
        ['ADDEBITO SU CONTO CORRENTE', 380678, -1],
        ['ALDI SUED LEIPZIG', 7136, 0],
      ],
    );
  });

  test("a date printed after four other columns (category, description, points, reference) is still the row's date", () => {
    const lines = [
      line(
        473,
        ['Kategorie', 40, 90],
        ['Beschreibung', 115, 180],
        ['Punkte', 391, 420],
        ['Beleg-Nr.', 424, 460],
        ['Umsatzdatum', 464, 520],
        ['Betrag', 524, 550],
      ),
      line(
        447,
        ['PAYMENTS', 40, 90],
        ['ZAHLUNG ERHALTEN - DANKE', 115, 250],
        ['47626748', 424, 460],
        ['14/04/2024', 464, 510],
        ['1.644,18-', 515, 550],
      ),
      line(
        414,
        ['DIGITAL GOODS', 40, 100],
        ['NETFLIX.COM', 115, 170],
        ['7', 410, 415],
        ['20909934', 424, 460],
        ['02/04/2024', 464, 510],
        ['13,99', 528, 550],
      ),
    ];
    expect(readTransactions(lines, 'EUR').map((r) => [r.date.text, r.description, r.amount.cents])).toEqual([
      ['14/04/2024', 'ZAHLUNG ERHALTEN - DANKE', 164418],
      ['02/04/2024', 'NETFLIX.COM', 1399],
    ]);
  });

  test('a merchant line that names a way of paying ("PAYMENT BY GIRO") is not a due-date label: its row is read', () => {
    const lines = [
      line(
        765,
        ['Description', 40, 90],
        ['Ref No.', 332, 360],
        ['Date', 393, 412],
        ['Debit', 448, 470],
        ['Payments/Credits', 478, 545],
      ),
      line(738, ['CVS/PHARMACY #89064 DENVER CO', 40, 160]),
      line(
        727,
        ['MEDICAL SERVICES', 40, 110],
        ['700843764129', 332, 380],
        ['3 Oct 2024', 393, 435],
        ['36.94', 449, 470],
      ),
      line(673, ['PAYMENT BY GIRO', 40, 110]),
      line(662, ['404510854188', 332, 380], ['11 Oct 2024', 393, 438], ['1,012.50', 515, 545]),
      line(651, ['HOTEL LE MARAIS PARIS', 40, 130]),
      line(640, ['113318220008', 332, 380], ['12 Oct 2024', 393, 438], ['120.00', 449, 470]),
    ];
    const rows = readTransactions(lines, 'SGD');
    expect(rows.map((r) => [r.description, r.amount.cents, r.columnSign])).toEqual([
      ['CVS/PHARMACY #89064 DENVER CO', 3694, 0],
      ['PAYMENT BY GIRO', 101250, -1],
      ['HOTEL LE MARAIS PARIS', 12000, 0],
    ]);
  });

  test("a foreign amount in a column after the row amount is the row's foreign amount", () => {
    const lines = [
      line(
        700,
        ['Date', 40, 60],
        ['Description', 120, 180],
        ['Amount', 400, 440],
        ['Original Amount', 470, 540],
      ),
      line(
        690,
        ['27 Jan 2025', 40, 90],
        ['HOTEL LE MARAIS PARIS', 120, 240],
        ['343.86', 410, 440],
        ['234.32 EUR', 480, 540],
      ),
      line(
        680,
        ['28 Jan 2025', 40, 90],
        ['UBER *TRIP NEW YORK', 120, 240],
        ['43.76', 415, 440],
        ['USD 47.56', 480, 540],
      ),
    ];
    const rows = readTransactions(lines, 'SGD');
    expect(rows.map((r) => [r.amount.cents, r.foreign])).toEqual([
      [34386, { cents: 23432, currency: 'EUR' }],
      [4376, { cents: 4756, currency: 'USD' }],
    ]);
  });
});

describe('currency from column headers, addresses and foreign columns', () => {
  test.each([
    ['Af (EUR)', 'EUR'],
    ['Charges (USD)', 'USD'],
    ['Montante (EUR)', 'EUR'],
    ['Amount GBP', 'GBP'],
  ])('a column header "%s" names %s', (header, want) => {
    const lines = [
      line(700, ['Date', 40, 60], ['Description', 100, 160], [header, 400, 460]),
      line(690, ['12/03/2026', 40, 80], ['SHOP', 100, 130], ['12.50', 420, 460]),
    ];
    expect(findCurrency(lines)).toBe(want);
  });

  test('an Indian address (a city before its PIN code) says rupees when no mark does', () => {
    const lines = [
      line(640, ['Flat 892, FC Road, Shivajinagar', 40, 200]),
      line(628, ['Mumbai - 117201', 40, 120]),
      line(600, ['Date', 40, 60], ['Details', 100, 160], ['Amount', 400, 440]),
      line(590, ['12/03/2026', 40, 80], ['SWIGGY', 100, 130], ['1,250.00', 400, 440]),
    ];
    expect(findCurrency(lines)).toBe('INR');
    expect(
      findCurrency([
        line(590, ['12/03/2026', 40, 80], ['HOTEL MUMBAI 400001', 100, 200], ['12.50', 400, 440]),
      ]),
    ).toBeNull();
  });

  test("the amount column's code beside a foreign column's header is the statement's (\"Valuta originale  Importo EUR\")", () => {
    const lines = [
      line(
        700,
        ['Data op.', 40, 80],
        ['Esercente', 89, 140],
        ['Valuta originale', 427, 490],
        ['Importo EUR', 497, 550],
      ),
      line(690, ['12.03.2026', 40, 80], ['NEGOZIO', 89, 130], ['12,50', 520, 550]),
    ];
    expect(findCurrency(lines)).toBe('EUR');
  });

  test("a foreign-amount column's code is not the statement's", () => {
    const lines = [
      line(
        700,
        ['Date', 40, 60],
        ['Description', 100, 160],
        ['Amount', 400, 440],
        ['Original amount (EUR)', 470, 560],
      ),
      line(
        690,
        ['27/01/2025', 40, 90],
        ['HOTEL LE MARAIS PARIS', 100, 240],
        ['343.86', 410, 440],
        ['234.32 EUR', 480, 540],
      ),
      line(
        680,
        ['28/01/2025', 40, 90],
        ['CAFE DE FLORE PARIS', 100, 240],
        ['111.66', 410, 440],
        ['EUR 76.09', 480, 540],
      ),
    ];
    expect(findCurrency(lines)).toBeNull();
  });

  test('a Canadian address with its postal code in a cell of its own hints a bare dollar', () => {
    expect(
      findCurrency([
        line(700, ['MONTREAL QC', 40, 100], ['K5S 8C5', 110, 150]),
        line(690, ['Balance', 40, 80], ['$12.50', 200, 240]),
      ]),
    ).toBe('CAD');
  });
});

describe("card numbers printed whole under other languages' labels", () => {
  test.each([
    'Numero carta: 4144 9310 7067 5496',
    'Kartennummer: 2354 0443 9727 5496',
    'Número de tarjeta: 5153 0118 4655 5496',
    'Kaartnr.: 2290 2403 1977 5496',
    'Número do cartão: 4000 1234 5678 5496',
    'N. carta: 4358 7477 7035 5496',
    'Nº tarjeta: 4358 7477 7035 5496',
    'Nr. Karte: 4358 7477 7035 5496',
    'N.º do cartão: 2596 2734 3061 5496',
  ])('"%s" gives only the last four', (printed) => {
    expect(findCardLast4([line(760, [printed, 40, 300])])).toBe('5496');
  });
});
