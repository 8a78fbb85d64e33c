/**
 * Payment processors and aggregators that print their own name before (or instead of) the
 * merchant's. The brand tables are consulted first, so "RAZ*SWIGGY" is Dining; only when nothing
 * else names the business does the processor's own kind of trade decide. Wallets and transfer
 * services (Paytm, PhonePe, UPI, Venmo, Zelle) are deliberately absent: a top-up or a transfer can
 * be anything, so they stay "Other" and go to the model when there is one. Sources: the
 * processors' public descriptor formats (Square "SQ *", Toast "TST*", Shopify Payments "SP *",
 * PayPal "PAYPAL *", Razorpay "RAZ*", BillDesk, PayU, CCAvenue, BBPS); their kind of trade is
 * public product information.
 */
import type { BrandTable } from './brand-table.js';

/** Processors' own trade, used only when nothing else names the business. */
// biome-ignore format: a data table
export const PROCESSOR_FALLBACKS: BrandTable = {
  // Toast sells point-of-sale systems to restaurants only.
  Dining: `tst`,
  // Shopify Payments and other online-store checkouts.
  Shopping: `sp, shopify store, bigcartel, big cartel, gumroad, payhip, sellfy`,
  // Bill-payment aggregators: electricity, gas, water, broadband and mobile bills.
  'Utilities & Telecom': `billdesk, bill desk, bbps, bharat bill pay, billpay, bill pay, ebill, e bill`,
};
