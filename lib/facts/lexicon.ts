import type { LocalizedText } from '../types';
import dataTypes from './data-types.json';
import purposes from './purposes.json';
import recipients from './recipients.json';
import rights from './rights.json';
import vendors from './vendors.json';

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
/** Named vendors: one pattern each; the vendor's name is the same in both languages. */
export const VENDORS: LexiconEntry[] = vendors.map((v) => ({
  key: v.key,
  name: { en: v.name, nb: v.name },
  role: v.role,
  patterns: [new RegExp(v.pattern, 'i')],
}));

/** The GDPR rights counted for "full rights" (opt-out and cookie choices are extras). */
export const GDPR_RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent', 'complaint'];

// One alternation of all a lexicon's patterns: most sentences mention none of, say, 100 vendors,
// and one test says so where a hundred would.
const unions = new WeakMap<LexiconEntry[], RegExp>();
function unionOf(lexicon: LexiconEntry[]): RegExp {
  let union = unions.get(lexicon);
  if (!union) {
    union = new RegExp(lexicon.flatMap((entry) => entry.patterns.map((pattern) => `(?:${pattern.source})`)).join('|'), 'i');
    unions.set(lexicon, union);
  }
  return union;
}

/** Entries of a lexicon that a text mentions. */
export function matchingEntries(text: string, lexicon: LexiconEntry[]): LexiconEntry[] {
  if (!unionOf(lexicon).test(text)) return [];
  return lexicon.filter((entry) => entry.patterns.some((pattern) => pattern.test(text)));
}
