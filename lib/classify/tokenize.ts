import englishStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import norwegianStemmer from 'natural/lib/natural/stemmers/porter_stemmer_no.js';
import { words as englishStopwords } from 'natural/lib/natural/util/stopwords.js';
import { words as norwegianStopwords } from 'natural/lib/natural/util/stopwords_no.js';
import type { SupportedLanguage } from '../types';

// Function words that carry meaning for our labels stay in: "not", "you", "may", "ikke", "du", "kan".
const KEEP = new Set(['not', 'no', 'never', 'you', 'your', 'we', 'our', 'us', 'may', 'can', 'ikke', 'aldri', 'du', 'deg', 'din', 'dine', 'vi', 'oss', 'vår', 'våre', 'kan', 'all', 'any', 'long', 'until', 'inntil', 'så', 'lenge']);
const STOPWORDS: Record<SupportedLanguage, Set<string>> = {
  en: new Set(englishStopwords.filter((w) => !KEEP.has(w))),
  nb: new Set(norwegianStopwords.filter((w) => !KEEP.has(w))),
};
const STEMMERS: Record<SupportedLanguage, { stem(token: string): string }> = { en: englishStemmer, nb: norwegianStemmer };

// Stemming dominates classification time; policies repeat their words, so a cache pays off.
const STEM_CACHE_LIMIT = 50_000;
const stemCache: Record<SupportedLanguage, Map<string, string>> = { en: new Map(), nb: new Map() };

function stem(token: string, lang: SupportedLanguage): string {
  const cache = stemCache[lang];
  let stemmed = cache.get(token);
  if (stemmed === undefined) {
    stemmed = STEMMERS[lang].stem(token);
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(token, stemmed);
  }
  return stemmed;
}

/** Lower-cased word tokens; numbers become '<num>', e-mail addresses '<email>', URLs '<url>'. */
export function wordTokens(text: string): string[] {
  // The address patterns backtrack over every word; most sentences have neither, so test cheaply first.
  let lower = text.toLowerCase();
  if (lower.includes('http') || lower.includes('www.')) lower = lower.replace(/https?:\/\/\S+|www\.\S+/g, ' <url> ');
  if (lower.includes('@')) lower = lower.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' <email> ');
  return (
    lower
      .match(/<url>|<email>|\d+(?:[.,]\d+)?|[\p{L}][\p{L}'’-]*/gu) ?? []
  ).map((token) => (/^\d/.test(token) ? '<num>' : token.replace(/['’-]+$/, '')));
}

/** Stems of the content words of a text, in order (stop words dropped). */
export function stems(text: string, lang: SupportedLanguage): string[] {
  const stopwords = STOPWORDS[lang];
  const out: string[] = [];
  for (const token of wordTokens(text)) {
    if (stopwords.has(token)) continue;
    out.push(token.startsWith('<') ? token : stem(token, lang));
  }
  return out;
}
