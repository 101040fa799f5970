import type { SupportedLanguage } from '../types';
import { compoundParts } from './compound-words';
import { conceptTags } from './concept-tags';
import { stems, wordTokens } from './tokenize';

/** How compound words are read (chosen by `npm run tune` on held-out writing batches, stored in the model). */
export type CompoundMode = 'off' | 'split' | 'affix' | 'both';

/** Where a sentence stands: its heading, the lead-in of its list, and what the model knows of compounds. */
export interface SentenceContext {
  heading: string;
  leadIn?: string;
  compounds?: CompoundMode;
  /** Words the corpus uses on their own: the parts compounds are split into. */
  vocabulary?: ReadonlySet<string>;
}

// Headings and lead-ins repeat across a section; a cache avoids re-stemming them for every sentence.
const contextCache = new Map<string, string[]>();

function contextFeatures(prefix: 'h' | 'l', text: string, lang: SupportedLanguage): string[] {
  const key = `${prefix}${lang}\u0000${text}`;
  let features = contextCache.get(key);
  if (!features) {
    features = [...new Set(stems(text, lang).map((s) => `${prefix}:${s}`)), ...conceptTags(text).map((c) => `${prefix}c:${c}`)];
    if (contextCache.size > 5_000) contextCache.clear();
    contextCache.set(key, features);
  }
  return features;
}

// Affixes of long words: a compound's head sits at its end ("…adresse", "…nummer"), its modifier at its start.
const AFFIX_LENGTH = 5;
const AFFIX_MIN_WORD = 9;

function addCompoundFeatures(features: Set<string>, text: string, lang: SupportedLanguage, context: SentenceContext): void {
  const mode = context.compounds ?? 'off';
  if (mode === 'off' || lang !== 'nb') return;
  for (const word of wordTokens(text)) {
    if (word.length < AFFIX_MIN_WORD || word.startsWith('<')) continue;
    if ((mode === 'split' || mode === 'both') && context.vocabulary)
      for (const part of compoundParts(word, context.vocabulary)) for (const s of stems(part, lang)) features.add(`u:${s}`);
    if (mode === 'affix' || mode === 'both') {
      features.add(`p:${word.slice(0, AFFIX_LENGTH)}`);
      features.add(`x:${word.slice(-AFFIX_LENGTH)}`);
    }
  }
}

/** Concepts of the context crossed with the sentence's own: "How long…" over "2 years", "We collect:" over "Name". */
function addCrossFeatures(features: Set<string>, prefix: 'h' | 'l', contextTags: string[], tags: string[]): void {
  for (const c of contextTags) for (const t of tags) features.add(`${prefix}x:${c}*${t}`);
}

/**
 * Sparse binary features of a sentence in its context: stems, stem bigrams, compound parts, heading and
 * lead-in stems, and language-independent concept tags with their pairs. Concepts are shared by English
 * and Norwegian, so what one language teaches transfers.
 */
export function sentenceFeatures(text: string, context: SentenceContext, lang: SupportedLanguage): string[] {
  const features = new Set<string>();
  const words = stems(text, lang);
  for (let i = 0; i < words.length; i++) {
    features.add(`u:${words[i]}`);
    if (i + 1 < words.length) features.add(`b:${words[i]}_${words[i + 1]}`);
  }
  addCompoundFeatures(features, text, lang, context);
  const tags = conceptTags(text);
  for (let i = 0; i < tags.length; i++) {
    features.add(`c:${tags[i]}`);
    for (let j = i + 1; j < tags.length; j++) features.add(`cc:${tags[i]}+${tags[j]}`);
  }
  for (const [prefix, value] of [['h', context.heading], ['l', context.leadIn ?? '']] as const) {
    if (!value) continue;
    const contextTags: string[] = [];
    for (const feature of contextFeatures(prefix, value, lang)) {
      features.add(feature);
      if (feature.startsWith(`${prefix}c:`)) contextTags.push(feature.slice(3));
    }
    addCrossFeatures(features, prefix, contextTags, tags);
  }
  if (context.leadIn) features.add('item');
  features.add(words.length <= 4 ? 'len:short' : words.length <= 25 ? 'len:mid' : 'len:long');
  return [...features];
}
