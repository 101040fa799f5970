// Company names in a sentence, whether or not our vendor table knows them: "Itpays", "Mollie B.V.",
// "Hetzner Online GmbH", "Klarna – betaling". A name is a run of capitalised or brand-shaped words
// (PostHog, wix.com) that is not a sentence's first word, a heading word, a country, a month, a law
// or a word the same document also writes in lower case (then it is an ordinary word: "Services").
import { factTables } from './fact-tables';

// A word: letters and digits, with inner dots, hyphens, ampersands and apostrophes (wix.com, Coca-Cola, H&M).
const WORD = /(?<![_\p{L}\p{N}])[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’.-](?=[\p{L}\p{N}]))*(?!_)/gu;
const EMAIL_OR_URL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?:\/\/\S+|\bwww\.\S+/gi;
// Laws and regulations are named, but they are not recipients (personopplysningsloven, Data Protection Act).
const LAW = /(?:loven|lova|forskriften|direktivet|regulation|act|directive|gdpr)$/i;

// Also the next place in a list of them: "in Stockholm and Gothenburg".
const PLACE_BEFORE = /\b(?:in|from|across|throughout|outside|inside|within|near|i|fra|utenfor|innenfor|ved|nær)\s+(?:\p{Lu}[\p{L}-]+(?:,\s*|\s+(?:and|or|og|eller)\s+))?$/iu;

/** A company name found in a sentence, with where it starts. */
export interface PartyName {
  name: string;
  index: number;
}

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
/** Brand-shaped: inner capital (PostHog, iZettle) or a web domain (wix.com). */
const brandShaped = (word: string) =>
  /^[\p{L}\p{N}]+\.(?:com|io|no|net|org|co|app|dev|se|dk|de|eu|ai|me|to)$/iu.test(word) || /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(word) || /^\p{Ll}\p{Lu}\p{Ll}/u.test(word);
const capitalised = (word: string) => isUpper(word[0]!) || brandShaped(word);

/** Words a document writes in lower case somewhere: such a word capitalised is a sentence start or a heading, not a name. */
export function lowerCaseWords(texts: string[]): Set<string> {
  const lower = new Set<string>();
  for (const text of texts) for (const [word] of text.replace(EMAIL_OR_URL, ' ').matchAll(WORD)) if (!isUpper(word[0]!) && !brandShaped(word)) lower.add(word.toLowerCase());
  return lower;
}

// A Norwegian compound ends in an ordinary word (Dataanalysetjenester → tjenester).
function commonCompound(word: string, lower: Set<string>): boolean {
  for (let i = 3; word.length - i >= 5; i++) if (lower.has(word.slice(i)) || factTables().stop.has(word.slice(i))) return true;
  return false;
}

function acceptable(word: string, lower: Set<string>): boolean {
  // Genitives (Klarnas, EUs, Google's) and compounds with a known first part (EU-kommisjonens) are judged by their stem.
  const stem = /^\p{Lu}{2,}s$/u.test(word) ? word.slice(0, -1) : word;
  const key = stem.toLowerCase().replace(/['’]s$/, '');
  if (/-/.test(key) && factTables().stop.has(key.split('-')[0]!)) return false;
  if (factTables().stop.has(key) || LAW.test(key) || /^\d/.test(word)) return false;
  if (brandShaped(word)) return true;
  if (key.length < 2 || lower.has(key) || commonCompound(key, lower)) return false;
  return true;
}
// Words that close a run of capitalised words before the name: "The", "Via", "Our" at a sentence's start.
const LEADING = /^(?:the|our|via|through|with|by|from|to|and|or|we|use|using|og|eller|med|hos|fra|til|av|vi|bruker|gjennom)$/i;

/** Company names in a text. `item` is true for a list item or table row, whose first word may be the name. */
export function partyNames(text: string, lower: Set<string>, item: boolean): PartyName[] {
  const clean = text.replace(EMAIL_OR_URL, (m) => ' '.repeat(m.length));
  const found: PartyName[] = [];
  let run: { word: string; index: number; first: boolean }[] = [];
  let previousEnd = -1;
  const flush = () => {
    // Leading function words go ("Through Mollie"); the name ends before a generic word ("Acme Payments
    // Norway AS" → Acme), and a run that starts with one is no name ("PCI Security Standards Council").
    while (run.length > 1 && LEADING.test(run[0]!.word)) run.shift();
    const stop = run.findIndex((w) => !/^\d+$/.test(w.word) && !factTables().legalSuffix.test(w.word) && !acceptable(w.word, lower));
    if (stop >= 0) run = run.slice(0, stop);
    const hadSuffix = run.length > 1 && factTables().legalSuffix.test(run.at(-1)!.word);
    while (run.length && factTables().legalSuffix.test(run.at(-1)!.word)) run.pop();
    const head = run[0];
    // The first word of a sentence is capitalised anyway: a name there only in a list item, or when brand-shaped.
    // In a list item the first words are the name only when they stand alone ("Klarna – betaling", not "Leveres av …").
    const tail = head ? clean.slice(run.at(-1)!.index + run.at(-1)!.word.length) : '';
    const placed = head && (!head.first || brandShaped(head.word) || (item && /^\s*(?:$|[-–—:(,|/])|^\s+(?:AS|ASA|AB|Ltd|Inc|GmbH)\b/.test(tail)));
    // All capitals outside a list: an abbreviation (CVV, EEA) more often than a company.
    const abbreviation = head && run.length === 1 && !item && head.word === head.word.toUpperCase();
    // After "in", "from", "i", "fra" a capitalised word is a place (Troms, Frankfurt), unless it carries a legal suffix.
    const place = head && !hadSuffix && PLACE_BEFORE.test(clean.slice(0, head.index));
    if (head && placed && !abbreviation && !place && run.length <= 4 && !/^\d/.test(head.word)) {
      found.push({ name: run.map((w) => w.word).join(' ').replace(/['’]s$/, ''), index: head.index });
    }
    run = [];
  };
  for (const match of clean.matchAll(WORD)) {
    const word = match[0];
    const joined = previousEnd >= 0 && /^ ?$/.test(clean.slice(previousEnd, match.index));
    previousEnd = match.index + word.length;
    if (run.length > 0 && joined && (capitalised(word) || /^\d+$/.test(word) || factTables().legalSuffix.test(word))) {
      run.push({ word, index: match.index, first: false });
      continue;
    }
    flush();
    const before = clean.slice(0, match.index);
    if (capitalised(word)) run.push({ word, index: match.index, first: before.trim() === '' || /[.!?:•*–-]\s*$/.test(before) });
  }
  flush();
  return found;
}

/** The role a text gives a company next to its name: "Klarna (betaling)", "Hetzner – hosting". */
export function roleHint(text: string): string | undefined {
  return factTables().roles.find(([, pattern]) => pattern.test(text))?.[0];
}

/** A fact key from a company name: lower case, ASCII letters, digits and hyphens. */
export function partyKey(name: string): string {
  const ascii = name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii.replace(/&/g, '-and-').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'company';
}
