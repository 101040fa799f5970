import { describe, expect, it } from 'vitest';
import { cookieReport as realCookies, getAll } from '@/test/unit/cookie-reports';
import { seedAnalysis } from '@/test/unit/seed-analyses';
import type { CookieReport } from '../cookies/cookie-types';
import { newSavedSite, type SavedSite } from '../storage/saved-site-schema';
import type { PolicyAnalysis, PolicyFacts } from '../types';
import { compareSites, RIGHTS_MATRIX } from './compare-sites';
import { pickBetter } from './pick-better';
import { nodeRenderer } from '../text/catalogue-node';
import { text, verbatim } from '../text/text';

const [en, nb] = [nodeRenderer('en'), nodeRenderer('nb')];
/** A row's better site with its reason in both languages. */
const said = (better: { sites: string[]; reason: Parameters<typeof en>[0] } | null) => better && { sites: better.sites, en: en(better.reason), nb: nb(better.reason) };

const cookieReport = (site: string, categories: ('essential' | 'analytics' | 'marketing')[], third = 0): CookieReport => {
  const cookies = categories.map((category, i) => ({
    name: `c${i}`, domain: site, path: '/', party: (i < third ? 'third' : 'first') as 'first' | 'third', secure: true, httpOnly: false,
    sameSite: 'lax' as const, session: true, category, vendor: null, vendorKey: null, purpose: null, basis: 'none' as const, consentState: false,
  }));
  const counts = { essential: 0, functional: 0, analytics: 0, marketing: 0, unknown: 0 };
  for (const c of cookies) counts[c.category]++;
  return { site, cookies, counts, thirdPartyHosts: [], services: [], pageInteracted: null };
};

const saved = (site: string, analysis: PolicyAnalysis, cookies: CookieReport | null = null): SavedSite => newSavedSite(site, analysis.url, analysis, cookies, 1_700_000_000_000, null);

/** A real analysis with some facts replaced, to make one difference at a time. */
const withFacts = (analysis: PolicyAnalysis, facts: Partial<PolicyFacts>): PolicyAnalysis => ({ ...analysis, facts: { ...analysis.facts, ...facts } });

describe('compareSites', () => {
  it('compares the three seed shops in columns with grade, facts, rights matrix and cookies', async () => {
    const [a, b, c] = await Promise.all([seedAnalysis(3), seedAnalysis(2), seedAnalysis(1)]);
    const comparison = compareSites([saved('a.no', a, cookieReport('a.no', ['essential'])), saved('b.no', b, cookieReport('b.no', ['essential', 'analytics', 'marketing'], 1)), saved('c.no', c)]);
    expect(comparison.sites.map((s) => s.site)).toEqual(['a.no', 'b.no', 'c.no']);
    const ids = comparison.rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['grade', 'rubric', 'collected', 'purposes', 'third-parties', 'recipients', 'retention', 'rights', 'cookies', 'cookies:marketing']));
    expect(ids.filter((id) => id.startsWith('right:'))).toEqual(RIGHTS_MATRIX.map((key) => `right:${key}`));
    for (const row of comparison.rows) expect(row.cells, row.id).toHaveLength(3);

    // The grade row names the site(s) with the most points, against the best of the rest.
    const grade = comparison.rows.find((r) => r.id === 'grade')!;
    const points = [a, b, c].map((x) => x.score.points);
    const best = Math.max(...points);
    expect(grade.differs).toBe(new Set([a, b, c].map((x) => `${x.score.grade}${x.score.points}`)).size > 1);
    if (new Set(points).size > 1) {
      const winners = ['a.no', 'b.no', 'c.no'].filter((_, i) => points[i] === best);
      const runnerUpPoints = Math.max(...points.filter((p) => p < best));
      expect(grade.better!.sites).toEqual(winners);
      expect(en(grade.better!.reason)).toMatch(new RegExp(`^grade [A-E] \\(${best} points\\) against [A-E] \\(${runnerUpPoints}\\) for [abc]\\.no$`));
      grade.cells.forEach((cell, i) => expect(cell.better).toBe(points[i] === best));
    }

    // Cookies: the site saved without a cookie summary is left out of the cookie rows, not counted as zero.
    const marketing = comparison.rows.find((r) => r.id === 'cookies:marketing')!;
    expect(marketing.cells[2]).toMatchObject({ missing: true });
    expect(marketing.better?.sites).toEqual(['a.no']);
    expect(en(marketing.better!.reason)).toBe('sets fewer marketing cookies: 0 against 1 for b.no');
    expect(nb(marketing.better!.reason)).toBe('setter færre informasjonskapsler for markedsføring: 0 mot 1 for b.no');
    expect(comparison.rows.find((r) => r.id === 'cookies:essential')!.better).toBeNull();

    // Every cell's evidence points to sentences the saved copy holds.
    const records = [a, b, c];
    for (const row of comparison.rows) {
      row.cells.forEach((cell, i) => {
        const ids = new Set(records[i]!.sentences.map((s) => s.id));
        for (const id of cell.evidence) expect(ids.has(id), `${row.id} ${id}`).toBe(true);
      });
    }
  });

  it('marks no difference and names no better site when the policies say the same', async () => {
    const a = await seedAnalysis(2);
    const comparison = compareSites([saved('a.no', a), saved('b.no', a)]);
    for (const row of comparison.rows) {
      expect(row.differs, row.id).toBe(false);
      expect(row.better, row.id).toBeNull();
      for (const cell of row.cells) for (const item of cell.items) expect(item.unique).toBe(false);
    }
  });

  it('says a concrete period beats "as long as necessary", in plain words (the issue example)', async () => {
    const base = await seedAnalysis(2);
    const period = (words: string, days: number | null) => ({ text: words, days, vague: days === null, appliesTo: 'general', appliesToName: text('factRecordGeneral'), evidence: [base.sentences[0]!.id] });
    const concrete = withFacts(base, { retention: [period('1 year', 365)] });
    const vague = withFacts(base, { retention: [period('as long as necessary', null)] });
    const row = compareSites([saved('vague.no', vague), saved('concrete.no', concrete)]).rows.find((r) => r.id === 'retention')!;
    expect(row.differs).toBe(true);
    expect(said(row.better)).toEqual({
      sites: ['concrete.no'],
      en: 'keeps data 1 year instead of “as long as necessary” (vague.no)',
      nb: 'lagrer data i 1 år i stedet for «as long as necessary» (vague.no)',
    });
    const shorter = withFacts(base, { retention: [period('6 months', 180)] });
    const both = compareSites([saved('year.no', concrete), saved('half.no', shorter)]).rows.find((r) => r.id === 'retention')!;
    expect(said(both.better)).toMatchObject({ sites: ['half.no'], en: 'keeps data in general 6 months against 1 year for year.no' });
  });

  it('prefers fewer advertising networks, then fewer named companies, and marks the items only one site has', async () => {
    const base = await seedAnalysis(2);
    const party = (key: string, name: string, role: string) => ({ key, name: verbatim(name), evidence: [base.sentences[0]!.id], kind: 'named' as const, role });
    const ads = withFacts(base, { thirdParties: [party('meta', 'Meta', 'advertising'), party('klarna', 'Klarna', 'payment')] });
    const many = withFacts(base, { thirdParties: [party('klarna', 'Klarna', 'payment'), party('posten', 'Posten', 'delivery'), party('vipps', 'Vipps', 'payment')] });
    const few = withFacts(base, { thirdParties: [party('klarna', 'Klarna', 'payment')] });
    const row = compareSites([saved('ads.no', ads), saved('many.no', many), saved('few.no', few)]).rows.find((r) => r.id === 'third-parties')!;
    expect(said(row.better)).toMatchObject({ sites: ['few.no'], en: 'shares data with fewer named companies: 1 against 3 for many.no' });
    expect(row.cells[0]!.items.find((i) => i.key === 'meta')!.unique).toBe(true);
    expect(row.cells[0]!.items.find((i) => i.key === 'klarna')!.unique).toBe(false);
    // Naming no one is not better when data goes to unnamed "partners".
    const hidden = withFacts(base, { thirdParties: [{ ...party('partners', 'Unnamed business partners', 'partners'), kind: 'category' }] });
    const partnersRow = compareSites([saved('hidden.no', hidden), saved('few.no', few)]).rows.find((r) => r.id === 'third-parties')!;
    expect(said(partnersRow.better)).toMatchObject({ sites: ['few.no'], en: 'does not share with unnamed “partners”; hidden.no does' });
    const adsOnly = compareSites([saved('ads.no', ads), saved('many.no', many)]).rows.find((r) => r.id === 'third-parties')!;
    expect(said(adsOnly.better)).toMatchObject({ sites: ['many.no'], en: 'shares with 0 advertising networks against 1 for ads.no (Meta)' });
  });

  it('fills the rights matrix with the rights each policy names, and the better site per right', async () => {
    const base = await seedAnalysis(2);
    const right = (key: string, name: string) => ({ key, name: verbatim(name), evidence: [base.sentences[0]!.id] });
    const full = withFacts(base, { rights: RIGHTS_MATRIX.map((key) => right(key, key)), authority: { name: 'Datatilsynet', evidence: [base.sentences[1]!.id] } });
    const partial = withFacts(base, { rights: [right('access', 'Access'), right('erasure', 'Erasure'), right('opt-out-marketing', 'Opt out')], authority: null });
    const rows = compareSites([saved('full.no', full), saved('partial.no', partial)]).rows;
    const restriction = rows.find((r) => r.id === 'right:restriction')!;
    expect(en(restriction.title)).toBe('Restriction');
    expect(restriction.cells.map((c) => en(c.summary))).toEqual(['yes', 'not named']);
    expect(restriction.differs).toBe(true);
    expect(said(restriction.better)).toEqual({ sites: ['full.no'], en: 'tells you about this right; partial.no does not', nb: 'forteller om denne rettigheten; partial.no gjør det ikke' });
    expect(restriction.cells[0]!.evidence).toEqual([base.sentences[0]!.id]);
    const complaint = rows.find((r) => r.id === 'right:complaint')!;
    expect(complaint.cells[0]!.items.map((i) => en(i.text))).toEqual(['Datatilsynet']);
    expect(complaint.cells[0]!.evidence).toEqual([base.sentences[0]!.id, base.sentences[1]!.id]);
    const access = rows.find((r) => r.id === 'right:access')!;
    expect(access).toMatchObject({ differs: false, better: null });
    // Opting out of marketing is not one of the eight rights counted.
    expect(en(rows.find((r) => r.id === 'rights')!.better!.reason)).toBe('names more of your rights: 8 of 8 against 2 for partial.no');
  });

  it("shows the grade with each site's behaviour: the policy sentence a site breaks and its cookies, and the better site", async () => {
    const seed = await seedAnalysis(3);
    const deniesMarketing = seed.sentences[1]!.id;
    // The same policy text for both shops, saying they use no marketing cookies; one sets Meta's before consent.
    const analysis = withFacts(seed, { cookieKinds: [{ kind: 'marketing', stance: 'denies', evidence: [deniesMarketing] }] });
    const keeps = realCookies('keeps.no', [getAll('PHPSESSID', 'keeps.no', null)], { pageInteracted: false });
    const breaks = realCookies('breaks.no', [getAll('PHPSESSID', 'breaks.no', null), getAll('_fbp', '.breaks.no', 90)], { pageInteracted: false });
    const comparison = compareSites([saved('keeps.no', analysis, keeps), saved('breaks.no', analysis, breaks), saved('unknown.no', analysis)]);
    const behaviour = comparison.rows.find((r) => r.id === 'behaviour')!;
    expect(behaviour.cells.map((c) => en(c.summary))).toEqual(['no contradiction found', '−25 points (2 found)', 'not recorded']);
    expect(behaviour.cells[1]!.items.map((i) => [i.key, i.detail])).toEqual([['site-sets-denied-marketing', '−15'], ['site-tracking-before-consent', '−10']]);
    // Evidence: the denial, and the policy's promise of cookie choices that tracking before consent breaks.
    const choices = analysis.facts.rights.find((r) => r.key === 'cookie-choices')?.evidence ?? [];
    expect(behaviour.cells[1]!.evidence).toEqual([deniesMarketing, ...choices.slice(0, 3)]);
    expect(behaviour.cells[1]!.cookies).toEqual([{ name: '_fbp', domain: '.breaks.no', party: 'first', vendor: 'Meta (Facebook, Instagram)' }]);
    expect(behaviour.cells[2]!.missing).toBe(true);
    expect(said(behaviour.better)).toEqual({ sites: ['keeps.no'], en: 'does what its policy says; breaks.no does not (−25 points)', nb: 'gjør det erklæringen sier; breaks.no gjør det ikke (−25 poeng)' });

    // The grade: the same policy, but the shop that breaks it is shown lower, with its policy grade beside.
    const policy = analysis.score;
    const shown = comparison.sites.map((s) => s.grade);
    expect(shown[0]).toBe(policy.grade);
    expect(shown[1]! >= 'C' && shown[1]! > policy.grade).toBe(true);
    const grade = comparison.rows.find((r) => r.id === 'grade')!;
    expect(en(grade.cells[1]!.summary)).toBe(`${shown[1]} · ${policy.points - 25} points (policy alone ${policy.grade} · ${policy.points})`);
    expect(grade.cells[1]!.evidence).toContain(deniesMarketing);
    expect(grade.better!.sites).toEqual(['keeps.no', 'unknown.no']);
  });

  it('accepts two to four sites only', async () => {
    const a = saved('a.no', await seedAnalysis(2));
    expect(() => compareSites([a])).toThrow(/2 to 4/);
    expect(() => compareSites([a, a, a, a, a])).toThrow(/2 to 4/);
  });
});

describe('pickBetter', () => {
  const higher = (a: number, b: number) => a - b;
  it('picks every site that ties for best, and the best site they beat as the comparison', () => {
    expect(pickBetter([3, 1, 3, 2], higher)).toEqual({ winners: [0, 2], runnerUp: 3 });
    expect(pickBetter([2, 2], higher)).toBeNull();
    expect(pickBetter([5, null], higher)).toBeNull();
    expect(pickBetter([null, 1, 4], higher)).toEqual({ winners: [2], runnerUp: 1 });
  });

  it('handles values that only partly order the sites', () => {
    // Comparable only within the same parity: 4 beats 2, 3 stands apart.
    const sameParity = (a: number, b: number) => (a % 2 === b % 2 ? a - b : 0);
    expect(pickBetter([3, 2, 4], sameParity)).toEqual({ winners: [2], runnerUp: 1 });
  });
});
