// Declared cookie names from the seed policies (000: a Wix cookie table, 002: a Magento cookie table),
// as HTML pages (rows joined by " – ") and as plain text (the name glued to its description).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPolicyFromHtml, extractPolicyFromText } from '../extract/extract-policy';
import { parseHtmlInNode } from '../extract/parse-html-node';
import type { PolicySentence } from '../types';
import { declaredCookies, declaredNameMatcher, looksLikeCookieName } from './declared-cookies';

const SEEDS = join(import.meta.dirname, '../../test/fixtures/seeds');
const seedHtml = (name: string) => extractPolicyFromHtml(readFileSync(`test/fixtures/seeds/${name}.html`, 'utf8'), 'https://shop.no/personvern', parseHtmlInNode);
const seedText = (name: string) => extractPolicyFromText(readFileSync(join(SEEDS, `${name}.txt`), 'utf8'), 'https://shop.no/personvern');
const sentences = (...texts: (string | [string, string])[]): PolicySentence[] =>
  texts.map((t, i) => ({ id: `s${i}`, text: Array.isArray(t) ? t[1] : t, heading: Array.isArray(t) ? t[0] : '', section: 0 }));

const MAGENTO = ['FORM_KEY', 'PHPSESSID', 'GUEST-VIEW', 'PERSISTENT_SHOPPING_CART', 'STF', 'STORE', 'USER_ALLOWED_SAVE_COOKIE', 'MAGE-CACHE-SESSID', 'MAGE-CACHE-STORAGE',
  'MAGE-CACHE-STORAGE-SECTION-INVALIDATION', 'MAGE-CACHE-TIMEOUT', 'SECTION-DATA-IDS', 'PRIVATE_CONTENT_VERSION', 'X-MAGENTO-VARY', 'MAGE-TRANSLATION-FILE-VERSION'];

describe('declaredCookies', () => {
  it('reads seed 000\'s cookie table with each row as evidence and the type column as category', () => {
    const policy = seedHtml('000_d4352249f7bbf683');
    const declared = declaredCookies(policy.sentences);
    expect(declared.map((d) => d.name)).toEqual([
      'XSRF TOKEN', 'hs', 'svSession', 'SSR Caching', '_wixCIDX', '_wix_browser_sess', 'consent policy', 'smSession', 'TS*', 'bSession', 'fedops.logger.X', 'wixLanguage',
    ]);
    const svSession = declared.find((d) => d.name === 'svSession')!;
    expect(policy.sentences.find((s) => s.id === svSession.evidence[0])!.text).toMatch(/^svSession – Used in connection with user login/);
    expect(svSession.category).toBe('essential'); // "Important"
    expect(declared.find((d) => d.name === 'wixLanguage')!.category).toBe('functional');
  });

  it('reads seed 002\'s Magento table, as a page and as glued plain text', () => {
    const fromHtml = declaredCookies(seedHtml('002_5014aa8f602bcf1a').sentences).map((d) => d.name);
    expect(fromHtml).toEqual(expect.arrayContaining([...MAGENTO, 'MAGE-TRANSLATION-STORAGE']));
    expect(fromHtml).toHaveLength(16);
    const fromText = declaredCookies(seedText('002_5014aa8f602bcf1a').sentences).map((d) => d.name);
    expect(fromText).toEqual(fromHtml);
  });

  it('finds nothing in the seeds without cookie names', () => {
    for (const seed of ['001_03f002c4bfb8b1cb', '003_366c1963fa23d10c', '004_02aca31b0234a60f']) expect(declaredCookies(seedHtml(seed).sentences), seed).toEqual([]);
  });

  it('finds names in running text, in both languages, and ignores brands, domains and acronyms', () => {
    const declared = declaredCookies(
      sentences(
        'We use Google Analytics, which sets the cookies _ga and _gid to count visits.',
        'The PHPSESSID cookie keeps your cart.',
        'Vi bruker informasjonskapselen «svSession» for innlogging.',
        'Cookies from YouTube, LinkedIn and Wix.com follow GDPR rules; contact personvern@shop.no.',
        ['Informasjonskapsler', 'Kapselen kalt cart_token husker handlekurven.'],
        'Our warehouse uses the PICK_LIST system.', // no cookie word: not a cookie
      ),
    );
    expect(declared.map((d) => [d.name, d.evidence])).toEqual([
      ['_ga', ['s0']],
      ['_gid', ['s0']],
      ['PHPSESSID', ['s1']],
      ['svSession', ['s2']],
      ['cart_token', ['s4']],
    ]);
  });

  it('reads tables whose name column is not first, with several names in a cell', () => {
    const declared = declaredCookies(
      sentences(['Cookies', 'Provider – Name – Purpose – Type'], ['Cookies', 'Google – _ga, _gid – Counts visits – Statistikk'], ['Cookies', 'Meta – _fbp – Ads – Markedsføring'], ['Cookies', 'That is all.']),
    );
    expect(declared).toEqual([
      { name: '_ga', evidence: ['s1'], category: 'analytics' },
      { name: '_gid', evidence: ['s1'], category: 'analytics' },
      { name: '_fbp', evidence: ['s2'], category: 'marketing' },
    ]);
  });
});

describe('declaredNameMatcher', () => {
  it('matches real cookie names to names as policies write them', () => {
    const cases: [string, string, boolean][] = [
      ['XSRF TOKEN', 'XSRF-TOKEN', true],
      ['consent policy', 'consent-policy', true],
      ['SSR Caching', 'ssr-caching', true],
      ['TS*', 'TS01a2b3c4', true],
      ['fedops.logger.X', 'fedops.logger.sessionId', true],
      ['_ga_<container-id>', '_ga_7XK2Q9PL4M', true],
      ['_hjSession_{id}', '_hjSession_123', true],
      ['PHPSESSID', 'PHPSESSID', true],
      ['_ga', '_gat', false],
      ['hs', 'hs_x', false],
      ['STORE', 'store', true],
    ];
    for (const [declared, cookie, expected] of cases) expect(declaredNameMatcher(declared)(cookie), `${declared} ~ ${cookie}`).toBe(expected);
  });

  it('tells cookie names from words', () => {
    expect(['_ga', 'svSession', 'PHPSESSID', 'XSRF-TOKEN', 'connect.sid', 'TS*'].every(looksLikeCookieName)).toBe(true);
    expect(['YouTube', 'Wix.com', 'GDPR', 'cookies', 'a', 'personvern@shop.no'].some(looksLikeCookieName)).toBe(false);
  });
});
