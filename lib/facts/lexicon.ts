import type { LocalizedText } from '../types';
import dataTypes from './data-types.json';
import purposes from './purposes.json';
import recipients from './recipients.json';
import rights from './rights.json';
import vendors from './vendors.json';
import { hasAffirmedMatch } from './negation';

/** A lexicon entry: a fact key, its display name and the patterns that find it. */
export interface LexiconEntry {
  key: string;
  name: LocalizedText;
  patterns: RegExp[];
  role?: string;
}

function compile(rows: { key: string; name: LocalizedText; patterns: string[]; role?: string }[]): LexiconEntry[] {
  return rows.map((row) => ({ ...row, patterns: row.patterns.map((p) => new RegExp(p, 'i')) }));
}

export const DATA_TYPES = compile(dataTypes);
export const PURPOSES = compile(purposes);
export const RIGHTS = compile(rights);
export const RECIPIENTS = compile(recipients);
/** A vendor row: key, display name, role, and the patterns that find it: `pattern` ignores case, `cased` (for names that are also words: Stripe, Posten, UPS) does not. */
interface VendorRow {
  key: string;
  name: string;
  role: string;
  pattern?: string;
  cased?: string;
}

// A vendor name is a whole word: "sign-ups" is not UPS, "Mailchimp's" is Mailchimp.
const wholeWord = (pattern: string) => String.raw`(?<![\p{L}\p{N}_-])(?:${pattern})(?![\p{L}\p{N}_]|-(?!\s))`;

/** Named vendors: one pattern each; the vendor's name is the same in both languages. */
export const VENDORS: LexiconEntry[] = (vendors as VendorRow[]).map((v) => ({
  key: v.key,
  name: { en: v.name, nb: v.name },
  role: v.role,
  patterns: [
    ...(v.pattern ? [new RegExp(wholeWord(v.pattern), 'iu')] : []),
    ...(v.cased ? [new RegExp(wholeWord(v.cased), 'u')] : []),
  ],
}));

/** The GDPR rights counted for "full rights" (opt-out and cookie choices are extras). */
export const GDPR_RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent', 'complaint'];

// One alternation of all a lexicon's patterns: most sentences mention none of, say, 100 vendors,
// and one test says so where a hundred would.
const unions = new WeakMap<LexiconEntry[], RegExp>();
function unionOf(lexicon: LexiconEntry[]): RegExp {
  let union = unions.get(lexicon);
  if (!union) {
    union = new RegExp(lexicon.flatMap((entry) => entry.patterns.map((pattern) => `(?:${pattern.source})`)).join('|'), 'iu');
    unions.set(lexicon, union);
  }
  return union;
}

/** Entries of a lexicon that a text mentions outside a denial ("we do not use Google Analytics"). */
export function affirmedEntries(text: string, lexicon: LexiconEntry[]): LexiconEntry[] {
  return matchingEntries(text, lexicon).filter((entry) => entry.patterns.some((pattern) => hasAffirmedMatch(text, pattern)));
}

/** Entries of a lexicon that a text mentions. */
export function matchingEntries(text: string, lexicon: LexiconEntry[]): LexiconEntry[] {
  if (!unionOf(lexicon).test(text)) return [];
  return lexicon.filter((entry) => entry.patterns.some((pattern) => pattern.test(text)));
}
