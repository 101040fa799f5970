import signals from './detection-signals.json';
import { unpackPhraseLists } from './phrase-lists';

/** A phrase list per supported language, and optionally for other languages (recognised, then reported as unsupported). */
export type PhraseLists = { en: string[]; nb: string[]; other?: string[] };

/** The shape of detection-signals.json (validated by detection-signals.test.ts). */
export interface DetectionSignals {
  privacyTitle: PhraseLists;
  cookieTitle: PhraseLists;
  termsTitle: PhraseLists;
  urlPrivacy: string[];
  urlCookie: string[];
  urlTerms: string[];
  topicHeadings: PhraseLists;
  bodyPhrases: PhraseLists;
  articleMarkers: PhraseLists;
}

export const DETECTION_SIGNALS = unpackPhraseLists<DetectionSignals>(signals);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for any of the phrases, on word boundaries, case-insensitive (longest phrase wins). */
export function phraseMatcher(lists: PhraseLists | string[]): RegExp {
  const phrases = Array.isArray(lists) ? lists : [...lists.en, ...lists.nb, ...(lists.other ?? [])];
  const alternatives = [...new Set(phrases.map((p) => p.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Distinct phrases of the matcher found in a text, with the number of hits. */
export function findPhrases(text: string, matcher: RegExp): { distinct: string[]; hits: number } {
  const found = new Set<string>();
  let hits = 0;
  for (const match of text.toLowerCase().matchAll(matcher)) {
    found.add(match[0]);
    hits++;
  }
  return { distinct: [...found], hits };
}

/** Path segments of a URL, lower-cased and folded to ASCII the way slugs usually are (æ→ae, ø→o, å→a). */
export function urlSlugs(url: string): string[] {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the raw path: a malformed escape is no reason to stop detecting
  }
  return path
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .split('/')
    .map((segment) => segment.replace(/\.(html?|php|aspx?|jsp)$/, '').replace(/_/g, '-'))
    .filter(Boolean);
}

/** The first slug that is one of the terms, optionally followed by a year, version or language suffix. */
export function slugMatch(slugs: string[], terms: string[]): string | null {
  for (const slug of slugs) {
    for (const term of terms) {
      if (slug === term || new RegExp(`^${escapeRegExp(term)}(-(\\d+|v\\d+|[a-z]{2}))?$`).test(slug)) return slug;
    }
  }
  return null;
}
