/**
 * The last guesses, consulted only when no brand, keyword or processor named the business: words
 * too loose to outrank a keyword ("FACTORY" yields to "PIZZA"), trade words glued to a name by the
 * network's 22-character descriptor field ("MARITOOL", "CITYPHARMACY"), and a web address, which
 * on a card statement is an online shop far more often than anything else (MCC 5964/5969, direct
 * marketing). Wallets and transfer services come first and keep "Other": they name no trade, and a
 * wallet prints its own web address ("PAYTM WWW.PAYTM.IN"). Sources: ISO 18245 MCC group
 * descriptions for the trades; the wallets' and networks' public descriptor formats.
 */
import type { BrandTable } from './brand-table.js';

/** Wallets, transfers and top-ups: a hit here ends the search in "Other". */
// biome-ignore format: a data list
export const WALLETS = `paytm, paytm wallet, phonepe, phone pe, mobikwik, one mobikwik, freecharge, amazon pay later, google pay,
  gpay, bhim, upi, imps, neft, venmo, zelle, cash app, cashapp, square cash, paypal transfer, western union, moneygram,
  remitly, wise com, transferwise, payoneer, skrill, neteller, revolut top up, top up, topup, wallet load, wallet topup,
  grabpay top up, paylah, paynow, interac e transfer, e transfer, osko, payid, bpay`;

/** Loose trade words, weaker than every keyword: consulted after the processors. */
// biome-ignore format: a data table
export const WEAK_WORDS: BrandTable = {
  Shopping: `factory, factory outlet, factory store, outlet, outlets, warehouse sale, trading, traders, enterprises, collections,
    creations, designs, studio shop, depot, emporio, store online, webshop, online store, e store, estore, shop online`,
  'Home & Garden': `foam, upholstery, cushions, blinds, curtains, mattress, mattresses, carpets, rugs, tiles, paint, paints,
    hardware, tool, tools, timber, lumber, plumbing`,
  // A cuisine in a shop's name is nearly always a restaurant's ("SUNFLOWER TAIWANESE"), but a weak
  // sign: "KOREAN AIR" is an airline, "ITALIAN SHOES" a shoe shop, so any other word wins.
  Dining: `kitchen, grill, diner, eatery, canteen, dhaba, bistro, brasserie, trattoria, osteria, taqueria, pizzeria, handi, chinese,
    japanese, korean, taiwanese, vietnamese, malaysian, cantonese, szechuan, sichuan, hainanese, lebanese, turkish, mexican,
    italian, ethiopian, peruvian`,
  Groceries: `mart, minimart, superette, fresh, farm, farms, organics, provisions`,
  Health: `medicals, medical store, pharma, chemist, chemists, drug store, drugstore, clinic, clinics, dental, dentist`,
  'Business & Software': `parcel, parcels, courier, couriers, shipping, freight, logistics, express cargo, cargo`,
};

/**
 * Trade words that descriptors glue to the end of a name ("MARITOOL", "CITYPHARMACY",
 * "QUICKFUEL"), at least four letters so the rest of the word is still a name. A word is read
 * this way only when it is at least three letters longer than the trade word.
 */
// biome-ignore format: a data table
export const GLUED_SUFFIXES: BrandTable = {
  'Home & Garden': `tool, tools, hardware, lumber, timber, garden, gardens, furniture, plumbing, paints`,
  Health: `pharmacy, pharma, chemist, chemists, medicals, medical, dental, clinic, drugs, meds`,
  Dining: `pizza, pizzas, burger, burgers, kitchen, bakery, bakers, grill, diner, cafe, sushi, biryani, dosa, tacos, noodle,
    noodles, chicken, curry`,
  Groceries: `mart, foods, grocer, grocery, grocers, fresh, organics, dairy, bazaar`,
  'Transport & Fuel': `fuel, fuels, petrol, petroleum, carwash, autos, motors, tyres, tires, cabs, taxi`,
  Travel: `hotel, hotels, travels, tours, holidays, resorts, airways, airlines`,
  Education: `school, academy, tutors, tuition, learning`,
  'Personal care': `salon, salons, barber, barbers, beauty, nails`,
  Shopping: `books, fashion, fashions, shoes, toys, gifts, jewels, jewellers, jewelers, optical, opticals, supply`,
  'Business & Software': `courier, couriers, logistics, freight, shipping`,
};

/**
 * A web address, as the words it becomes once the dots are gone ("www knifekits com"). Country
 * domains count only in their two-word forms: a lone "in" or "de" is a word of many names.
 */
// biome-ignore format: a data list
export const WEB_WORDS = `www, http, https, com, net, org, co uk, org uk, com au, net au, co in, com sg, co nz, com my`;
