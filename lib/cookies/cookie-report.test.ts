import { describe, expect, it } from 'vitest';
import { buildCookieReport } from './cookie-report';
import type { SeenCookie } from './cookie-types';

describe('buildCookieReport', () => {
  const cookie = (name: string, domain: string, party: 'first' | 'third'): SeenCookie => ({
    name, domain, path: '/', party, secure: false, httpOnly: false, sameSite: 'lax', session: true,
  });
  it('sorts first party first and counts categories', () => {
    const report = buildCookieReport('shop.no', [cookie('IDE', '.ads.example', 'third'), cookie('_ga', '.shop.no', 'first'), cookie('cart', 'shop.no', 'first')], ['ads.example'], (cookies) =>
      cookies.map((c) => ({ ...c, category: c.name === 'IDE' ? 'marketing' : c.name === '_ga' ? 'analytics' : 'essential', vendor: null, vendorKey: null, purpose: null, basis: 'none' as const, consentState: false })),
    );
    expect(report.cookies.map((c) => c.name)).toEqual(['_ga', 'cart', 'IDE']);
    expect(report.counts).toEqual({ essential: 1, functional: 0, analytics: 1, marketing: 1, unknown: 0 });
  });
});
