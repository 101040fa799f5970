import { type MessageKey, type Text, text } from '../text/text';
import { hasAffirmedMatch } from './negation';

/** A lexicon entry: a fact key, its display name and the patterns that find it. */
export interface LexiconEntry {
  key: string;
  name: Text;
  patterns: RegExp[];
  role?: string;
  /** A company's name as written (vendors only; their display name shows it verbatim). */
  written?: string;
}

/** A lexicon row as stored in data-types.json, purposes.json, recipients.json and rights.json. */
export interface LexiconRow {
  key: string;
  /** The catalogue message that names the fact (checked against both locales by test/unit/lexicons.test.ts). */
  name: MessageKey;
  patterns: string[];
  role?: string;
}

/** Compile a lexicon's patterns (case-insensitive). */
export function compileLexicon(rows: LexiconRow[]): LexiconEntry[] {
  return rows.map((row) => ({ ...row, name: text(row.name), patterns: row.patterns.map((p) => new RegExp(p, 'i')) }));
}

// One alternation of all a lexicon's patterns: most sentences mention none of, say, 100 vendors,
// and one test says so where a hundred would. Flag 'i' like the patterns themselves (compileLexicon):
// with 'iu', V8 ran the 193-vendor alternation at ~70 ms a test instead of ~2 ms.
const unions = new WeakMap<LexiconEntry[], RegExp>();
function unionOf(lexicon: LexiconEntry[]): RegExp {
  let union = unions.get(lexicon);
  if (!union) {
    union = new RegExp(lexicon.flatMap((entry) => entry.patterns.map((pattern) => `(?:${pattern.source})`)).join('|'), 'i');
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
