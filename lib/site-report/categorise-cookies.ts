import type { CategorisedCookie, SeenCookie } from './site-report-types';

/**
 * Categorise the cookies seen for a tab. Interim: every cookie is 'unknown' until lib/cookies
 * (the cookie table) is wired in here.
 */
export function categoriseCookies(cookies: SeenCookie[], _site: string): CategorisedCookie[] {
  return cookies.map((cookie) => ({ ...cookie, category: 'unknown', vendor: null }));
}
