// The comparison's texts (row titles, cell summaries, better-site reasons) in both UI languages, from
// compare-text.json, with {placeholders} filled in.
import type { LocalizedText } from '../types';
import text from './compare-text.json';

export type RowTitleKey = keyof typeof text.rows;
export type GroupKey = keyof typeof text.groups;
export type CellKey = keyof typeof text.cells;
export type ReasonKey = keyof typeof text.reasons;

/** Per-language values for the placeholders: one string for both, or a LocalizedText. */
export type Fill = Record<string, string | number | LocalizedText>;

function fillIn(template: LocalizedText, values: Fill): LocalizedText {
  const one = (lang: 'en' | 'nb') =>
    template[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'object' ? value[lang] : String(value);
    });
  return { en: one('en'), nb: one('nb') };
}

export const rowTitle = (key: RowTitleKey): LocalizedText => text.rows[key];
export const groupTitle = (key: GroupKey): LocalizedText => text.groups[key];
export const cellText = (key: CellKey, values: Fill = {}): LocalizedText => fillIn(text.cells[key], values);
export const reasonText = (key: ReasonKey, values: Fill = {}): LocalizedText => fillIn(text.reasons[key], values);

/** A cookie category's name in running text (falls back to its key for a category added later). */
export const cookieCategoryName = (category: string): LocalizedText =>
  (text.cookieCategories as Record<string, LocalizedText>)[category] ?? { en: category, nb: category };

/** The same string in both languages. */
export const plain = (value: string): LocalizedText => ({ en: value, nb: value });

/** Names joined with commas, at most `max` of them, in both languages (lower-cased for running text when asked). */
export function joinNames(names: LocalizedText[], { max = 3, lower = false } = {}): LocalizedText {
  const join = (lang: 'en' | 'nb') => {
    const shown = names.slice(0, max).map((name) => (lower ? name[lang].toLowerCase() : name[lang]));
    return names.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
  };
  return { en: join('en'), nb: join('nb') };
}

export type CsvKey = keyof typeof text.csv;
export const csvText = (key: CsvKey): LocalizedText => text.csv[key];
