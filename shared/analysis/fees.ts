/** Which fee a fee line is, and how a cardholder avoids it. Data first; add kinds to FEE_KINDS. */

export interface FeeKind {
  kind:
    | 'returned_payment'
    | 'late'
    | 'foreign'
    | 'cash_advance'
    | 'balance_transfer'
    | 'annual'
    | 'over_limit'
    | 'tax';
  label: string;
  pattern: RegExp;
  advice: string;
}

/** Ordered: the first pattern that matches a fee's description names it. */
export const FEE_KINDS: readonly FeeKind[] = [
  {
    kind: 'returned_payment',
    label: 'returned payment fee',
    pattern: /\breturn(ed)?\s+(payment|pymt|pmt|check)|\bnsf\b|dishono(u)?r/i,
    advice: 'make sure the account you pay from has the funds',
  },
  {
    kind: 'late',
    label: 'late payment fee',
    pattern: /\blate\b/i,
    advice: 'pay at least the minimum by the due date (autopay for the minimum prevents this)',
  },
  {
    kind: 'foreign',
    label: 'foreign transaction fee',
    pattern:
      /foreign|\bintl\b|international|cross[- ]?border|\bfx\b|forex|currency|exchange|non[- ]sterling|markup/i,
    advice: 'use a card without foreign transaction fees for purchases abroad or in other currencies',
  },
  {
    kind: 'cash_advance',
    label: 'cash advance fee',
    pattern: /cash\s*(adv|advance|withdrawal|handling)|\batm\b/i,
    advice:
      'avoid ATM withdrawals and cash-like purchases on a credit card; they also accrue interest at once',
  },
  {
    kind: 'balance_transfer',
    label: 'balance transfer fee',
    pattern: /balance\s*transfer|\bbal\.?\s*(xfer|trans)/i,
    advice: 'only transfer a balance when the interest saved exceeds the fee',
  },
  {
    kind: 'annual',
    label: 'annual fee',
    pattern: /annual|yearly|membership\s+fee|renewal\s+fee/i,
    advice: 'check the rewards are worth the annual fee, or ask for a no-fee version of the card',
  },
  {
    kind: 'over_limit',
    label: 'over-limit fee',
    pattern: /over[- ]?(the[- ])?limit/i,
    advice: 'keep the balance under the credit limit',
  },
  {
    kind: 'tax',
    label: 'tax on fees',
    pattern: /\b(i|c|s)?gst\b|\bvat\b|\btax\b/i,
    advice: 'tax is charged on the fees and interest above, so it goes away with them',
  },
];

/** The kind of fee a description names, or null when it is some other fee. */
export function feeKind(description: string): FeeKind | null {
  return FEE_KINDS.find((k) => k.pattern.test(description)) ?? null;
}

/** True when a line shows a penalty rate has been applied. */
export function mentionsPenaltyApr(description: string): boolean {
  return /penalty/i.test(description);
}
