import { describe, expect, it } from 'vitest';
import type { PolicyFacts, RetentionFact, ThirdPartyFact } from '../types';
import rubric from './rubric.json';
import { nodeRenderer } from '../text/catalogue-node';
import { text, verbatim } from '../text/text';
import { isRuleId, RULE_REASONS, RULES } from './rubric-rules';
import { gradeFor, rubricPoints, scorePolicy } from './score-policy';

const name = verbatim('x');
const [en, nb] = [nodeRenderer('en'), nodeRenderer('nb')];
const fact = (key: string) => ({ key, name: verbatim(key), evidence: [`e-${key}`] });
const vendor = (key: string, role = 'payment'): ThirdPartyFact => ({ ...fact(key), kind: 'named', role });
const period = (days: number | null, text = 'as long as necessary'): RetentionFact => ({
  text, days, vague: days === null, appliesTo: 'general', appliesToName: name, evidence: ['r'],
});
const empty = (): PolicyFacts => ({
  dataTypes: [], purposes: [], thirdParties: [], transfersAbroad: [], sellsData: [], deniesSelling: [],
  retention: [], rights: [], contacts: [], authority: null, declaredCookies: [], cookieKinds: [],
});
const allRights = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent', 'complaint'];

/** Facts that make each rubric rule fire (and the rule's id is checked to be in the result). */
const FIRES: Record<string, (f: PolicyFacts) => void> = {
  'retention-concrete': (f) => f.retention.push(period(365, '1 year')),
  'retention-vague-only': (f) => f.retention.push(period(null)),
  'retention-missing': () => {},
  'rights-full': (f) => f.rights.push(...allRights.map(fact)),
  'rights-partial': (f) => f.rights.push(...allRights.slice(0, 3).map(fact)),
  'rights-missing': () => {},
  'complaint-authority': (f) => {
    f.rights.push(fact('complaint'));
    f.authority = { name: 'Datatilsynet', evidence: ['a'] };
  },
  'contact-named': (f) => f.contacts.push({ value: 'privacy@shop.no', evidence: ['c'] }),
  'sells-data': (f) => f.sellsData.push('s'),
  'denies-selling': (f) => f.deniesSelling.push('d'),
  'many-third-parties': (f) => f.thirdParties.push(...Array.from({ length: 9 }, (_, i) => vendor(`v${i}`))),
  'unnamed-partners': (f) => f.thirdParties.push({ ...fact('partners'), kind: 'category', role: 'partners' }),
  'advertising-networks': (f) => f.thirdParties.push(vendor('meta', 'advertising')),
  'marketing-without-choice': (f) => f.purposes.push(fact('marketing')),
  'transfers-abroad': (f) => f.transfersAbroad.push('t'),
  'purposes-stated': (f) => f.purposes.push(fact('service'), fact('support')),
  'purposes-missing': () => {},
  'collected-missing': () => {},
  'sensitive-data': (f) => f.dataTypes.push(fact('national-id')),
};

describe('rubric', () => {
  it('has a condition and a test for every rule', () => {
    for (const rule of rubric.rules) {
      expect(isRuleId(rule.id), rule.id).toBe(true);
      if (!isRuleId(rule.id)) continue;
      expect(RULES[rule.id], rule.id).toBeTypeOf('function');
      expect(FIRES[rule.id], rule.id).toBeTypeOf('function');
      // Its reason is a message of both catalogues (a missing one would show as its key).
      expect(en(text(RULE_REASONS[rule.id]))).not.toBe(RULE_REASONS[rule.id]);
      expect(nb(text(RULE_REASONS[rule.id]))).not.toBe(RULE_REASONS[rule.id]);
    }
  });

  it.each(rubric.rules.map((r) => [r.id, r.points] as const))('rule %s fires on its facts and moves the score by %i', (id, points) => {
    const facts = empty();
    FIRES[id]!(facts);
    const hit = rubricPoints(facts).find((p) => p.rule === id);
    expect(hit?.points).toBe(points);
    expect(en(hit!.reason)).not.toMatch(/\$\d|^rule/);
    expect(nb(hit!.reason)).not.toMatch(/\$\d|^rule/);
  });

  it('grades a careful policy above a careless one', () => {
    const good = empty();
    for (const id of ['retention-concrete', 'rights-full', 'complaint-authority', 'contact-named', 'denies-selling', 'purposes-stated']) FIRES[id]!(good);
    good.dataTypes.push(fact('email'));
    const bad = empty();
    for (const id of ['retention-vague-only', 'sells-data', 'advertising-networks', 'marketing-without-choice', 'unnamed-partners']) FIRES[id]!(bad);
    const goodCard = scorePolicy(good, []);
    const badCard = scorePolicy(bad, []);
    expect(goodCard.grade).toBe('A');
    expect(badCard.grade).toBe('E');
    expect(goodCard.points - badCard.points).toBeGreaterThan(50);
    expect(badCard.reasons.map((r) => r.rule)).toContain('sells-data');
  });

  it('maps points to grade bands', () => {
    expect([90, 75, 74, 60, 45, 30, 29].map(gradeFor)).toEqual(['A', 'A', 'B', 'B', 'C', 'D', 'E']);
  });
});

describe('retention rules and cookie lifetimes', () => {
  const cookieOnly: PolicyFacts = {
    ...empty(),
    retention: [{ text: '12 months', days: 365, vague: false, appliesTo: 'cookies', appliesToName: text('factRecordCookies'), evidence: ['s1'] }],
  };
  it('does not reward a policy whose only periods are cookie lifetimes, and calls its retention missing', () => {
    const rules = scorePolicy(cookieOnly, []).reasons.map((r) => r.rule);
    expect(rules).not.toContain('retention-concrete');
    expect(rules).toContain('retention-missing');
  });
});
