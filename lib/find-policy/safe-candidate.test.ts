import { describe, expect, it } from 'vitest';
import { isLocalNetworkHost, mayFetchPolicyLink } from './safe-candidate';

describe('mayFetchPolicyLink', () => {
  it('allows same-site links and public hosts', () => {
    expect(mayFetchPolicyLink('https://shop.no/personvern', 'https://www.shop.no/')).toBe(true);
    expect(mayFetchPolicyLink('https://policies.shopify.example/p', 'https://shop.no/')).toBe(true);
    expect(mayFetchPolicyLink('http://127.0.0.1:8080/personvern', 'http://127.0.0.1:8080/')).toBe(true);
  });

  it('refuses local-network links on public pages, and non-http schemes', () => {
    expect(mayFetchPolicyLink('http://192.168.1.1/reboot', 'https://evil.example/')).toBe(false);
    expect(mayFetchPolicyLink('http://localhost:631/admin', 'https://evil.example/')).toBe(false);
    expect(mayFetchPolicyLink('http://[::1]/', 'https://evil.example/')).toBe(false);
    expect(mayFetchPolicyLink('file:///etc/passwd', 'https://evil.example/')).toBe(false);
  });

  it.each([
    ['10.0.0.1', true], ['172.20.1.1', true], ['172.32.1.1', false], ['printer.local', true], ['intranet', true],
    ['fd00::1', true], ['shop.no', false], ['8.8.8.8', false],
  ])('%s is local: %s', (host, local) => expect(isLocalNetworkHost(host)).toBe(local));
});
