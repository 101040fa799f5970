// Schema test of the cookie tables (STYLE.md 4): every row valid, every reference resolves, both languages.
import { describe, expect, it } from 'vitest';
import { COOKIE_TABLES, cookieKnowledge } from './cookie-tables';
import { type CookieTables, HOST_CATEGORIES, tableProblems } from './cookie-table-types';

describe('cookie tables (lib/cookies/*.json)', () => {
  it('have no problems: shapes, vendors, categories, regexes, duplicates, purposes in en and nb', () => {
    expect(tableProblems(COOKIE_TABLES)).toEqual([]);
  });

  it('know at least 400 cookie names or patterns and 150 third-party hosts', () => {
    expect(COOKIE_TABLES.cookies.length).toBeGreaterThanOrEqual(400);
    expect(COOKIE_TABLES.hosts.length).toBeGreaterThanOrEqual(150);
  });

  it('cover the platforms our users meet, each with cookies', () => {
    const platforms = [
      'google-analytics', 'google-ads', 'google-tag-manager', 'meta', 'microsoft-clarity', 'microsoft-ads', 'hotjar', 'hubspot', 'linkedin', 'tiktok',
      'pinterest', 'snapchat', 'x-twitter', 'youtube', 'vimeo', 'stripe', 'paypal', 'klarna', 'vipps', 'shopify', 'wix', 'woocommerce', 'wordpress',
      'magento', 'squarespace', 'cloudflare', 'cookiebot', 'onetrust', 'cookieyes', 'usercentrics', 'intercom', 'zendesk', 'matomo', 'plausible',
    ];
    const withCookies = new Set(COOKIE_TABLES.cookies.map((row) => row.vendor));
    const withHosts = new Set(COOKIE_TABLES.hosts.map((row) => row.vendor));
    for (const vendor of platforms) expect([withCookies.has(vendor), withHosts.has(vendor)], vendor).toEqual([true, true]);
  });

  it('know the generic framework session, CSRF and consent-state cookies', () => {
    const knowledge = cookieKnowledge();
    for (const name of ['PHPSESSID', 'JSESSIONID', 'ASP.NET_SessionId', 'XSRF-TOKEN', 'csrftoken', '__RequestVerificationToken', 'laravel_session', 'connect.sid']) {
      expect(knowledge.identify({ name, domain: 'shop.no', party: 'first', session: true }), name).toMatchObject({ basis: 'table', category: 'essential' });
    }
    for (const name of ['CookieConsent', 'OptanonConsent', 'OptanonAlertBoxClosed', 'cookieyes-consent', 'uc_user_interaction', 'euconsent-v2', '_tracking_consent']) {
      expect(knowledge.identify({ name, domain: 'shop.no', party: 'first', session: true }), name).toMatchObject({ basis: 'table', consentState: true });
    }
  });

  it('report broken rows of the imported database', () => {
    const problems = tableProblems({
      ...COOKIE_TABLES,
      database: {
        cookies: [
          { name: 'a', prefix: 'a', vendor: 'nobody', category: 'tasty' as never },
          { name: 'has space', vendor: 'meta', category: 'marketing', consent: true },
        ],
        hosts: [{ host: 'Not A Host', vendor: 'meta', category: 'cdn' }],
        vendors: [{ key: 'New Vendor', platform: 'New', company: 'New Inc' }],
      },
    }).join('\n');
    for (const expected of ['needs a name or a prefix', 'unknown vendor "nobody"', 'unknown category "tasty"', 'a consent-state cookie is essential', 'bad host, vendor or category', 'key must be kebab-case', 'a new vendor needs a name and mentions']) {
      expect(problems).toContain(expected);
    }
  });

  it('use every host category and have a guess purpose for each', () => {
    expect(new Set(COOKIE_TABLES.hosts.map((row) => row.category))).toEqual(new Set(HOST_CATEGORIES));
  });

  it('report broken rows (the check itself works)', () => {
    const broken: CookieTables = {
      ...COOKIE_TABLES,
      cookies: [
        { name: '_x', prefix: '_x', vendor: 'nobody', category: 'tasty' as never, purpose: { en: 'Same', nb: 'Same' } },
        { pattern: '([', vendor: 'meta', category: 'marketing', purpose: { en: 'No stop', nb: '' } },
        { pattern: 'unanchored', vendor: 'meta', category: 'analytics', consent: true, purpose: { en: '<b>Bold</b>.', nb: 'Fet.' } },
      ],
      hosts: [{ host: 'Not A Host', vendor: 'meta', category: 'cdn' }, { host: 'a.example', vendor: 'meta', category: 'cdn' }, { host: 'a.example', vendor: 'meta', category: 'cdn' }],
    };
    const problems = tableProblems(broken).join('\n');
    for (const expected of [
      'needs exactly one of name, prefix, pattern',
      'not a valid regex',
      'pattern must be anchored',
      'a consent-state cookie is essential',
      'purpose contains markup',
      'empty nb purpose',
      'purpose should end with a full stop',
      'not a lower-case host name',
      'duplicate host',
    ]) expect(problems).toContain(expected);
  });
});
