import type * as v from 'valibot';
import type { CategorisedCookieSchema, CookieReportSchema, SeenCookieSchema, ThirdPartyServiceSchema } from '../schemas/cookies';
import type { AnalysisStepSchema, PolicySourceSchema } from '../schemas/storage';
import type { PageDetection } from '../detect/detection-types';
import type { Text } from '../text/text';
import type { LanguageGuess, PolicyAnalysis } from '../types';

/** Steps of finding and analysing a policy, shown as progress in the popup. */
export type AnalysisStep = v.InferOutput<typeof AnalysisStepSchema>;

/** Where the analysed policy text came from. */
export type PolicySource = v.InferOutput<typeof PolicySourceSchema>;

/** What the popup shows for a tab: one state per screen. */
export type TabReport =
  | { state: 'restricted'; url: string }
  | { state: 'not-analysed'; site: string; url: string; detection: PageDetection | null }
  | { state: 'analysing'; site: string; url: string; step: AnalysisStep }
  | { state: 'no-policy-found'; site: string; url: string; tried: string[] }
  | { state: 'failed'; site: string; url: string; policyUrl: string | null; reason: Text }
  | { state: 'unsupported-language'; site: string; url: string; policyUrl: string; language: LanguageGuess; reason: Text }
  | { state: 'analysed'; site: string; url: string; policyUrl: string; source: PolicySource; fromCache: boolean; analysis: PolicyAnalysis };

/** A cookie as the browser holds it, seen for a tab, before categorisation. */
export type SeenCookie = v.InferOutput<typeof SeenCookieSchema>;

/** Cookie categories the popup shows (and counts at the top). */
export const COOKIE_CATEGORIES = ['essential', 'functional', 'analytics', 'marketing', 'unknown'] as const;
export type CookieCategory = (typeof COOKIE_CATEGORIES)[number];

/** How we know what a cookie is (see lib/schemas/cookies.ts). */
export type CookieBasis = NonNullable<CategorisedCookie['basis']>;

/** A cookie with its category and, where the cookie table knows it, the vendor. */
export type CategorisedCookie = v.InferOutput<typeof CategorisedCookieSchema>;

/** A third-party host the page loaded, with who runs it and what for (lib/cookies/host-table.json). */
export type ThirdPartyService = v.InferOutput<typeof ThirdPartyServiceSchema>;

/** The cookies the popup shows for a tab. */
export type CookieReport = v.InferOutput<typeof CookieReportSchema>;
