import ipaddr from 'ipaddr.js';
import { siteOf } from '../site/site-of';

// Links come from a web page, and the background fetches them: a hostile page must not be able to make
// the extension send requests into the user's local network (routers, printers, intranet apps).
// Names that only mean something inside a network; single-label names (intranet, router) are local too.
const LOCAL_NAMES = /(^localhost$|\.localhost$|\.local$|\.internal$|\.intranet$|\.lan$|\.home$|\.corp$|\.home\.arpa$)/;

/**
 * ipaddr.js's range of a literal address: 'unicast' for a public one. IPv6 that carries an IPv4 address in its
 * last 32 bits — mapped (::ffff:192.168.1.1) or the deprecated compatible form (::192.168.1.1, which ipaddr.js
 * calls unicast) — is judged as that IPv4 address. Null for a host that is not an address.
 */
export function addressRange(host: string): string | null {
  const bare = host.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return null;
  const address = ipaddr.parse(bare);
  if (address.kind() === 'ipv4') return address.range();
  const v6 = address as ipaddr.IPv6;
  const carriesIpv4 = v6.isIPv4MappedAddress() || (v6.parts.slice(0, 6).every((part) => part === 0) && v6.range() === 'unicast');
  return carriesIpv4 ? ipaddr.IPv4.parse(v6.parts.slice(6).flatMap((part) => [part >> 8, part & 0xff]).join('.')).range() : v6.range();
}

/** True for every host that is not a public address or name: loopback, private, link-local, shared, reserved… */
export function isLocalNetworkHost(host: string): boolean {
  const lower = host.toLowerCase().replace(/\.$/, '');
  const range = addressRange(lower);
  if (range !== null) return range !== 'unicast';
  return LOCAL_NAMES.test(lower) || !lower.includes('.');
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
