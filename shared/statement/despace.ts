/**
 * Undoes letter-spacing before the statement is read. Fonts with wide tracking reach us as one text
 * item per glyph, so gaps become spaces: "1 , 1 9 9 .0 0 Dr", "2 3 .0 0 C r", "S ta te me n t P e r i o d".
 * A spaced number is rejoined only when the result is a well-formed amount; spaced words only when
 * the letters split wholly into words a statement's labels use — so "A M Z N M k t p" (a merchant,
 * printed that way) stays as printed, and two amounts side by side ("2,334.00 371.00") stay apart.
 */
import { type Cell, type Line, withCells } from '../pdf/layout.js';
import { isDigit } from './chars.js';
import { readDateAt } from './dates.js';
import { LONE_MARKER, mayEndFigure, parseAmount } from './money.js';

const GLUED_COLON = /(?<=[A-Za-z]):(?=\d)/g;
/** A Cr/Dr marker printed one glyph at a time. */
const SPACED_MARKER = /^[CD] [Rr]$/;
/**
 * Runs of ≥3 short digit/separator tokens (the Swiss apostrophe among the separators), with an
 * optional spaced Cr/Dr marker, or a trailing minus or dash that ends the cell ("3 , 5 6 7 . 9 6 -":
 * tracked with its figure, so part of it).
 */
const SPACED_NUMBER =
  /(?<![\w.,'’])((?:[\d.,'’]{1,3} ){2,}[\d.,'’]{1,3})(?: ?(C ?[rR]|D ?[rR]|[-–−](?=\s*$)))?(?![\w.,'’])/g;
/**
 * A cell of single digits set apart one by one, and nothing else but a sign, parentheses or a currency
 * mark before them ("4 4 9", "- 4 4 9", "( 5 1 8 )", "4 4 9 -", "¥ 4 4 9"): the sign and the mark
 * are spaced like the digits and left as printed.
 */
const SPACED_DIGITS_ONLY = /^([-–−+(] ?)?((?:[A-Z]{1,2})?[$£€₹¥] ?)?(\d(?: \d)+)( ?[-–−)])?$/;
/** Three single digits set apart in a line's text: the document spaces its figures glyph by glyph. */
const SPACED_RUN = /(?:^| )\d \d \d(?: |$|[.,])/;
/** An apostrophe grouping thousands with a space on either side, in a figure ("3 ' 521.49"). */
const SPACED_APOSTROPHE = /(?<![\w.,'’])(\d{1,3}) ?(['’]) ?(\d{3}(?:[.,]\d{2})?)(?![\w'’]|[.,]\d)/g;
/**
 * Any of: a label glued to its value by a colon, a digit then a spaced digit, two one- or two-letter
 * pieces: every shape despaceText rebuilds, so a line or cell with none is refused in one native scan
 * (with the loose-space regex of transactions.ts, 3-7% of the 200-page parse against the character
 * walks they replaced).
 */
export const MAY_CHANGE = /[A-Za-z]:\d|\d [\d.,]|(?:^| )\S{1,2} \S{1,2}(?: |$)/;
/** What a rejoined number must look like: grouped thousands or decimals. */
const WELL_FORMED = /^\d{1,3}(?:[,.'’]\d{2,3})*[.,]\d{2}$|^\d{1,3}(?:[,'’]\d{2,3})+$/;
/** An amount printed without digit grouping ("2464,76", "273234.50"). */
const UNGROUPED = /^\d{4,}[.,]\d{2}$/;
/** A cell made only of letters and single spaces, with many one- or two-letter pieces. */
const SPACED_WORDS = /^(?:[A-Za-z]{1,4} ){2,}[A-Za-z]{1,4}$|^(?:[A-Za-z]+ ){3,}[A-Za-z]+$/;

/** Words of summary labels and table headers (lower case): the only words spaced text is rebuilt into. */
const LABEL_WORDS = new Set(
  (
    'statement period generation date credit card number name payment payments due total minimum amount ' +
    'available limit cash balance previous opening closing new purchase purchases debit debits charges ' +
    'charge fees fee interest finance account summary transaction transactions details detail merchant ' +
    'category cashback earned points reward rewards outstanding current dues past credits advance ' +
    'advances other and of the from to billing cycle customer holder primary addon add on description ' +
    'reference ref no value spends spend last month overlimit'
  ).split(' '),
);

/** A copy of the lines with spaced numbers and spaced label words rejoined; unchanged cells are shared. */
export function despaceLines(lines: Line[]): Line[] {
  // A line's text is its cells joined by two spaces, and every shape MAY_CHANGE finds in a cell it
  // finds in the line: one test of each line (1 where it passes) refuses most lines' cells at once.
  const shaped = new Uint8Array(lines.length);
  for (let li = 0; li < lines.length; li++) if (MAY_CHANGE.test((lines[li] as Line).text)) shaped[li] = 1;
  const glyph = currencyGlyph(lines);
  const tracked = isTracked(lines, shaped);
  const spacedFigures = hasSpacedFigures(lines, shaped);
  // The copy is made at the first line that changes: most statements have none, and keep theirs.
  let out: Line[] | null = null;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    // Untracked, a group rejoins only onto a spaced tail ("6 2 1 , 7 4"), a shape MAY_CHANGE finds.
    if (!tracked && glyph === null && shaped[li] === 0) {
      out?.push(line);
      continue;
    }
    let cells: Cell[] | null = tracked ? untrackLine(line.cells) : null;
    cells = joinSpacedGroups(cells ?? line.cells, tracked) ?? cells;
    const from = cells ?? line.cells;
    const plain = glyph === null && cells === null && shaped[li] === 0;
    for (let i = 0; !plain && i < from.length; i++) {
      const cell = from[i] as Cell;
      const text = despaceText(glyph ? stripGlyph(cell.text, glyph) : cell.text, spacedFigures);
      if (text === cell.text) continue;
      cells ??= [...from];
      cells[i] = { ...cell, text };
    }
    if (glyph !== null && line.text.includes(glyph)) cells = withoutLoneGlyphs(cells ?? from, glyph) ?? cells;
    if (cells) out ??= lines.slice(0, li);
    out?.push(cells ? withCells(line, cells) : line);
  }
  return out ?? lines;
}

/**
 * Text set with wide tracking throughout: every glyph a piece of its own, and each word a cell of its
 * own because the word gaps are wider still ("O N L I N E", "P A Y M E N T ,"); a ligature is one
 * glyph of two or three letters ("fi n a l"). A document
 * qualifies only when many rows carry two or more such words side by side; a merchant printed with
 * spaces on an ordinary statement ("A M Z N M k t p") stays as printed.
 */
const SPACED_GLYPHS = /^(?:ff[il]?|f[il]|\S)(?: (?:ff[il]?|f[il]|\S))+$/;
/**
 * Runs of two or more tracked words side by side a document needs before its spaced glyphs are
 * rejoined. Counted per run, not per line: two tables printed side by side put two rows on a line.
 */
const TRACKED_ROWS = 5;
/** Tracked words closer than this many glyph pitches are one phrase ("O N L I N E", "P A Y M E N T"). */
const WORD_GAP_PITCHES = 2.5;

/** `shaped`: despaceLines' marks of the lines MAY_CHANGE finds a shape in, as a tracked word is one. */
function isTracked(lines: Line[], shaped: Uint8Array): boolean {
  let rows = 0;
  // Lines with a tracked word of four glyphs or more ("N E T F L I X", alone in its cell).
  let spaced = 0;
  // Indexed loops: a once-per-parse walk over every line runs unoptimised at first, and for…of
  // then allocates an iterator result per step (megabytes per long statement).
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (shaped[li] === 0 || line.cells.length < 2) continue;
    let run = 0;
    let long = false;
    for (let ci = 0; ci < line.cells.length; ci++) {
      const c = line.cells[ci] as Cell;
      // "O N L I N E": a space as the second character is the cheap half of the test, or an f
      // opening a ligature ("fi n a l": pdf.js spells the one glyph "ﬁ" as two letters).
      const t = c.text;
      const tracked = (t.charCodeAt(1) === 32 || t.charCodeAt(0) === 102) && SPACED_GLYPHS.test(t);
      run = tracked ? run + 1 : 0;
      if (tracked && t.length >= 7) long = true;
      if (run === 2 && ++rows >= TRACKED_ROWS) return true;
    }
    if (long) spaced++;
  }
  // A short statement tracks all the same when most of its rows carry a tracked word, some of them
  // two side by side ("N E T F L I X . C O M" on one row, "M O T E L  O N E" on the next).
  return rows >= MIN_PAIRED_ROWS && spaced >= TRACKED_ROWS && spaced >= TRACKED_SHARE * datedRows(lines);
}

/** Rows with two tracked words side by side a short statement needs, and its least share of tracked rows. */
const MIN_PAIRED_ROWS = 2;
const TRACKED_SHARE = 0.5;

/** Lines led by a date that end in a figure: a statement's rows, roughly. */
function datedRows(lines: Line[]): number {
  let n = 0;
  for (let li = 0; li < lines.length; li++) {
    const cells = (lines[li] as Line).cells;
    if (cells.length < 2 || !mayEndFigure((cells[cells.length - 1] as Cell).text)) continue;
    if (readDateAt((cells[0] as Cell).text)) n++;
  }
  return n;
}

/** A line's tracked words rejoined into words, and neighbouring words into one cell. */
function untrackLine(cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  // The words of each joined cell, by its index in `out`, for splitFigures.
  const words = new Map<number, Cell[]>();
  let prevTracked = false;
  let pitch = 0;
  for (let ci = 0; ci < cells.length; ci++) {
    const cell = cells[ci] as Cell;
    const last = out[out.length - 1];
    // A one-glyph word ("-", "&") between tracked words is part of the phrase: "PAIEMENT REÇU - MERCI";
    // so is the thousands of a figure grouped by a space, the rest of it tracked after it
    // ("U S D  1  0 4 2 , 6 8": "USD 1 042,68").
    const glyph =
      cell.text.length === 1 &&
      (!isDigit(cell.text.charCodeAt(0)) || (prevTracked && isSpacedTail(cells[ci + 1])));
    if (!SPACED_GLYPHS.test(cell.text) && !(glyph && prevTracked)) {
      out.push(cell);
      prevTracked = false;
      continue;
    }
    const word = cell.text.replace(/ /g, '');
    if (!glyph) pitch = (cell.x1 - cell.x0) / Math.max(1, word.length);
    const piece = { text: word, x0: cell.x0, x1: cell.x1 };
    if (prevTracked && last && cell.x0 - last.x1 <= WORD_GAP_PITCHES * pitch) {
      out[out.length - 1] = { text: `${last.text} ${word}`, x0: last.x0, x1: cell.x1 };
      const joined = words.get(out.length - 1);
      if (joined) joined.push(piece);
      else words.set(out.length - 1, [{ ...last }, piece]);
    } else out.push(piece);
    prevTracked = true;
  }
  if (words.size === 0) return out;
  return out.flatMap((cell, i) => {
    const pieces = words.get(i);
    return pieces ? splitFigures(cell, pieces) : [cell];
  });
}

/** Where a COMPACT_TAIL figure that opens a longer phrase ends ("077,16 USD @ 0.9200": 6), or -1. */
function phraseAfterFigure(text: string): number {
  const space = text.indexOf(' ');
  return space >= 6 && space <= 13 && COMPACT_TAIL.test(text.slice(0, space)) ? space : -1;
}

/**
 * A spaced figure of three digits and decimals ("0 4 2 , 6 8", "1 1 0 , 9 9 C R"): what follows a
 * thousands group cut off it. A space second is the cheap half of the test.
 */
function isSpacedTail(cell: Cell | undefined): boolean {
  return cell !== undefined && cell.text.charCodeAt(1) === 32 && SPACED_TAIL.test(cell.text);
}

/**
 * Two figures of neighbouring columns, tracked, may stand closer than a tracked phrase's word gap
 * ("0 , 0 0   E U R 1 . 2 6 0 , 0 0": an empty debit printed as zero, then the credit): a joined
 * cell that reads as no amount, but as an amount with decimals and then another amount, is the two.
 */
function splitFigures(cell: Cell, pieces: Cell[]): Cell[] {
  if (!/\d/.test(cell.text) || parseAmount(cell.text) !== null) return [cell];
  for (let k = 1; k < pieces.length; k++) {
    const head = pieces.slice(0, k);
    const tail = pieces.slice(k);
    const left = head.map(textOfCell).join(' ');
    const right = tail.map(textOfCell).join(' ');
    if (!parseAmount(left)?.hasDecimals || parseAmount(right) === null) continue;
    return [
      { text: left, x0: cell.x0, x1: (head[head.length - 1] as Cell).x1 },
      { text: right, x0: (tail[0] as Cell).x0, x1: cell.x1 },
    ];
  }
  return [cell];
}

const textOfCell = (c: Cell): string => c.text;

/**
 * The glyph a font without the currency's sign prints in its place, as its column header names it:
 * "Amount(in |)" makes "| 30,386.11" read as 30,386.11. Only a single character that no amount
 * uses otherwise, and only when a header says so.
 */
function currencyGlyph(lines: Line[]): string | null {
  const seen = new Map<string, number>();
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (line.text.includes('(')) {
      const m = GLYPH_HEADER.exec(line.text);
      if (m?.[1]) return m[1];
    }
    // Without a header, the same stray mark beside several amounts ("251,757.10 `") says it. A
    // cell's mark is its line's too: one test of the line refuses most lines.
    if (!ANY_GLYPH_MARK.test(line.text)) continue;
    for (let ci = 0; ci < line.cells.length; ci++) {
      // The pattern needs the mark first or last: most cells are refused on those two characters.
      const t = (line.cells[ci] as Cell).text;
      if (!isGlyphMark(t.charCodeAt(0)) && !isGlyphMark(t.charCodeAt(t.length - 1))) continue;
      const m = GLYPH_BESIDE_AMOUNT.exec(t);
      const g = m?.[1] ?? m?.[2];
      if (g) {
        const n = (seen.get(g) ?? 0) + 1;
        if (n >= GLYPH_MIN) return g;
        seen.set(g, n);
      }
    }
  }
  return null;
}

/** A mark no amount uses, printed right before or after a cell's amount: "` 1,234.00", "1,234.00 `". */
const GLYPH_BESIDE_AMOUNT = /^([`|~^¦])\s?\d[\d,.]*\d$|^\d[\d,.]*\d\s?([`|~^¦])$/;
/** Any of GLYPH_BESIDE_AMOUNT's marks, anywhere. */
const ANY_GLYPH_MARK = /[`|~^¦]/;
/** One of GLYPH_BESIDE_AMOUNT's marks: ` | ~ ^ ¦. */
function isGlyphMark(c: number): boolean {
  return c === 96 || c === 124 || c === 126 || c === 94 || c === 166;
}

/** Amounts a stray mark must stand beside before it is taken for the currency. */
const GLYPH_MIN = 3;

const GLYPH_HEADER = /\bamount\s*\(\s*(?:in\s*)?([^\w\s().,$£€₹¥+-])\s*\)/i;

/** The glyph removed where it stands beside a number ("| 30,386.11", "|1,890.00", "1,890.00 |"). */
function stripGlyph(text: string, glyph: string): string {
  if (!text.includes(glyph)) return text;
  const at = text.indexOf(glyph);
  const after = text.slice(at + 1).trimStart();
  if (/^\d/.test(after)) return `${text.slice(0, at)}${after}`.trim();
  // After the amount: "251,757.10 `", after its trailing minus ("68,262.59- `"), before its marker
  // ("43,926.08 ` CR") or its closing bracket ("(49,991.68 `)").
  const before = text.slice(0, at).trimEnd();
  if (!/\d[-–−]?$/.test(before)) return text;
  if (after === '' || after === ')') return `${before}${after}`;
  return LONE_MARKER.test(after) ? `${before} ${after}` : text;
}

/** A cell's text ending as a figure does: a digit, then perhaps a minus, a bracket or a Cr/Dr marker. */
const FIGURE_END = /\d[-–−)]?$|\d (?:CR|DR|Cr|Dr)$/;

/**
 * The cells without the currency glyph standing alone after a figure ("35,086.44  `": a column of
 * its own, or tracking set it apart), or null when there is none: it marks the figure before it,
 * as it does printed against it.
 */
function withoutLoneGlyphs(cells: Cell[], glyph: string): Cell[] | null {
  let out: Cell[] | null = null;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as Cell;
    const lone = i > 0 && cell.text === glyph && FIGURE_END.test((cells[i - 1] as Cell).text);
    if (lone) out ??= cells.slice(0, i);
    else out?.push(cell);
  }
  return out;
}

/** A thousands group cut off a spaced amount: "- 2", "3", "1 2", "€ 2", "CA$ 4". */
const LEAD_GROUP = /^[-–−+(]? ?(?:(?:[A-Z]{1,2})?[$£€₹¥] ?)?\d(?: \d){0,2}$/;
/**
 * SPACED_TAIL once its glyphs are rejoined: "132,42", "132,42 CR", "311,32-" (or an en dash or minus
 * sign), "676,07 EUR CR", "071,21- EUR", "050,00 CA$".
 */
const COMPACT_TAIL =
  /^\d{3}[.,]\d{2}[-–−]?(?: ?(?:[A-Z]{3}|[A-Z]{1,2}\$|[$€£₹¥]))?(?: ?(?:[-–−)]|CR|DR|Cr|Dr|C|D))?$/;
/**
 * A spaced amount whose integer part is one group of three: "6 2 1 , 7 4", "3 1 1 , 3 2 -", and
 * with a credit or debit marker printed against it, spaced alike: "1 1 0 , 9 9 C R", "4 7 7 , 3 9 C".
 */
const SPACED_TAIL = /^\d \d \d [.,] \d \d(?: ?(?:[-–−)]|[CD](?: ?[Rr])?))?$/;

/**
 * A spaced amount grouped with spaces ("- 2 621,74" printed one glyph at a time) comes out as two
 * cells, the group gap being wider than the glyph gaps: rejoined when the lead is a group of one to
 * three digits within three glyph widths of a spaced three-digit tail. Null when nothing changed.
 */
function joinSpacedGroups(cells: Cell[], tracked: boolean): Cell[] | null {
  let out: Cell[] | null = null;
  for (let i = 0; i + 1 < cells.length; i++) {
    const lead = cells[i] as Cell;
    const tail = cells[i + 1] as Cell;
    // In a tracked document the tail's glyphs were rejoined already ("2" + "132,42 CR"): its compact
    // form counts.
    const n = tail.text.length;
    const whole = tracked && n >= 6 && n <= 13 && COMPACT_TAIL.test(tail.text);
    // A tracked tail joined to the phrase after it ("077,16 USD @ 0.9200", a foreign detail line):
    // its first word is the figure, and the phrase stays as it is.
    const rest = tracked && !whole ? phraseAfterFigure(tail.text) : -1;
    const compact = whole || rest > 0;
    if ((!compact && !isSpacedTail(tail)) || !LEAD_GROUP.test(lead.text)) continue;
    const pitch = (tail.x1 - tail.x0) / tail.text.length;
    if (tail.x0 - lead.x1 > 3 * pitch) continue;
    const figure = rest > 0 ? tail.text.slice(0, rest) : tail.text.replace(/ /g, '');
    const text = `${lead.text.replace(/ /g, '')} ${figure}${rest > 0 ? tail.text.slice(rest) : ''}`;
    out ??= [...cells];
    out.splice(out.indexOf(lead), 2, { text, x0: lead.x0, x1: tail.x1 });
  }
  return out;
}

/**
 * Whether the document prints figures spaced glyph by glyph (SPACED_RUN on a line MAY_CHANGE found a
 * shape in): then two spaced digits alone in a cell are one figure too ("9 5": ¥95 as the document
 * prints every amount), where elsewhere they may be two.
 */
function hasSpacedFigures(lines: Line[], shaped: Uint8Array): boolean {
  for (let li = 0; li < lines.length; li++)
    if (shaped[li] === 1 && SPACED_RUN.test((lines[li] as Line).text)) return true;
  return false;
}

/**
 * One cell's text with its spacing undone where that is safe (see the file comment); `spacedFigures`:
 * the document spaces its figures (hasSpacedFigures), so two spaced digits are one figure.
 */
export function despaceText(text: string, spacedFigures = false): string {
  // Every shape below holds a space or a colon: most cells (dates, amounts, codes) have neither,
  // and two native searches refuse them sooner than MAY_CHANGE.
  if (text.indexOf(' ') === -1 && text.indexOf(':') === -1) return text;
  // "C R" in a cell of its own after a spaced amount: the credit marker, spaced like its amount.
  if (text.length === 3 && SPACED_MARKER.test(text)) return text.replace(' ', '');
  // One scan for the three shapes below (each holds a space or a colon); most cells have none.
  if (!MAY_CHANGE.test(text)) return text;
  // "Statement Date:23/10/2024": a label glued to its value by a colon.
  let out = text.includes(':') ? text.replace(GLUED_COLON, ': ') : text;
  if (out.includes(' ') && /\d [\d.,]/.test(out)) {
    out = out.replace(SPACED_NUMBER, (whole, digits: string, mark: string | undefined) => {
      const tokens = digits.split(' ');
      if (tokens.filter((t) => t.length === 1).length < 2) return whole;
      const joined = tokens.join('');
      // Ungrouped ("2 4 6 4 , 7 6") only when every glyph stands alone: pure letter-spacing.
      const wellFormed =
        WELL_FORMED.test(joined) || (UNGROUPED.test(joined) && tokens.every((t) => t.length === 1));
      if (!wellFormed) return whole;
      if (mark && mark.length === 1) return `${joined}${mark}`;
      return mark ? `${joined} ${mark.replace(' ', '')}` : joined;
    });
  }
  // "4 4 9": a whole amount of three or more digits (yen, won) and nothing else in the cell, tracked
  // (two in a document that spaces its figures); grouped thousands are rejoined above only when
  // their separators make a well-formed amount.
  const digitsOnly = SPACED_DIGITS_ONLY.exec(out);
  const digits = digitsOnly?.[3];
  if (digitsOnly && digits && (digits.length >= 5 || spacedFigures))
    out = `${digitsOnly[1] ?? ''}${digitsOnly[2] ?? ''}${digits.replace(/ /g, '')}${digitsOnly[4] ?? ''}`;
  // "3 ' 521.49": the Swiss apostrophe between thousands set apart by tracking.
  if (out.includes("'") || out.includes('’')) out = out.replace(SPACED_APOSTROPHE, '$1$2$3');
  if (hasShortPieces(out) && SPACED_WORDS.test(out)) {
    const words = segment(out.replace(/ /g, '').toLowerCase());
    // Title case, as labels are printed: the letters' own case is what the spacing scrambled.
    if (words && words.length < out.split(' ').length)
      return words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' ');
  }
  return out;
}

/** At least two pieces of one or two characters between spaces: the mark of letter-spacing. */
function hasShortPieces(text: string): boolean {
  let short = 0;
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 32) {
      if (run > 0 && run <= 2 && ++short >= 2) return true;
      run = 0;
    } else run++;
  }
  return false;
}

/** Splits letters into LABEL_WORDS (fewest words), or null when they do not split wholly. */
function segment(letters: string): string[] | null {
  if (letters.length > 60) return null;
  const best: Array<string[] | null> = new Array(letters.length + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= letters.length; end++) {
    for (let start = Math.max(0, end - 12); start < end; start++) {
      const prefix = best[start];
      const word = letters.slice(start, end);
      if (!prefix || !LABEL_WORDS.has(word)) continue;
      const candidate = [...prefix, word];
      const current = best[end];
      if (!current || candidate.length < current.length) best[end] = candidate;
    }
  }
  return best[letters.length] ?? null;
}
