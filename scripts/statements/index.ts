/**
 * Synthetic credit-card statement generator: seeded, deterministic, in memory. Each layout draws
 * a different issuer's conventions; the ExpectedStatement says what a perfect parser returns.
 */

import { albion } from './albion.js';
import { type PlacedRow, paginate } from './flow.js';
import { larkspur } from './larkspur.js';
import { buildExpected, type LayoutDef } from './layout.js';
import { meridian } from './meridian.js';
import { buildModel } from './model.js';
import { northwind } from './northwind.js';
import { renderPdf } from './pdf.js';
import { rheinland } from './rheinland.js';
import { saffron } from './saffron.js';
import {
  type ExpectedStatement,
  type GenerateOptions,
  LAYOUT_NAMES,
  type LayoutName,
  type StatementModel,
} from './types.js';

export type { ExpectedStatement, ExpectedTransaction, GenerateOptions, LayoutName } from './types.js';

const DEFS: Record<LayoutName, LayoutDef> = { northwind, meridian, albion, rheinland, saffron, larkspur };

export const LAYOUTS: readonly LayoutName[] = LAYOUT_NAMES;

/** Default number of transaction rows. */
export const DEFAULT_TRANSACTIONS = 25;
/** Upper bound for the `pages` search (a 200-page statement needs about 8,000 rows). */
const MAX_TRANSACTIONS = 40_000;

function layoutDef(name: LayoutName): LayoutDef {
  const def = DEFS[name];
  if (!def) throw new Error(`unknown layout: ${String(name)}`);
  return def;
}

interface Planned {
  model: StatementModel;
  pages: PlacedRow[][];
}

function plan(def: LayoutDef, seed: number, count: number, holderSeed?: number): Planned {
  const model = buildModel({ layout: def.name, traits: def.traits, seed, count, holderSeed });
  return { model, pages: paginate(def.rows(model, def.order(model)), def.frame) };
}

/**
 * The smallest transaction count whose statement reaches `target` pages. Pages grow about
 * linearly with rows, so proportional steps bracket the answer in a few plans and a bisection
 * finishes (planning never renders). Rows are prefix-stable in the count, so the page count never
 * falls as rows are added and the result has exactly `target` pages.
 */
function planForPages(def: LayoutDef, seed: number, target: number): Planned {
  const clamp = (n: number): number => Math.min(MAX_TRANSACTIONS, Math.max(2, Math.round(n)));
  let lo = 2;
  let loPlan = plan(def, seed, lo);
  if (loPlan.pages.length >= target) return loPlan;
  let hi = MAX_TRANSACTIONS;
  let hiPlan: Planned | null = null;
  let n = 300;
  // Proportional steps on (rows, pages) until the answer lies within about one page of rows.
  for (let step = 0; step < 12; step++) {
    const p = plan(def, seed, n);
    if (p.pages.length >= target) {
      hi = n;
      hiPlan = p;
    } else {
      lo = n;
      loPlan = p;
    }
    const perPage = Math.max(1, (n - 2) / Math.max(1, p.pages.length - 1));
    if (hiPlan && hi - lo <= perPage) break;
    const aim = p.pages.length >= target ? target - 0.6 : target - 0.4;
    n = clamp(Math.min(hi - 1, Math.max(lo + 1, n + (aim - p.pages.length) * perPage)));
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const midPlan = plan(def, seed, mid);
    if (midPlan.pages.length >= target) {
      hi = mid;
      hiPlan = midPlan;
    } else {
      lo = mid;
      loPlan = midPlan;
    }
  }
  return hiPlan ?? loPlan;
}

/** Generates one statement PDF and the values a parser should read from it. */
export async function generateStatement(
  o: GenerateOptions,
): Promise<{ pdf: Buffer; expected: ExpectedStatement }> {
  const def = layoutDef(o.layout);
  const planned =
    o.pages !== undefined && o.pages > 1
      ? planForPages(def, o.seed, o.pages)
      : plan(def, o.seed, Math.max(2, Math.floor(o.transactions ?? DEFAULT_TRANSACTIONS)), o.holderSeed);
  const { model, pages } = planned;
  const pdf = await renderPdf(
    {
      size: def.size,
      title: `${def.traits.issuer} statement`,
      fonts: def.fonts,
      seed: o.seed,
      userPassword: o.userPassword,
      ownerPasswordOnly: o.ownerPasswordOnly,
    },
    (p) => {
      pages.forEach((placed, i) => {
        p.page();
        def.chrome(p, model, i + 1, pages.length);
        for (const { row, y } of placed) row.draw(p, y);
      });
    },
  );
  return { pdf, expected: buildExpected(def, model) };
}

/** How a layout prints a transaction amount in its activity table (for tests and tools). */
export function printedAmount(
  layout: LayoutName,
  tx: { amount: number; type: ExpectedStatement['transactions'][number]['type'] },
): string {
  return layoutDef(layout).amountText(Math.round(tx.amount * 100), tx.type);
}
