// The UI's words for one language over a catalogue lookup: plain messages, engine results (Text) and the
// bilingual words of data tables, all from the same catalogue.
import type { LocalizedText } from '../types';
import { type MessageLookup, renderText } from './render-text';
import type { MessageKey, Text } from './text';

export interface UiText {
  /** The UI language, for dates, numbers and the words of data tables (a cookie's purpose). */
  lang: 'en' | 'nb';
  /** A catalogue message with its $1…$9 substitutions. */
  t(key: MessageKey, substitutions?: string | string[]): string;
  /** An engine result's Text. */
  show(text: Text): string;
  /** Words a data table holds in both languages. */
  pick(words: LocalizedText): string;
}

/** The UI text of one language over a catalogue lookup. */
export function uiTextOf(lookup: MessageLookup, lang: 'en' | 'nb'): UiText {
  return {
    lang,
    t: (key, substitutions = []) => lookup(key, typeof substitutions === 'string' ? [substitutions] : substitutions),
    show: (text) => renderText(text, lookup),
    pick: (words) => words[lang] || words.en,
  };
}

