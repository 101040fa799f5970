import { describe, expect, it } from 'vitest';
import { loadedHosts } from './loaded-hosts';

describe('loadedHosts', () => {
  it("lists the hosts other than the page's own once each", () => {
    const hosts = loadedHosts(
      ['https://www.shop.no/a.js', 'https://cdn.shop.no/b.css', 'https://www.google-analytics.com/g.js', 'https://www.google-analytics.com/c', 'data:text/plain,x', 'nonsense'],
      'https://www.shop.no/',
    );
    expect(hosts).toEqual(['cdn.shop.no', 'www.google-analytics.com']);
  });

  it("keeps the shop's other hosts on shared hosting (thirdPartyHosts tells them apart)", () => {
    const hosts = loadedHosts(['https://cdn.shopify.com/s.js', 'https://other.myshopify.com/p.js', 'https://a.myshopify.com/x.js'], 'https://www.a.myshopify.com/');
    expect(hosts).toEqual(['cdn.shopify.com', 'other.myshopify.com', 'a.myshopify.com']);
  });
});
