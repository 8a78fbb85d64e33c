/**
 * Round 15: a narrow column of notices beside the transaction table on its first page, as many
 * issuers print one (messages, the points balance, the service line): its own smaller type and line
 * pitch, so its lines fall now on a row's line and now between rows. None of it is the statement's.
 */
import type { FuzzModel } from './model.js';
import { formatNumber } from './printing.js';
import type { Block } from './summary.js';

interface Notice {
  title: string;
  text: string;
  points: string;
  service: string;
}

/** The column's words by language (its first two letters). */
const NOTICES: Record<string, Notice> = {
  en: {
    title: 'Important messages',
    text: 'Pay on time to avoid a late fee. Paying only the minimum each month will take longer and cost you more in interest. Go paperless: view your statements in the app at any time.',
    points: 'Points balance',
    service: 'Customer service',
  },
  de: {
    title: 'Wichtige Hinweise',
    text: 'Bitte zahlen Sie rechtzeitig, um Mahngebühren zu vermeiden. Wer nur den Mindestbetrag zahlt, zahlt länger und mehr Zinsen. Ihre Abrechnungen finden Sie jederzeit in der App.',
    points: 'Punktestand',
    service: 'Kundenservice',
  },
  fr: {
    title: 'Informations importantes',
    text: 'Payez à temps pour éviter des frais de retard. Ne payer que le minimum allonge le remboursement et coûte plus en intérêts. Retrouvez vos relevés dans l’application.',
    points: 'Solde de points',
    service: 'Service clients',
  },
  es: {
    title: 'Mensajes importantes',
    text: 'Pague a tiempo para evitar comisiones por demora. Pagar solo el mínimo alarga la deuda y cuesta más en intereses. Consulte sus extractos en la aplicación.',
    points: 'Saldo de puntos',
    service: 'Atención al cliente',
  },
  it: {
    title: 'Comunicazioni importanti',
    text: 'Paghi in tempo per evitare la penale di ritardo. Pagare solo il minimo allunga il rimborso e costa di più in interessi. Trova i suoi estratti conto nell’app.',
    points: 'Saldo punti',
    service: 'Servizio clienti',
  },
  nl: {
    title: 'Belangrijke berichten',
    text: 'Betaal op tijd om kosten voor te late betaling te voorkomen. Alleen het minimum betalen duurt langer en kost meer rente. Bekijk uw overzichten altijd in de app.',
    points: 'Puntensaldo',
    service: 'Klantenservice',
  },
  pt: {
    title: 'Mensagens importantes',
    text: 'Pague a tempo para evitar a comissão por atraso. Pagar apenas o mínimo prolonga a dívida e custa mais em juros. Consulte os seus extratos na aplicação.',
    points: 'Saldo de pontos',
    service: 'Apoio ao cliente',
  },
};

/** The issuer's service line: a toll-free number of its country's kind, never a person's. */
const SERVICE_NUMBER: Record<string, string> = {
  'en-US': '1-800-555-0142',
  'en-CA': '1-888-555-0173',
  'en-IN': '1800 266 0142',
  'en-GB': '0800 555 0142',
  'en-AU': '1300 555 014',
  'en-SG': '1800 555 0142',
};

/** The column's width on a page `width` points wide. */
export function sidebarWidth(width: number): number {
  return Math.min(150, Math.round(width * 0.28));
}

/** Words wrapped to lines of at most `chars` characters. */
function wrap(text: string, chars: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > chars) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out;
}

/**
 * The notices column, `width` points wide, in smaller type at its own pitch; its last lines left out
 * where they would run past `room` points (a table that starts low on its page).
 */
export function sidebarBlock(m: FuzzModel, width: number, room = Number.POSITIVE_INFINITY): Block {
  const l = m.layout;
  const notice = NOTICES[l.language.slice(0, 2)] ?? (NOTICES.en as Notice);
  const size = l.fontSize * 0.85;
  const pitch = size * 1.3;
  // About half an em per character: the column's lines are sized without a font at hand.
  const lines = wrap(notice.text, Math.floor(width / (size * 0.55)));
  const points = formatNumber({ amountFormat: l.amountFormat, decimals: 0 }, m.rewards.closing * 100);
  const service = SERVICE_NUMBER[l.language] ?? '+00 800 5550 1420';
  const rows: Array<{ s: string; bold?: boolean; right?: string }> = [
    { s: notice.title, bold: true },
    ...lines.map((s) => ({ s })),
    { s: notice.points, right: points },
    { s: notice.service, bold: true },
    { s: service },
  ].slice(0, Math.max(1, Math.floor(room / pitch) - 1));
  return {
    height: (rows.length + 1) * pitch,
    draw: (p, x, y) => {
      rows.forEach((r, i) => {
        const at = y + i * pitch;
        p.text(r.s, x, at, { bold: r.bold, size });
        if (r.right) p.right(r.right, x + width, at, { size });
      });
    },
  };
}
