/**
 * The LLM step's redaction on 330 seeded statement variants (30 per locale, eleven locales; see
 * test/support/privacy-variants.ts): no planted item and no word of the holder's name may survive,
 * the issuer's hotline and every merchant description stay. Prints recall per kind and language.
 */
import { recallByKind, score } from '../support/privacy-score.js';
import { plantedVariants } from '../support/privacy-variants.js';

const PER_LOCALE = 30;
const PARTICLES = /^(?:van|der|de|di|da|del|du)$/i;

const variants = plantedVariants(PER_LOCALE);
const results = variants.map((v) => {
  const holder = v.planted.find((p) => p.kind === 'name')?.value ?? '';
  const words = holder
    .split(/\s+/)
    .filter((t) => !PARTICLES.test(t))
    .join(' ');
  return { v, r: score(v.lang, v.text, v.planted, words, v.merchants) };
});

beforeAll(() => {
  const langs = [...new Set(variants.map((v) => v.lang))];
  const perLanguage = langs.map((lang) => {
    const mine = results.filter((x) => x.v.lang === lang);
    const total = mine.reduce((n, x) => n + x.r.planted.length, 0);
    const leaked = mine.reduce((n, x) => n + x.r.leaks.length + x.r.nameTokens.length, 0);
    return `${lang}: ${total - leaked}/${total}`;
  });
  console.log(
    `redaction of ${results.length} seeded variants:\n  by kind: ${recallByKind(results.map((x) => x.r)).join(', ')}\n` +
      `  by language (planted items found, name words included as leaks): ${perLanguage.join(', ')}\n` +
      `  leaks: ${results
        .flatMap((x) => [
          ...x.r.leaks.map((l) => `${x.v.lang} ${l.kind}: ${l.value}`),
          ...x.r.nameTokens.map((t) => `${x.v.lang} name word: ${t}`),
        ])
        .slice(0, 40)
        .join('\n    ')}`,
  );
});

describe('redaction of seeded statement variants in eleven locales', () => {
  it('builds 30 variants per locale with their items planted in the input', () => {
    expect(results).toHaveLength(11 * PER_LOCALE);
    expect(results.flatMap((x) => x.r.absent.map((a) => `${x.v.lang} ${a.kind}: ${a.value}`))).toEqual([]);
  });

  it('leaves no planted item in the text sent to the LLM', () => {
    expect(results.flatMap((x) => x.r.leaks.map((l) => `${x.v.lang} ${l.kind}: ${l.value}`))).toEqual([]);
  });

  it("leaves no word of the holder's name outside merchant descriptions", () => {
    expect(results.flatMap((x) => x.r.nameTokens.map((t) => `${x.v.lang}: ${t}`))).toEqual([]);
  });

  it('keeps every merchant description and the issuer hotline', () => {
    expect(results.flatMap((x) => x.r.damaged.map((d) => `${x.v.lang}: ${d}`))).toEqual([]);
  });
});
