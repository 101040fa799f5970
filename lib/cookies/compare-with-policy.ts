// Policy against reality: which of the cookies a site really set its policy names (by name, by
// vendor, or only by kind), which named cookies were not seen, and where the policy says one thing
// ("we do not use marketing cookies") while the browser shows another. Pure: runs in the popup and CLI.
import type { CookieReport, ThirdPartyService } from './cookie-types';
import type { CookieKind, CookieKindStatement, DeclaredCookie } from '../types';
import { type CookieContradiction, type CookieRef, type CookieStatements, cookieContradictions, cookieRef, MAX_EVIDENCE } from './cookie-contradictions';
import type { VendorRow } from './cookie-table-types';
import { declaredNameMatcher } from '../facts/declared-cookies';

export type { CookieContradiction, CookieRef } from './cookie-contradictions';

/** How the policy covers a cookie: by its name, by naming its vendor, only by admitting its kind, or not at all. */
export type DeclarationStatus = 'named' | 'vendor' | 'kind' | 'undeclared';

export interface CookieDeclaration {
  cookie: CookieRef;
  status: DeclarationStatus;
  /** The sentences that name the cookie, its vendor or its kind. */
  evidence: string[];
}

export interface PolicyCookieCheck {
  /** One per cookie of the report, in its order. */
  declarations: CookieDeclaration[];
  /** Cookies the policy never names, nor their vendor ('kind' ones are covered only by a general statement). */
  undeclared: CookieDeclaration[];
  /** Names the policy declares that no cookie of the report matches (they may appear later: log-in, checkout). */
  declaredNotSeen: DeclaredCookie[];
  contradictions: CookieContradiction[];
  /** Analytics, advertising and social services the page loaded that the policy never names. */
  unnamedServices: ThirdPartyService[];
}

/** The policy's part of the comparison: its facts and sentence texts. */
export interface PolicyForCookies {
  facts: CookieStatements;
  sentences: { id: string; text: string }[];
}

const TRACKING_SERVICES = new Set(['analytics', 'advertising', 'social', 'marketing', 'tag-manager']);

/** Sentences naming each vendor (by its mentions pattern). */
function vendorMentions(sentences: PolicyForCookies['sentences'], vendors: VendorRow[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const vendor of vendors) {
    if (!vendor.mentions) continue;
    const pattern = new RegExp(vendor.mentions, 'i');
    const ids = sentences.filter((sentence) => pattern.test(sentence.text)).map((sentence) => sentence.id);
    if (ids.length) found.set(vendor.key, ids.slice(0, MAX_EVIDENCE));
  }
  return found;
}

const statementsOf = (facts: PolicyForCookies['facts'], stance: CookieKindStatement['stance']) => facts.cookieKinds.filter((s) => s.stance === stance);

/** Compare a site's cookies (and the services its page loaded) with what its policy declares. */
export function checkCookiesAgainstPolicy(report: CookieReport, policy: PolicyForCookies, vendors: VendorRow[]): PolicyCookieCheck {
  const declared = policy.facts.declaredCookies.map((entry) => ({ entry, matches: declaredNameMatcher(entry.name) }));
  const mentions = vendorMentions(policy.sentences, vendors);
  const admitted = new Map<CookieKind, string[]>(statementsOf(policy.facts, 'admits').map((s) => [s.kind, s.evidence]));
  const seenDeclared = new Set<DeclaredCookie>();

  const declarations = report.cookies.map((cookie): CookieDeclaration => {
    const named = declared.filter(({ matches }) => matches(cookie.name));
    named.forEach(({ entry }) => seenDeclared.add(entry));
    const ref = cookieRef(cookie);
    if (named.length) return { cookie: ref, status: 'named', evidence: named.flatMap(({ entry }) => entry.evidence).slice(0, MAX_EVIDENCE) };
    const byVendor = cookie.vendorKey ? mentions.get(cookie.vendorKey) : undefined;
    if (byVendor) return { cookie: ref, status: 'vendor', evidence: byVendor };
    const byKind = (cookie.category !== 'unknown' ? admitted.get(cookie.category) : undefined) ?? (cookie.party === 'third' ? admitted.get('third-party') : undefined);
    if (byKind) return { cookie: ref, status: 'kind', evidence: byKind.slice(0, MAX_EVIDENCE) };
    return { cookie: ref, status: 'undeclared', evidence: [] };
  });

  const unnamedServices = report.services.filter((service) => TRACKING_SERVICES.has(service.category) && !mentions.has(service.vendorKey));
  return {
    declarations,
    undeclared: declarations.filter((d) => d.status === 'undeclared' || d.status === 'kind'),
    declaredNotSeen: policy.facts.declaredCookies.filter((entry) => !seenDeclared.has(entry)),
    contradictions: cookieContradictions(report, policy.facts),
    unnamedServices,
  };
}
