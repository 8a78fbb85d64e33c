/**
 * Weekday names some issuers print before a row's date ("Mon 05 Jan", "Mo., 05.01.2026", "ma
 * 05-01-2026"), in the languages the engine reads: full English names and the abbreviations of
 * English, German, French, Spanish, Italian, Dutch and Portuguese. Longest first, so a pattern built
 * from them takes "Thurs" whole. Shared by the date reader and the redactor's test for a table row.
 */
export const WEEKDAY_NAMES: readonly string[] = [
  'wednesday',
  'thursday',
  'saturday',
  'tuesday',
  'monday',
  'friday',
  'sunday',
  'thurs',
  'tues',
  'thur',
  ...['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  ...['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
  ...['mié', 'mie', 'jue', 'vie', 'sáb', 'sab', 'dom'],
  ...['gio', 'seg', 'ter', 'qua', 'qui', 'sex'],
  ...['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'ma', 'wo', 'vr', 'za', 'zo'],
];

/** A weekday and what may follow it before the date: a dot, a comma, a space ("Mo., "). */
export const WEEKDAY_PREFIX = String.raw`(?:${WEEKDAY_NAMES.join('|')})\.?,? +`;
