// Cookie reports for unit tests: cookies shaped like the browser's cookies.getAll output, categorised
// with the real cookie tables at a fixed time, as the background builds them.
import { parseCookieExport, withParty } from '@/lib/cookies/cookie-export';
import { cookieKnowledge } from '@/lib/cookies/cookie-tables';
import { categoriseCookies } from '@/lib/cookies/categorise-cookies';
import { buildCookieReport } from '@/lib/cookies/cookie-report';
import type { CookieReport } from '@/lib/cookies/cookie-types';

export const NOW = 1_750_000_000;

/** A cookie as cookies.getAll returns it, living `days` days (null: a session cookie). */
export const getAll = (name: string, domain: string, days: number | null, extra: object = {}) => ({
  domain, name, path: '/', value: 'v', hostOnly: !domain.startsWith('.'), httpOnly: false, secure: true, sameSite: 'lax', storeId: '0',
  session: days === null, ...(days === null ? {} : { expirationDate: NOW + days * 86_400 }), ...extra,
});

/** The popup's cookie report for a site from getAll-shaped cookies. */
export function cookieReport(site: string, cookies: object[], extras: Partial<CookieReport> = {}): CookieReport {
  const knowledge = cookieKnowledge();
  return { ...buildCookieReport(site, withParty(parseCookieExport(cookies), site), [], (seen) => categoriseCookies(seen, knowledge, NOW)), ...extras };
}
