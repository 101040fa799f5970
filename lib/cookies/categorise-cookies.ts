import type { CookieKnowledge } from './cookie-knowledge';
import type { CategorisedCookie, SeenCookie, ThirdPartyService } from './cookie-types';

/**
 * Categorise the cookies seen for a tab with the cookie tables. Without them (they failed to load),
 * every cookie is 'unknown' rather than guessed from nothing.
 */
export function categoriseCookies(cookies: SeenCookie[], knowledge: CookieKnowledge | null, nowSeconds = Date.now() / 1000): CategorisedCookie[] {
  return cookies.map((cookie) => {
    if (!knowledge) return { ...cookie, category: 'unknown', vendor: null, vendorKey: null, purpose: null, basis: 'none', consentState: false };
    const identity = knowledge.identify(cookie, nowSeconds);
    return { ...cookie, ...identity };
  });
}

/** The known services among the third-party hosts a page loaded, one entry per vendor, in first-seen order. */
export function describeHosts(hosts: string[], knowledge: CookieKnowledge | null): ThirdPartyService[] {
  if (!knowledge) return [];
  const services = new Map<string, ThirdPartyService>();
  for (const host of hosts) {
    const service = knowledge.hostService(host);
    if (service && !services.has(service.vendorKey)) services.set(service.vendorKey, { host, vendor: service.vendor, vendorKey: service.vendorKey, category: service.category });
  }
  return [...services.values()];
}
