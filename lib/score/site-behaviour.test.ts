// The grade that sees the site's behaviour: each behaviour rule with its evidence, the cap, and the
// issue's case — a B policy that denies marketing cookies while Meta's pixel is set before consent.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze-policy';
import { loadModelFromDisk } from '../cli/load-model-node';
import { extractPolicyFromHtml } from '../extract/extract-policy';
import { parseHtmlInNode } from '../extract/parse-html-node';
import type { CookieKindStatement, DeclaredCookie } from '../types';
import behaviourRubric from './behaviour-rubric.json';
import { type BehaviourFacts, behaviourPoints, siteBehaviour, siteGrade } from './site-behaviour';
import { cookieReport, getAll } from '@/test/unit/cookie-reports';
import { nodeRenderer } from '../text/catalogue-node';
import { text } from '../text/text';

const [en, nb] = [nodeRenderer('en'), nodeRenderer('nb')];

const facts = (cookieKinds: CookieKindStatement[] = [], declaredCookies: DeclaredCookie[] = [], rights: BehaviourFacts['rights'] = []): BehaviourFacts => ({ cookieKinds, declaredCookies, rights });
const denies = (kind: CookieKindStatement['kind'], id: string): CookieKindStatement => ({ kind, stance: 'denies', evidence: [id] });
const COOKIE_CHOICES = { key: 'cookie-choices', name: text('factRightCookieChoices'), evidence: ['s9'] };

// The facts and cookies that make each behaviour rule fire, and the cookies it must name.
const CASES: Record<string, { facts: BehaviourFacts; cookies: object[]; interacted?: boolean; names: string[]; evidence: string[] }> = {
  'site-sets-denied-marketing': { facts: facts([denies('marketing', 's3')]), cookies: [getAll('_fbp', '.shop.no', 90), getAll('PHPSESSID', 'shop.no', null)], names: ['_fbp'], evidence: ['s3'] },
  'site-sets-denied-analytics': { facts: facts([denies('analytics', 's4')]), cookies: [getAll('_ga', '.shop.no', 730)], names: ['_ga'], evidence: ['s4'] },
  'site-sets-denied-third-party': { facts: facts([denies('third-party', 's5')]), cookies: [getAll('IDE', '.doubleclick.net', 390), getAll('cart', 'shop.no', 7)], names: ['IDE'], evidence: ['s5'] },
  'site-sets-denied-functional': { facts: facts([denies('functional', 's6')]), cookies: [getAll('wp-settings-1', 'shop.no', 365)], names: ['wp-settings-1'], evidence: ['s6'] },
  'site-tracking-called-essential': { facts: facts([], [{ name: '_ga', category: 'essential', evidence: ['s7'] }, { name: '_gid', category: 'functional', evidence: ['s8'] }]), cookies: [getAll('_ga', '.shop.no', 730), getAll('_gid', '.shop.no', 1)], names: ['_ga', '_gid'], evidence: ['s7', 's8'] },
  'site-tracking-before-consent': { facts: facts([], [], [COOKIE_CHOICES]), cookies: [getAll('_ga', '.shop.no', 730), getAll('PHPSESSID', 'shop.no', null)], interacted: false, names: ['_ga'], evidence: ['s9'] },
};

describe('behaviour rubric', () => {
  it('has a case for every rule, and only lowers the grade', () => {
    expect(Object.keys(CASES).sort()).toEqual(behaviourRubric.rules.map((rule) => rule.id).sort());
    for (const rule of behaviourRubric.rules) expect(rule.points, rule.id).toBeLessThan(0);
  });

  it.each(behaviourRubric.rules.map((rule) => [rule.id, rule.points] as const))('rule %s fires with its policy sentence and cookies, and moves the grade by %i', (id, points) => {
    const { facts: f, cookies, interacted, names, evidence } = CASES[id]!;
    const found = behaviourPoints(cookieReport('shop.no', cookies, { pageInteracted: interacted ?? true }), f);
    expect(found.map((p) => p.rule)).toEqual([id]);
    expect(found[0]!.points).toBe(points);
    expect(found[0]!.evidence).toEqual(evidence);
    expect(found[0]!.cookies.map((c) => c.name)).toEqual(names);
    for (const name of names) expect(en(found[0]!.reason)).toContain(name);
    expect(nb(found[0]!.reason)).not.toBe(en(found[0]!.reason));
    expect(siteGrade({ grade: 'C', points: 50 }, found)).toMatchObject({ points: 50 + points, adjustment: points, policy: { grade: 'C', points: 50 } });
  });

  it('names the cookies with their vendor and host, at most three in the reason', () => {
    const cookies = ['_ga', '_gid', '_gat', '_ga_ABC123'].map((name) => getAll(name, '.shop.no', 30));
    const [point] = behaviourPoints(cookieReport('shop.no', cookies), facts([denies('analytics', 's1')]));
    expect(en(point!.reason)).toBe('Says it uses no analytics cookies, yet the site sets _ga from Google Analytics on shop.no; _ga_ABC123 from Google Analytics on shop.no; _gat from Google Analytics on shop.no and 1 more.');
    expect(nb(point!.reason)).toMatch(/ og 1 til\.$/);
    expect(point!.cookies).toHaveLength(4);
  });

  it('never accuses on a guess: a cookie only "probably" marketing makes no contradiction', () => {
    expect(behaviourPoints(cookieReport('shop.no', [getAll('xq1', 'pixel.tracker.example', 365)]), facts([denies('marketing', 's1')]))).toEqual([]);
  });
});

describe('siteGrade', () => {
  it('keeps the policy grade when the site does what its policy says', () => {
    expect(siteGrade({ grade: 'A', points: 90 }, [])).toEqual({ grade: 'A', points: 90, policy: { grade: 'A', points: 90 }, adjustment: 0, cappedAt: null, reasons: [] });
  });

  it('caps the grade at C once any behaviour point applies, even when the points alone would allow more', () => {
    const reasons = behaviourPoints(cookieReport('shop.no', [getAll('_fbp', '.shop.no', 90)]), facts([denies('marketing', 's3')]));
    expect(siteGrade({ grade: 'A', points: 90 }, reasons)).toMatchObject({ grade: 'C', points: 75, adjustment: -15, cappedAt: 'C' });
    // Points below the cap give their own, worse grade; the cap is then not what decided it.
    expect(siteGrade({ grade: 'C', points: 50 }, reasons)).toMatchObject({ grade: 'D', points: 35, cappedAt: null });
  });

  it('is unknown (null) without the site\'s cookies', () => {
    expect(siteBehaviour({ score: { grade: 'B', points: 65 }, facts: facts() }, null)).toBeNull();
  });
});

describe("the issue's case: a B policy saying 'no marketing cookies' while Meta's pixel is set before any consent", () => {
  const html = readFileSync('test/fixtures/pages/cookie-shop/personvern.html', 'utf8');
  const analyse = async () => {
    const outcome = await analyzePolicy(extractPolicyFromHtml(html, 'http://127.0.0.1/personvern', parseHtmlInNode), loadModelFromDisk());
    if (!outcome.ok) throw new Error(en(outcome.message));
    return outcome.analysis;
  };
  const cookies = [getAll('PHPSESSID', '127.0.0.1', null), getAll('_ga', '127.0.0.1', 730), getAll('_fbp', '127.0.0.1', 90), getAll('ad_uid', 'localhost', 365)];

  it('does not keep its good grade: each contradiction is a point with the denying sentence and the cookies', async () => {
    const analysis = await analyse();
    // The policy alone reads well (its grade moves as the engine improves; it was B when the issue was filed).
    expect(['A', 'B']).toContain(analysis.score.grade);
    const before = siteBehaviour(analysis, cookieReport('127.0.0.1', cookies, { pageInteracted: false }))!;
    expect(before.reasons.map((r) => [r.rule, r.points, r.cookies.map((c) => c.name)])).toEqual([
      ['site-sets-denied-marketing', -15, ['_fbp']],
      ['site-sets-denied-third-party', -10, ['ad_uid']],
      ['site-tracking-before-consent', -10, ['_fbp', '_ga', 'ad_uid']],
    ]);
    const denial = analysis.sentences.find((s) => s.id === before.reasons[0]!.evidence[0])!;
    expect(denial.text).toBe('Vi bruker ikke informasjonskapsler til markedsføring, og vi bruker ingen tredjepartscookies.');
    expect(en(before.reasons[0]!.reason)).toBe('Says it uses no marketing cookies, yet the site sets _fbp from Meta (Facebook, Instagram) on 127.0.0.1.');
    expect(before).toMatchObject({ points: analysis.score.points - 35, policy: { grade: analysis.score.grade }, adjustment: -35 });
    // At most C once the site breaks its policy, lower when the points say so.
    expect(['C', 'D', 'E']).toContain(before.grade);

    // After the user clicked on the page, the contradictions stay; tracking before consent is no longer shown.
    const after = siteBehaviour(analysis, cookieReport('127.0.0.1', cookies, { pageInteracted: true }))!;
    expect(after.reasons.map((r) => r.rule)).toEqual(['site-sets-denied-marketing', 'site-sets-denied-third-party']);
    expect(['C', 'D', 'E']).toContain(after.grade);
  });
});
