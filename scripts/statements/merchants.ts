/**
 * Merchant catalogues per region: how the name prints (with placeholders), the category we intend,
 * and a plausible amount range in the region's major units. `{n4}` = four digits, `{A}` = a short
 * alphanumeric order code, `{city}` = a local city.
 */
import type { Category } from '../../shared/analysis/types.js';
import type { Region } from './types.js';

/** [template, category, min, max]; min === max marks a fixed-price subscription. */
export type MerchantEntry = readonly [string, Category, number, number];
/** [template, category, currency, home-per-foreign rate, min, max in foreign units]. */
export type ForeignEntry = readonly [string, Category, string, number, number, number];

const US: MerchantEntry[] = [
  ['WHOLE FOODS MKT #{n5} {city}', 'Groceries', 18, 240],
  ['TRADER JOE S #{n3} {city}', 'Groceries', 12, 140],
  ['COSTCO WHSE #{n4} {city}', 'Groceries', 60, 420],
  ['KROGER #{n3} {city}', 'Groceries', 15, 190],
  ['SQ *BLUE BOTTLE COFFEE {city}', 'Dining', 4, 18],
  ['TST* SHAKE SHACK {n3} {city}', 'Dining', 11, 48],
  ['STARBUCKS STORE {n5} {city}', 'Dining', 4, 22],
  ['CHIPOTLE {n4} {city}', 'Dining', 9, 36],
  ['DOORDASH*SWEETGREEN', 'Dining', 14, 52],
  ['UBER *TRIP HELP.UBER.COM CA', 'Transport & Fuel', 7, 64],
  ['LYFT *RIDE SUN 4PM', 'Transport & Fuel', 8, 45],
  ['SHELL OIL {n11} {city}', 'Transport & Fuel', 22, 78],
  ['CHEVRON {n7} {city}', 'Transport & Fuel', 25, 85],
  ['DELTA AIR {n13}', 'Travel', 180, 1150],
  ['UNITED {n13}', 'Travel', 150, 980],
  ['MARRIOTT HOTELS {city}', 'Travel', 160, 890],
  ['AIRBNB * HM{A}', 'Travel', 210, 1400],
  ['AMZN Mktp US*{A}', 'Shopping', 6, 180],
  ['TARGET {n8} {city}', 'Shopping', 9, 160],
  ['BEST BUY {n8}', 'Shopping', 25, 1300],
  ['THE HOME DEPOT #{n4} {city}', 'Shopping', 12, 460],
  ['NETFLIX.COM', 'Subscriptions & Digital', 15.49, 15.49],
  ['PAYPAL *SPOTIFY', 'Subscriptions & Digital', 11.99, 11.99],
  ['APPLE.COM/BILL 866-712-7753 CA', 'Subscriptions & Digital', 2.99, 2.99],
  ['GOOGLE *YouTubePremium g.co/helppay#', 'Subscriptions & Digital', 13.99, 13.99],
  ['ADOBE *CREATIVE CLD', 'Subscriptions & Digital', 54.99, 54.99],
  ['ATT*BILL PAYMENT 800-288-2020 TX', 'Utilities & Telecom', 65, 310],
  ['COMCAST CALIFORNIA 800-COMCAST CA', 'Utilities & Telecom', 60, 140],
  ['VERIZON WRLS {n5}', 'Utilities & Telecom', 45, 190],
  ['PG&E WEBONLINE', 'Utilities & Telecom', 40, 260],
  ['CVS/PHARMACY #{n5} {city}', 'Health', 6, 95],
  ['WALGREENS #{n4} {city}', 'Health', 5, 80],
  ['LABCORP {n6}', 'Health', 25, 240],
  ['AMC {n4} ONLINE', 'Entertainment', 14, 62],
  ['REGAL CINEMAS {city}', 'Entertainment', 12, 55],
  ['TICKETMASTER*{A}', 'Entertainment', 45, 420],
  ['STEAMGAMES.COM {n10}', 'Entertainment', 5, 70],
  ['USPS PO {n10} {city}', 'Other', 3, 40],
  ['PETCO {n4} {city}', 'Other', 15, 120],
];

const UK: MerchantEntry[] = [
  ['TESCO STORES {n4} {city}', 'Groceries', 8, 140],
  ["SAINSBURY'S S/MKTS {city}", 'Groceries', 9, 120],
  ['WAITROSE {n3} {city}', 'Groceries', 12, 150],
  ['LIDL GB {city}', 'Groceries', 7, 80],
  ['PRET A MANGER {city}', 'Dining', 3, 16],
  ['COSTA COFFEE {n5}', 'Dining', 3, 12],
  ['NANDOS {city}', 'Dining', 14, 60],
  ['DELIVEROO.CO.UK', 'Dining', 15, 48],
  ['TFL TRAVEL CHARGE', 'Transport & Fuel', 2.8, 18],
  ['TRAINLINE.COM', 'Transport & Fuel', 12, 160],
  ['SHELL {city}', 'Transport & Fuel', 30, 90],
  ['BRITISH AIRWAYS {n10}', 'Travel', 90, 950],
  ['EASYJET {A}', 'Travel', 40, 320],
  ['PREMIER INN {city}', 'Travel', 60, 240],
  ['AMAZON.CO.UK*{A}', 'Shopping', 5, 150],
  ['JOHN LEWIS {city}', 'Shopping', 20, 600],
  ['ARGOS LTD {n4}', 'Shopping', 8, 220],
  ['NETFLIX.COM', 'Subscriptions & Digital', 10.99, 10.99],
  ['SPOTIFY P{A}', 'Subscriptions & Digital', 11.99, 11.99],
  ['DISNEY PLUS', 'Subscriptions & Digital', 7.99, 7.99],
  ['OCTOPUS ENERGY', 'Utilities & Telecom', 60, 210],
  ['VODAFONE LTD', 'Utilities & Telecom', 18, 55],
  ['THAMES WATER', 'Utilities & Telecom', 30, 70],
  ['BOOTS {n4} {city}', 'Health', 4, 60],
  ['SUPERDRUG {city}', 'Health', 3, 35],
  ['ODEON CINEMAS {city}', 'Entertainment', 9, 40],
  ['TICKETMASTER UK', 'Entertainment', 30, 240],
  ['POST OFFICE {city}', 'Other', 2, 30],
];

const DE: MerchantEntry[] = [
  ['REWE {n4} {city}', 'Groceries', 9, 130],
  ['LIDL DIENSTL. {city}', 'Groceries', 6, 90],
  ['EDEKA {city}', 'Groceries', 8, 110],
  ['ALDI SUED {city}', 'Groceries', 6, 85],
  ['BACKWERK {city}', 'Dining', 3, 14],
  ['LIEFERANDO.DE', 'Dining', 15, 55],
  ['VAPIANO {city}', 'Dining', 12, 48],
  ['DEUTSCHE BAHN {A}', 'Transport & Fuel', 19, 180],
  ['ARAL STATION {n5}', 'Transport & Fuel', 35, 95],
  ['BVG BERLIN', 'Transport & Fuel', 3, 58],
  ['LUFTHANSA {n10}', 'Travel', 120, 890],
  ['MOTEL ONE {city}', 'Travel', 70, 280],
  ['BOOKING.COM', 'Travel', 80, 640],
  ['AMAZON EU SARL {A}', 'Shopping', 6, 190],
  ['ZALANDO SE', 'Shopping', 25, 260],
  ['MEDIAMARKT {city}', 'Shopping', 15, 1200],
  ['NETFLIX.COM', 'Subscriptions & Digital', 13.99, 13.99],
  ['SPOTIFY AB', 'Subscriptions & Digital', 10.99, 10.99],
  ['DAZN LIMITED', 'Subscriptions & Digital', 34.99, 34.99],
  ['TELEKOM DEUTSCHLAND', 'Utilities & Telecom', 30, 80],
  ['STADTWERKE {city}', 'Utilities & Telecom', 55, 190],
  ['VODAFONE GMBH', 'Utilities & Telecom', 25, 60],
  ['SHOP APOTHEKE', 'Health', 8, 70],
  ['DOCMORRIS', 'Health', 6, 55],
  ['CINEMAXX {city}', 'Entertainment', 10, 42],
  ['EVENTIM {A}', 'Entertainment', 40, 260],
  ['DEUTSCHE POST {city}', 'Other', 2, 25],
];

const IN: MerchantEntry[] = [
  ['BIGBASKET', 'Groceries', 450, 6500],
  ['DMART {city}', 'Groceries', 600, 8200],
  ['ZEPTO MARKETPLACE', 'Groceries', 180, 2400],
  ['SWIGGY', 'Dining', 180, 1800],
  ['ZOMATO', 'Dining', 200, 2200],
  ['CAFE COFFEE DAY {city}', 'Dining', 150, 900],
  ['OLA CABS', 'Transport & Fuel', 120, 1400],
  ['UBER INDIA', 'Transport & Fuel', 110, 1600],
  ['INDIAN OIL {n5}', 'Transport & Fuel', 800, 4500],
  ['FASTAG RECHARGE', 'Transport & Fuel', 500, 2000],
  ['INDIGO {A}', 'Travel', 3800, 24000],
  ['IRCTC', 'Travel', 450, 6800],
  ['MAKEMYTRIP {A}', 'Travel', 4200, 68000],
  ['AMAZON PAY INDIA', 'Shopping', 300, 18000],
  ['FLIPKART INTERNET', 'Shopping', 400, 45000],
  ['TANISHQ {city}', 'Shopping', 65000, 160000],
  ['NETFLIX.COM', 'Subscriptions & Digital', 649, 649],
  ['SPOTIFY INDIA', 'Subscriptions & Digital', 119, 119],
  ['HOTSTAR', 'Subscriptions & Digital', 299, 299],
  ['AIRTEL PAYMENTS', 'Utilities & Telecom', 399, 1999],
  ['JIO PREPAID RECHARGE', 'Utilities & Telecom', 239, 999],
  ['BESCOM {city}', 'Utilities & Telecom', 900, 5200],
  ['APOLLO PHARMACY {city}', 'Health', 150, 3200],
  ['PHARMEASY', 'Health', 200, 2800],
  ['BOOKMYSHOW', 'Entertainment', 300, 2400],
  ['PVR CINEMAS {city}', 'Entertainment', 250, 1600],
  ['INDIA POST {city}', 'Other', 40, 600],
];

export const MERCHANTS: Record<Region, readonly MerchantEntry[]> = { us: US, uk: UK, de: DE, in: IN };

export const CITIES: Record<Region, readonly string[]> = {
  us: ['AUSTIN TX', 'SAN JOSE CA', 'SEATTLE WA', 'BROOKLYN NY', 'DENVER CO', 'CHICAGO IL', 'PORTLAND OR'],
  uk: ['LONDON', 'MANCHESTER', 'LEEDS', 'BRISTOL', 'EDINBURGH', 'CARDIFF'],
  de: ['KOELN', 'BERLIN', 'MUENCHEN', 'HAMBURG', 'DUESSELDORF', 'LEIPZIG'],
  in: ['BENGALURU', 'MUMBAI', 'PUNE', 'NEW DELHI', 'CHENNAI', 'HYDERABAD'],
};

export const FOREIGN: Record<Region, readonly ForeignEntry[]> = {
  us: [
    ['HOTEL LE MARAIS PARIS', 'Travel', 'EUR', 1.087, 120, 480],
    ['CAFE DE FLORE PARIS', 'Dining', 'EUR', 1.087, 18, 95],
    ['PRET A MANGER LONDON', 'Dining', 'GBP', 1.2714, 6, 24],
  ],
  uk: [
    ['RESTAURANTE CASA LUCIO MADRID', 'Dining', 'EUR', 0.8571, 35, 160],
    ['FNAC PARIS', 'Shopping', 'EUR', 0.8571, 20, 240],
    ['MACYS NEW YORK', 'Shopping', 'USD', 0.7866, 30, 300],
  ],
  de: [
    ['APPLE STORE NEW YORK', 'Shopping', 'USD', 0.92, 40, 1100],
    ['UBER *TRIP NEW YORK', 'Transport & Fuel', 'USD', 0.92, 12, 70],
    ['HOTEL ZURICH AG', 'Travel', 'CHF', 1.0432, 140, 520],
  ],
  in: [
    ['AMAZON WEB SERVICES', 'Subscriptions & Digital', 'USD', 83.45, 8, 120],
    ['STEAM PURCHASE SEATTLE', 'Entertainment', 'USD', 83.45, 5, 60],
    ['CHANGI AIRPORT SHOP', 'Shopping', 'SGD', 62.1, 20, 180],
  ],
};

/** Second printed lines, as some issuers print the merchant's category or phone under the name. */
export const WRAP_LINES: Partial<Record<Category, readonly string[]>> = {
  Groceries: ['GROCERY STORES', 'SUPERMARKETS'],
  Dining: ['RESTAURANT', 'FAST FOOD RESTAURANTS'],
  'Transport & Fuel': ['SERVICE STATIONS', 'TAXICABS/LIMOUSINES'],
  Travel: ['AIRLINE TICKET', 'LODGING - HOTELS'],
  Shopping: ['MERCHANDISE', 'ONLINE RETAIL'],
  'Subscriptions & Digital': ['DIGITAL GOODS', 'RECURRING PAYMENT'],
  'Utilities & Telecom': ['TELECOMMUNICATION SERVICES', 'UTILITIES'],
  Health: ['DRUG STORES/PHARMACIES', 'MEDICAL SERVICES'],
  Entertainment: ['MOTION PICTURE THEATERS', 'TICKETING'],
};
