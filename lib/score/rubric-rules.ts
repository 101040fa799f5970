import { GDPR_RIGHTS, inGroup, MARKETING_CHOICES, MARKETING_PURPOSES, SENSITIVE_DATA } from '../facts/fact-groups';
import { periodText } from '../facts/period-text';
import { type MessageKey, semicolonList, type Text, text, type TextParam } from '../text/text';
import type { PolicyFacts } from '../types';
import { nameList } from './category-cards';
import { thresholds } from './rubric.json';

/** What a rule returns when it applies: the detail its reason message shows ($1), if any, and the evidence ids. */
export interface RuleHit {
  detail: TextParam | null;
  evidence: string[];
}

type Rule = (facts: PolicyFacts) => RuleHit | null;

const ids = (facts: { evidence: string[] }[]) => [...new Set(facts.flatMap((f) => f.evidence))];
const hit = (detail: TextParam | null, evidence: string[]): RuleHit => ({ detail, evidence });
/** The first three display names of facts (lower-cased for running text when asked). */
const names = (facts: { name: Text }[], lowerCase = false) => nameList(facts.slice(0, 3), { lowerCase });
const gdprRights = (facts: PolicyFacts) => facts.rights.filter((r) => inGroup(GDPR_RIGHTS, r.key));
const AD_ROLES = new Set(['advertising']);
const { manyThirdParties, fullRights, partialRights } = thresholds;

// Cookie lifetimes are listed in the card but say nothing about how long the site keeps your data.
const dataRetention = (f: PolicyFacts) => f.retention.filter((r) => r.appliesTo !== 'cookies');

/** The condition behind each rubric rule (points in rubric.json, reason messages below). */
export const RULES = {
  'retention-concrete': (f) => {
    const concrete = dataRetention(f).filter((r) => r.days !== null);
    const periods = concrete.slice(0, 3).map((r) => text('periodOf', periodText(r.days!), r.appliesToName));
    return concrete.length ? hit(semicolonList(periods), ids(concrete)) : null;
  },
  'retention-vague-only': (f) => {
    const periods = dataRetention(f);
    return periods.length && periods.every((r) => r.vague) ? hit(periods[0]!.text, ids(periods)) : null;
  },
  'retention-missing': (f) => (dataRetention(f).length === 0 ? hit(null, []) : null),
  'rights-full': (f) => (gdprRights(f).length >= fullRights ? hit(gdprRights(f).length, ids(gdprRights(f))) : null),
  'rights-partial': (f) => {
    const n = gdprRights(f).length;
    return n >= partialRights && n < fullRights ? hit(n, ids(gdprRights(f))) : null;
  },
  'rights-missing': (f) => (f.rights.length <= 1 ? hit(null, ids(f.rights)) : null),
  'complaint-authority': (f) => {
    const complaint = f.rights.find((r) => r.key === 'complaint');
    return complaint && f.authority ? hit(f.authority.name, [...new Set([...complaint.evidence, ...f.authority.evidence])]) : null;
  },
  'contact-named': (f) => (f.contacts.length ? hit(f.contacts[0]!.value, f.contacts[0]!.evidence) : null),
  'sells-data': (f) => (f.sellsData.length ? hit(null, f.sellsData) : null),
  'denies-selling': (f) => (f.deniesSelling.length && !f.sellsData.length ? hit(null, f.deniesSelling) : null),
  'many-third-parties': (f) => {
    const named = f.thirdParties.filter((t) => t.kind === 'named');
    return named.length > manyThirdParties ? hit(named.length, ids(named)) : null;
  },
  'unnamed-partners': (f) => {
    const partners = f.thirdParties.filter((t) => t.key === 'partners');
    return partners.length ? hit(null, ids(partners)) : null;
  },
  'advertising-networks': (f) => {
    const ads = f.thirdParties.filter((t) => AD_ROLES.has(t.role));
    return ads.length ? hit(names(ads), ids(ads)) : null;
  },
  'marketing-without-choice': (f) => {
    const marketing = f.purposes.filter((p) => inGroup(MARKETING_PURPOSES, p.key));
    const choice = f.rights.some((r) => inGroup(MARKETING_CHOICES, r.key));
    return marketing.length && !choice ? hit(null, ids(marketing)) : null;
  },
  'transfers-abroad': (f) => (f.transfersAbroad.length ? hit(null, f.transfersAbroad) : null),
  'purposes-stated': (f) => (f.purposes.length >= 2 ? hit(names(f.purposes, true), ids(f.purposes)) : null),
  'purposes-missing': (f) => (f.purposes.length === 0 ? hit(null, []) : null),
  'collected-missing': (f) => (f.dataTypes.length === 0 ? hit(null, []) : null),
  'sensitive-data': (f) => {
    const sensitive = f.dataTypes.filter((d) => inGroup(SENSITIVE_DATA, d.key));
    return sensitive.length ? hit(names(sensitive, true), ids(sensitive)) : null;
  },
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** A rubric.json rule id that has a condition here. */
export const isRuleId = (id: string): id is RuleId => Object.hasOwn(RULES, id);


/** The catalogue message that gives each rule's reason ($1 = the rule's detail). */
export const RULE_REASONS = {
  'retention-concrete': 'ruleRetentionConcrete',
  'retention-vague-only': 'ruleRetentionVagueOnly',
  'retention-missing': 'ruleRetentionMissing',
  'rights-full': 'ruleRightsFull',
  'rights-partial': 'ruleRightsPartial',
  'rights-missing': 'ruleRightsMissing',
  'complaint-authority': 'ruleComplaintAuthority',
  'contact-named': 'ruleContactNamed',
  'sells-data': 'ruleSellsData',
  'denies-selling': 'ruleDeniesSelling',
  'many-third-parties': 'ruleManyThirdParties',
  'unnamed-partners': 'ruleUnnamedPartners',
  'advertising-networks': 'ruleAdvertisingNetworks',
  'marketing-without-choice': 'ruleMarketingWithoutChoice',
  'transfers-abroad': 'ruleTransfersAbroad',
  'purposes-stated': 'rulePurposesStated',
  'purposes-missing': 'rulePurposesMissing',
  'collected-missing': 'ruleCollectedMissing',
  'sensitive-data': 'ruleSensitiveData',
} as const satisfies Record<RuleId, MessageKey>;
