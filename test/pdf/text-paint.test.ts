/** The policy that sends a page through the exact visibility pass, on the facts the text pass reports. */
import { type PaintColor, paintMayHide, type TextPaint } from '../../shared/pdf/text-paint.js';

const paint = (p: Partial<TextPaint>): TextPaint => ({
  clip: false,
  renderModes: [0],
  textColors: [],
  fillColors: [],
  ...p,
});
const c = (op: string, ...args: (number | string)[]): PaintColor => ({ op, args });

test('no facts (a pdf.js without our patch): every page may hide', () => {
  expect(paintMayHide(undefined)).toBe(true);
});

test('a page in black, with grey and coloured text and boxes of other colours, needs no exact pass', () => {
  expect(paintMayHide(paint({}))).toBe(false);
  expect(
    paintMayHide(
      paint({
        textColors: [c('g', 0.4), c('rg', 0, 0, 1), c('k', 0, 0, 0, 1), c('scn', 'P1')],
        fillColors: [c('g', 0.9), c('rg', 0.1, 0.2, 0.5)],
      }),
    ),
  ).toBe(false);
});

test.each([
  ['a clip', paint({ clip: true })],
  ['text in render mode 3', paint({ renderModes: [0, 3] })],
  ['text in render mode 7', paint({ renderModes: [7] })],
  ['fully transparent text (/ca 0)', paint({ textAlphas: [1, 0] })],
  ['next to transparent text', paint({ textAlphas: [0.04] })],
  ['white RGB text', paint({ textColors: [c('rg', 1, 1, 1)] })],
  ['near-white gray text', paint({ textColors: [c('g', 0.95)] })],
  ['CMYK text with no ink', paint({ textColors: [c('k', 0, 0, 0, 0)] })],
  [
    'text in the colour of a filled area',
    paint({ textColors: [c('sc', 0.2, 0.3)], fillColors: [c('sc', 0.2, 0.3)] }),
  ],
])('%s may hide text', (_name, facts) => {
  expect(paintMayHide(facts)).toBe(true);
});

test('faint text (half-transparent) is visible, and facts without opacities (an older patch) are judged without them', () => {
  expect(paintMayHide(paint({ textAlphas: [1, 0.5] }))).toBe(false);
  expect(paintMayHide(paint({ textAlphas: undefined }))).toBe(false);
});

test('black text on a black box is not caught here (black is the initial colour, never reported)', () => {
  expect(paintMayHide(paint({ textColors: [c('rg', 0, 0, 0)], fillColors: [c('rg', 0, 0, 0)] }))).toBe(false);
});

test('the same colour set through another operator is another colour (no conversion between spaces)', () => {
  expect(paintMayHide(paint({ textColors: [c('g', 0.5)], fillColors: [c('rg', 0.5, 0.5, 0.5)] }))).toBe(
    false,
  );
});
