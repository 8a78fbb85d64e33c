/**
 * The LLM step's redaction on hand-written statements in German, French, Spanish, Italian, Dutch,
 * Portuguese and five English locales (test/support/privacy-statements.ts): every planted name,
 * address line, number, id, date of birth, email and phone goes; the issuer's service lines and all
 * merchant descriptions stay. Prints recall per kind and per language.
 */
import { redactForLlm } from '../../shared/privacy/prepare.js';
import { redactText } from '../../shared/privacy/redact.js';
import { readable, recallByKind, score } from '../support/privacy-score.js';
import { PLANTED_STATEMENTS } from '../support/privacy-statements.js';

const PARTICLES = /^(?:van|der|den|de|di|da|du|del|la|le|von|y)$/i;
const holderOf = (s: (typeof PLANTED_STATEMENTS)[number]) =>
  s.planted
    .filter((p) => p.kind === 'name')
    .map((p) => p.value)
    .join(' ')
    .split(/\s+/)
    .filter((t) => !PARTICLES.test(t))
    .join(' ');

const results = PLANTED_STATEMENTS.map((s) => score(s.lang, s.text, s.planted, holderOf(s), s.merchants));

beforeAll(() => {
  const perLanguage = results.map((r) => {
    const found = r.planted.length - r.leaks.length;
    return `${r.name}: ${found}/${r.planted.length}`;
  });
  console.log(
    `multilingual redaction over ${results.length} statements:\n  by kind: ${recallByKind(results).join(', ')}\n` +
      `  by language: ${perLanguage.join(', ')}`,
  );
});

describe('redaction of statements in many languages', () => {
  it('covers eleven locales, each with its personal data planted in the input', () => {
    expect(results.map((r) => r.name)).toEqual([
      'de-DE',
      'fr-FR',
      'es-ES',
      'it-IT',
      'nl-NL',
      'pt-PT',
      'en-GB',
      'en-IN',
      'en-CA',
      'en-AU',
      'en-SG',
    ]);
    expect(results.flatMap((r) => r.absent.map((a) => `${r.name} ${a.kind}: ${a.value}`))).toEqual([]);
  });

  it.each(PLANTED_STATEMENTS.map((s) => [s.lang, s] as const))('%s: no planted item survives', (_lang, s) => {
    const out = redactForLlm(s.text, s.merchants);
    expect(s.planted.filter((p) => readable(out.text, p))).toEqual([]);
  });

  it("leaves no word of a holder's name anywhere (greetings name the holder by surname)", () => {
    expect(results.flatMap((r) => r.nameTokens.map((t) => `${r.name}: ${t}`))).toEqual([]);
  });

  it('keeps every merchant description and the issuer service lines', () => {
    expect(results.flatMap((r) => r.damaged.map((d) => `${r.name}: ${d}`))).toEqual([]);
    for (const s of PLANTED_STATEMENTS) {
      const out = redactForLlm(s.text, s.merchants).text;
      expect(s.keep.filter((k) => !out.includes(k))).toEqual([]);
    }
  });

  it('counts each planted kind in meta.redactions', () => {
    for (const r of results) {
      for (const kind of new Set(r.planted.map((p) => p.kind))) {
        expect([r.name, kind, (r.counts[kind] ?? 0) > 0]).toEqual([r.name, kind, true]);
      }
    }
  });
});

describe('redaction rules that hold in any language', () => {
  it('never reads five postcode digits beside a masked number as the card’s end', () => {
    const out = redactText('Kartennummer XXXX XXXX XXXX 10371 Berlin').text;
    expect(out).not.toContain('•••• 0371');
    const block = redactText('Herr Björn Wagner\nLindenstraße 17a\n10371 Berlin').text;
    expect(block).toBe('Herr [NAME]\n[ADDRESS]\n[ADDRESS]');
  });

  it('masks national and tax ids outside transaction rows, and leaves a merchant row alone', () => {
    const text = [
      'National Insurance number: QQ 12 34 56 C',
      'GSTIN: 27AAACS1234K1Z5  Aadhaar: 2345 6789 0123',
      'Steuer-ID: 12 345 678 901',
    ].join('\n');
    const out = redactText(text);
    for (const id of ['QQ 12 34 56 C', '27AAACS1234K1Z5', '2345 6789 0123', '12 345 678 901']) {
      expect(out.text).not.toContain(id);
    }
    expect(out.counts.id).toBeGreaterThanOrEqual(4);
    const row = '03/02/2025  AMAZON RETAIL ABCDE1234F  1,234.00';
    expect(redactText(row).text).toBe(row);
  });

  it('keeps four digits of an Amex mask that prints five', () => {
    expect(redactText('Membership Number  XXXX-XXXXXX-51234').text).toBe('Membership Number  •••• 1234');
  });

  it('finds names in scripts without case, in Cyrillic and Greek, and after initials', () => {
    const text = [
      'Cardholder: Иван Петров',
      'Name: राहुल शर्मा',
      'Karteninhaber: Γιώργος Παπαδόπουλος',
      'Prepared for  J. R. R. TOLKIEN',
      'Dear Иван Петров, Γιώργος Παπαδόπουλος and राहुल शर्मा',
    ].join('\n');
    const out = redactText(text).text;
    for (const word of ['Иван', 'Петров', 'राहुल', 'Γιώργος', 'Παπαδόπουλος', 'TOLKIEN'])
      expect(out).not.toContain(word);
  });

  it('masks a first name alone after a greeting, but not a greeting to a customer', () => {
    for (const greeting of ['Dear Björn,', 'Beste Jan,', 'Hola María José:', 'Liebe Anna,']) {
      expect(redactText(greeting).text).toMatch(/^\S+ \[NAME\][,:]$/);
    }
    for (const plain of ['Dear Valued Cardmember,', 'Dear Customer,', 'Cher client,']) {
      expect(redactText(plain).text).toBe(plain);
    }
  });

  it("masks an add-on holder's name where it heads a card section inside the table", () => {
    const text = [
      'Add-on Card Holder: PRIYA NAIR',
      'Date  Description  Amount',
      'PRIYA NAIR - Card ending 4410',
      '03/02/2025  AMAZON PAY  1,234.00',
    ].join('\n');
    const out = redactText(text).text;
    expect(out).not.toContain('PRIYA');
    expect(out).toContain('AMAZON PAY');
  });

  it('masks a landmark printed twice in the mailing block, but not in a transaction row', () => {
    const text = [
      'RAVI KUMAR',
      'B-12 SUNRISE NAGAR,',
      'NR CITY GARDENS,',
      'FAKEPURA  NR CITY GARDENS',
      'PUNE 411001',
      '03/02/2025  NR CITY GARDENS CAFE  120.00',
    ].join('\n');
    const out = redactText(text).text.split('\n');
    expect(out.slice(0, 5).join('\n')).not.toMatch(/RAVI|SUNRISE|CITY GARDENS|FAKEPURA|411001/);
    expect(out[5]).toBe('03/02/2025  NR CITY GARDENS CAFE  120.00');
  });

  it('reads no name from a table heading that ends in a bare "Name"', () => {
    const text = 'Credit Card Name  Renewal Fee (Rs.)\nSBI Card ELITE  4,999';
    expect(redactText(text).text).toBe(text);
  });

  it('masks Swiss, Japanese, Gulf and split Canadian address blocks', () => {
    for (const block of [
      'Reto Brunner\nRue du Rhône 134\n5217 Zürich',
      'Ren Watanabe\nShibuya 2-chome 11-6\nShibuya-ku, Tokyo 150-0002',
      'Ravi Pillai\nVilla 61, Al Wasl Road\nP.O. Box 32897, DUBAI',
      'LIAM GAGNON\n482 BLOOR ST W\nMONTREAL QC  K5S 8C5',
    ]) {
      expect(redactText(block).text).toMatch(/^\[NAME\]\n\[ADDRESS\]\n\[ADDRESS\](?: {2}\[ADDRESS\])?$/);
    }
  });

  it('masks a surname after stacked titles and short account labels in every language', () => {
    const greetings = 'Guten Tag Frau Dr. Schäfer,\nGentile Dott.ssa Galli,\nEstimada Dña. Núñez:';
    expect(redactText(greetings).text).toBe(
      'Guten Tag Frau Dr. [NAME],\nGentile Dott.ssa [NAME],\nEstimada Dña. [NAME]:',
    );
    const labels = [
      'Numéro client',
      'N.º de conta',
      'Numero cliente',
      'Kunden-Nr.',
      'Rekeningnr.',
      'Nº de cuenta',
    ];
    const out = redactText(labels.map((l, i) => `${l}: 7364088${440 + i}`).join('\n')).text;
    expect(out).toBe(labels.map((l) => `${l}: [ACCOUNT]`).join('\n'));
  });

  it('joins no card number across table rows or table cells, and leaves numbers on merchant lines', () => {
    const rows = [
      'VERIZON WRLS 52459\n05150310  2026-06-20  2026-06-22  80,08',
      '01.12.2025  29.11.2025  LABCORP 924255  266688375064  91.53',
      'RESTAURANTS  CAFE DE FLORE PARIS  07/05/2026  09/05/2026  55.31',
      '10 Jul 2026  PAYPAL *SPOTIFY  44.00\nSHELL OIL 13633303355 SAN JOSE CA\n12 Jul 2026  64158661  35.60',
    ];
    for (const text of rows) expect(redactText(text).text).toBe(text);
    // Outside a table a card split across lines is still one card.
    expect(redactText('Card No.: 4342 1654\n4146 6935').text).toBe('Card No.: •••• 6935');
  });

  it("keeps an issuer's printed service address that heads no person", () => {
    const text = ['Send payment to:', 'CARD SERVICES', 'PO BOX 6294', 'CAROL STREAM IL 60197-6294'].join(
      '\n',
    );
    expect(redactText(text).text).toBe(text);
  });
});
