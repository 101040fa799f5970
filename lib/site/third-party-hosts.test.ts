import { describe, expect, it } from 'vitest';
import { thirdPartyHosts } from './third-party-hosts';

describe('thirdPartyHosts', () => {
  it("keeps other sites' hosts only", () => {
    expect(thirdPartyHosts(['cdn.shop.no', 'www.google-analytics.com'], 'https://www.shop.no/')).toEqual(['www.google-analytics.com']);
  });

  it('counts another shop on the same shared hosting as a third party', () => {
    expect(thirdPartyHosts(['cdn.shopify.com', 'other.myshopify.com', 'a.myshopify.com'], 'https://www.a.myshopify.com/')).toEqual(['cdn.shopify.com', 'other.myshopify.com']);
  });
});
