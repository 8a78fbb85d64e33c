/**
 * Category columns as statements print them (Indian banks' "Merchant Category", issuers' second
 * description lines such as "GROCERY STORES" or "LODGING - HOTELS"). Sources: the MCC group names
 * of ISO 18245 (public descriptions) and the issuers' own short labels. The analysis maps them to
 * its categories (analysis/data/printed-labels.ts) and consults them before the keyword table;
 * the statement reader knows a short table's category column by them (statement/category-names.ts).
 * Here, beside both, so neither folder imports the other's. "Others" and similar say nothing and
 * map to none.
 */

/** Printed category-column labels by category (the analysis's category names), comma-separated. */
// biome-ignore format: a data table
export const PRINTED_LABELS = {
  Groceries: `grocery, groceries, grocery stores, supermarkets, supermarket, food and grocery, food and beverage stores,
    convenience stores, departmental store grocery, liquor stores, wine and liquor`,
  Dining: `dining, restaurant, restaurants, fast food, fast food restaurants, food, food and dining, eating places, bars,
    food delivery, cafes, quick service restaurants, qsr, caterers`,
  'Transport & Fuel': `fuel, fuel and auto, petrol, gas, gas stations, service stations, automotive, auto, automobile,
    auto and vehicle, auto services, transport, transportation, local transport, taxi, taxicabs limousines, taxicabs,
    commuter transport, tolls, parking, vehicle services, car services`,
  Travel: `travel, travel and tourism, tours and travel, airline, airlines, airline ticket, air travel, air tickets, hotel, hotels,
    lodging, lodging hotels, accommodation, car rental, railways, rail travel, travel agencies, cruise`,
  Shopping: `shopping, apparel, apparels, clothing, clothing and accessories, fashion, department stores, department store,
    electronics, consumer electronics, books and stationery, books, jewellery, jewelry, merchandise, general merchandise,
    online retail, online shopping, e commerce, ecommerce, retail, retail stores, discount stores, sporting goods,
    home and lifestyle, lifestyle, footwear, toys, gifts, mobile and accessories`,
  'Subscriptions & Digital': `digital goods, digital services, subscriptions, subscription, streaming, ott, recurring payment,
    entertainment subscriptions, media and entertainment streaming`,
  'Utilities & Telecom': `utilities, utility, utility bills, bill payment, bill payments, telecom, telecommunication,
    telecommunication services, mobile and internet, mobile recharge, electricity, broadband, dth`,
  Health: `health, healthcare, health care, medical, medical services, medicines, pharmacy, pharmacies, drug stores,
    drug stores pharmacies, hospitals, hospital, doctors, dentists, wellness, fitness, gym, health and fitness`,
  Entertainment: `entertainment, movies, movie tickets, motion picture theaters, ticketing, events, recreation, leisure,
    amusement, sports and recreation`,
  Gaming: `gaming, games, video games, online gaming`,
  'Personal care': `personal care, beauty, beauty and wellness, salon, salons, spa, cosmetics, beauty and personal care,
    laundry, grooming`,
  'Home & Garden': `home, home improvement, home and garden, home furnishing, furniture, hardware, household, home decor,
    household appliances`,
  Housing: `rent, rental, housing, real estate, property, rent payment`,
  Education: `education, educational services, schools, school, colleges, universities, tuition, fees education`,
  Insurance: `insurance, insurance premium, insurance services, life insurance`,
  'Business & Software': `business services, professional services, software, computer software, office supplies,
    business to business, b2b, advertising, services professional`,
  'Government & Taxes': `government, government services, govt, tax, taxes, tax payments, fines, court costs`,
  Charity: `charity, charitable, donations, donation, religious organizations, non profit`,
  Cash: `cash, atm, cash withdrawal, quasi cash, money transfer`,
};

/** Printed category words that name no category: the column was printed, but says nothing. */
// biome-ignore format: a data list
export const UNINFORMATIVE_LABELS: string = `others, other, misc, miscellaneous, general, na, n a, none, unknown, uncategorized,
  uncategorised, not applicable, all other, wallet, wallets, upi, tokens, token ecom`;
