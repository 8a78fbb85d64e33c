/**
 * endsWithAmount reads only a line's tail (the unanchored pattern rescans long digit lines from
 * every position); a seeded randomised test proves it agrees with the pattern on whole lines.
 */
import { createRng } from '../../scripts/statements/prng.js';
import { AMOUNT_END, endsWithAmount } from '../../shared/privacy/cells.js';

const ALPHABET = ['1', '2', '0', '9', ' ', ' ', ',', '.', "'", 'C', 'R', 'D', 'r', '-', '+', 'A', 'x'];

test('agrees with the amount pattern on 20,000 random lines', () => {
  const rng = createRng(7, 'ends-with-amount');
  const disagree: string[] = [];
  let positives = 0;
  for (let i = 0; i < 20_000; i++) {
    const n = rng.int(0, 120);
    let line = Array.from({ length: n }, () => rng.pick(ALPHABET)).join('');
    if (rng.chance(0.3)) line += ` ${rng.int(0, 99999)}.${rng.digits(2)}${rng.pick(['', ' CR', ' Dr', '-'])}`;
    const slow = AMOUNT_END.test(line.trimEnd());
    if (slow) positives++;
    if (endsWithAmount(line) !== slow) disagree.push(JSON.stringify(line));
  }
  expect(disagree).toEqual([]);
  expect(positives).toBeGreaterThan(1000);
});

test('finds the amount at the end of a transaction row and none in a long digit line', () => {
  expect(endsWithAmount('1 10 DEC TRANSACTION--0101 $21.31')).toBe(true);
  expect(endsWithAmount('17/04/2021  NEFT PAYMENT RECEIVED  2,334.00 Cr   ')).toBe(true);
  expect(endsWithAmount('123 '.repeat(30_000))).toBe(false);
});
