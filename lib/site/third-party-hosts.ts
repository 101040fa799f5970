// The background keeps, of the hosts a page loaded from (loaded-hosts.ts), those of other sites.
import { siteOf } from './site-of';

/** The hosts of other sites than the page's (same-site hosts such as cdn.shop.no are the site's own). */
export function thirdPartyHosts(hosts: string[], pageUrl: string): string[] {
  const pageSite = siteOf(new URL(pageUrl).hostname);
  return hosts.filter((host) => siteOf(host) !== pageSite);
}
