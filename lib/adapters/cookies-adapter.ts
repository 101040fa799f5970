// Cookies: the only browser.cookies calls in lib/.
import { browser } from 'wxt/browser';
import { siteOf } from '../site/site-of';
import type { SeenCookie } from '../cookies/cookie-types';

// A page loading from more hosts than this is an ad-heavy portal; the first ones tell the story.
const MAX_THIRD_PARTY_HOSTS = 40;

/** Cookies of a page's site and of the third-party hosts it loaded, marked first or third party. */
export async function cookiesForPage(pageUrl: string, thirdPartyHosts: string[]): Promise<SeenCookie[]> {
  const page = new URL(pageUrl);
  const pageSite = siteOf(page.hostname);
  // Third-party cookies are partitioned by the top-level site in Firefox (Total Cookie Protection) and
  // for CHIPS cookies in Chrome; without a partitionKey, getAll returns unpartitioned cookies only.
  // https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/cookies#storage_partitioning
  // Firefox 140 ESR keys a partition by scheme, host and port when the top-level page has a port
  // ("http://127.0.0.1:8080"), later versions and Chrome by scheme and site: so every partition of the
  // domain is read and only those whose top-level site is this page's site are kept.
  const partitionKey = { topLevelSite: `${page.protocol}//${pageSite}` };
  const ofThisSite = (cookie: { partitionKey?: { topLevelSite?: string } }) => {
    const top = cookie.partitionKey?.topLevelSite;
    return !top || (URL.canParse(top) && siteOf(new URL(top).hostname) === pageSite);
  };
  type Query = Parameters<typeof browser.cookies.getAll>[0];
  const query = (domain: string) => [
    browser.cookies.getAll({ domain }).catch(() => []),
    browser.cookies.getAll({ domain, partitionKey } as Query).catch(() => []),
    browser.cookies
      .getAll({ domain, partitionKey: {} } as Query)
      .then((cookies) => cookies.filter(ofThisSite))
      .catch(() => []),
  ];
  const lists = await Promise.all([query(pageSite), ...thirdPartyHosts.slice(0, MAX_THIRD_PARTY_HOSTS).map((host) => query(siteOf(host)))].flat());
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
