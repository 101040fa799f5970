// Saved sites were keyed by a site guessed from a short list of second-level labels, which made every
// *.myshopify.com shop "myshopify.com". These pure steps give each record its site under the public-suffix
// list (lib/site/site-of.ts); the storage migration (saved-sites-items.ts) and imports of older files use them.
import type { CookieReport } from '../cookies/cookie-types';
import { siteOf } from '../site/site-of';
import type { SavedSite } from './saved-site-schema';

const under = (host: string, site: string) => host === site || host.endsWith(`.${site}`);
const hostOf = (url: string) => (URL.canParse(url) ? new URL(url).hostname : '');

/**
 * The site a record belongs to. The page it was saved from is not kept, so the record's own evidence says:
 * its policy's host when the policy lay on the record's site, else the host most of its first-party cookies
 * came from, else the old name read again. Records saved under the list already keep their site.
 */
export function currentSiteOf(record: Pick<SavedSite, 'site' | 'policyUrl' | 'cookies'>): string {
  const policyHost = hostOf(record.policyUrl);
  if (policyHost && under(policyHost, record.site)) return siteOf(policyHost);
  const counts = new Map<string, number>();
  for (const cookie of record.cookies?.cookies ?? []) {
    const domain = cookie.domain.replace(/^\./, '').toLowerCase();
    if (cookie.party === 'first' && under(domain, record.site)) counts.set(siteOf(domain), (counts.get(siteOf(domain)) ?? 0) + 1);
  }
  const [byCookies] = [...counts].sort((a, b) => b[1] - a[1]);
  return byCookies?.[0] ?? siteOf(record.site);
}

/** The cookie report of a record moved to `site`: first and third party judged again. */
function cookiesFor(cookies: CookieReport | null, site: string): CookieReport | null {
  if (!cookies || cookies.site === site) return cookies;
  const party = (domain: string) => (siteOf(domain.replace(/^\./, '').toLowerCase()) === site ? ('first' as const) : ('third' as const));
  return { ...cookies, site, cookies: cookies.cookies.map((cookie) => ({ ...cookie, party: party(cookie.domain) })) };
}

/**
 * Records under their current site. Nothing is dropped: when two records would end up on one site, the newer
 * takes it and the other keeps its old name.
 */
export function rekeySavedSites(records: SavedSite[]): SavedSite[] {
  const taken = new Set<string>();
  const moved = new Map<SavedSite, string>();
  for (const record of [...records].sort((a, b) => b.savedAt - a.savedAt)) {
    const site = currentSiteOf(record);
    moved.set(record, taken.has(site) ? record.site : site);
    taken.add(moved.get(record)!);
  }
  return records.map((record) => {
    const site = moved.get(record)!;
    return site === record.site ? record : { ...record, site, cookies: cookiesFor(record.cookies, site) };
  });
}
