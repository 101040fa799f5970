import { describe, expect, it } from 'vitest';
import { loadedHosts } from './loaded-hosts';
import { thirdPartyHosts } from './third-party-hosts';

describe('loadedHosts and thirdPartyHosts', () => {
  it("lists the hosts other than the page's own once each, then keeps other sites only", () => {
    const hosts = loadedHosts(
      ['https://www.shop.no/a.js', 'https://cdn.shop.no/b.css', 'https://www.google-analytics.com/g.js', 'https://www.google-analytics.com/c', 'data:text/plain,x', 'nonsense'],
      'https://www.shop.no/',
    );
    expect(hosts).toEqual(['cdn.shop.no', 'www.google-analytics.com']);
    expect(thirdPartyHosts(hosts, 'https://www.shop.no/')).toEqual(['www.google-analytics.com']);
  });

  it('counts another shop on the same shared hosting as a third party', () => {
    const hosts = loadedHosts(['https://cdn.shopify.com/s.js', 'https://other.myshopify.com/p.js', 'https://a.myshopify.com/x.js'], 'https://www.a.myshopify.com/');
    expect(thirdPartyHosts(hosts, 'https://www.a.myshopify.com/')).toEqual(['cdn.shopify.com', 'other.myshopify.com']);
  });
});
