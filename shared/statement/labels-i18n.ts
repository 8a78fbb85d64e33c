/**
 * Summary and date labels in German, French, Spanish, Italian, Dutch and Portuguese, as data. They
 * are matched against the same folded label as the English ones (lower case, diacritics removed,
 * punctuation as spaces: "Fälligkeitsdatum" reads "falligkeitsdatum", "Solde précédent" reads "solde
 * precedent"). Written from how card statements in those countries word their summary boxes, not
 * from any one issuer or generator: several synonyms per field, each anchored at the label's start.
 */
import type { AmountField, DateField, LabelRule } from './label-types.js';

/** Amount labels per field; tried after the English ones, in this order. */
export const I18N_AMOUNT_LABELS: LabelRule<AmountField>[] = [
  {
    field: 'previousBalance',
    re: /^(saldo (vormonat|der letzten abrechnung|letzte abrechnung|alt|anterior|inicial|precedente|iniziale|vorige?|vorig afschrift|da fatura anterior)|alter saldo|vorheriger saldo|anfangssaldo|ubertrag|vortrag|solde (precedent|anterieur|initial|reporte)|ancien solde|oud saldo|vorig saldo|beginsaldo|total da fatura anterior)\b/,
  },
  {
    field: 'paymentsAndCredits',
    re: /^(zahlungen (und|&) gutschriften|paiements (et|&) credits|pagos (y|&) (abonos|creditos|devoluciones)|pagamenti (e|&) (accrediti|rimborsi)|betalingen (en|&) (creditboekingen|terugbetalingen|tegoeden)|pagamentos (e|&) (creditos|estornos))\b/,
  },
  {
    field: 'payments',
    re: /^(ihre )?(zahlungen|zahlungseingange|einzahlungen)$|^(vos )?(paiements|reglements|versements)( recus)?$|^(sus )?(pagos)( recibidos)?$|^(pagamenti|versamenti)( ricevuti)?$|^(uw )?(ontvangen )?betalingen$|^pagamentos( efetuados| recebidos)?$/,
  },
  {
    field: 'credits',
    re: /^(gutschriften|erstattungen|credits|remboursements|avoirs|abonos|devoluciones|creditos|accrediti|storni|rimborsi|creditboekingen|terugbetalingen|tegoeden|estornos|devolucoes)$/,
  },
  {
    field: 'purchases',
    re: /^(neue )?(umsatze|einkaufe|kaufe|belastungen|verfugungen)$|^(nouveaux )?(achats|depenses|operations)$|^(nuevas )?(compras|cargos|consumos)$|^(acquisti|spese|addebiti|operazioni)$|^(aankopen|uitgaven|bestedingen|transacties)$|^(compras|despesas|lancamentos|gastos)$/,
  },
  {
    field: 'cashAdvances',
    re: /^(bargeld(abhebungen|auszahlungen|verfugungen)|retraits( d especes)?|avances de fonds|disposiciones( de efectivo)?|retiros de efectivo|avances en efectivo|prelievi( di contante)?|anticipi di contante|geldopnames|opnames contant|saques|levantamentos)$/,
  },
  {
    field: 'fees',
    re: /^(gebuhren|entgelte|frais|commissions|cotisation|comisiones|cuotas|commissioni|kosten|vergoedingen|tarifas|encargos|comissoes|anuidade)$/,
  },
  {
    field: 'interest',
    re: /^(soll)?zinsen$|^(interets|frais financiers|interets debiteurs)$|^intereses$|^interessi$|^rente$|^juros$/,
  },
  {
    field: 'newBalance',
    re: /^(neuer|aktueller|offener) saldo\b|^(endsaldo|saldo neu)\b|^(nouveau|nouvel) solde\b|^solde (actuel|final|a payer|du)\b|^(nuevo|saldo) (saldo|actual|final|total)\b|^nuovo saldo\b|^saldo (attuale|finale)\b|^(nieuw|huidig) saldo\b|^eindsaldo\b|^(novo saldo|saldo atual)\b/,
  },
  {
    field: 'totalDue',
    re: /^(rechnungsbetrag|gesamtbetrag|zu zahlender betrag|montant (total )?du|total a payer|importe (total )?a pagar|total a pagar|importo (totale )?dovuto|totale da pagare|totaal (verschuldigd|te betalen)|te betalen|total da fatura|valor total( da fatura)?|valor a pagar)\b/,
  },
  {
    field: 'minimumPayment',
    re: /^(mindest(betrag|zahlung|ruckzahlung)|paiement minimum|versement minimum|montant minimum|mensualite minimale|pago minimo|importe minimo|pagamento minimo|importo minimo|rata minima|minimaal te betalen|minimumbedrag|minimale betaling|valor minimo)\b/,
  },
  {
    field: 'creditLimit',
    re: /^(kreditrahmen|kartenlimit|kreditlimit|verfugungsrahmen|limite de credit|plafond|limite de carte|limite de credito|limite di credito|fido|kredietlimiet|bestedingslimiet|limiet|limite total)\b/,
  },
  {
    field: 'availableCredit',
    re: /^(verfugbarer (betrag|rahmen|kreditrahmen)|verfugbar|credit disponible|disponible|credito disponible|disponibilita|credito disponibile|beschikbaar( saldo| krediet)?|beschikbare ruimte|limite disponivel|credito disponivel)\b/,
  },
];

/** Date labels per field. */
export const I18N_DATE_LABELS: LabelRule<DateField>[] = [
  {
    field: 'period',
    re: /^(abrechnungs(zeitraum|periode)|zeitraum|periode( du releve)?|releve du|periodo( de (facturacion|liquidacion|riferimento|faturamento))?|afschriftperiode)\b/,
  },
  {
    field: 'dueDate',
    re: /^(falligkeit(sdatum)?|fallig am|zahlbar bis|zahlungsziel|abbuchung am|date d echeance|echeance|a payer avant( le)?|date limite de paiement|fecha (limite de pago|de vencimiento|de pago)|data di (scadenza|addebito)|scadenza|vervaldatum|uiterste betaaldatum|te betalen voor|incassodatum|data de vencimento|vencimento|pagar ate)\b/,
  },
  {
    field: 'statementDate',
    re: /^(abrechnungsdatum|rechnungsdatum|date du releve|date d arrete|fecha de (corte|emision)|data (dell )?estratto conto|afschriftdatum|datum afschrift|data de (emissao|fecho|fechamento))\b/,
  },
];
