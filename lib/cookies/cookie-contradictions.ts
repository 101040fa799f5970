// Where the site's behaviour contradicts its policy: a kind of cookie the policy denies is set, a tracking
// cookie is called essential, or tracking started before the user could answer a cookie banner. Needs no
// cookie table (the report is already categorised), so the popup, the comparison page and the CLI share it.
import type { CategorisedCookie, CookieBasis, CookieCategory, CookieReport } from './cookie-types';
import type { DeclaredCookieCategory, PolicyFacts } from '../types';
import { declaredNameMatcher } from '../facts/declared-cookies';

/** A cookie as a finding names it. */
export interface CookieRef {
  name: string;
  domain: string;
  party: 'first' | 'third';
  category: CookieCategory;
  vendor: string | null;
  vendorKey?: string | null;
  basis: CookieBasis;
}

/** The policy denies a kind of cookie the site sets, or calls a tracking cookie essential. */
export interface CookieContradiction {
  claim: 'no-analytics' | 'no-marketing' | 'no-third-party' | 'no-functional' | 'mislabelled';
  evidence: string[];
  cookies: CookieRef[];
  /** For 'mislabelled': what the policy calls the cookie. */
  declaredAs?: DeclaredCookieCategory;
}

/** The facts of a policy the contradictions are read from. */
export type CookieStatements = Pick<PolicyFacts, 'declaredCookies' | 'cookieKinds'>;

// Evidence lists stay short in the popup: the first sentences that say it.
export const MAX_EVIDENCE = 3;
const TRACKING: CookieCategory[] = ['analytics', 'marketing'];

export const cookieRef = (cookie: CategorisedCookie): CookieRef => ({
  name: cookie.name,
  domain: cookie.domain,
  party: cookie.party,
  category: cookie.category,
  vendor: cookie.vendor,
  vendorKey: cookie.vendorKey,
  basis: cookie.basis,
});

/** The policy's statements that it does not use a kind of cookie, each with the cookies that prove it wrong, and tracking cookies it calls essential or functional. */
export function cookieContradictions(report: CookieReport, facts: CookieStatements): CookieContradiction[] {
  const contradictions: CookieContradiction[] = [];
  // Only facts accuse: a guessed category never makes a contradiction (a cookie's party is always a fact).
  const factual = report.cookies.filter((cookie) => cookie.basis === 'table' || cookie.basis === 'host');
  for (const denial of facts.cookieKinds.filter((s) => s.stance === 'denies')) {
    const kind = denial.kind;
    if (kind === 'essential') continue; // no site can keep that promise, and none makes it
    const offending = kind === 'third-party' ? report.cookies.filter((cookie) => cookie.party === 'third') : factual.filter((cookie) => cookie.category === kind);
    if (offending.length) contradictions.push({ claim: `no-${kind}`, evidence: denial.evidence.slice(0, MAX_EVIDENCE), cookies: offending.map(cookieRef) });
  }
  for (const entry of facts.declaredCookies) {
    if (entry.category !== 'essential' && entry.category !== 'functional') continue;
    const matches = declaredNameMatcher(entry.name);
    const tracking = factual.filter((cookie) => cookie.basis === 'table' && TRACKING.includes(cookie.category) && matches(cookie.name));
    if (tracking.length) contradictions.push({ claim: 'mislabelled', evidence: entry.evidence, cookies: tracking.map(cookieRef), declaredAs: entry.category });
  }
  return contradictions;
}

/**
 * Tracking cookies (analytics, marketing) present while the user has not yet clicked or typed on the
 * page, and no consent-state cookie says they answered a banner earlier: set before consent was possible.
 * Null when there is nothing to warn about, or the page could not tell whether the user interacted.
 */
export function trackingBeforeConsent(report: CookieReport): CookieRef[] | null {
  if (report.pageInteracted !== false) return null;
  if (report.cookies.some((cookie) => cookie.consentState)) return null;
  const tracking = report.cookies.filter((cookie) => TRACKING.includes(cookie.category) && cookie.basis !== 'none');
  return tracking.length ? tracking.map(cookieRef) : null;
}
