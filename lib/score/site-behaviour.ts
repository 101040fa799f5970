// The grade that sees the site's behaviour. The policy's own grade (rubric.json) judges its text; here the
// cookies really set are held against it: each contradiction, and tracking before consent, is a rubric
// point of its own with the policy sentence and the cookies as evidence (behaviour-rubric.json). The grade
// shown is the policy's points plus these, and no better than the cap once any of them applies: a site
// that does not do what its policy says gives no reason to trust the rest of the text.
import { cookieContradictions, type CookieContradiction, type CookieRef, type CookieStatements, MAX_EVIDENCE, trackingBeforeConsent } from '../cookies/cookie-contradictions';
import type { CookieReport } from '../cookies/cookie-types';
import { type MessageKey, semicolonList, text, type TextParam } from '../text/text';
import type { Grade, PolicyFacts, ScorePoint, Scorecard } from '../types';
import behaviourRubric from './behaviour-rubric.json';
import { gradeFor, worseGrade } from './grade-bands';

/** What a behaviour rule reacts to: a contradiction's claim, or tracking before consent. */
export type BehaviourFinding = CookieContradiction['claim'] | 'before-consent';

/** A rubric point from the site's behaviour: the policy sentences it contradicts (evidence ids) and the cookies that do. */
export interface BehaviourPoint extends ScorePoint {
  when: BehaviourFinding;
  cookies: CookieRef[];
}

/** The policy's grade, the behaviour points, and the grade shown with both. */
export interface SiteGrade {
  grade: Grade;
  points: number;
  policy: { grade: Grade; points: number };
  /** Sum of the behaviour points (0 or less). */
  adjustment: number;
  /** The cap, when it made the grade worse than the points alone would. */
  cappedAt: Grade | null;
  reasons: BehaviourPoint[];
}

/** The policy facts a behaviour check reads. */
export type BehaviourFacts = CookieStatements & Pick<PolicyFacts, 'rights'>;

const CAP = behaviourRubric.cap as Grade;
const SHOWN_COOKIES = 3;

/** "_fbp from Meta on shop.no, _ga from Google Analytics on shop.no and 2 more". */
function cookieList(cookies: CookieRef[]): TextParam {
  const shown = cookies.slice(0, SHOWN_COOKIES).map((c) => {
    const domain = c.domain.replace(/^\./, '');
    return c.vendor ? text('cookieFromOn', c.name, c.vendor, domain) : text('cookieOn', c.name, domain);
  });
  const more = cookies.length - SHOWN_COOKIES;
  return more > 0 ? text('listAndMore', semicolonList(shown), more) : semicolonList(shown);
}

/** The catalogue message that gives each behaviour rule's reason ($1 = the cookies). */
const BEHAVIOUR_REASONS: Record<string, MessageKey> = {
  'site-sets-denied-marketing': 'ruleSiteSetsDeniedMarketing',
  'site-sets-denied-analytics': 'ruleSiteSetsDeniedAnalytics',
  'site-sets-denied-third-party': 'ruleSiteSetsDeniedThirdParty',
  'site-sets-denied-functional': 'ruleSiteSetsDeniedFunctional',
  'site-tracking-called-essential': 'ruleSiteTrackingCalledEssential',
  'site-tracking-before-consent': 'ruleSiteTrackingBeforeConsent',
};

const unique = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item])).values()];

/** The behaviour points of a site: one per rule that applies, its contradictions merged. */
export function behaviourPoints(report: CookieReport, facts: BehaviourFacts): BehaviourPoint[] {
  const found = new Map<BehaviourFinding, { evidence: string[]; cookies: CookieRef[] }>();
  const add = (when: BehaviourFinding, evidence: string[], cookies: CookieRef[]) => {
    const entry = found.get(when) ?? { evidence: [], cookies: [] };
    found.set(when, { evidence: [...new Set([...entry.evidence, ...evidence])], cookies: unique([...entry.cookies, ...cookies], (c) => `${c.name}|${c.domain}`) });
  };
  for (const contradiction of cookieContradictions(report, facts)) add(contradiction.claim, contradiction.evidence, contradiction.cookies);
  const early = trackingBeforeConsent(report);
  // What the policy promises about cookie choices is the sentence tracking before consent breaks, when it says one.
  if (early) add('before-consent', facts.rights.find((right) => right.key === 'cookie-choices')?.evidence ?? [], early);

  return behaviourRubric.rules.flatMap((rule): BehaviourPoint[] => {
    const hit = found.get(rule.when as BehaviourFinding);
    const reason = BEHAVIOUR_REASONS[rule.id];
    if (!hit || !reason) return [];
    const detail = cookieList(hit.cookies);
    return [{
      rule: rule.id,
      when: rule.when as BehaviourFinding,
      points: rule.points,
      reason: text(reason, detail),
      evidence: hit.evidence.slice(0, MAX_EVIDENCE),
      cookies: hit.cookies,
    }];
  });
}

/** The grade shown for a site: its policy's score with the behaviour points, capped once any applies. */
export function siteGrade(score: Pick<Scorecard, 'grade' | 'points'>, reasons: BehaviourPoint[]): SiteGrade {
  const adjustment = reasons.reduce((sum, reason) => sum + reason.points, 0);
  const points = score.points + adjustment;
  const byPoints = gradeFor(points);
  const grade = reasons.length ? worseGrade(byPoints, CAP) : byPoints;
  return { grade, points, policy: { grade: score.grade, points: score.points }, adjustment, cappedAt: grade !== byPoints ? CAP : null, reasons };
}

/** The site's grade from its policy analysis and the cookies it set; null when its cookies are not known. */
export function siteBehaviour(analysis: { score: Pick<Scorecard, 'grade' | 'points'>; facts: BehaviourFacts }, report: CookieReport | null | undefined): SiteGrade | null {
  return report ? siteGrade(analysis.score, behaviourPoints(report, analysis.facts)) : null;
}
