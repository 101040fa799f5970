import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import abbreviations from '../../lib/extract/abbreviations.json';
import concepts from '../../lib/classify/concepts.json';
import dataTypes from '../../lib/facts/data-types.json';
import purposes from '../../lib/facts/purposes.json';
import recipients from '../../lib/facts/recipients.json';
import retentionUnits from '../../lib/facts/retention-units.json';
import rights from '../../lib/facts/rights.json';
import vendors from '../../lib/facts/vendors.json';
import profiles from '../../lib/language/language-profiles.json';
import rubric from '../../lib/score/rubric.json';

const compiles = (pattern: string) => () => new RegExp(pattern, 'i');
const catalogue = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const [en, nb] = [catalogue('en'), catalogue('nb')];
/** A message both catalogues have, with words. */
const named = (key: string) => !!en[key]?.message.trim() && !!nb[key]?.message.trim();

describe('data tables', () => {
  it.each([
    ['data-types', dataTypes],
    ['purposes', purposes],
    ['rights', rights],
    ['recipients', recipients],
  ])('%s: unique keys, a name in both catalogues, valid patterns', (_name, rows) => {
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.key).toMatch(/^[a-z0-9-]+$/);
      expect(named(row.name), `${row.key}: ${row.name}`).toBe(true);
      expect(row.patterns.length, row.key).toBeGreaterThan(0);
      for (const p of row.patterns) expect(compiles(p)).not.toThrow();
    }
  });

  it('vendors: unique keys, a role and a valid pattern each', () => {
    expect(new Set(vendors.map((v) => v.key)).size).toBe(vendors.length);
    for (const v of vendors as { key: string; name: string; role: string; pattern?: string; cased?: string }[]) {
      expect(v.key).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(v.name && v.role, v.key).toBeTruthy();
      expect(v.pattern ?? v.cased, v.key).toBeTruthy();
      for (const p of [v.pattern, v.cased]) if (p) expect(() => new RegExp(p, 'u')).not.toThrow();
    }
  });

  it('names every retention record in both catalogues', () => {
    for (const record of retentionUnits.records) expect(named(record.name), record.key).toBe(true);
  });

  it('concepts and retention units compile', () => {
    for (const p of Object.values(concepts)) expect(compiles(p)).not.toThrow();
    for (const p of [...retentionUnits.vague, ...retentionUnits.records.map((r) => r.pattern)]) expect(compiles(p)).not.toThrow();
    for (const days of Object.values(retentionUnits.unitDays)) expect(days).toBeGreaterThan(0);
  });

  it('language profiles support exactly English and Bokmål', () => {
    expect(Object.entries(profiles).filter(([, p]) => p.supported).map(([code]) => code).sort()).toEqual(['en', 'nb']);
  });

  it('abbreviations are lower-case without the final dot', () => {
    for (const a of [...abbreviations.always, ...abbreviations.beforeNumber]) expect(a).toMatch(/^[a-zæøå.']+[a-zæøå']$|^[a-z]$/);
  });

  it('rubric: unique rule ids, grade bands in descending order', () => {
    expect(new Set(rubric.rules.map((r) => r.id)).size).toBe(rubric.rules.length);
    const mins = rubric.grades.map((g) => g.min);
    expect([...mins].sort((a, b) => b - a)).toEqual(mins);
    expect(rubric.grades.map((g) => g.grade)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});
