import type { LanguageGuess } from '../types';
import profiles from './language-profiles.json';

interface Profile {
  supported: boolean;
  common: Set<string>;
  distinctive: Set<string>;
}

const PROFILES: [string, Profile][] = Object.entries(profiles).map(([code, p]) => [
  code,
  { supported: p.supported, common: new Set(p.common), distinctive: new Set(p.distinctive) },
]);

// Below this many words a guess is noise ("Cookies", "OK").
const MIN_WORDS = 4;

/** Words of a text, lower-cased, letters only. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
}

/** Score every known language by function-word hits; distinctive words count triple. */
function scores(tokens: string[]): [string, number, boolean][] {
  return PROFILES.map(([code, profile]) => {
    let score = 0;
    for (const token of tokens) {
      if (profile.distinctive.has(token)) score += 3;
      else if (profile.common.has(token)) score += 1;
    }
    return [code, score, profile.supported] as [string, number, boolean];
  }).sort((a, b) => b[1] - a[1]);
}

const NORWEGIAN_LETTERS = /[æøå]/;

/**
 * For text too short or too mixed to name its language: is it likelier English or Bokmål? Counts only
 * those two profiles, and æ/ø/å count for Bokmål. Null when nothing points either way.
 */
export function likelierEnglishOrNorwegian(text: string): 'en' | 'nb' | null {
  const tokens = words(text.slice(0, 20_000));
  let en = 0;
  let nb = 0;
  for (const [code, score] of scores(tokens)) {
    if (code === 'en') en = score;
    if (code === 'nb') nb = score;
  }
  nb += 2 * tokens.filter((token) => NORWEGIAN_LETTERS.test(token)).length;
  return en === nb ? null : en > nb ? 'en' : 'nb';
}

/** Guess the language of a text: English and Bokmål are supported, others are named but unsupported. */
export function detectLanguage(text: string): LanguageGuess {
  const tokens = words(text.slice(0, 20_000));
  if (tokens.length < MIN_WORDS) return { code: 'unknown', supported: false, confidence: 0 };
  const ranked = scores(tokens);
  const [best, second] = ranked;
  if (!best || best[1] === 0) return { code: 'unknown', supported: false, confidence: 0 };
  // Share of the words that are this language's function words, damped by how close the runner-up is.
  const coverage = Math.min(1, best[1] / (tokens.length * 1.2));
  const margin = second ? (best[1] - second[1]) / best[1] : 1;
  const confidence = Math.round(Math.min(1, coverage * 2) * (0.5 + margin / 2) * 100) / 100;
  if (confidence < 0.15) return { code: 'unknown', supported: false, confidence };
  return { code: best[0], supported: best[2], confidence };
}
