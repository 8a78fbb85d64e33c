import { generateStatement, LAYOUTS } from '../../scripts/statements/index.js';
import { readPdfText } from './pdf-text.js';

/** Page count from the PDF's page tree (cheaper than extracting text from 200 pages). */
function pageCount(pdf: Buffer): number {
  const match = /\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'));
  if (!match) throw new Error('no page tree found');
  return Number(match[1]);
}

describe('the pages option', () => {
  it.each(LAYOUTS)('%s reaches exactly 3 pages, with "of 3" page labels', async (layout) => {
    const { pdf } = await generateStatement({ layout, seed: 6, pages: 3 });
    const { text, pages } = await readPdfText(pdf);
    expect(pages).toBe(3);
    expect(text).toMatch(/(Page 3 of 3|p\. 3\/3)/);
  });

  it.each(LAYOUTS)('%s reaches 30 pages', async (layout) => {
    const { pdf, expected } = await generateStatement({ layout, seed: 6, pages: 30 });
    expect(pageCount(pdf)).toBe(30);
    expect(expected.transactions.length).toBeGreaterThan(600);
  });

  it('reaches 200 pages (about 8,000 transactions)', async () => {
    const { pdf, expected } = await generateStatement({ layout: 'northwind', seed: 6, pages: 200 });
    expect(pageCount(pdf)).toBe(200);
    expect(expected.transactions.length).toBeGreaterThan(7000);
  });

  it('repeats the table header on every transaction page', async () => {
    const { pdf } = await generateStatement({ layout: 'albion', seed: 6, pages: 4 });
    const { text } = await readPdfText(pdf);
    expect(text.split('Amount £').length - 1).toBe(4);
  });
});
