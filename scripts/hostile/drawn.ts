/**
 * Well-formed PDFs drawn with pdfkit (through the statement generator's Painter) that are the
 * wrong kind of document: an invoice, a page of a novel, and card statements labelled in German
 * and in French. Each carries CANARY in its text.
 */
import { type Painter, renderPdf } from '../statements/pdf.js';
import { CANARY } from './documents.js';

const A4 = [595, 842] as const;

function draw(title: string, paint: (p: Painter) => void): Promise<Buffer> {
  return renderPdf({ size: A4, title, fonts: 'standard', seed: 1 }, (p) => {
    p.page();
    paint(p);
  });
}

/** A supplier invoice: dates, line items with amounts, and a "Total due" — but no card account. */
export function invoice(): Promise<Buffer> {
  return draw('Invoice', (p) => {
    p.text('Harbour Lane Design Studio', 56, 56, { bold: true, size: 16 });
    p.text(`INVOICE  INV-2025-0412  ${CANARY}`, 56, 84, { size: 11 });
    p.lines(['Invoice date: 02/03/2025', 'Payment terms: 30 days', 'Due date: 04/01/2025'], 56, 110, 14, {
      size: 9,
    });
    p.lines(['Bill to:', 'Calder & Finch Ltd', '12 Quay Street', 'Bristol BS1 4DJ'], 360, 110, 14, {
      size: 9,
    });
    const y0 = 220;
    p.text('Description', 56, y0, { bold: true, size: 9 });
    p.right('Qty', 380, y0, { bold: true, size: 9 });
    p.right('Unit price', 460, y0, { bold: true, size: 9 });
    p.right('Amount', 540, y0, { bold: true, size: 9 });
    const items: Array<[string, number, number]> = [
      ['Brand identity workshop', 1, 1800],
      ['Logo design, three concepts', 3, 450],
      ['Typography licence (annual)', 2, 120.5],
      ['Print-ready artwork', 6, 85],
    ];
    let total = 0;
    items.forEach(([desc, qty, unit], i) => {
      const y = y0 + 20 + i * 16;
      const amount = qty * unit;
      total += amount;
      p.text(desc, 56, y, { size: 9 });
      p.right(String(qty), 380, y, { size: 9 });
      p.right(unit.toFixed(2), 460, y, { size: 9 });
      p.right(amount.toFixed(2), 540, y, { size: 9 });
    });
    const vat = Math.round(total * 20) / 100;
    const yt = y0 + 20 + items.length * 16 + 20;
    p.lines(['Subtotal', 'VAT 20%', 'Total due'], 380, yt, 16, { size: 9, bold: true });
    p.lines([total.toFixed(2), vat.toFixed(2), (total + vat).toFixed(2)], 500, yt, 16, {
      size: 9,
    });
    p.text(
      'Please pay by bank transfer to sort code 20-00-00, account 12345678, quoting the invoice number.',
      56,
      700,
      {
        size: 8,
      },
    );
  });
}

const NOVEL = [
  'CHAPTER SEVEN',
  '',
  'The harbour had been quiet since the storm, and Marguerite walked the length of the mole',
  'twice before she admitted to herself that the boat would not come. The lamps along the quay',
  'swung in their brackets; somewhere a dog complained about the cold. She thought of the letter',
  `folded in her coat, the one she had not opened, and of her brother's careful hand (${CANARY}).`,
  '',
  '"You will catch your death out here," said the ferryman, who had appeared at her elbow with',
  'the silence of a man who had spent forty years on water. "There is nothing to see."',
  '',
  '"There is always something to see," she said, "if one waits long enough."',
  '',
  'He laughed at that, not unkindly, and offered her the last of his coffee. It was bitter and',
  'too sweet at once, and she drank it all. Far out beyond the breakwater a light blinked twice,',
  'then a third time, and was gone. Neither of them spoke of it. In the morning the harbour',
  'master would write in his ledger that nothing had entered or left the port that night.',
];

/** A page of prose: paragraphs and dialogue, no figures at all. */
export function novelPage(): Promise<Buffer> {
  return draw('The Breakwater', (p) => {
    p.lines(NOVEL, 72, 90, 15, { size: 10 });
    p.center('— 112 —', 297, 780, { size: 9 });
  });
}

interface Labels {
  title: string;
  period: string;
  labels: [string, string][];
  head: [string, string, string];
  rows: [string, string, string][];
}

const GERMAN: Labels = {
  title: 'Kreditkartenabrechnung',
  period: 'Abrechnungszeitraum 01.10.2025 - 31.10.2025',
  labels: [
    ['Saldo letzte Abrechnung', '1.204,17'],
    ['Zahlungen', '1.204,17-'],
    ['Umsätze', '318,40'],
    ['Neuer Saldo', '318,40'],
    ['Mindestbetrag', '31,84'],
    ['Fällig am', '20.11.2025'],
  ],
  head: ['Datum', 'Beschreibung', 'Betrag EUR'],
  rows: [
    ['03.10.2025', 'REWE Markt Koeln', '45,20'],
    ['07.10.2025', 'Lastschrift Danke', '1.204,17-'],
    ['11.10.2025', 'Deutsche Bahn Fernverkehr', '129,90'],
    ['18.10.2025', 'Buchhandlung am Dom', '23,30'],
    ['26.10.2025', 'Tankstelle Aral', '120,00'],
  ],
};

const FRENCH: Labels = {
  title: 'Relevé de carte de crédit',
  period: 'Période du 01/10/2025 au 31/10/2025',
  labels: [
    ['Solde précédent', '1 204,17'],
    ['Paiements reçus', '1 204,17-'],
    ['Achats', '318,40'],
    ['Nouveau solde', '318,40'],
    ['Paiement minimum', '31,84'],
    ['Date d’échéance', '20/11/2025'],
  ],
  head: ['Date', 'Libellé', 'Montant EUR'],
  rows: [
    ['03/10/2025', 'Carrefour Market Lyon', '45,20'],
    ['07/10/2025', 'Prélèvement merci', '1 204,17-'],
    ['11/10/2025', 'SNCF Voyageurs', '129,90'],
    ['18/10/2025', 'Librairie du Parc', '23,30'],
    ['26/10/2025', 'Station Total', '120,00'],
  ],
};

/** A card statement whose labels are in German (`de`) or French (`fr`); figures reconcile. */
export function foreignStatement(language: 'de' | 'fr'): Promise<Buffer> {
  const t = language === 'de' ? GERMAN : FRENCH;
  return draw(t.title, (p) => {
    p.text(language === 'de' ? 'Rheinufer Bank AG' : 'Banque du Rhône', 56, 50, { bold: true, size: 15 });
    p.text(t.title, 56, 72, { size: 10 });
    p.text(t.period, 56, 88, { size: 9 });
    p.text(`Karte / Carte  **** **** **** 4821   ${CANARY}`, 56, 104, { size: 9 });
    t.labels.forEach(([label, value], i) => {
      p.text(label, 320, 140 + i * 14, { size: 9 });
      p.right(value, 540, 140 + i * 14, { size: 9 });
    });
    const y0 = 260;
    p.text(t.head[0], 56, y0, { bold: true, size: 9 });
    p.text(t.head[1], 140, y0, { bold: true, size: 9 });
    p.right(t.head[2], 540, y0, { bold: true, size: 9 });
    t.rows.forEach(([date, desc, amount], i) => {
      p.text(date, 56, y0 + 18 + i * 14, { size: 9 });
      p.text(desc, 140, y0 + 18 + i * 14, { size: 9 });
      p.right(amount, 540, y0 + 18 + i * 14, { size: 9 });
    });
  });
}
