import { siteOf } from '../find-policy/find-policy-link';

// A page can load from hundreds of hosts (ad auctions); the popup and the cookie lookup need the first ones.
const MAX_HOSTS = 100;

/** Hosts of other sites among the URLs a page loaded (resource timing entries), in first-seen order. */
export function thirdPartyHosts(resourceUrls: string[], pageUrl: string): string[] {
  const pageSite = siteOf(new URL(pageUrl).hostname);
  const hosts = new Set<string>();
  for (const resource of resourceUrls) {
    let url: URL;
    try {
      url = new URL(resource);
    } catch {
      continue;
    }
    if ((url.protocol === 'http:' || url.protocol === 'https:') && siteOf(url.hostname) !== pageSite) hosts.add(url.hostname);
    if (hosts.size >= MAX_HOSTS) break;
  }
  return [...hosts];
}
