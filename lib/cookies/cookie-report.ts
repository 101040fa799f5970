import {
  COOKIE_CATEGORIES,
  type CategorisedCookie,
  type CookieCategory,
  type CookieReport,
  type SeenCookie,
  type ThirdPartyService,
} from './cookie-types';

/** Categorises cookies (lib/cookies provides the real one, from its cookie table). */
export type CookieCategoriser = (cookies: SeenCookie[]) => CategorisedCookie[];

/** What the report adds beside the cookies, when the caller knows it. */
export interface CookieReportExtras {
  services?: ThirdPartyService[];
  pageInteracted?: boolean | null;
}

/** The popup's cookie list: categorised, first party first, with counts per category. */
export function buildCookieReport(site: string, seen: SeenCookie[], thirdPartyHosts: string[], categorise: CookieCategoriser, extras: CookieReportExtras = {}): CookieReport {
  const cookies = categorise(seen).sort(
    (a, b) => Number(a.party === 'third') - Number(b.party === 'third') || a.domain.localeCompare(b.domain) || a.name.localeCompare(b.name),
  );
  const counts = Object.fromEntries(COOKIE_CATEGORIES.map((c) => [c, 0])) as Record<CookieCategory, number>;
  for (const cookie of cookies) counts[cookie.category]++;
  return {
    site,
    cookies,
    counts,
    thirdPartyHosts: [...new Set(thirdPartyHosts)].sort(),
    services: extras.services ?? [],
    pageInteracted: extras.pageInteracted ?? null,
  };
}
