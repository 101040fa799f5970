import type { PageDetection } from '../detect/detection-types';
import type { LanguageGuess, LocalizedText, PolicyAnalysis } from '../types';

/** Steps of finding and analysing a policy, shown as progress in the popup. */
export type AnalysisStep = 'finding-link' | 'fetching' | 'extracting' | 'analysing';

/** Where the analysed policy text came from. */
export type PolicySource = 'this-page' | 'fetched' | 'pasted';

/** What the popup shows for a tab: one state per screen. */
export type TabReport =
  | { state: 'restricted'; url: string }
  | { state: 'not-analysed'; site: string; url: string; detection: PageDetection | null }
  | { state: 'analysing'; site: string; url: string; step: AnalysisStep }
  | { state: 'no-policy-found'; site: string; url: string; tried: string[] }
  | { state: 'failed'; site: string; url: string; policyUrl: string | null; reason: LocalizedText }
  | { state: 'unsupported-language'; site: string; url: string; policyUrl: string; language: LanguageGuess; reason: LocalizedText }
  | { state: 'analysed'; site: string; url: string; policyUrl: string; source: PolicySource; fromCache: boolean; analysis: PolicyAnalysis };

/** A cookie as the browser holds it, seen for a tab, before categorisation. */
export interface SeenCookie {
  name: string;
  domain: string;
  path: string;
  /** 'first' when the cookie's domain belongs to the tab's site. */
  party: 'first' | 'third';
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'no_restriction' | 'lax' | 'strict' | 'unspecified';
  /** True for session cookies (no expiry). */
  session: boolean;
  /** Expiry in seconds since the epoch, for persistent cookies. */
  expirationDate?: number;
}

/** Cookie categories the popup shows (and counts at the top). */
export const COOKIE_CATEGORIES = ['essential', 'functional', 'analytics', 'marketing', 'unknown'] as const;
export type CookieCategory = (typeof COOKIE_CATEGORIES)[number];

/** A cookie with its category and, where the cookie table knows it, the vendor. */
export interface CategorisedCookie extends SeenCookie {
  category: CookieCategory;
  vendor: string | null;
}

/** The cookies the popup shows for a tab. */
export interface CookieReport {
  site: string;
  cookies: CategorisedCookie[];
  counts: Record<CookieCategory, number>;
  /** Third-party hosts the page loaded resources from. */
  thirdPartyHosts: string[];
}
