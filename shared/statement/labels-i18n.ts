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
    re: /^(saldo (vormonat|der letzten abrechnung|letzte abrechnung|alt|anterior|inicial|precedente|iniziale|vorige?|vorig afschrift|da fatura anterior)|alter saldo|vorheriger saldo|anfangssaldo|saldovortrag|ubertrag|vortrag|solde (precedent|anterieur|initial|reporte)|solde (au|du) (dernier|precedent) releve|ancien solde|oud saldo|vorig saldo|beginsaldo|(total |valor )?(da )?fatura anterior)\b|^saldo (del |do |da |dell )?(extracto|extrato|estratto( conto)?|fatura|resumen|afschrift|overzicht) (anterior|precedente|vorig)\b/,
  },
  {
    field: 'paymentsAndCredits',
    re: /^(zahlungen (und |& )?gutschriften|(paiements|reglements|versements) (et |& )?(credits|avoirs|remboursements)|pagos (y |& )?(abonos|creditos|devoluciones)|(pagamenti|versamenti) (e |& )?(accrediti|rimborsi|storni)|betalingen (en |& )?(credits|creditboekingen|terugbetalingen|tegoeden)|pagamentos (e |& )?(creditos|estornos|devolucoes))\b/,
  },
  {
    field: 'payments',
    re: /^(ihre )?(zahlung|zahlungen|zahlungseingange|zahlungseingang|einzahlungen)$|^(vos )?(paiements|reglements|versements)( recus)?$|^(sus )?(pagos)( recibidos)?$|^(pagamenti|versamenti)( ricevuti)?$|^(uw )?(ontvangen )?betalingen$|^pagamentos( efetuados| recebidos)?$/,
  },
  {
    field: 'credits',
    re: /^((sonstige|weitere|andere|autres|otros|otras|altri|overige|andere|outros) )?(gutschriften|erstattungen|credits|remboursements|avoirs|abonos|devoluciones|creditos|accrediti|storni|rimborsi|creditboekingen|terugbetalingen|tegoeden|estornos|devolucoes)$/,
  },
  {
    field: 'purchases',
    re: /^(neue )?(karten)?(umsatze|einkaufe|kaufe|belastungen|verfugungen)( (des|im) (zeitraums?|monats?))?$|^(nouveaux |nouvelles )?(achats|depenses|operations)( de la periode| du mois)?$|^(nuevas |nuevos )?(compras|cargos|consumos)( del (periodo|mes))?$|^(nuovi |nuove )?(acquisti|spese|addebiti|operazioni)( del (periodo|mese))?$|^(nieuwe )?(aankopen|uitgaven|bestedingen|transacties)( (deze|van de) (periode|maand))?$|^(novas |novos )?(compras|despesas|lancamentos|gastos)( do (periodo|mes))?$/,
  },
  {
    field: 'cashAdvances',
    re: /^(bargeld(abhebungen|auszahlungen|verfugungen|bezuge)?|retraits( d especes)?|avances (de fonds|d especes)|disposiciones( de efectivo)?|(retiros|retiradas) de efectivo|avances en efectivo|prelievi( di contant[ei])?|anticip[oi] (di )?contant[ei]|(contante )?geldopnames|(contante )?opnames( contant)?|saques|levantamentos|adiantamentos( de numerario)?)$/,
  },
  {
    field: 'balanceTransfers',
    re: /^(saldo ?(ubertrag|ubertragungen|umbuchungen)|umbuchungen|ubertragungen|(transferts?|virements?) de solde|(traspasos?|transferencias?) de saldo|trasferiment[oi] (di|del) saldo|saldo ?(overboekingen|overdrachten|overschrijvingen)|transferencias de saldo)$/,
  },
  {
    field: 'fees',
    re: /^(gebuhren|entgelte|frais|commissions|cotisation|comisiones|cuotas|gastos|commissioni|spese|kosten|vergoedingen|provisies|tarifas|encargos|comissoes|anuidade)( (und|et|y|e|en|&) (gebuhren|entgelte|auslagen|frais|commissions|comisiones|gastos|cuotas|commissioni|spese|kosten|provisies|vergoedingen|tarifas|encargos|comissoes))?$/,
  },
  {
    field: 'interest',
    re: /^(soll|kredit)?zinsen$|^(interets|frais financiers|interets debiteurs)$|^intereses( devengados| deudores)?$|^interessi( debitori| passivi)?$|^(debet)?rente$|^juros( devedores)?$/,
  },
  {
    field: 'newBalance',
    re: /^(neuer|aktueller|offener) saldo\b|^(endsaldo|saldo neu)\b|^(nouveau|nouvel) solde\b|^solde (actuel|final|a payer|du)\b|^(nuevo|saldo) (saldo|actual|final|total)\b|^nuovo saldo\b|^saldo (attuale|finale)\b|^(nieuw|huidig) saldo\b|^eindsaldo\b|^(novo saldo|saldo atual)\b|^saldo (da pagare|a pagar|em divida|dovuto|a payer|pendiente|em aberto)\b|^openstaand saldo\b/,
  },
  {
    field: 'totalDue',
    re: /^(rechnungsbetrag|gesamtbetrag|zu zahlender betrag|montant (total )?du|total a payer|importe (total )?a pagar|total a pagar|importo (totale )?dovuto|totale da pagare|totaal (verschuldigd|te betalen)|(bedrag )?te betalen|total da fatura|valor total( da fatura)?|valor a pagar)\b/,
  },
  {
    field: 'minimumPayment',
    re: /^((fallige[rn]? )?mindest(betrag|zahlung|ruckzahlung)|paiement minimum|versement minimum|montant minimum|mensualite minimale|pago minimo|importe minimo|pagamento minimo|importo minimo|rata minima|minimaal te betalen|minimumbedrag|minimale betaling|valor minimo|montante minimo( a pagar)?)\b/,
  },
  {
    field: 'creditLimit',
    re: /^(kreditrahmen|kartenlimit|kreditlimit|verfugungsrahmen|limite de credit|plafond|limite de carte|limite de credito|limite (de|di) (la |della )?(tarjeta|carta)|limite di credito|fido(?! (disponibile|residuo|utilizzabile))|kredietlimiet|bestedingslimiet|limiet|limite total|reserve (autorisee|disponible|de credit))\b/,
  },
  {
    field: 'availableCredit',
    re: /^(verfugbarer (betrag|rahmen|kreditrahmen)|(noch )?verfugbar|(credit|montant|solde) disponible|disponible|disponivel|credito disponible|disponibilita|credito disponibile|(fido|importo) (disponibile|residuo|utilizzabile)|beschikbaar( saldo| krediet)?|beschikbare ruimte|nog te besteden|limite disponivel|credito disponivel)\b/,
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
    re: /^(falligkeit(sdatum)?|fallig am|zahlbar bis|zahlungsziel|abbuchung am|date d echeance|echeance|a payer avant( le)?|date limite de paiement|fecha (limite de pago|de vencimiento|de pago)|pagar antes del?|data di (scadenza|addebito)|scadenza|da pagare entro( il)?|data limite( de pagamento)?|vervaldatum|uiterste betaaldatum|te betalen voor|incassodatum|data de vencimento|vencimento|pagar ate)\b/,
  },
  {
    field: 'statementDate',
    re: /^(abrechnungsdatum|rechnungsdatum|date du releve|date d arrete|fecha (de|del) (corte|emision|extracto|liquidacion)|data (dell )?estratto conto|data di chiusura|afschriftdatum|datum (afschrift|overzicht)|data (de|do) (emissao|fecho|fechamento|extrato))\b/,
  },
];
