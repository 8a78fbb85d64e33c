/**
 * The category rule table: data, not code. Matching is case-insensitive on whole words, after the
 * normalisation in text.ts (punctuation becomes spaces, "&" becomes "and", "+" becomes "plus").
 *
 * How it is used: the transaction type decides first (payments, fees, cash advances); then the
 * longest `merchants` entry found in the description wins across all rules; only when no merchant
 * matches does the longest `keywords` entry win; otherwise the category is "Other".
 *
 * To add a rule: put a real brand name under `merchants` of its category (longer, more specific
 * names such as "uber eats" beat shorter ones such as "uber"), or a generic word that only that kind
 * of business uses under `keywords`. Then run `npm run jest -- test/analysis`.
 */
import type { Category } from './types.js';

export interface CategoryRule {
  category: Category;
  /** Brand names, matched anywhere in the description as whole words. */
  merchants?: readonly string[];
  /** Generic words, consulted only when no brand matched. */
  keywords?: readonly string[];
}

// biome-ignore format: a data table, packed so it reads as one
export const CATEGORY_RULES: readonly CategoryRule[] = [
  {
    category: 'Groceries',
    merchants: [
      'costco', 'costco whse', 'trader joe', 'trader joes', 'whole foods', 'wholefds', 'kroger', 'safeway',
      'publix', 'albertsons', 'aldi', 'lidl', 'wegmans', 'h e b', 'heb', 'food lion', 'giant eagle',
      'stop and shop', 'sprouts', 'meijer', 'winco', 'vons', 'ralphs', 'fred meyer', 'hy vee',
      'smart and final', 'food 4 less', 'save mart', 'piggly wiggly', 'harris teeter', 'shoprite',
      'instacart', 'sams club', 'bjs wholesale', 'tesco', 'sainsbury', 'sainsburys', 'asda', 'morrisons',
      'waitrose', 'ocado', 'co op food', 'iceland foods', 'marks and spencer food', 'm and s simply food',
      'carrefour', 'rewe', 'edeka', 'auchan', 'leclerc', 'intermarche', 'mercadona', 'albert heijn',
      'jumbo supermarkt', 'coles', 'woolworths', 'countdown', 'big bazaar', 'dmart', 'reliance fresh',
      'more supermarket', 'spencers', 'nature s basket', 'bigbasket', 'blinkit', 'grofers', 'zepto',
      'swiggy instamart', 'jiomart', 'fairprice', 'ntuc', 'cold storage', 'giant hypermarket', 'sheng siong',
      'redmart', 'penny markt', 'united supermarkets', 'netto', 'kaufland', 'denns', 'loblaws', 'sobeys',
      'metro inc', 'freshco', 'no frills',
    ],
    keywords: [
      'grocery', 'groceries', 'supermarket', 'super market', 'supermarkt', 'hypermarket', 'market', 'mart',
      'marke', 'farmers market', 'produce', 'butcher', 'meats', 'bakery', 'deli', 'greengrocer',
      'provisions', 'pantry', 'foods', 'halal', 'kirana', 'fresh', 'wholesale', 'minimart', 'supercenter',
    ],
  },
  {
    category: 'Dining',
    merchants: [
      'starbucks', 'mcdonald', 'mcdonalds', 'burger king', 'wendys', 'taco bell', 'chipotle', 'subway',
      'kfc', 'dominos', 'pizza hut', 'papa johns', 'dunkin', 'panera', 'chick fil a', 'five guys',
      'shake shack', 'in n out', 'popeyes', 'sonic drive in', 'jack in the box', 'panda express',
      'olive garden', 'applebees', 'chilis', 'ihop', 'dennys', 'cheesecake factory', 'tim hortons',
      'blue bottle', 'peets', 'philz', 'doordash', 'grubhub', 'uber eats', 'ubereats', 'postmates',
      'seamless', 'deliveroo', 'just eat', 'swiggy', 'zomato', 'foodpanda', 'grabfood', 'wolt', 'greggs',
      'pret a manger', 'pret', 'costa coffee', 'caffe nero', 'nandos', 'wagamama', 'itsu', 'wetherspoon',
      'haldiram', 'cafe coffee day', 'chaayos', 'barista', 'lieferando', 'vapiano', 'backwerk', 'sweetgreen',
      'le pain quotidien', 'ya kun', 'toast box', 'old chang kee', 'jollibee', 'bhimas', 'saravana bhavan',
    ],
    keywords: [
      'restaurant', 'restaurants', 'cafe', 'caffe', 'coffee', 'espresso', 'pizza', 'pizzeria', 'burger',
      'burgers', 'grill', 'bistro', 'diner', 'eatery', 'eats', 'kitchen', 'taqueria', 'sushi', 'ramen',
      'noodle', 'bbq', 'steakhouse', 'bar', 'pub', 'tavern', 'brewery', 'brewing', 'bakehouse', 'donut',
      'doughnut', 'bagel', 'tea', 'boba', 'restaurante', 'ristorante', 'trattoria', 'brasserie', 'osteria',
      'gasthaus', 'imbiss', 'baeckerei', 'chaat', 'bhavan', 'drive thru', 'drive in', 'dhaba', 'biryani',
      'dosa', 'canteen', 'food court', 'hawker', 'kopitiam', 'breakfast', 'brunch', 'lunch', 'dinner',
      'toast', 'oven', 'flavors', 'flavours', 'gourmet', 'culinary', 'epicurean', 'gastronomic', 'grub',
      'food', 'feast', 'wings', 'taco', 'tacos', 'creamery', 'gelato', 'dessert',
    ],
  },
  {
    category: 'Transport & Fuel',
    merchants: [
      'shell', 'chevron', 'exxon', 'exxonmobil', 'mobil', 'bp', 'texaco', 'speedway', 'sunoco', 'valero',
      'citgo', 'marathon petro', 'phillips 66', 'conoco', 'arco', 'circle k', 'wawa', 'quiktrip', 'qt',
      'sheetz', 'racetrac', 'costco gas', 'sams fuel', 'esso', 'indian oil', 'iocl', 'bharat petroleum',
      'bpcl', 'hpcl', 'aral', 'total energies', 'totalenergies', 'jet tankstelle', 'deutsche bahn',
      'db bahn', 'bvg', 'mvg', 'hvv', 'rmv', 'hindustan petroleum', 'caltex', 'petron', 'uber', 'lyft',
      'ola', 'olacabs', 'rapido', 'grab', 'gojek', 'bolt', 'addison lee', 'free now', 'didi', 'uber trip',
      'mta', 'bart', 'clipper', 'ventra', 'septa', 'wmata', 'tfl', 'tfl travel charge',
      'transport for london', 'oyster', 'trainline', 'national rail', 'caltrain', 'metra', 'nj transit',
      'fastag', 'ez pass', 'e zpass', 'sunpass', 'fastrak', 'parkmobile', 'spothero', 'paybyphone', 'ringgo',
      'citi bike', 'lime scooter', 'bird scooter', 'ez link', 'simplygo', 'transitlink', 'comfortdelgro',
      'jiffy lube', 'pep boys', 'autozone', 'oreilly auto', 'advance auto', 'firestone', 'midas',
      'discount tire', 'honda', 'toyota', 'lexus', 'ford', 'bmw', 'nissan', 'tesla', 'kwik fit', 'halfords',
    ],
    keywords: [
      'fuel', 'fuels', 'tankstelle', 'gas station', 'petrol', 'petroleum', 'diesel', 'oil co',
      'filling station', 'service station', 'ev charging', 'charging', 'chargepoint', 'taxi', 'cab', 'cabs',
      'rideshare', 'transit', 'metro', 'subway fare', 'bus', 'ride', 'rail', 'railway', 'commute', 'toll',
      'tolls', 'parking', 'car wash', 'auto repair', 'autoparts', 'auto parts', 'tire', 'tyre', 'tires',
      'tyres', 'garage', 'motors', 'automotive', 'mechanic',
    ],
  },
  {
    category: 'Travel',
    merchants: [
      'united airlines', 'delta air', 'american airlines', 'southwest', 'jetblue', 'alaska air',
      'spirit airl', 'frontier airlines', 'air canada', 'british airways', 'easyjet', 'ryanair', 'lufthansa',
      'air france', 'klm', 'emirates', 'qatar airways', 'singapore airlines', 'scoot', 'jetstar', 'qantas',
      'air india', 'indigo', 'vistara', 'spicejet', 'akasa', 'virgin atlantic', 'marriott', 'hilton',
      'hyatt', 'ihg', 'holiday inn', 'best western', 'sheraton', 'westin', 'radisson', 'premier inn',
      'travelodge', 'taj hotels', 'oyo', 'airbnb', 'vrbo', 'booking com', 'expedia', 'hotels com', 'agoda',
      'priceline', 'kayak', 'trip com', 'makemytrip', 'goibibo', 'cleartrip', 'yatra', 'hertz', 'avis',
      'enterprise rent', 'budget rent', 'national car', 'alamo', 'sixt', 'europcar', 'turo', 'eurostar',
      'greyhound', 'flixbus', 'megabus', 'tsa precheck', 'global entry', 'amtrak', 'irctc', 'motel one',
      'united airl', 'united', 'deutsche lufthansa',
    ],
    keywords: [
      'airline', 'airlines', 'airways', 'air lines', 'airport', 'flight', 'flights', 'hotel', 'hotels',
      'motel', 'inn', 'resort', 'hostel', 'lodge', 'suites', 'travel', 'traveler', 'travelers', 'travellers',
      'tours', 'cruise', 'cruises', 'car rental', 'rent a car', 'vacation', 'holidays', 'visa fee',
    ],
  },
  {
    category: 'Shopping',
    merchants: [
      'amazon', 'amzn', 'amzn mktp', 'walmart', 'wal mart', 'target', 'ebay', 'etsy', 'best buy', 'macys',
      'nordstrom', 'kohls', 'tj maxx', 'tjx', 'marshalls', 'ross stores', 'old navy', 'gap', 'h and m', 'zara',
      'uniqlo', 'nike', 'adidas', 'apple store', 'apple com us', 'microsoft store', 'dollar tree',
      'dollar general', 'family dollar', 'michaels', 'hobby lobby', 'joann',
      'overstock', 'shein', 'temu', 'aliexpress', 'alibaba', 'wish com', 'argos', 'zalando',
      'mediamarkt', 'media markt', 'saturn', 'otto', 'fnac', 'tanishq', 'tchibo', 'currys', 'john lewis',
      'primark', 'next retail', 'tk maxx', 'decathlon', 'flipkart', 'myntra', 'ajio', 'meesho', 'tata cliq',
      'croma', 'reliance digital', 'lazada', 'shopee', 'qoo10', 'harvey norman', 'daiso', 'muji',
      'dicks sporting', 'barnes and noble', 'waterstones', 'crossword',
    ],
    keywords: [
      'store', 'stores', 'shop', 'shopping', 'boutique', 'outlet', 'mall', 'retail', 'apparel', 'clothing',
      'fashion', 'shoes', 'footwear', 'jewelry', 'jewellery', 'electronics', 'books', 'bookshop', 'bookstore',
      'gifts', 'gift shop', 'toys', 'florist', 'flowers', 'sporting goods', 'department store', 'marketplace',
      'ecommerce', 'stationery', 'airport shop', 'duty free', 'jewellers', 'jewelers',
    ],
  },
  {
    category: 'Subscriptions & Digital',
    merchants: [
      'netflix', 'spotify', 'youtube premium', 'youtubepremium', 'youtube tv', 'apple com bill', 'itunes',
      'icloud', 'apple music', 'apple tv', 'google storage', 'google one', 'google play', 'adobe',
      'disney plus', 'disneyplus', 'hulu', 'hbo max', 'max com', 'paramount plus', 'peacock', 'audible',
      'amazon prime', 'prime video', 'amazon digital', 'amzn digital', 'kindle', 'microsoft 365', 'msft',
      'dropbox', 'openai', 'chatgpt', 'anthropic', 'canva', 'grammarly', 'linkedin', 'patreon', 'substack',
      'medium com', 'crunchyroll', 'sirius xm', 'siriusxm', 'pandora', 'tidal', 'deezer', 'nytimes',
      'new york times', 'wsj', 'washington post', 'the economist', 'nyt', 'hotstar', 'jiocinema', 'sonyliv',
      'zee5', 'gaana', 'jiosaavn', 'now tv', 'britbox', 'dazn', 'nordvpn', 'expressvpn', '1password',
      'lastpass', 'duolingo', 'headspace', 'calm com', 'tinder', 'bumble',
    ],
    keywords: [
      'subscription', 'subscr', 'membership fee', 'streaming', 'app store', 'digital',
    ],
  },
  {
    category: 'Utilities & Telecom',
    merchants: [
      'at and t', 'att', 'verizon', 'vzwrlss', 't mobile', 'tmobile', 'sprint', 'comcast', 'xfinity',
      'spectrum', 'charter comm', 'cox comm', 'frontier comm', 'centurylink', 'optimum', 'google fi',
      'mint mobile', 'cricket wireless', 'boost mobile', 'vivint', 'adt', 'ring com', 'pg and e', 'pge',
      'con edison', 'coned', 'duke energy', 'dominion energy', 'southern california edison', 'sce',
      'national grid', 'xcel', 'pseg', 'sdg and e', 'bt group', 'bt', 'virgin media', 'sky digital',
      'sky uk', 'vodafone', 'ee limited', 'o2', 'three uk', 'giffgaff', 'british gas', 'octopus energy',
      'edf energy', 'e on energy', 'eon', 'thames water', 'ovo energy', 'airtel', 'jio', 'reliance jio',
      'vodafone idea', 'bsnl', 'act fibernet', 'tata power', 'telekom', 'deutsche telekom', '1und1',
      'vodafone gmbh', 'eprimo', 'vattenfall', 'adani electricity', 'bescom', 'mahanagar gas', 'singtel',
      'starhub', 'm1 limited', 'sp services', 'sp group', 'telstra', 'optus', 'rogers', 'bell canada',
      'telus',
    ],
    keywords: [
      'utility', 'utilities', 'electric', 'electricity', 'power', 'energy', 'gas and electric', 'water',
      'sewer', 'trash', 'waste', 'internet', 'broadband', 'fibre', 'fiber', 'wireless', 'mobile', 'cellular',
      'telecom', 'telephone', 'phone bill', 'cable', 'recharge', 'prepaid', 'postpaid', 'dth', 'bill payment',
      'security system', 'alarm', 'stadtwerke', 'energie', 'strom',
    ],
  },
  {
    category: 'Health',
    merchants: [
      'walgreens', 'cvs', 'cvs pharmacy', 'rite aid', 'boots', 'superdrug', 'docmorris', 'shop apotheke',
      'duane reade', 'kaiser', 'labcorp', 'quest diagnostics', 'one medical', 'teladoc', 'goodrx',
      'apollo pharmacy', 'apollo hospitals', 'medplus', 'netmeds', 'pharmeasy', '1mg', 'practo',
      'guardian health', 'unity pharmacy', 'lloyds pharmacy', 'bupa', 'specsavers', 'planet fitness',
      'la fitness', '24 hour fitness', 'equinox', 'anytime fitness', 'orangetheory', 'crunch fitness',
      'gold s gym', 'golds gym', 'puregym', 'the gym group', 'david lloyd', 'nuffield health', 'cult fit',
      'curefit', 'peloton', 'classpass',
    ],
    keywords: [
      'pharmacy', 'pharma', 'chemist', 'apotheke', 'drugstore', 'drug store', 'medical', 'medicine',
      'clinic', 'hospital', 'health', 'healthcare', 'dental', 'dentist', 'orthodontic', 'doctor',
      'physician', 'pediatrics', 'dermatology', 'optometrist', 'vision', 'lab', 'laboratory', 'diagnostics',
      'therapy', 'physio', 'chiropractic', 'urgent care', 'vet', 'veterinary', 'animal hospital', 'gym',
      'fitness', 'yoga', 'pilates', 'wellness',
    ],
  },
  {
    category: 'Entertainment',
    merchants: [
      'amc theatres', 'amc', 'united artists', 'regal cinemas', 'regal', 'cinemark', 'fandango',
      'ticketmaster', 'live nation', 'stubhub', 'eventbrite', 'seatgeek', 'dave and busters', 'topgolf',
      'bowlero', 'six flags', 'disneyland', 'walt disney world', 'universal studios', 'legoland', 'odeon',
      'vue cinemas', 'cineworld', 'pvr', 'inox', 'bookmyshow', 'cathay cineplexes', 'golden village',
      'shaw theatres', 'sentosa', 'cinemaxx', 'eventim', 'uci kinowelt', 'draftkings', 'fanduel',
    ],
    keywords: [
      'cinema', 'cinemas', 'kino', 'theatre', 'theater', 'movies', 'movie', 'concert', 'tickets', 'ticket',
      'museum', 'zoo', 'aquarium', 'bowling', 'arcade', 'amusement', 'theme park', 'golf', 'karaoke', 'casino',
      'lottery', 'festival', 'club', 'nightclub', 'events', 'entertainment', 'sports', 'stadium',
    ],
  },
  { category: 'Fees & Interest', keywords: ['annual fee', 'late fee', 'finance charge', 'interest charge'] },
  {
    category: 'Cash',
    keywords: ['atm', 'cash withdrawal', 'cash advance', 'cash wdl', 'western union', 'moneygram'],
  },
];

/**
 * Merchants that bill on a schedule: one charge from these is treated as a monthly subscription
 * even when it appears only once on this statement.
 */
// biome-ignore format: a data list, packed
export const SUBSCRIPTION_MERCHANTS: readonly string[] = [
  'netflix', 'spotify', 'youtube premium', 'youtubepremium', 'youtube tv', 'apple com bill', 'icloud',
  'apple music', 'apple tv', 'google storage', 'google one', 'adobe', 'disney plus', 'disneyplus', 'hulu',
  'hbo max', 'paramount plus', 'peacock', 'audible', 'amazon prime', 'prime video', 'kindle unlimited',
  'microsoft 365', 'xbox game pass', 'playstation plus', 'nintendo online', 'dropbox', 'chatgpt', 'openai',
  'notion', 'linkedin premium', 'patreon', 'substack', 'crunchyroll', 'sirius xm', 'siriusxm', 'pandora',
  'tidal', 'deezer', 'nytimes', 'new york times', 'wsj', 'the economist', 'hotstar', 'sonyliv', 'zee5',
  'now tv', 'britbox', 'dazn', 'duolingo', 'headspace', 'calm com', 'nordvpn', 'expressvpn', '1password',
  'planet fitness', 'la fitness', '24 hour fitness', 'equinox', 'anytime fitness', 'orangetheory',
  'crunch fitness', 'puregym', 'the gym group', 'peloton', 'classpass', 'gym', 'fitness',
];
