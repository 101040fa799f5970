// Hosts a page loaded from, listed in the content script. It knows host names only: the public-suffix list
// would not fit its budget, so the background decides which hosts are other sites (third-party-hosts.ts).

// A page can load from hundreds of hosts (ad auctions); the popup and the cookie lookup need the first ones.
const MAX_HOSTS = 100;

/** Hosts other than the page's own among the URLs a page loaded (resource timing entries), in first-seen order. */
export function loadedHosts(resourceUrls: string[], pageUrl: string): string[] {
  const pageHost = new URL(pageUrl).hostname;
  const hosts = new Set<string>();
  for (const resource of resourceUrls) {
    if (hosts.size >= MAX_HOSTS) break;
    if (!URL.canParse(resource)) continue;
    const url = new URL(resource);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== pageHost) hosts.add(url.hostname);
  }
  return [...hosts];
}
