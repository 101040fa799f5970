import { siteOf } from '../site/site-of';

// Links come from a web page, and the background fetches them: a hostile page must not be able to make
// the extension send requests into the user's local network (routers, printers, intranet apps).
const PRIVATE_V4 = [/^127\./, /^10\./, /^192\.168\./, /^169\.254\./, /^172\.(1[6-9]|2\d|3[01])\./, /^0\./];
const LOCAL_NAMES = /(^localhost$|\.localhost$|\.local$|\.internal$|\.lan$|\.home\.arpa$)/;

/** True for loopback, private-network and link-local hosts. */
export function isLocalNetworkHost(host: string): boolean {
  const lower = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (lower.includes(':')) return lower === '::1' || /^f[cd]/.test(lower) || lower.startsWith('fe80');
  return PRIVATE_V4.some((range) => range.test(lower)) || LOCAL_NAMES.test(lower) || !lower.includes('.');
}

/** A policy link found on a page may be fetched: same site as the page, or a public host. */
export function mayFetchPolicyLink(candidateUrl: string, pageUrl: string): boolean {
  try {
    const candidate = new URL(candidateUrl);
    const page = new URL(pageUrl);
    if (candidate.protocol !== 'http:' && candidate.protocol !== 'https:') return false;
    return siteOf(candidate.hostname) === siteOf(page.hostname) || !isLocalNetworkHost(candidate.hostname);
  } catch {
    return false;
  }
}
