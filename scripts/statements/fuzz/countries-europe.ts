/** Euro countries (and Switzerland) for the fuzzer: issuers, people, streets, postcodes, phones. */
import { type CountryInfo, letter, num, type Person } from './country-types.js';

const EURO_SYMBOLS = ['€', 'EUR'] as const;

/**
 * A euro country: `digits` is the postcode length (0 = Dutch "1234 AB", -1 = Portuguese
 * "1000-205"); the city line puts the postcode first, as continental addresses do.
 */
function euro(
  issuers: string[],
  people: Person[],
  streets: string[],
  cities: string[],
  digits: number,
  intlPrefix: string,
  nationalPrefix: string,
): CountryInfo {
  return {
    currency: 'EUR',
    region: 'de',
    scale: 0.9,
    symbols: EURO_SYMBOLS,
    issuers,
    people,
    streets,
    cities,
    postcode: (rng) =>
      digits === 0
        ? `${num(rng, 4)} ${letter(rng)}${letter(rng)}`
        : digits === -1
          ? `${num(rng, 4)}-${rng.digits(3)}`
          : num(rng, digits),
    streetLine: (n, s) => `${s} ${n % 140}`,
    cityLine: (c, p) => `${p} ${c}`,
    phone: (rng) => {
      const d = `${rng.digits(3)} ${rng.digits(4)}`;
      return { national: `${nationalPrefix} ${d}`, international: `${intlPrefix} ${d}` };
    },
  };
}

/** The European countries. */
export const EUROPE: Record<'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'PT' | 'CH', CountryInfo> = {
  DE: euro(
    ['Rheinufer Kreditbank', 'Hanse Kartenbank', 'Alpenland Bank AG'],
    [
      ['Björn', 'Wagner', 'm'],
      ['Jürgen', 'Weiß', 'm'],
      ['Anna', 'Schäfer', 'f'],
      ['Katharina', 'Brandt', 'f'],
    ],
    ['Lindenstraße', 'Am Stadtgarten', 'Goethestraße', 'Müllerweg'],
    ['Köln', 'Berlin', 'Hamburg', 'München'],
    5,
    '+49 151',
    '0151',
  ),
  FR: euro(
    ['Banque du Lac', 'Crédit Sainte-Claire', 'Carte Azur'],
    [
      ['François', 'Lefèvre', 'm'],
      ['Hélène', 'Dubois', 'f'],
      ['Amélie', 'Girard', 'f'],
      ['Jérôme', 'Mercier', 'm'],
    ],
    ['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'place du Marché'],
    ['Lyon', 'Paris', 'Nantes', 'Grenoble'],
    5,
    '+33 6',
    '06',
  ),
  ES: euro(
    ['Banco Aurora', 'Caja del Sol', 'Tarjetas Iberia Norte'],
    [
      ['José', 'Martínez', 'm'],
      ['María', 'Núñez', 'f'],
      ['Íñigo', 'Peña', 'm'],
      ['Lucía', 'Fernández', 'f'],
    ],
    ['Calle Mayor', 'Avenida de la Constitución', 'Calle de Alcalá', 'Paseo de Gracia'],
    ['Madrid', 'Sevilla', 'Valencia', 'Bilbao'],
    5,
    '+34 6',
    '6',
  ),
  IT: euro(
    ['Banca del Garda', 'Carte Laguna', 'Credito Adriatico'],
    [
      ['Niccolò', 'Ricci', 'm'],
      ['Giulia', 'Esposito', 'f'],
      ['Lorenzo', 'Bianchi', 'm'],
      ['Chiara', 'Galli', 'f'],
    ],
    ['Via Roma', 'Corso Garibaldi', 'Viale dei Mille', 'Piazza Duomo'],
    ['Milano', 'Torino', 'Bologna', 'Napoli'],
    5,
    '+39 347',
    '347',
  ),
  NL: euro(
    ['Polderbank', 'Grachten Kaart', 'Noordzee Bank N.V.'],
    [
      ['Jan', 'de Vries', 'm'],
      ['Sanne', 'van Dijk', 'f'],
      ['Daan', 'Bakker', 'm'],
      ['Eva', 'Jansen', 'f'],
    ],
    ['Keizersgracht', 'Dorpsstraat', 'Kerkweg', 'Stationsplein'],
    ['Amsterdam', 'Utrecht', 'Groningen', 'Delft'],
    0,
    '+31 6',
    '06',
  ),
  PT: euro(
    ['Banco Atlântico', 'Cartões Douro', 'Caixa Tejo'],
    [
      ['João', 'Gonçalves', 'm'],
      ['Inês', 'Araújo', 'f'],
      ['Tiago', 'Simões', 'm'],
      ['Ana', 'Conceição', 'f'],
    ],
    ['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'],
    ['Lisboa', 'Porto', 'Braga', 'Coimbra'],
    -1,
    '+351 91',
    '91',
  ),
  CH: {
    ...euro(
      ['Helvetia Kartenbank', 'Banque Léman', 'Banca Ticino'],
      [
        ['Reto', 'Brunner', 'm'],
        ['Céline', 'Rochat', 'f'],
        ['Luca', 'Bernasconi', 'm'],
        ['Ursula', 'Zürcher', 'f'],
      ],
      ['Bahnhofstrasse', 'Rue du Rhône', 'Via Nassa', 'Seestrasse'],
      ['Zürich', 'Genève', 'Lugano', 'Bern'],
      4,
      '+41 79',
      '079',
    ),
    currency: 'CHF',
    scale: 0.9,
    symbols: ['CHF', 'Fr.'],
  },
};
