// Identifying cookies from a list shaped like the browser's cookies.getAll output (as cookie-export
// extensions write it): table facts, domain-scoped names, host vendors, and marked guesses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoriseCookies, describeHosts } from './categorise-cookies';
import { buildCookieReport } from './cookie-report';
import type { CategorisedCookie } from './cookie-types';
import { likelySite, parseCookieExport, withParty } from './cookie-export';
import { cookieKnowledge } from './cookie-tables';

const NOW = 1_750_000_000; // seconds; the fixture's expiry dates lie after it
const exported = parseCookieExport(JSON.parse(readFileSync('test/fixtures/cookies/nordlys-getall.json', 'utf8')));
const site = likelySite(exported);
const cookies = categoriseCookies(withParty(exported, site), cookieKnowledge(), NOW);
const byName = (name: string, domain?: string): CategorisedCookie => cookies.find((c) => c.name === name && (!domain || c.domain.endsWith(domain)))!;

describe('identifying cookies from a cookies.getAll export', () => {
  it('finds the site and marks first and third parties', () => {
    expect(site).toBe('nordlys.no');
    expect(byName('_ga').party).toBe('first');
    expect(byName('IDE').party).toBe('third');
  });

  it('knows table cookies by exact name, prefix and pattern, with vendor and purpose in both languages', () => {
    expect(byName('_ga')).toMatchObject({ category: 'analytics', vendor: 'Google Analytics', vendorKey: 'google-analytics', basis: 'table' });
    expect(byName('_ga_7XK2Q9PL4M')).toMatchObject({ category: 'analytics', vendorKey: 'google-analytics', basis: 'table' });
    expect(byName('_ga_7XK2Q9PL4M').purpose!.en).not.toBe(byName('_ga').purpose!.en);
    expect(byName('_hjSessionUser_3456789')).toMatchObject({ category: 'analytics', vendorKey: 'hotjar', basis: 'table' });
    expect(byName('_hjSession_3456789')).toMatchObject({ category: 'analytics', vendorKey: 'hotjar', basis: 'table' });
    expect(byName('_fbp')).toMatchObject({ category: 'marketing', vendorKey: 'meta' });
    expect(byName('PHPSESSID')).toMatchObject({ category: 'essential', vendorKey: 'php', basis: 'table' });
    expect(byName('form_key')).toMatchObject({ category: 'essential', vendorKey: 'magento' });
    expect(byName('IDE')).toMatchObject({ category: 'marketing', vendorKey: 'google-ads', basis: 'table' });
    expect(byName('_fbp').purpose!.nb).toMatch(/Facebook/);
  });

  it('tells vendors apart when they use the same short name on their own domains', () => {
    expect(byName('uid', 'adform.net')).toMatchObject({ vendorKey: 'adform', basis: 'table' });
    expect(byName('uid', 'criteo.com')).toMatchObject({ vendorKey: 'criteo', basis: 'table' });
  });

  it('flags consent-state cookies', () => {
    expect(byName('CookieConsent')).toMatchObject({ consentState: true, category: 'essential', vendorKey: 'cookiebot' });
    expect(byName('_ga').consentState).toBe(false);
  });

  it('guesses unknown cookies and says "probably", never claiming a fact', () => {
    expect(byName('nl_currency')).toMatchObject({ category: 'functional', basis: 'guess', vendor: null });
    expect(byName('nl_currency').purpose!.en).toMatch(/^Probably/);
    expect(byName('nl_currency').purpose!.nb).toMatch(/sannsynligvis/);
    // A third-party cookie of a known host: the vendor is a fact, its use a guess from the name.
    expect(byName('kl_session_z')).toMatchObject({ vendorKey: 'klaviyo', basis: 'host', category: 'essential' });
    // A long-lived cookie of an unknown third party: probably a cross-site identifier.
    expect(byName('xq1')).toMatchObject({ category: 'marketing', basis: 'guess', vendor: null });
    expect(byName('xq1').purpose!.en).toMatch(/^Probably tracking/);
  });

  it('leaves a cookie unknown when nothing explains it', () => {
    expect(byName('q7f3k')).toMatchObject({ category: 'unknown', basis: 'none', purpose: null });
    expect(byName('wq')).toMatchObject({ category: 'unknown', basis: 'none' });
  });

  it('treats the same third-party cookie as tracking only when it lives long', () => {
    const knowledge = cookieKnowledge();
    const base = { name: 'zz', domain: 'widgets.example', party: 'third' as const };
    expect(knowledge.identify({ ...base, session: false, expirationDate: NOW + 400 * 86_400 }, NOW).category).toBe('marketing');
    expect(knowledge.identify({ ...base, session: false, expirationDate: NOW + 2 * 86_400 }, NOW).category).toBe('unknown');
    // First party, long-lived, nameless: no guess.
    expect(knowledge.identify({ ...base, party: 'first', session: false, expirationDate: NOW + 400 * 86_400 }, NOW).category).toBe('unknown');
  });

  it('counts per category in the report, and names the services among loaded hosts once per vendor', () => {
    const knowledge = cookieKnowledge();
    const hosts = ['www.google-analytics.com', 'region1.google-analytics.com', 'connect.facebook.net', 'js.stripe.com', 'fonts.gstatic.com', 'cdn.unknown.example'];
    const report = buildCookieReport(site, withParty(exported, site), hosts, (seen) => categoriseCookies(seen, knowledge, NOW), {
      services: describeHosts(hosts, knowledge),
      pageInteracted: false,
    });
    expect(report.counts).toEqual({ essential: 5, functional: 1, analytics: 4, marketing: 5, unknown: 2 });
    expect(report.services!.map((s) => [s.vendorKey, s.category, s.host])).toEqual([
      ['google-analytics', 'analytics', 'www.google-analytics.com'],
      ['meta', 'social', 'connect.facebook.net'],
      ['stripe', 'payment', 'js.stripe.com'],
      ['google-fonts', 'cdn', 'fonts.gstatic.com'],
    ]);
    expect(report.pageInteracted).toBe(false);
  });

  it('without the tables, lists every cookie as unknown instead of guessing', () => {
    expect(categoriseCookies(withParty(exported, site), null).every((c) => c.category === 'unknown' && c.basis === 'none')).toBe(true);
  });
});
