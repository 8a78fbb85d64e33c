/**
 * Data for merchant-name cleaning (merchant.ts): payment-processor prefixes, brand spellings,
 * place names and region codes that statements append. Extend the lists; the code stays the same.
 */

/** Prefixes that name the payment processor, not the merchant ("SQ *BLUE BOTTLE"). Upper case. */
// biome-ignore format: a data list, packed
export const PROCESSOR_PREFIXES: readonly string[] = [
  'SQ', 'SQU', 'TST', 'PAYPAL', 'PP', 'SP', 'GOOGLE', 'GGL', 'DD', 'IC', 'PY', 'LS', 'BT', 'EB', 'RAZ',
  'RAZORPAY', 'PAYU', 'CCBILL', 'FS', '2CO', '2CO.COM', 'WPY', 'PADDLE.NET', 'PADDLE', 'ZETTLE', 'IZ',
  'IZETTLE', 'SUMUP', 'CLOVER', 'STRIPE', 'CKO', 'SHOPIFY', 'SMP',
];

/** Prefixes that name the processor even without a "*" ("SP AFFORDABLE", "TST CHAAT HOUSE"). */
export const SPACE_PREFIXES: readonly string[] = ['SQ', 'SP', 'TST', 'PAYPAL'];

/** Brand spellings that a statement mangles; the first pattern that matches names the merchant. */
export const BRAND_NAMES: readonly (readonly [RegExp, string])[] = [
  [/^(amzn|amazon)\s*prime\s*video\b/i, 'Prime Video'],
  [/^(amzn|amazon)\s*(prime|prime\s*membership)\b/i, 'Amazon Prime'],
  [/^(amzn|amazon)\s*(digital|kindle)/i, 'Amazon Digital'],
  [/^(amzn|amazon|amz)\b|^amazon\.|^amzn\./i, 'Amazon'],
  [/^apple\.com\/bill|^apple\s*com\s*bill|^itunes/i, 'Apple'],
  [/^youtube\s*premium|^youtubepremium/i, 'YouTube Premium'],
  [/^youtube/i, 'YouTube'],
  [/^(att|at&t|at\s*&\s*t)\b/i, 'AT&T'],
  [/^mcdonald'?s?\b/i, "McDonald's"],
  [/^fedex/i, 'FedEx'],
  [/^usps\b/i, 'USPS'],
  [/^ups\b/i, 'UPS'],
  [/^cvs\b/i, 'CVS'],
  [/^kfc\b/i, 'KFC'],
  [/^ikea\b/i, 'IKEA'],
  [/^ebay\b/i, 'eBay'],
  [/^paypal\b/i, 'PayPal'],
  [/^netflix/i, 'Netflix'],
  [/^spotify/i, 'Spotify'],
  [/^uber\s*\*?\s*eats/i, 'Uber Eats'],
  [/^uber\b/i, 'Uber'],
  [/^lyft\b/i, 'Lyft'],
  [/^doordash/i, 'DoorDash'],
  [/^disney\s*(plus|\+)/i, 'Disney+'],
  [/^t-?mobile\b/i, 'T-Mobile'],
  [/^7-?eleven\b/i, '7-Eleven'],
  [/^wal-?mart\b/i, 'Walmart'],
  [/^whole\s*(foods|fds)/i, 'Whole Foods'],
  [/^trader\s*joe/i, "Trader Joe's"],
  [/^costco\b/i, 'Costco'],
  [/^starbucks\b/i, 'Starbucks'],
  [/^(www\.)?olacabs/i, 'Ola'],
];

/** Words that only say which branch or what legal form, dropped from the end of a name. */
// biome-ignore format: a data list, packed
export const NOISE_WORDS: readonly string[] = [
  'INC', 'INC.', 'LLC', 'LTD', 'LTD.', 'LIMITED', 'CORP', 'CORP.', 'CO.', 'PLC', 'PVT', 'PTE', 'GMBH',
  'STORE', 'STORES', 'STR', 'WHSE', 'NO', 'NO.', 'UNIT', 'BRANCH', 'LOC', 'PO', '/US', 'US', 'USA', 'ONLINE',
];

/** Words that introduce a store or reference number; the name ends before them. */
export const NUMBER_MARKERS: readonly string[] = [
  'STORE',
  'STORES',
  'STR',
  'WHSE',
  'NO',
  'NO.',
  'UNIT',
  'BRANCH',
  'PO',
  'LOC',
];

/** US states, Canadian provinces and country codes that end a description. */
export const REGION_CODES: ReadonlySet<string> = new Set([
  ...'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(
    ' ',
  ),
  ...'AB BC MB NB NL NS ON PE QC SK'.split(' '),
  ...'US USA GB GBR UK IE DE FR ES IT NL BE CH AT SE NO DK FI PT PL AU NZ SG SGP MY HK JP CN TW KR TH ID PH VN IND AE SA QA ZA MX BR AR CL'.split(
    ' ',
  ),
]);

/** Full region names printed instead of a code ("COMCAST CALIFORNIA"). Upper case. */
// biome-ignore format: a data list, packed
export const REGION_NAMES: readonly string[] = [
  'CALIFORNIA', 'TEXAS', 'NEW YORK', 'FLORIDA', 'WASHINGTON', 'ILLINOIS', 'SINGAPORE', 'INDIA',
  'UNITED KINGDOM', 'LONDON', 'ENGLAND',
];

/**
 * Cities that statements print after the merchant. Truncated forms ("LOS ALTOS HIL") match as a
 * prefix of at least five letters.
 */
// biome-ignore format: a data list, packed
export const CITY_NAMES: readonly string[] = [
  'MOUNTAIN VIEW', 'SAN JOSE', 'SAN FRANCISCO', 'LOS ALTOS', 'LOS ALTOS HILLS', 'LOS ANGELES', 'CUPERTINO',
  'SUNNYVALE', 'MILPITAS', 'FREMONT', 'PALO ALTO', 'SANTA CLARA', 'OAKLAND', 'BERKELEY', 'SAN DIEGO',
  'SACRAMENTO', 'SEATTLE', 'BELLEVUE', 'REDMOND', 'PORTLAND', 'NEW YORK', 'BROOKLYN', 'CHICAGO', 'HOUSTON',
  'DALLAS', 'AUSTIN', 'SAN ANTONIO', 'PHOENIX', 'PHILADELPHIA', 'BOSTON', 'DENVER', 'ATLANTA', 'MIAMI',
  'ORLANDO', 'LAS VEGAS', 'WASHINGTON', 'BALTIMORE', 'NASHVILLE', 'CHARLOTTE', 'DETROIT', 'MINNEAPOLIS',
  'COLLIERVILLE', 'MEMPHIS', 'SALT LAKE CITY', 'COLUMBUS', 'INDIANAPOLIS', 'PITTSBURGH', 'ST LOUIS',
  'KANSAS CITY', 'NEW ORLEANS', 'HONOLULU', 'TORONTO', 'VANCOUVER', 'MONTREAL', 'LONDON', 'MANCHESTER',
  'BIRMINGHAM', 'LEEDS', 'GLASGOW', 'EDINBURGH', 'BRISTOL', 'LIVERPOOL', 'DUBLIN', 'PARIS', 'BERLIN',
  'MUNICH', 'AMSTERDAM', 'MADRID', 'BARCELONA', 'ROME', 'MILAN', 'LISBON', 'SINGAPORE', 'BANGALORE',
  'BENGALURU', 'MUMBAI', 'DELHI', 'NEW DELHI', 'GURGAON', 'GURUGRAM', 'NOIDA', 'CHENNAI', 'HYDERABAD',
  'PUNE', 'KOLKATA', 'AHMEDABAD', 'JAIPUR', 'SYDNEY', 'MELBOURNE', 'AUCKLAND', 'DUBAI', 'HONG KONG', 'TOKYO',
  'KUALA LUMPUR', 'BANGKOK',
];
