/**
 * The model's free text is untrusted: it read a document we did not write, and a statement (or a
 * prompt injection inside one) can make it say "call 1-800-… and read out your card number". What we
 * show must not carry a way to reach someone or an order to do something. So a narrative keeps only
 * the sentences with no URL, email, phone or card-like number and no instruction to contact,
 * disclose, pay or follow a link; a merchant name with any of those is dropped.
 */

const MAX_NARRATIVE = 800;
const MAX_SENTENCES = 4;
const MAX_MERCHANT = 60;

/** Each pattern finds one kind of thing a reader could act on. */
const UNSAFE: ReadonlyArray<[string, RegExp]> = [
  [
    'url',
    /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|info|biz|ru|xyz|ly|me|app|link|top)\b(?:\/\S*)?/i,
  ],
  ['email', /[^\s@]+@[^\s@]+\.[a-z]{2,}/i],
  // A North-American number (3-3-4, area code optional in brackets), an international "+…", 10+ digits
  // in a row, or a vanity toll-free number (1-800-FLOWERS); amounts like 12,345.67 match none.
  [
    'phone',
    /\(?\b\d{3}\)?[\s.-]{1,3}\d{3}[\s.-]{1,3}\d{4}\b|\+\d[\d\s().-]{7,}\d|\d{10,}|\b8(?:00|33|44|55|66|77|88)[\s.-]?[A-Z0-9]{3}[\s.-]?[A-Z0-9]{4}\b/i,
  ],
  // 8+ digits joined only by spaces or dashes: a card or account number, whole or in part.
  ['card', /\b(?:\d[\s-]?){7,}\d\b/],
  // Orders and lures: contact, disclose, pay, click; and attempts to talk to us rather than the reader.
  [
    'instruction',
    /\b(?:call|phone|dial|text|sms|e-?mail|contact|visit|click|tap|log ?in|sign ?in|verify|confirm|update|reply|respond|send|transfer|wire|provide|share|enter|read out|disclose|give)\b[^.!?]{0,60}\b(?:us|number|card|pin|password|passcode|code|cvv|cvc|ssn|account|details|credentials|link|here|now|immediately|urgently|support|agent|bank|otp)\b/i,
  ],
  [
    'injection',
    /\b(?:ignore|disregard|forget)\b[^.!?]{0,40}\b(?:instructions?|prompt|rules?|above)\b|\bsystem prompt\b|\byou are now\b/i,
  ],
  ['urgency', /\b(?:urgent|suspended|locked|compromised|fraud alert|act now|within 24 hours)\b/i],
];

/** The kinds of unsafe content in `text` (empty when none). */
export function unsafeKinds(text: string): string[] {
  return UNSAFE.filter(([, re]) => re.test(text)).map(([kind]) => kind);
}

/** The narrative with every unsafe sentence removed, bounded in length; null when nothing safe remains. */
export function safeNarrative(text: string): string | null {
  const flat = text
    // Format characters (zero-width, bidi overrides) can hide a number or a link: they go entirely.
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat === '') return null;
  // A sentence ends at . ! ? followed by a space: "www.x.com" and "5,084.29" stay whole.
  const sentences = flat.split(/(?<=[.!?])\s+/);
  const kept = sentences
    .map((s) => s.trim())
    .filter((s) => s !== '' && unsafeKinds(s).length === 0)
    .slice(0, MAX_SENTENCES);
  if (kept.length === 0) return null;
  const joined = kept.join(' ');
  return joined.length <= MAX_NARRATIVE ? joined : `${joined.slice(0, MAX_NARRATIVE - 1).trimEnd()}…`;
}

/** A merchant name trimmed to the allowed length; null when empty or carrying anything unsafe. */
export function safeMerchant(name: string): string | null {
  const t = name.replace(/\s+/g, ' ').trim();
  if (t === '' || t.length > MAX_MERCHANT * 2) return null;
  const cut = t.slice(0, MAX_MERCHANT);
  // Brand domains ("Amazon.com") are common names, so only contact and order patterns disqualify.
  return unsafeKinds(cut).some((k) => k !== 'url') ? null : cut;
}

/**
 * A transaction description the model copied: printed descriptions carry phone numbers, domains and
 * long references, so only orders and injection phrases disqualify one; null then.
 */
export function safeDescription(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (t === '') return null;
  return unsafeKinds(t).some(
    (k) => k === 'instruction' || k === 'injection' || k === 'urgency' || k === 'email',
  )
    ? null
    : t;
}
