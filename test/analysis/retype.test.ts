import { type AnalysisInput, annotateTransactions } from '../../shared/analysis/annotate.js';
import { retype } from '../../shared/analysis/retype.js';
import type { Transaction } from '../../shared/statement/types.js';

describe('retype: types before categories', () => {
  it('types tax rows as fees, whatever they are levied on', () => {
    for (const d of [
      'GST/IGST@18%',
      'IGST-CI@18%',
      'GST @ 18%',
      'CGST 9%',
      'SGST 9%',
      'Service Tax',
      'VAT ON FOREIGN TXN FEE',
      'IGST ON LATE PAYMENT FEE',
    ]) {
      expect([d, retype(d, 9000, 'purchase')]).toEqual([d, { type: 'fee', instalment: null }]);
    }
  });

  it('leaves a merchant whose name holds a tax word a purchase', () => {
    expect(retype('GST SUPERMARKET CHENNAI', 9000, 'purchase').type).toBe('purchase');
    expect(retype('VAT 69 WINES DELHI', 9000, 'purchase').type).toBe('purchase');
  });

  it('separates an instalment’s interest from its principal', () => {
    expect(retype('EMI INTEREST 3/12', 1200, 'purchase')).toEqual({
      type: 'interest',
      instalment: 'interest',
    });
    expect(retype('INTEREST AMOUNT AMORTIZATION - <3/6>', 800, 'interest')).toEqual({
      type: 'interest',
      instalment: 'interest',
    });
    expect(retype('PRINCIPAL AMOUNT AMORTIZATION - <3/6>', 50000, 'purchase')).toEqual({
      type: 'purchase',
      instalment: 'principal',
    });
    expect(retype('PLAN IT INSTALLMENT 2 OF 6', 15000, 'purchase')).toEqual({
      type: 'purchase',
      instalment: 'principal',
    });
    expect(retype('PAY OVER TIME', 15000, 'purchase')).toEqual({ type: 'purchase', instalment: 'principal' });
    expect(retype('EMI PROCESSING FEE', 19900, 'purchase')).toEqual({ type: 'fee', instalment: null });
  });

  it('treats "(Pay in EMIs)" as an offer beside a purchase, not an instalment', () => {
    expect(retype('www.olacabs.com Bangalore IN (Pay in EMIs)', 30600, 'purchase')).toEqual({
      type: 'purchase',
      instalment: null,
    });
  });

  it('makes any credit as printed a credit, never a purchase', () => {
    expect(retype('FLIPKART BANGALORE IN', -15300, 'purchase').type).toBe('credit');
    expect(retype('LATE FEE REVERSAL', -50000, 'fee').type).toBe('credit');
    expect(retype('PAYMENT RECEIVED', -50000, 'payment').type).toBe('payment');
  });

  it('does not touch ordinary purchases, payments or cash advances', () => {
    expect(retype('SWIGGY BANGALORE IN', 4100, 'purchase')).toEqual({ type: 'purchase', instalment: null });
    expect(retype('ATM CASH WITHDRAWAL', 100000, 'cash_advance').type).toBe('cash_advance');
  });
});

describe('the analysis applies retype and printed categories', () => {
  const tx = (description: string, amount: number, type: Transaction['type'] = 'purchase'): Transaction => ({
    date: '2024-01-05',
    postDate: null,
    description,
    amount,
    type,
    foreign: null,
  });

  const analyse = (transactions: AnalysisInput[]) => annotateTransactions(transactions).transactions;

  it('shows tax rows as fees and instalments in their own category, credits never as purchases', () => {
    const out = analyse([
      tx('GST/IGST@18%', 9000),
      tx('PRINCIPAL AMOUNT AMORTIZATION - <3/6>', 50000),
      tx('INTEREST AMOUNT AMORTIZATION - <3/6>', 800),
      tx('MYNTRA DESIGNS PVT. LT MYNTRA.COM', -63508),
    ]);
    expect(out.map((t) => [t.type, t.category])).toEqual([
      ['fee', 'Fees & Interest'],
      ['purchase', 'Instalments'],
      ['interest', 'Fees & Interest'],
      ['credit', 'Payments & Credits'],
    ]);
  });

  it('prefers the category the statement printed over the guess from the name', () => {
    const out = analyse([
      { ...tx('PhonePe', 2184274), printedCategory: 'Rent' },
      { ...tx('FLIPKART PAYMENTS BANGALORE IN', 46100), printedCategory: 'BOOKS AND STATIONERY' },
      { ...tx('XQZ HOLDINGS 22', 5000), printedCategory: 'Others' },
      { ...tx('SWIGGY BANGALORE IN', 5000), printedCategory: 'MCC 5812' },
    ]);
    expect(out.map((t) => t.category)).toEqual(['Housing', 'Shopping', 'Other', 'Dining']);
  });

  it('reads letters the layout spaced out as the words they are', () => {
    const [t] = analyse([tx('A M Z N M k t p C A', 3900)]);
    expect([t?.merchant, t?.category]).toEqual(['Amazon', 'Shopping']);
  });
});
