/**
 * Section headings and issuer-written row descriptions in German, French, Spanish, Italian, Dutch
 * and Portuguese (and English wordings the base rules miss), as data for classify.ts. Matched on
 * folded text (lower case, accents removed: "INTÉRÊTS DÉBITEURS" reads "interets debiteurs").
 * Written from how card statements in those languages word them, several synonyms per type.
 */
import type { TransactionType } from './types.js';

/** Section headings, tried after the English ones, in this order. */
export const I18N_SECTION_RULES: Array<{ section: TransactionType | 'payments_credits'; re: RegExp }> = [
  {
    section: 'payments_credits',
    re: /\b(zahlungen|paiements|reglements|versements|pagos|pagamenti|versamenti|betalingen|pagamentos)\b.*\b(gutschriften|credits?|avoirs|remboursements|abonos|creditos|devoluciones|accrediti|rimborsi|creditboekingen|terugbetalingen|estornos)\b/,
  },
  {
    section: 'payment',
    re: /\b(zahlungen|zahlungseingange|paiements|reglements|versements|pagos|pagamenti|versamenti|betalingen|pagamentos)\b/,
  },
  {
    section: 'credit',
    re: /\b(gutschriften|erstattungen|avoirs|remboursements|abonos|devoluciones|accrediti|rimborsi|storni|creditboekingen|terugbetalingen|estornos|devolucoes)\b/,
  },
  {
    section: 'balance_transfer',
    re: /\bsaldo[ -]?(ubertragungen|umbuchungen|overboekingen|overdrachten)\b|\b(transferts?|virements?) de solde\b|\b(traspasos?|transferencias?) de saldo\b|\btrasferimenti di saldo\b/,
  },
  {
    section: 'cash_advance',
    re: /\b(bargeld\w*|retraits|avances d especes|disposiciones( de efectivo)?|efectivo|prelievi|anticipi contanti|contanti|geldopnames|opnames|levantamentos|adiantamentos|numerario|saques)\b/,
  },
  {
    section: 'interest',
    re: /\b(soll)?zinsen\b|\binterets\b|\bintereses\b|\binteressi\b|\brente\b|\bjuros\b/,
  },
  {
    section: 'fee',
    re: /\b(gebuhren|entgelte|frais|commissions|comisiones|commissioni|kosten|comissoes|encargos|tarifas)\b/,
  },
  {
    section: 'purchase',
    re: /\b(karten)?(umsatze|einkaufe|kaufe|belastungen)\b|\b(achats|depenses)\b|\b(compras|cargos|consumos)\b|\b(acquisti|addebiti)\b|\b(aankopen|uitgaven|bestedingen)\b|\b(despesas)\b/,
  },
];

/** Words section headings are made of in those languages (besides the English ones). */
export const I18N_SECTION_WORDS = (
  'zahlungen zahlungseingange und gutschriften erstattungen umsatze kartenumsatze einkaufe kaufe ihre ' +
  'belastungen bargeld bargeldabhebungen bargeldverfugungen saldoubertragungen saldo ubertragungen ' +
  'umbuchungen gebuhren entgelte zinsen sollzinsen ' +
  'paiements reglements versements et autres credits avoirs remboursements achats depenses vos votre ' +
  'retraits avances d especes transferts virements de solde frais commissions interets debiteurs ' +
  'pagos y otros abonos devoluciones compras cargos consumos del periodo sus disposiciones efectivo ' +
  'traspasos transferencias saldo comisiones intereses ' +
  'pagamenti versamenti e altri accrediti rimborsi storni acquisti addebiti i tuoi prelievi anticipi ' +
  'contanti trasferimenti di commissioni interessi ' +
  'betalingen en andere creditboekingen terugbetalingen aankopen uitgaven bestedingen uw geldopnames ' +
  'opnames saldo overboekingen overdrachten kosten rente ' +
  'pagamentos outros creditos estornos devolucoes as suas compras despesas levantamentos ' +
  'adiantamentos numerario transferencias comissoes encargos juros'
).split(' ');

/** Descriptions the issuer writes itself: what kind of row each one is. Tried in this order. */
export const I18N_DESC_RULES: Array<{ type: TransactionType; re: RegExp }> = [
  {
    type: 'interest',
    re: /\b(soll|kredit)?zinsen\b|\binterets?\b|\bintereses\b|\binteressi\b|\b(debet)?rente\b|\bjuros\b/,
  },
  {
    type: 'fee',
    re: /\w*(gebuhr|entgelt)\w*|\bfrais\b|\bcommissions?\b|\bcomision(es)?\b|\bcommission[ei]\b|\bcuota\b|\w*kosten\b|\bkoersopslag\b|\bprovisie\b|\bcomissao\b|\bcomissoes\b|\bencargos?\b|\btarifa\b|\bmaggiorazione\b|\bcotisation\b|\bmarkup\b|\bpenalit(e|es|a)\b|\bpenale\b|\bpenalizacion\b|\brecargo\b|\bmulta\b|\bboete\b|\bspese\b|\b(gst|igst|cgst|sgst|vat|tva|iva|mwst)\b/,
  },
  {
    type: 'balance_transfer',
    re: /\bsaldo[ -]?(ubertrag\w*|umbuchung\w*|overboeking\w*|overdracht\w*)\b|\b(transfert|virement) de solde\b|\b(traspaso|transferencia) de saldo\b|\btrasferimento (di )?saldo\b/,
  },
  {
    type: 'cash_advance',
    re: /\bbargeld\w*|\bretraits?\b|\bavances? d especes\b|\bdisposicion(es)?\b|\befectivo\b|\banticip[oi] contant[ei]\b|\bprelievo\b|\bprelevamento\b|\bgeldopname\b|\bopname\b|\blevantamento\b|\badiantamento\b|\bnumerario\b|\bsaque\b|\bretiradas?\b|\bcajeros?\b|\bbancomat\b|\bgeldautomaa?t\w*|\bdistributeur\b/,
  },
  {
    type: 'payment',
    re: /\bzahlung\b|\blastschrift\b|\bpaiement\b|\bprelevement\b|\breglement\b|\bversement\b|\bpago\b|\b(transferencia|overboeking|transferencia) (recibida|ontvangen|recebida)\b|\bdomiciliacion\b|\badeudo domiciliado\b|\bvirement (recu|bancaire|sepa)\b|^virement\b|\bu(e)?berweisung\b|\baddebito (diretto|(su|in) (conto|c\/c))\b|\bpagamento\b|\bbonifico\b|\bbetaling\b|\bincasso\b|\bdebito direto\b|\bpaynow\b|\bfast payment\b/,
  },
  {
    type: 'credit',
    re: /\bgutschrift\b|\b(ruck)?erstattung\b|\bremboursement\b|\bavoir\b|\bannulation\b|\babono\b|\bdevolucion\b|\breembolso\b|\brimborso\b|\bstorno\b|\baccredito\b|\bterugbetaling\b|\bcreditering\b|\bestorno\b|\bdevolucao\b/,
  },
];
