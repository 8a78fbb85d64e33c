/** Internal (integer-cents) model of the spending analysis that sits on top of a parsed statement. */
import type { Cents, IsoDate, Transaction } from '../statement/types.js';

export const CATEGORIES = [
  'Groceries',
  'Dining',
  'Transport & Fuel',
  'Travel',
  'Shopping',
  'Subscriptions & Digital',
  'Utilities & Telecom',
  'Health',
  'Entertainment',
  'Gaming',
  'Personal care',
  'Home & Garden',
  'Housing',
  'Education',
  'Insurance',
  'Business & Software',
  'Government & Taxes',
  'Charity',
  // Monthly instalments of an earlier purchase converted to a plan (EMI, "Plan It", "Pay over time").
  'Instalments',
  'Fees & Interest',
  'Cash',
  'Payments & Credits',
  'Other',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** A transaction with what the analysis adds to it. */
export interface AnalyzedTransaction extends Transaction {
  merchant: string;
  category: Category;
  recurring: boolean;
}

export interface CategoryTotal {
  category: Category;
  amount: Cents;
  count: number;
  /** Fraction of totalSpend, 0..1, rounded to 4 decimals. */
  share: number;
}

export interface MerchantTotal {
  merchant: string;
  amount: Cents;
  count: number;
}

export interface SpendSummary {
  totalSpend: Cents;
  totalCredits: Cents;
  dailyAverage: Cents | null;
  byCategory: CategoryTotal[];
  topMerchants: MerchantTotal[];
  largest: { date: IsoDate; description: string; amount: Cents } | null;
}

export type Severity = 'info' | 'warning' | 'alert';

export interface Insight {
  kind: string;
  severity: Severity;
  title: string;
  detail: string;
  amount: Cents | null;
}
