import { describe, expect, it } from 'vitest';
import { addressRange, isLocalNetworkHost, mayFetchPolicyLink } from './safe-candidate';

// Hosts as a page's link gives them to us: URL's hostname (IPv6 in brackets, IPv4 in dotted decimal).
const hostOf = (url: string) => new URL(url).hostname;

describe('mayFetchPolicyLink', () => {
  it('allows same-site links and public hosts', () => {
    expect(mayFetchPolicyLink('https://shop.no/personvern', 'https://www.shop.no/')).toBe(true);
    expect(mayFetchPolicyLink('https://policies.shopify.example/p', 'https://shop.no/')).toBe(true);
    expect(mayFetchPolicyLink('http://127.0.0.1:8080/personvern', 'http://127.0.0.1:8080/')).toBe(true);
    expect(mayFetchPolicyLink('http://[2606:4700::1111]/privacy', 'https://shop.no/')).toBe(true);
  });

  it('refuses local-network links on public pages, and non-http schemes', () => {
    expect(mayFetchPolicyLink('http://192.168.1.1/reboot', 'https://evil.example/')).toBe(false);
    expect(mayFetchPolicyLink('http://localhost:631/admin', 'https://evil.example/')).toBe(false);
    expect(mayFetchPolicyLink('http://[::1]/', 'https://evil.example/')).toBe(false);
    expect(mayFetchPolicyLink('http://[::ffff:192.168.1.1]/', 'https://evil.example/')).toBe(false);
    expect(mayFetchPolicyLink('http://100.64.0.1/', 'https://evil.example/')).toBe(false);
    expect(mayFetchPolicyLink('file:///etc/passwd', 'https://evil.example/')).toBe(false);
    expect(mayFetchPolicyLink('not a url', 'https://evil.example/')).toBe(false);
  });

  it('refuses every other spelling of a local address, as the URL parser reads it', () => {
    for (const url of ['http://0x7f.1/', 'http://2130706433/', 'http://0177.0.0.1/', 'http://127.1/', 'http://[::ffff:7f00:1]/', 'http://[0:0:0:0:0:ffff:10.0.0.1]/', 'http://[::192.168.1.1]/']) {
      expect(mayFetchPolicyLink(url, 'https://evil.example/'), url).toBe(false);
    }
  });
});

describe('isLocalNetworkHost', () => {
  it.each([
    // IPv4: every range ipaddr.js does not call unicast.
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.254', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    // IPv6.
    ['[::1]', 'loopback'],
    ['[::]', 'unspecified'],
    ['[fc00::1]', 'uniqueLocal'],
    ['[fd12:3456::1]', 'uniqueLocal'],
    ['[fe80::1]', 'linkLocal'],
    ['[ff02::1]', 'multicast'],
    ['[2001:db8::1]', 'reserved'],
    ['[64:ff9b::c0a8:101]', 'rfc6052'],
    ['[2002:c0a8:101::1]', '6to4'],
    ['[2001::1]', 'teredo'],
    // IPv6 carrying an IPv4 address is judged by it.
    [hostOf('http://[::ffff:192.168.1.1]/'), 'private'],
    [hostOf('http://[::ffff:127.0.0.1]/'), 'loopback'],
    [hostOf('http://[::ffff:100.64.0.1]/'), 'carrierGradeNat'],
    [hostOf('http://[::192.168.1.1]/'), 'private'],
    [hostOf('http://[::ffff:8.8.8.8]/'), 'unicast'],
  ])('%s is %s', (host, range) => {
    expect(addressRange(host)).toBe(range);
    expect(isLocalNetworkHost(host)).toBe(range !== 'unicast');
  });

  it.each([
    ['8.8.8.8', false],
    ['172.32.1.1', false],
    ['100.128.0.1', false],
    ['[2606:4700::1111]', false],
    ['shop.no', false],
    ['www.a.myshopify.com', false],
    // Names that only mean something inside a network.
    ['localhost', true],
    ['app.localhost', true],
    ['printer.local', true],
    ['db.internal', true],
    ['nas.lan', true],
    ['router.home.arpa', true],
    ['intranet', true],
    ['LOCALHOST.', true],
  ])('%s is local: %s', (host, local) => expect(isLocalNetworkHost(host)).toBe(local));
});
