// Where to exercise your rights (the site's e-mail addresses and postal address) and where to complain
// (any EEA/UK data-protection authority). The authority's own address is not the site's contact.
import type { LabelledSentence, PolicyFacts } from '../types';
import { factTables } from './fact-tables';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Postcode and town (0752 Oslo, 114 55 Stockholm, 10115 Berlin, 1012 AB Amsterdam), a UK postcode, a US
// "Town, ST 12345", a PO box; or, on a short address line, "Oslo, 0159".
const POSTAL =
  /\b(?:\d{4}|\d{3} \d{2}|\d{5}|\d{4} ?[A-Z]{2})\s+\p{Lu}[\p{Ll}-]+\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b\p{Lu}\p{Ll}+, [A-Z]{2} \d{5}\b|\b(?:P\.? ?O\.? Box|Postboks|Postbox|Box) \d+/u;
const SHORT_ADDRESS_LINE = /^\p{Lu}[\p{L} -]+,? \d{4,5}$/u;
// A postcode is an address only near a street number or where the text speaks of writing to an address.
const STREET = /\p{Lu}[\p{L}.'-]*(?: [\p{L}.'-]+){0,3} \d{1,4}\s?[A-Za-z]?,/u;
const ADDRESS_CUE = /address|adresse|office|kontor|headquarter|registered|\bpost\b|\bby (?:mail|letter)|write to|skriv til|brev|letter|located at|org\.? ?nr|visiting|besøk/i;

/** The authority named in a sentence: a specific one, or the generic wording ("supervisory authority"). */
function authorityIn(text: string): string | null {
  const named = factTables().authorities.find((a) => a.patterns.some((p) => p.test(text)));
  if (named) return named.name;
  return factTables().genericAuthority.test(text) ? '' : null;
}

/** The data-protection authority the policy names (any EEA/UK authority, or "data protection authority"), with evidence. */
export function complaintAuthority(sentences: LabelledSentence[]): PolicyFacts['authority'] {
  const found = sentences.map((s) => ({ id: s.id, name: authorityIn(s.text) })).filter((s) => s.name !== null);
  if (found.length === 0) return null;
  return { name: found.find((s) => s.name)?.name ?? 'data protection authority', evidence: found.map((s) => s.id) };
}

function postalAddress(text: string, words: number): string | null {
  const trimmed = text.trim();
  if (words <= 4 && SHORT_ADDRESS_LINE.test(trimmed)) return trimmed;
  const match = POSTAL.exec(text);
  if (!match) return null;
  const near = STREET.test(text.slice(0, match.index + 1)) || ADDRESS_CUE.test(text) || words <= 8;
  return near ? match[0] : null;
}

/** The site's contact points: e-mail addresses (rights sentences first) and postal addresses, never an authority's. */
export function siteContacts(sentences: LabelledSentence[]): PolicyFacts['contacts'] {
  const authorityDomains = factTables().authorities.flatMap((a) => a.domains);
  const found = new Map<string, string[]>();
  const note = (value: string, id: string) => found.set(value, [...(found.get(value) ?? []), id]);
  const ordered = [...sentences.filter((s) => s.labels.includes('rights')), ...sentences.filter((s) => !s.labels.includes('rights'))];
  for (const sentence of ordered) {
    if (authorityIn(sentence.text)) continue;
    for (const match of sentence.text.matchAll(EMAIL)) {
      const value = match[0].replace(/\.$/, '').toLowerCase();
      if (!authorityDomains.some((domain) => value.endsWith(`@${domain}`) || value.endsWith(`.${domain}`))) note(value, sentence.id);
    }
    const postal = postalAddress(sentence.text, sentence.text.split(/\s+/).length);
    if (postal) note(postal, sentence.id);
  }
  return [...found].map(([value, evidence]) => ({ value, evidence }));
}
