/**
 * Payment processors, aggregators and wallets that print their own name before (or instead of) the
 * merchant's. The brand tables are consulted first, so "RAZ*SWIGGY" is Dining; only when nothing
 * else names the business does the processor's own kind of trade decide, and wallets decide
 * nothing (a top-up or a transfer can be anything). Sources: the processors' public descriptor
 * formats (Square "SQ *", Toast "TST*", Shopify Payments "SP *", PayPal "PAYPAL *", Razorpay "RAZ*",
 * BillDesk, PayU, CCAvenue, BBPS); their kind of trade is public product information.
 */
import type { BrandTable } from './brand-table.js';

// biome-ignore format: a data table
export const PROCESSOR_FALLBACKS: BrandTable = {
  // Toast sells point-of-sale systems to restaurants only.
  Dining: `tst`,
  // Shopify Payments and other online-store checkouts.
  Shopping: `sp, shopify store, bigcartel, big cartel, gumroad, payhip, sellfy`,
  // Bill-payment aggregators: electricity, gas, water, broadband and mobile bills.
  'Utilities & Telecom': `billdesk, bill desk, bbps, bharat bill pay, billpay, bill pay, ebill, e bill`,
};

/** Wallets and transfer services: they name no kind of business, so they stay "Other" (the model may know). */
// biome-ignore format: a data list
export const WALLET_NAMES: string = `paytm, phonepe, phone pe, google pay, gpay, googlepay, upi, bhim, amazon pay later,
  mobikwik, freecharge wallet, airtel money, venmo, zelle, cash app, square cash, paypal transfer, wise, transferwise,
  revolut, payoneer, skrill, neteller, apple cash, grabpay, paylah, paynow, alipay, wechat pay`;
