// Cookies: the only browser.cookies calls in lib/.
import { browser } from 'wxt/browser';
import { siteOf } from '../find-policy/find-policy-link';
import type { SeenCookie } from '../site-report/site-report-types';

// A page loading from more hosts than this is an ad-heavy portal; the first ones tell the story.
const MAX_THIRD_PARTY_HOSTS = 40;

/** Cookies of a page's site and of the third-party hosts it loaded, marked first or third party. */
export async function cookiesForPage(pageUrl: string, thirdPartyHosts: string[]): Promise<SeenCookie[]> {
  const pageSite = siteOf(new URL(pageUrl).hostname);
  const lists = await Promise.all([
    browser.cookies.getAll({ domain: pageSite }).catch(() => []),
    ...thirdPartyHosts.slice(0, MAX_THIRD_PARTY_HOSTS).map((host) => browser.cookies.getAll({ domain: siteOf(host) }).catch(() => [])),
  ]);
  const seen = new Map<string, SeenCookie>();
  for (const cookie of lists.flat()) {
    const key = `${cookie.name}|${cookie.domain}|${cookie.path}`;
    if (seen.has(key)) continue;
    const domain = cookie.domain.replace(/^\./, '');
    seen.set(key, {
      name: cookie.name,
      domain: cookie.domain,
      path: cookie.path,
      party: siteOf(domain) === pageSite ? 'first' : 'third',
      secure: cookie.secure,
      httpOnly: cookie.httpOnly,
      sameSite: (cookie.sameSite ?? 'unspecified') as SeenCookie['sameSite'],
      session: cookie.session,
      ...(cookie.expirationDate === undefined ? {} : { expirationDate: cookie.expirationDate }),
    });
  }
  return [...seen.values()];
}
