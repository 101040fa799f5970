import { GDPR_RIGHTS } from '../facts/lexicon';
import { formatDays } from '../facts/retention-periods';
import type { LocalizedText, PolicyFacts } from '../types';
import rubric from './rubric.json';

/** What a rule returns when it applies: a detail for its reason text and the evidence ids. */
export interface RuleHit {
  detail: LocalizedText;
  evidence: string[];
}

type Rule = (facts: PolicyFacts) => RuleHit | null;

const ids = (facts: { evidence: string[] }[]) => [...new Set(facts.flatMap((f) => f.evidence))];
const hit = (detail: string | LocalizedText, evidence: string[]): RuleHit => ({
  detail: typeof detail === 'string' ? { en: detail, nb: detail } : detail,
  evidence,
});
/** The first few display names of facts, joined, in both languages. */
const names = (facts: { name: LocalizedText }[], lower = false): LocalizedText => {
  const join = (lang: 'en' | 'nb') => facts.slice(0, 3).map((f) => (lower ? f.name[lang].toLowerCase() : f.name[lang])).join(', ');
  return { en: join('en'), nb: join('nb') };
};
const gdprRights = (facts: PolicyFacts) => facts.rights.filter((r) => GDPR_RIGHTS.includes(r.key));
const AD_ROLES = new Set(['advertising']);
const { manyThirdParties, fullRights, partialRights } = rubric.thresholds;

// Cookie lifetimes are listed in the card but say nothing about how long the site keeps your data.
const dataRetention = (f: PolicyFacts) => f.retention.filter((r) => r.appliesTo !== 'cookies');

/** The condition behind each rubric rule (points and texts live in rubric.json). */
export const RULES: Record<string, Rule> = {
  'retention-concrete': (f) => {
    const concrete = dataRetention(f).filter((r) => r.days !== null);
    const periods = (lang: 'en' | 'nb') => concrete.slice(0, 3).map((r) => `${formatDays(r.days!, lang)}: ${r.appliesToName[lang]}`).join('; ');
    return concrete.length ? hit({ en: periods('en'), nb: periods('nb') }, ids(concrete)) : null;
  },
  'retention-vague-only': (f) => {
    const periods = dataRetention(f);
    return periods.length && periods.every((r) => r.vague) ? hit(periods[0]!.text, ids(periods)) : null;
  },
  'retention-missing': (f) => (dataRetention(f).length === 0 ? hit('', []) : null),
  'rights-full': (f) => (gdprRights(f).length >= fullRights ? hit(String(gdprRights(f).length), ids(gdprRights(f))) : null),
  'rights-partial': (f) => {
    const n = gdprRights(f).length;
    return n >= partialRights && n < fullRights ? hit(String(n), ids(gdprRights(f))) : null;
  },
  'rights-missing': (f) => (f.rights.length <= 1 ? hit('', ids(f.rights)) : null),
  'complaint-authority': (f) => {
    const complaint = f.rights.find((r) => r.key === 'complaint');
    return complaint && f.authority ? hit(f.authority.name, [...new Set([...complaint.evidence, ...f.authority.evidence])]) : null;
  },
  'contact-named': (f) => (f.contacts.length ? hit(f.contacts[0]!.value, f.contacts[0]!.evidence) : null),
  'sells-data': (f) => (f.sellsData.length ? hit('', f.sellsData) : null),
  'denies-selling': (f) => (f.deniesSelling.length && !f.sellsData.length ? hit('', f.deniesSelling) : null),
  'many-third-parties': (f) => {
    const named = f.thirdParties.filter((t) => t.kind === 'named');
    return named.length > manyThirdParties ? hit(String(named.length), ids(named)) : null;
  },
  'unnamed-partners': (f) => {
    const partners = f.thirdParties.filter((t) => t.key === 'partners');
    return partners.length ? hit('', ids(partners)) : null;
  },
  'advertising-networks': (f) => {
    const ads = f.thirdParties.filter((t) => AD_ROLES.has(t.role));
    return ads.length ? hit(names(ads), ids(ads)) : null;
  },
  'marketing-without-choice': (f) => {
    const marketing = f.purposes.filter((p) => ['marketing', 'newsletter', 'advertising'].includes(p.key));
    const choice = f.rights.some((r) => ['opt-out-marketing', 'withdraw-consent', 'objection'].includes(r.key));
    return marketing.length && !choice ? hit('', ids(marketing)) : null;
  },
  'transfers-abroad': (f) => (f.transfersAbroad.length ? hit('', f.transfersAbroad) : null),
  'purposes-stated': (f) => (f.purposes.length >= 2 ? hit(names(f.purposes, true), ids(f.purposes)) : null),
  'purposes-missing': (f) => (f.purposes.length === 0 ? hit('', []) : null),
  'collected-missing': (f) => (f.dataTypes.length === 0 ? hit('', []) : null),
  'sensitive-data': (f) => {
    const sensitive = f.dataTypes.filter((d) => ['national-id', 'health'].includes(d.key));
    return sensitive.length ? hit(names(sensitive, true), ids(sensitive)) : null;
  },
};
