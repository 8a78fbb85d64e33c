/** Small text-formatting helpers shared by the readable report's sections. */

const SYMBOLS: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', INR: '₹', SGD: 'S$', JPY: '¥' };

/** "$1,234.56", "-£45.00", "₹1,23,456.78"-style grouping is kept simple: thousands groups for all. */
export function money(amount: number | null, currency: string): string {
  if (amount === null) return '—';
  const symbol = SYMBOLS[currency];
  const abs = Math.abs(amount).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const body = symbol ? `${symbol}${abs}` : `${abs} ${currency}`;
  return amount < 0 ? `-${body}` : body;
}

/** Pads or cuts `text` to exactly `width` characters (cut text ends in an ellipsis). */
export function padTo(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text + ' '.repeat(width - chars.length);
  return `${chars.slice(0, width - 1).join('')}…`;
}

/** Right-aligns `text` in `width` characters. */
export function right(text: string, width: number): string {
  const n = [...text].length;
  return n >= width ? text : ' '.repeat(width - n) + text;
}

/** A section title followed by an underline of the same length. */
export function heading(title: string): string[] {
  return ['', title, '─'.repeat([...title].length)];
}
