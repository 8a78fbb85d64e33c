/**
 * Merchant category codes (ISO 18245) by range, as card networks print them. Source: the public
 * MCC group descriptions (ISO 18245, and the card networks' published merchant-category lists);
 * each range is mapped to the category a person would file that kind of business under.
 * Ranges are [first, last, category]; a code in no range names no category.
 */
import type { Category } from '../types.js';

/** [first code, last code, category], ascending and not overlapping. */
// biome-ignore format: a data table, one range per line reads best
export const MCC_RANGES: readonly (readonly [number, number, Category])[] = [
  [742, 742, 'Health'], // veterinary services
  [763, 780, 'Home & Garden'], // agricultural co-operatives, horticulture, landscaping
  [1520, 1799, 'Home & Garden'], // general and special trade contractors
  [2741, 2791, 'Business & Software'], // publishing, printing, typesetting
  [2842, 2842, 'Home & Garden'], // cleaning and sanitation preparations
  [3000, 3350, 'Travel'], // airlines by carrier
  [3351, 3500, 'Travel'], // car rental agencies by company
  [3501, 3999, 'Travel'], // hotels, motels and resorts by chain
  [4011, 4011, 'Transport & Fuel'], // railroads (freight)
  [4111, 4111, 'Transport & Fuel'], // local and suburban commuter transport
  [4112, 4112, 'Travel'], // passenger railways
  [4119, 4119, 'Health'], // ambulance services
  [4121, 4121, 'Transport & Fuel'], // taxicabs and limousines
  [4131, 4131, 'Transport & Fuel'], // bus lines
  // Shipping is a business service (as in Mint's "Business Services > Shipping"): no spending category of its own.
  [4214, 4215, 'Business & Software'], // motor freight, couriers
  [4225, 4225, 'Home & Garden'], // public warehousing and storage
  [4411, 4411, 'Travel'], // cruise lines
  [4457, 4468, 'Travel'], // boat rentals, marinas
  [4511, 4511, 'Travel'], // airlines, air carriers
  [4582, 4582, 'Travel'], // airports, terminals
  [4722, 4723, 'Travel'], // travel agencies, tour operators
  [4784, 4784, 'Transport & Fuel'], // tolls and bridge fees
  [4789, 4789, 'Transport & Fuel'], // transportation services
  [4812, 4814, 'Utilities & Telecom'], // telecommunication equipment and services
  [4815, 4816, 'Business & Software'], // monthly telephone summary, computer network services
  [4821, 4821, 'Utilities & Telecom'], // telegraph services
  [4829, 4829, 'Cash'], // money transfer
  [4899, 4899, 'Subscriptions & Digital'], // cable, satellite and other pay television and radio, streaming
  [4900, 4900, 'Utilities & Telecom'], // electric, gas, water and sanitary utilities
  [5013, 5013, 'Transport & Fuel'], // motor vehicle supplies and new parts
  [5021, 5021, 'Home & Garden'], // office and commercial furniture
  [5039, 5039, 'Home & Garden'], // construction materials
  [5044, 5046, 'Business & Software'], // office, photographic, computer and commercial equipment
  [5047, 5047, 'Health'], // medical, dental and hospital equipment
  [5051, 5051, 'Business & Software'], // metal service centres
  [5065, 5065, 'Business & Software'], // electrical parts and equipment
  [5072, 5074, 'Home & Garden'], // hardware, plumbing and heating equipment
  [5085, 5085, 'Business & Software'], // industrial supplies
  [5094, 5094, 'Shopping'], // precious stones, metals, watches, jewellery
  [5099, 5099, 'Shopping'], // durable goods
  [5111, 5111, 'Business & Software'], // stationery, office supplies, printing and writing paper
  [5122, 5122, 'Health'], // drugs, drug proprietaries, druggist sundries
  [5131, 5139, 'Shopping'], // piece goods, uniforms, footwear (wholesale)
  [5169, 5169, 'Business & Software'], // chemicals
  [5172, 5172, 'Transport & Fuel'], // petroleum and petroleum products
  [5192, 5192, 'Shopping'], // books, periodicals, newspapers
  [5193, 5193, 'Home & Garden'], // florists' supplies, nursery stock
  [5198, 5198, 'Home & Garden'], // paints, varnishes
  [5199, 5199, 'Shopping'], // non-durable goods
  [5200, 5261, 'Home & Garden'], // home supply, lumber, glass, paint, hardware, lawn and garden
  [5262, 5262, 'Shopping'], // online marketplaces
  [5271, 5271, 'Home & Garden'], // mobile home dealers
  [5300, 5300, 'Groceries'], // wholesale clubs
  [5309, 5399, 'Shopping'], // duty free, discount and department stores, general merchandise
  [5411, 5411, 'Groceries'], // grocery stores, supermarkets
  [5422, 5499, 'Groceries'], // meat, candy, dairy, bakeries, convenience and specialty food
  [5511, 5599, 'Transport & Fuel'], // car, boat, motorcycle dealers, auto parts, service stations
  [5611, 5699, 'Shopping'], // clothing and accessories
  [5712, 5719, 'Home & Garden'], // furniture, floor coverings, drapery, fireplaces, home furnishing
  [5722, 5722, 'Home & Garden'], // household appliance stores
  [5732, 5733, 'Shopping'], // electronics, music stores
  [5734, 5734, 'Business & Software'], // computer software stores
  [5735, 5735, 'Shopping'], // record stores
  [5811, 5814, 'Dining'], // caterers, restaurants, bars, fast food
  [5815, 5815, 'Subscriptions & Digital'], // digital goods: books, movies, music
  [5816, 5816, 'Gaming'], // digital goods: games
  [5817, 5818, 'Subscriptions & Digital'], // digital goods: applications, large merchants
  [5912, 5912, 'Health'], // drug stores and pharmacies
  [5921, 5921, 'Groceries'], // package stores: beer, wine, liquor
  [5931, 5937, 'Shopping'], // used merchandise, antiques, pawn shops
  [5940, 5949, 'Shopping'], // bicycles, sporting goods, books, jewellery, toys, cameras, gifts, luggage, fabric
  [5950, 5950, 'Home & Garden'], // glassware, crystal
  [5960, 5960, 'Insurance'], // direct marketing: insurance services
  [5961, 5969, 'Shopping'], // mail order, direct marketing
  [5970, 5971, 'Shopping'], // artists' supplies, art dealers
  [5972, 5973, 'Shopping'], // stamp and coin, religious goods
  [5975, 5976, 'Health'], // hearing aids, orthopaedic goods
  [5977, 5977, 'Personal care'], // cosmetic stores
  [5978, 5978, 'Business & Software'], // typewriter stores
  [5983, 5983, 'Utilities & Telecom'], // fuel dealers: fuel oil, wood, coal, propane
  [5992, 5992, 'Shopping'], // florists
  [5993, 5993, 'Shopping'], // cigar stores
  [5994, 5994, 'Shopping'], // news dealers
  [5995, 5995, 'Shopping'], // pet shops, pet food
  [5996, 5996, 'Home & Garden'], // swimming pools
  [5997, 5998, 'Shopping'], // electric razor stores, tent and awning shops
  [5999, 5999, 'Shopping'], // miscellaneous and specialty retail
  [6010, 6011, 'Cash'], // manual and automated cash disbursements
  [6051, 6051, 'Cash'], // quasi-cash: foreign currency, money orders, travellers' cheques
  [6300, 6399, 'Insurance'], // insurance sales, underwriting, premiums
  [6513, 6513, 'Housing'], // real estate agents and managers, rentals
  [7011, 7011, 'Travel'], // hotels, motels, resorts
  [7012, 7012, 'Travel'], // timeshares
  [7032, 7033, 'Travel'], // sporting and recreational camps, campgrounds
  [7210, 7211, 'Personal care'], // laundry, cleaning and garment services
  [7216, 7217, 'Personal care'], // dry cleaners, carpet and upholstery cleaning
  [7221, 7221, 'Shopping'], // photographic studios
  [7230, 7230, 'Personal care'], // beauty and barber shops
  [7251, 7251, 'Personal care'], // shoe repair, hat cleaning
  [7261, 7261, 'Other'], // funeral services
  [7273, 7273, 'Subscriptions & Digital'], // dating services
  [7276, 7277, 'Business & Software'], // tax preparation, counselling services
  [7278, 7278, 'Shopping'], // buying and shopping services
  [7296, 7296, 'Shopping'], // clothing rental
  [7297, 7298, 'Personal care'], // massage parlours, health and beauty spas
  [7299, 7299, 'Other'], // miscellaneous personal services
  [7311, 7399, 'Business & Software'], // advertising, credit reporting, photography, software, consulting, business services
  [7512, 7519, 'Travel'], // car, truck, motor home rental
  [7523, 7523, 'Transport & Fuel'], // parking lots and garages
  [7531, 7549, 'Transport & Fuel'], // auto body, tyre, paint, service, car washes, towing
  [7622, 7641, 'Home & Garden'], // electronics, appliance, furniture repair
  [7692, 7699, 'Home & Garden'], // welding, miscellaneous repair shops
  [7800, 7802, 'Entertainment'], // government-owned lotteries, horse racing
  [7829, 7841, 'Entertainment'], // film production, cinemas, video rental
  [7911, 7933, 'Entertainment'], // dance halls, theatres, bands, billiards, bowling
  [7941, 7941, 'Entertainment'], // sports clubs and promoters
  [7991, 7991, 'Entertainment'], // tourist attractions and exhibits
  [7992, 7992, 'Entertainment'], // public golf courses
  [7993, 7994, 'Gaming'], // video amusement game supplies, video game arcades
  [7995, 7996, 'Entertainment'], // betting, amusement parks
  [7997, 7997, 'Health'], // membership clubs: sports, recreation, athletic (gyms)
  [7998, 7999, 'Entertainment'], // aquariums, zoos, recreation services
  [8011, 8099, 'Health'], // doctors, dentists, hospitals, laboratories, medical services
  [8111, 8111, 'Business & Software'], // legal services, attorneys
  [8211, 8299, 'Education'], // schools, colleges, universities, vocational, educational services
  [8351, 8351, 'Education'], // child care services
  [8398, 8398, 'Charity'], // charitable and social service organisations
  [8641, 8641, 'Charity'], // civic, social and fraternal associations
  [8651, 8651, 'Charity'], // political organisations
  [8661, 8661, 'Charity'], // religious organisations
  [8675, 8675, 'Transport & Fuel'], // automobile associations
  [8699, 8699, 'Charity'], // membership organisations
  [8734, 8734, 'Business & Software'], // testing laboratories (non-medical)
  [8911, 8999, 'Business & Software'], // architectural, engineering, accounting, professional services
  [9211, 9399, 'Government & Taxes'], // court costs, fines, bail, tax payments, government services
  [9402, 9402, 'Other'], // postal services: stamps, parcels, money orders, bill payments — no one trade
  [9405, 9950, 'Government & Taxes'], // intra-government purchases
];
