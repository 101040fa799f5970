import { describe, expect, it } from 'vitest';
import { cookieLifetime } from '../cookies/cookie-display';
import { buildCookieReport } from './cookie-report';
import { isRestrictedUrl, samePage } from './restricted-url';
import type { SeenCookie } from './site-report-types';
import { loadedHosts } from './loaded-hosts';
import { thirdPartyHosts } from './third-party-hosts';

describe('isRestrictedUrl', () => {
  it.each([
    [undefined, true],
    ['chrome://extensions', true],
    ['about:addons', true],
    ['file:///home/a.html', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://chrome.google.com/other', false],
    ['https://shop.no/personvern', false],
    ['http://127.0.0.1:8080/', false],
  ])('%s → %s', (url, restricted) => expect(isRestrictedUrl(url)).toBe(restricted));

  it('treats fragment jumps as the same page', () => {
    expect(samePage('https://a.no/p#x', 'https://a.no/p')).toBe(true);
    expect(samePage('https://a.no/p', 'https://a.no/q')).toBe(false);
  });
});

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

describe('buildCookieReport', () => {
  const cookie = (name: string, domain: string, party: 'first' | 'third'): SeenCookie => ({
    name, domain, path: '/', party, secure: false, httpOnly: false, sameSite: 'lax', session: true,
  });
  it('sorts first party first and counts categories', () => {
    const report = buildCookieReport('shop.no', [cookie('IDE', '.ads.example', 'third'), cookie('_ga', '.shop.no', 'first'), cookie('cart', 'shop.no', 'first')], ['ads.example'], (cookies) =>
      cookies.map((c) => ({ ...c, category: c.name === 'IDE' ? 'marketing' : c.name === '_ga' ? 'analytics' : 'essential', vendor: null })),
    );
    expect(report.cookies.map((c) => c.name)).toEqual(['_ga', 'cart', 'IDE']);
    expect(report.counts).toEqual({ essential: 1, functional: 0, analytics: 1, marketing: 1, unknown: 0 });
  });
});

describe('createReportThrottle', () => {
  it('allows one report per tab per interval', async () => {
    const { createReportThrottle } = await import('./report-throttle');
    let time = 0;
    const allow = createReportThrottle(1_000, () => time);
    expect(allow(1)).toBe(true);
    expect(allow(1)).toBe(false);
    expect(allow(2)).toBe(true);
    time = 1_000;
    expect(allow(1)).toBe(true);
  });
});

describe('cookieLifetime', () => {
  const now = 1_800_000_000;
  it('shows session cookies as session and short, medium and long lifetimes in fitting units', () => {
    expect(cookieLifetime({ session: true }, now)).toEqual({ unit: 'session', value: 0 });
    expect(cookieLifetime({ session: false, expirationDate: now + 30 * 60 }, now)).toEqual({ unit: 'minutes', value: 30 });
    expect(cookieLifetime({ session: false, expirationDate: now + 10 }, now)).toEqual({ unit: 'minutes', value: 1 });
    expect(cookieLifetime({ session: false, expirationDate: now + 5 * 3600 }, now)).toEqual({ unit: 'hours', value: 5 });
    expect(cookieLifetime({ session: false, expirationDate: now + 90 * 86400 }, now)).toEqual({ unit: 'days', value: 90 });
    expect(cookieLifetime({ session: false, expirationDate: now + 3 * 365 * 86400 }, now)).toEqual({ unit: 'years', value: 3 });
  });
});
