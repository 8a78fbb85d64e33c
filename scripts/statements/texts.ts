/** Per-region currency, scale and the fixed descriptions issuers print for non-merchant lines. */
import type { Region } from './types.js';

export interface RegionText {
  currency: string;
  /** Multiplier from a US-dollar-sized balance to this currency's typical size. */
  scale: number;
  /** Smallest minimum payment, in cents. */
  minPaymentFloor: number;
  payment: readonly string[];
  fxFee: string;
  lateFee: string;
  purchaseInterest: string;
  cashInterest: string;
  cashAdvance: string;
  cashAdvanceFee: string;
  balanceTransfer: string;
  balanceTransferFee: string;
  /** A tax line on fees (India's GST), or null. */
  feeTax: string | null;
  /** The late fee, in cents. */
  lateFeeAmount: number;
}

export const REGION_TEXT: Record<Region, RegionText> = {
  us: {
    currency: 'USD',
    scale: 1,
    minPaymentFloor: 2500,
    payment: ['AUTOMATIC PAYMENT - THANK YOU', 'PAYMENT THANK YOU - WEB', 'ONLINE PAYMENT, THANK YOU'],
    fxFee: 'FOREIGN TRANSACTION FEE',
    lateFee: 'LATE FEE',
    purchaseInterest: 'PURCHASE INTEREST CHARGE',
    cashInterest: 'CASH ADVANCE INTEREST CHARGE',
    cashAdvance: 'ATM CASH ADVANCE',
    cashAdvanceFee: 'CASH ADVANCE FEE',
    balanceTransfer: 'BALANCE TRANSFER FROM ACCT ENDING',
    balanceTransferFee: 'BALANCE TRANSFER FEE',
    feeTax: null,
    lateFeeAmount: 4000,
  },
  uk: {
    currency: 'GBP',
    scale: 0.8,
    minPaymentFloor: 500,
    payment: ['PAYMENT RECEIVED - THANK YOU', 'DIRECT DEBIT PAYMENT - THANK YOU'],
    fxFee: 'NON-STERLING TRANSACTION FEE',
    lateFee: 'LATE PAYMENT FEE',
    purchaseInterest: 'INTEREST ON PURCHASES',
    cashInterest: 'INTEREST ON CASH ADVANCES',
    cashAdvance: 'CASH WITHDRAWAL',
    cashAdvanceFee: 'CASH HANDLING FEE',
    balanceTransfer: 'BALANCE TRANSFER',
    balanceTransferFee: 'BALANCE TRANSFER FEE',
    feeTax: null,
    lateFeeAmount: 1200,
  },
  de: {
    currency: 'EUR',
    scale: 0.9,
    minPaymentFloor: 2000,
    payment: ['PAYMENT RECEIVED - DIRECT DEBIT', 'TRANSFER RECEIVED - THANK YOU'],
    fxFee: 'FOREIGN CURRENCY FEE 1.75%',
    lateFee: 'LATE PAYMENT CHARGE',
    purchaseInterest: 'INTEREST ON PURCHASES',
    cashInterest: 'INTEREST ON CASH WITHDRAWALS',
    cashAdvance: 'CASH WITHDRAWAL ATM',
    cashAdvanceFee: 'CASH WITHDRAWAL FEE',
    balanceTransfer: 'BALANCE TRANSFER',
    balanceTransferFee: 'BALANCE TRANSFER FEE',
    feeTax: null,
    lateFeeAmount: 2500,
  },
  in: {
    currency: 'INR',
    scale: 70,
    minPaymentFloor: 20000,
    payment: ['PAYMENT RECEIVED - NEFT', 'BBPS PAYMENT RECEIVED', 'PAYMENT RECEIVED - UPI'],
    fxFee: 'MARKUP FEE ON FOREIGN TXN',
    lateFee: 'LATE PAYMENT CHARGES',
    purchaseInterest: 'FINANCE CHARGES',
    cashInterest: 'FINANCE CHARGES ON CASH',
    cashAdvance: 'CASH WITHDRAWAL ATM',
    cashAdvanceFee: 'CASH ADVANCE FEE',
    balanceTransfer: 'BALANCE TRANSFER',
    balanceTransferFee: 'BALANCE TRANSFER PROCESSING FEE',
    feeTax: 'IGST @ 18% ON FEES',
    lateFeeAmount: 110000,
  },
};
