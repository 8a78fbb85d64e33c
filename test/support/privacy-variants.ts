/**
 * Seeded variants of statements-as-lines in eleven locales, for the privacy tests until the layout
 * fuzzer lands: names with titles, particles and diacritics, each country's street and postcode
 * forms, labelled numbers, phones, emails and dates of birth, greetings, an issuer column beside the
 * address block, and transaction rows with local merchants. Each variant lists what it planted.
 */
import { createRng, type Rng } from '../../scripts/statements/prng.js';
import type { PlantedItem, PlantedStatement } from './privacy-statements.js';

interface Locale {
  lang: string;
  first: string[];
  last: string[];
  titles: string[];
  street: (r: Rng) => string[];
  city: (r: Rng) => string[];
  nameLabel: string[];
  accountLabel: string[];
  phoneLabel: string[];
  phone: (r: Rng) => string;
  dobLabel: string;
  greeting: (title: string, last: string, first: string) => string;
  merchants: string[];
  decimal: ',' | '.';
}

const d = (r: Rng, n: number) => r.digits(n).replace(/^0/, String(r.int(1, 9)));
const letters = (r: Rng, n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(r.int(65, 90))).join('');

const EN_NAME = ['Cardholder', 'Card Member', 'Primary Card Holder', 'Name', 'Customer Name'];
const EN_ACCOUNT = ['Account number', 'Customer ID', 'Relationship No', 'Customer number'];
const EN_PHONE = ['Mobile', 'Phone', 'Tel'];
const dear = (t: string, l: string, f: string) => (t ? `Dear ${t} ${l},` : `Dear ${f},`);

const LOCALES: Locale[] = [
  {
    lang: 'de-DE',
    first: ['Björn', 'Jürgen', 'Anna', 'Lena', 'Sören'],
    last: ['Wagner', 'Müller', 'Schäfer', 'Köhler', 'Weiß'],
    titles: ['Herr', 'Frau', 'Dr.'],
    street: (r) => [
      `${r.pick(['Linden', 'Goethe', 'Schiller', 'Haupt'])}${r.pick(['straße', 'weg', 'allee'])} ${r.int(1, 120)}${r.pick(['', 'a'])}`,
    ],
    city: (r) => [`${r.digits(5)} ${r.pick(['Berlin', 'München', 'Köln', 'Düsseldorf'])}`],
    nameLabel: ['Karteninhaber', 'Karteninhaberin', 'Name'],
    accountLabel: ['Kundennummer', 'Kontonummer'],
    phoneLabel: ['Telefon', 'Mobil'],
    phone: (r) => `0${r.int(30, 89)} ${d(r, 7)}`,
    dobLabel: 'Geburtsdatum',
    greeting: (t, l) => `Sehr geehrte${t === 'Frau' ? '' : 'r'} ${t} ${l},`,
    merchants: ['REWE MARKT', 'DB VERTRIEB GMBH', 'LIDL DIENSTL', 'ARAL TANKSTELLE'],
    decimal: ',',
  },
  {
    lang: 'fr-FR',
    first: ['Hélène', 'François', 'Zoé', 'Jérôme'],
    last: ['Dubois', 'Lefèvre', 'Moreau', 'Faure-Dujardin'],
    titles: ['M.', 'Mme', 'Mlle'],
    street: (r) => [
      `${r.int(1, 120)}, ${r.pick(['rue', 'avenue', 'boulevard'])} ${r.pick(['des Lilas', 'Victor Hugo', 'de la République'])}`,
    ],
    city: (r) => [`${r.digits(5)} ${r.pick(['Paris', 'Lyon', 'Marseille', 'Toulouse'])}`],
    nameLabel: ['Titulaire', 'Titulaire de la carte', 'Nom'],
    accountLabel: ['Numéro de client', 'Numéro de compte'],
    phoneLabel: ['Tél.', 'Portable'],
    phone: (r) => `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    dobLabel: 'Date de naissance',
    greeting: (t, l) => `${t === 'M.' ? 'Cher Monsieur' : 'Chère Madame'} ${l},`,
    merchants: ['CARREFOUR CITY', 'SNCF CONNECT', 'FNAC', 'MONOPRIX'],
    decimal: ',',
  },
  {
    lang: 'es-ES',
    first: ['María José', 'José Luis', 'Lucía', 'Íñigo'],
    last: ['Fernández Núñez', 'García', 'Muñoz Ortega', 'Peña'],
    titles: ['Sr.', 'Sra.'],
    street: (r) => [
      `${r.pick(['Calle', 'Avenida', 'Paseo'])} ${r.pick(['de Alcalá', 'Mayor', 'del Prado'])}, ${r.int(1, 200)}`,
    ],
    city: (r) => [`${r.digits(5)} ${r.pick(['Madrid', 'Sevilla', 'Valencia', 'Bilbao'])}`],
    nameLabel: ['Titular', 'Titular de la tarjeta', 'Nombre'],
    accountLabel: ['Número de cuenta', 'Número de cliente'],
    phoneLabel: ['Teléfono', 'Móvil'],
    phone: (r) => `6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    dobLabel: 'Fecha de nacimiento',
    greeting: (t, l) => `Estimad${t === 'Sra.' ? 'a' : 'o'} ${t} ${l}:`,
    merchants: ['MERCADONA', 'RENFE VIAJEROS', 'EL CORTE INGLES', 'REPSOL'],
    decimal: ',',
  },
  {
    lang: 'it-IT',
    first: ['Giuseppe', 'Francesca', 'Niccolò', 'Chiara'],
    last: ['Di Stefano', 'Rossi', 'Esposito', 'De Luca'],
    titles: ['Sig.', 'Sig.ra', 'Dott.'],
    street: (r) => [
      `${r.pick(['Via', 'Viale', 'Piazza', 'Corso'])} ${r.pick(['Garibaldi', 'Roma', 'Dante Alighieri'])} ${r.int(1, 200)}`,
    ],
    city: (r) => [`${r.digits(5)} ${r.pick(['Roma RM', 'Milano MI', 'Torino TO'])}`],
    nameLabel: ['Intestatario', 'Intestataria', 'Nome'],
    accountLabel: ['Codice cliente', 'Numero conto'],
    phoneLabel: ['Cellulare', 'Telefono'],
    phone: (r) => `3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`,
    dobLabel: 'Data di nascita',
    greeting: (t, l) => `Gentile ${t} ${l},`,
    merchants: ['ESSELUNGA', 'TRENITALIA', 'COOP', 'AUTOGRILL'],
    decimal: ',',
  },
  {
    lang: 'nl-NL',
    first: ['Johannes', 'Pieter', 'Sanne', 'Daan'],
    last: ['van der Berg', 'de Vries', 'Jansen', 'van Dijk'],
    titles: ['Dhr.', 'Mevr.'],
    street: (r) => [
      `${r.pick(['Keizers', 'Heren', 'Prinsen', 'Linden'])}${r.pick(['gracht', 'straat', 'laan'])} ${r.int(1, 300)}`,
    ],
    city: (r) => [`${r.int(1000, 9999)} ${letters(r, 2)} ${r.pick(['Amsterdam', 'Utrecht', 'Rotterdam'])}`],
    nameLabel: ['Naam', 'Kaarthouder', 'Rekeninghouder'],
    accountLabel: ['Klantnummer', 'Rekeningnummer'],
    phoneLabel: ['Mobiel', 'Telefoon'],
    phone: (r) => `06-${r.digits(8)}`,
    dobLabel: 'Geboortedatum',
    greeting: (t, l) =>
      `Geachte ${t === 'Dhr.' ? 'heer' : 'mevrouw'} ${l.charAt(0).toUpperCase()}${l.slice(1)},`,
    merchants: ['ALBERT HEIJN', 'NS GROEP', 'JUMBO', 'BOL.COM'],
    decimal: ',',
  },
  {
    lang: 'pt-PT',
    first: ['João', 'Conceição', 'Inês', 'Gonçalo'],
    last: ['Gonçalves', 'da Silva', 'Araújo', 'Magalhães'],
    titles: ['Sr.', 'Sra.'],
    street: (r) => [
      `${r.pick(['Rua', 'Avenida', 'Travessa'])} ${r.pick(['Augusta', 'da Liberdade', 'do Carmo'])} ${r.int(1, 300)}`,
    ],
    city: (r) => [`${r.int(1000, 9999)}-${r.digits(3)} ${r.pick(['Lisboa', 'Porto', 'Braga'])}`],
    nameLabel: ['Titular do cartão', 'Titular', 'Nome'],
    accountLabel: ['Número de conta', 'Número de cliente'],
    phoneLabel: ['Telemóvel', 'Telefone'],
    phone: (r) => `9${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    dobLabel: 'Data de nascimento',
    greeting: (t, l) => `Car${t === 'Sra.' ? 'a' : 'o'} ${t} ${l},`,
    merchants: ['CONTINENTE', 'CP COMBOIOS', 'PINGO DOCE', 'GALP'],
    decimal: ',',
  },
  {
    lang: 'en-GB',
    first: ['Siobhan', 'Oliver', 'Amelia'],
    last: ['O’Reilly', 'Smith-Jones', 'McAllister'],
    titles: ['Mr', 'Mrs', 'Ms', 'Dr', ''],
    street: (r) => [
      `${r.int(1, 200)} ${r.pick(['High', 'Church', 'Station'])} ${r.pick(['Street', 'Road', 'Lane'])}`,
    ],
    city: (r) => r.pick([['LEEDS', 'LS1 4AP'], ['Bristol BS8 1TH'], ['MANCHESTER', 'M20 3ED']]),
    nameLabel: EN_NAME,
    accountLabel: EN_ACCOUNT,
    phoneLabel: EN_PHONE,
    phone: (r) => `07700 ${r.digits(6)}`,
    dobLabel: 'Date of birth',
    greeting: dear,
    merchants: ['TESCO STORES', 'TFL TRAVEL CH', 'PRET A MANGER', 'BOOTS'],
    decimal: '.',
  },
  {
    lang: 'en-IN',
    first: ['SURESH', 'PRIYA', 'VENKATESH', 'LAKSHMI'],
    last: ['NAGPAL', 'RAMAKRISHNAN', 'IYER', 'SHARMA'],
    titles: ['MR', 'MRS', 'SHRI', 'SMT', ''],
    street: (r) => [
      `${r.pick(['FLAT', 'H.NO', 'PLOT NO'])} ${r.int(1, 500)}, ${r.pick(['SAI KRUPA APARTMENTS', 'GREEN PARK SOCIETY'])}`,
      r.pick(['MG ROAD', '2ND CROSS, INDIRANAGAR', 'ANDHERI EAST']),
    ],
    city: (r) => [`${r.pick(['BENGALURU', 'MUMBAI', 'PUNE'])}${r.pick([' - ', ' ', '-'])}${d(r, 6)}`],
    nameLabel: EN_NAME,
    accountLabel: EN_ACCOUNT,
    phoneLabel: EN_PHONE,
    phone: (r) => `+91 9${r.digits(4)} ${r.digits(5)}`,
    dobLabel: 'DOB',
    greeting: dear,
    merchants: ['BIGBASKET', 'IRCTC WEB', 'SWIGGY', 'FLIPKART PAYMENTS'],
    decimal: '.',
  },
  {
    lang: 'en-CA',
    first: ['JEAN-FRANÇOIS', 'MARIE-ÈVE', 'LIAM'],
    last: ['TREMBLAY', 'GAGNON', 'ROY'],
    titles: ['MR.', 'MRS.', 'MS.', ''],
    street: (r) => [`${r.int(10, 9999)} ${r.pick(['RUE SAINT-DENIS', 'KING ST W', 'YONGE ST'])}`],
    city: (r) => [
      `${r.pick(['TORONTO ON', 'MONTREAL QC', 'VANCOUVER BC'])} ${letters(r, 1)}${r.digits(1)}${letters(r, 1)} ${r.digits(1)}${letters(r, 1)}${r.digits(1)}`,
    ],
    nameLabel: EN_NAME,
    accountLabel: EN_ACCOUNT,
    phoneLabel: EN_PHONE,
    phone: (r) => `(${r.pick(['416', '514', '604', '613'])}) 555-${r.digits(4)}`,
    dobLabel: 'Date of birth',
    greeting: dear,
    merchants: ['METRO PLUS', 'PETRO-CANADA', 'TIM HORTONS', 'CANADIAN TIRE'],
    decimal: '.',
  },
  {
    lang: 'en-AU',
    first: ['Aroha', 'Jack', 'Matilda'],
    last: ['Ngata-Williams', 'Nguyen', 'O’Connor'],
    titles: ['Mr', 'Ms', 'Dr', ''],
    street: (r) => [
      `${r.pick(['Unit 5, ', ''])}${r.int(1, 200)} ${r.pick(['George', 'Bondi', 'Collins'])} ${r.pick(['Street', 'Road'])}`,
    ],
    city: (r) => [`${r.pick(['SYDNEY NSW', 'MELBOURNE VIC', 'BRISBANE QLD'])} ${d(r, 4)}`],
    nameLabel: EN_NAME,
    accountLabel: EN_ACCOUNT,
    phoneLabel: EN_PHONE,
    phone: (r) => `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    dobLabel: 'Date of birth',
    greeting: dear,
    merchants: ['WOOLWORTHS', 'OPAL TRAVEL', 'BUNNINGS', 'COLES'],
    decimal: '.',
  },
  {
    lang: 'en-SG',
    first: ['MEI LING', 'WEI JIE', 'AISYAH'],
    last: ['TAN', 'LIM', 'RAHMAN'],
    titles: ['MR', 'MS', 'MDM', ''],
    street: (r) => [
      `BLK ${r.int(100, 999)} ${r.pick(['ANG MO KIO AVE 3', 'TAMPINES ST 21', 'BEDOK NORTH RD'])}`,
      `#${r.digits(2)}-${r.digits(3)}`,
    ],
    city: (r) => [`SINGAPORE ${r.digits(6)}`],
    nameLabel: EN_NAME,
    accountLabel: EN_ACCOUNT,
    phoneLabel: EN_PHONE,
    phone: (r) => `+65 9${r.digits(3)} ${r.digits(4)}`,
    dobLabel: 'Date of birth',
    greeting: dear,
    merchants: ['NTUC FAIRPRICE', 'GRAB RIDES', 'SHENG SIONG', 'BUS/MRT'],
    decimal: '.',
  },
];

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f’' ]/g, '')
    .toLowerCase();

/** One seeded variant of a locale's statement. */
function variant(loc: Locale, seed: number): PlantedStatement {
  const r = createRng(seed, loc.lang);
  const first = r.pick(loc.first);
  const last = r.pick(loc.last);
  const title = r.pick(loc.titles);
  const name = `${first} ${last}`;
  const caps = r.chance(0.3);
  const c = (s: string) => (caps ? s.toUpperCase() : s);
  const block = [`${title ? `${title} ` : ''}${name}`, ...loc.street(r), ...loc.city(r)].map(c);
  const issuer = [
    'Service: 0800 123 4567',
    `Statement ${r.int(1, 28)}/0${r.int(1, 9)}/2025`,
    `Card XXXX XXXX XXXX ${r.digits(4)}`,
  ];
  const rows: string[] = block.map((line, i) =>
    r.chance(0.5) && issuer[i] ? `${line}  ${issuer[i]}` : line,
  );
  const account = r.chance(0.5) ? d(r, r.int(10, 14)) : `${d(r, 4)} ${r.digits(4)} ${r.digits(3)}`;
  const phone = loc.phone(r);
  const email = `${ascii(first)}.${ascii(last)}@example.com`;
  const dob = `${r.int(10, 28)}.0${r.int(1, 9)}.19${r.int(50, 99)}`;
  rows.push(`${r.pick(loc.nameLabel)}: ${name}`, `${r.pick(loc.accountLabel)}: ${account}`);
  rows.push(`${r.pick(loc.phoneLabel)}: ${phone}  E-mail: ${email}`, `${loc.dobLabel}: ${dob}`);
  rows.push(loc.greeting(title, last, first));
  const merchants = loc.merchants.map((m) => `${m} ${r.int(100, 999)}`);
  for (const m of merchants) {
    const amount = `${r.int(1, 999)}${loc.decimal}${r.digits(2)}`;
    rows.push(`${String(r.int(10, 28))}/0${r.int(1, 9)}/2025  ${m}  ${amount}`);
  }
  // Each word of the name is checked on its own by the test (privacy-score's holder words).
  const planted: PlantedItem[] = [
    { kind: 'name', value: name },
    ...block.slice(1).map((value) => ({ kind: 'address', value })),
    { kind: 'account', value: account },
    { kind: 'phone', value: phone },
    { kind: 'email', value: email },
    { kind: 'dob', value: dob },
  ];
  return { lang: loc.lang, text: rows.join('\n'), planted, keep: ['0800 123 4567'], merchants };
}

/** `perLocale` seeded variants of each of the eleven locales. */
export function plantedVariants(perLocale: number): PlantedStatement[] {
  return LOCALES.flatMap((loc) => Array.from({ length: perLocale }, (_, i) => variant(loc, i + 1)));
}
