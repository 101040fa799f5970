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

/** How we know what a cookie is: 'table' (the cookie table names it: a fact), 'host' (its domain's vendor is
 * known, its use guessed), 'guess' (name or lifetime heuristics: shown as "probably"), 'none'. */
export type CookieBasis = 'table' | 'host' | 'guess' | 'none';

/** A cookie with its category and, where the cookie table knows it, the vendor. */
export interface CategorisedCookie extends SeenCookie {
  category: CookieCategory;
  vendor: string | null;
  /** Vendor key of lib/cookies/cookie-vendors.json (absent in reports saved before cookie intelligence). */
  vendorKey?: string | null;
  /** What the cookie is for, in both UI languages; a guess says "probably". */
  purpose?: LocalizedText | null;
  basis?: CookieBasis;
  /** The site's memory of your answer to its cookie banner. */
  consentState?: boolean;
}

/** A third-party host the page loaded, with who runs it and what for (lib/cookies/host-table.json). */
export interface ThirdPartyService {
  host: string;
  vendor: string;
  vendorKey: string;
  /** One of HOST_CATEGORIES in lib/cookies/cookie-table-types.ts. */
  category: string;
}

/** The cookies the popup shows for a tab. */
export interface CookieReport {
  site: string;
  cookies: CategorisedCookie[];
  counts: Record<CookieCategory, number>;
  /** Third-party hosts the page loaded resources from. */
  thirdPartyHosts: string[];
  /** The known services among those hosts, one per vendor. */
  services?: ThirdPartyService[];
  /** Whether the user has clicked or typed on the page since it loaded; null when the page could not say. */
  pageInteracted?: boolean | null;
}
