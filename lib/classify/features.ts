import type { SupportedLanguage } from '../types';
import { conceptTags } from './concept-tags';
import { stems } from './tokenize';

// Headings repeat across a section; a cache avoids re-stemming them for every sentence.
const headingCache = new Map<string, string[]>();

function headingFeatures(heading: string, lang: SupportedLanguage): string[] {
  const key = `${lang}\u0000${heading}`;
  let features = headingCache.get(key);
  if (!features) {
    features = [...new Set(stems(heading, lang).map((s) => `h:${s}`)), ...conceptTags(heading).map((c) => `hc:${c}`)];
    if (headingCache.size > 5_000) headingCache.clear();
    headingCache.set(key, features);
  }
  return features;
}

/**
 * Sparse binary features of a sentence under its heading: stems, stem bigrams,
 * heading stems, and language-independent concept tags with their pairs.
 * Concepts are shared by English and Norwegian, so what one language teaches transfers.
 */
export function sentenceFeatures(text: string, heading: string, lang: SupportedLanguage): string[] {
  const features = new Set<string>();
  const words = stems(text, lang);
  for (let i = 0; i < words.length; i++) {
    features.add(`u:${words[i]}`);
    if (i + 1 < words.length) features.add(`b:${words[i]}_${words[i + 1]}`);
  }
  const tags = conceptTags(text);
  for (let i = 0; i < tags.length; i++) {
    features.add(`c:${tags[i]}`);
    for (let j = i + 1; j < tags.length; j++) features.add(`cc:${tags[i]}+${tags[j]}`);
  }
  if (heading) {
    const headingTags: string[] = [];
    for (const feature of headingFeatures(heading, lang)) {
      features.add(feature);
      if (feature.startsWith('hc:')) headingTags.push(feature.slice(3));
    }
    // What the section is about, crossed with what the sentence mentions: "How long…" over "2 years".
    for (const h of headingTags) for (const t of tags) features.add(`hx:${h}*${t}`);
  }
  features.add(words.length <= 4 ? 'len:short' : words.length <= 25 ? 'len:mid' : 'len:long');
  return [...features];
}
