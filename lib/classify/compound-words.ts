// Norwegian writes compounds as one word (leveringsadresse, kundeopplysninger, markedsføringsformål);
// the model may never have seen the whole word but knows its parts. Splitting against the words the
// corpus uses on their own lets "leveringsadresse" share weights with "adresse" and "levering".

/** Shortest part worth splitting off: shorter ones ("en", "is") match by accident. */
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
/** Only long words are compounds worth splitting. */
const MIN_COMPOUND = 8;
// Linking letters between the parts of a Norwegian compound: "levering|s|adresse", "barn|e|hage".
const LINKS = ['', 's', 'e'];

/** Words that stand alone often enough in the texts to serve as compound parts. */
export function compoundVocabulary(texts: string[], minCount = 2): string[] {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (word.length >= MIN_MODIFIER) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= minCount).map(([w]) => w).sort();
}

function modifierKnown(prefix: string, vocabulary: ReadonlySet<string>): boolean {
  return LINKS.some((link) => prefix.endsWith(link) && prefix.length - link.length >= MIN_MODIFIER && vocabulary.has(prefix.slice(0, prefix.length - link.length)));
}

function stripLink(prefix: string, vocabulary: ReadonlySet<string>): string {
  for (const link of LINKS) {
    const part = prefix.slice(0, prefix.length - link.length);
    if (prefix.endsWith(link) && vocabulary.has(part)) return part;
  }
  return prefix;
}

/**
 * The known parts of a compound word: its longest known head, and its modifier when that is known too
 * (itself split again). [] when the word is short or no head is known.
 */
export function compoundParts(word: string, vocabulary: ReadonlySet<string>, depth = 0): string[] {
  if (word.length < MIN_COMPOUND || depth > 2) return [];
  for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) {
    const head = word.slice(i);
    if (!vocabulary.has(head)) continue;
    const prefix = word.slice(0, i);
    if (!modifierKnown(prefix, vocabulary)) {
      const inner = compoundParts(prefix, vocabulary, depth + 1);
      return inner.length ? [...inner, head] : [head];
    }
    return [stripLink(prefix, vocabulary), head];
  }
  return [];
}
