import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SavedAnalysisSchema } from '../schemas/analysis';
import { parse } from '../schemas/common';
import { nodeRenderer } from '../text/catalogue-node';
import { LABELS } from '../types';
import { SavedSiteSchema } from '../schemas/saved-site';
import { analysisWithTexts, savedSiteWithTexts } from './migrate-texts';

// Two sites saved and exported by the previous release (schema 2, at a0af26a), texts as { en, nb } words.
const file = JSON.parse(readFileSync('test/fixtures/saved-sites-v2.json', 'utf8')) as { sites: { analysis: Schema2Analysis }[] };
type Words = { en: string; nb: string };
interface Schema2Analysis {
  facts: { dataTypes: { key: string; name: Words }[]; retention: { appliesToName: Words }[]; thirdParties: { name: Words }[] };
  score: { reasons: { rule: string; reason: Words }[]; categories: Record<string, { summary: Words }> };
}
const [en, nb] = [nodeRenderer('en'), nodeRenderer('nb')];

describe('saved analyses of schema 2 (texts as words) → schema 3 (texts as messages)', () => {
  it.each(file.sites.map((site, i) => [i, site.analysis] as const))('site %i passes the schema-3 analysis schema, words unchanged', (_i, old) => {
    expect(old.score.categories.collected!.summary).toHaveProperty('en'); // words, as schema 2 saved them
    const migrated = analysisWithTexts(structuredClone(old));
    const checked = parse(SavedAnalysisSchema, migrated);
    expect(checked.ok ? 'ok' : checked.reason).toBe('ok');
    if (!checked.ok) return;
    const now = checked.value;
    expect(now.score.categories.collected.summary).toHaveProperty('key'); // a catalogue message now
    // Every name, summary and reason reads as it did, in both languages.
    now.facts.dataTypes.forEach((fact, i) => expect([en(fact.name), nb(fact.name)]).toEqual([old.facts.dataTypes[i]!.name.en, old.facts.dataTypes[i]!.name.nb]));
    now.facts.thirdParties.forEach((fact, i) => expect([en(fact.name), nb(fact.name)]).toEqual([old.facts.thirdParties[i]!.name.en, old.facts.thirdParties[i]!.name.nb]));
    now.facts.retention.forEach((fact, i) => expect([en(fact.appliesToName), nb(fact.appliesToName)]).toEqual([old.facts.retention[i]!.appliesToName.en, old.facts.retention[i]!.appliesToName.nb]));
    for (const label of LABELS) {
      const summary = now.score.categories[label].summary;
      expect([en(summary), nb(summary)], label).toEqual([old.score.categories[label]!.summary.en, old.score.categories[label]!.summary.nb]);
    }
    now.score.reasons.forEach((point, i) => expect([point.rule, en(point.reason), nb(point.reason)]).toEqual([old.score.reasons[i]!.rule, old.score.reasons[i]!.reason.en, old.score.reasons[i]!.reason.nb]));
  });

  it('leaves a schema-3 analysis as it is', () => {
    const once = analysisWithTexts(structuredClone(file.sites[0]!.analysis));
    expect(analysisWithTexts(structuredClone(once))).toEqual(once);
  });
});

describe('saved records of schema 2 → 3: the fields schema 3 always has', () => {
  it('fills what older records lacked (cookie checks, cookie knowledge) with what their absence meant', () => {
    const site = structuredClone(file.sites[0]!) as unknown as Record<string, unknown> & { analysis: { facts: Record<string, unknown>; score: unknown } };
    delete site.analysis.facts.cookieKinds;
    // A report saved before cookie knowledge: no vendor key, purpose, basis, consent state, services, interaction.
    site.cookies = {
      site: 'seed1.no',
      cookies: [
        { name: '_ga', domain: '.seed1.no', path: '/', party: 'first', secure: false, httpOnly: false, sameSite: 'lax', session: false, category: 'analytics', vendor: 'Google Analytics' },
        { name: 'x', domain: '.seed1.no', path: '/', party: 'first', secure: false, httpOnly: false, sameSite: 'lax', session: true, category: 'unknown', vendor: null },
      ],
      counts: { essential: 0, functional: 0, analytics: 1, marketing: 0, unknown: 1 },
      thirdPartyHosts: [],
    };
    const checked = parse(SavedSiteSchema, savedSiteWithTexts(site));
    expect(checked.ok ? 'ok' : checked.reason).toBe('ok');
    if (!checked.ok) return;
    expect(checked.value.analysis.facts.cookieKinds).toEqual([]);
    expect(checked.value.cookies).toMatchObject({ services: [], pageInteracted: null });
    expect(checked.value.cookies!.cookies.map((c) => [c.basis, c.vendorKey, c.purpose, c.consentState])).toEqual([
      ['table', null, null, false],
      ['none', null, null, false],
    ]);
  });
});
