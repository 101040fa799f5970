import { describe, expect, it } from 'vitest';
import { COOKIE_CATEGORIES } from '../cookies/cookie-types';
import text from './compare-text.json';

const holes = (template: string) => (template.match(/\{\w+\}/g) ?? []).sort().join();

describe('comparison texts (compare-text.json)', () => {
  const tables = Object.entries(text) as [string, Record<string, { en: string; nb: string }>][];

  it('has every text in English and Norwegian, none empty, with the same placeholders', () => {
    for (const [table, entries] of tables) {
      for (const [key, value] of Object.entries(entries)) {
        expect(Object.keys(value).sort(), `${table}.${key}`).toEqual(['en', 'nb']);
        expect(value.en.trim(), `${table}.${key}`).not.toBe('');
        expect(value.nb.trim(), `${table}.${key}`).not.toBe('');
        expect(holes(value.nb), `${table}.${key}`).toBe(holes(value.en));
      }
    }
  });

  it('names every cookie category', () => {
    for (const category of COOKIE_CATEGORIES) expect(text.cookieCategories, category).toHaveProperty(category);
  });

  it('says which site a better-site reason compares with', () => {
    for (const [key, value] of Object.entries(text.reasons)) expect(value.en, key).toContain('{other}');
  });
});
