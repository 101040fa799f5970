// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commonPolicyUrls, findPolicyLinks } from './find-policy-link';
import { rankPolicyLinks } from './rank-policy-links';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('findPolicyLinks', () => {
  it('finds the Norwegian footer link on the fixture shop front page', () => {
    const doc = parse(readFileSync('test/fixtures/pages/shop.html', 'utf8'));
    const [best] = findPolicyLinks(doc, 'http://127.0.0.1:8080/');
    expect(best).toMatchObject({ url: 'http://127.0.0.1:8080/personvern', text: 'Personvern', kind: 'privacy', source: 'link' });
  });

  it('prefers rel="privacy-policy" over link texts', () => {
    const doc = parse('<head><link rel="privacy-policy" href="/legal/p"></head><body><footer><a href="/privacy">Privacy</a></footer></body>');
    const links = findPolicyLinks(doc, 'https://shop.example/products/1');
    expect(links.map((l) => l.url)).toEqual(['https://shop.example/legal/p', 'https://shop.example/privacy']);
    expect(links[0]!.source).toBe('rel');
  });

  it('finds English links and ranks a privacy policy above a cookie policy', () => {
    const doc = parse(`<footer><a href="/cookie-policy">Cookie policy</a> <a href="/legal/privacy-notice">Privacy notice</a>
      <a href="/terms">Terms of service</a> <a href="/cookie-settings">Cookie settings</a></footer>`);
    const links = findPolicyLinks(doc, 'https://shop.example/');
    expect(links.map((l) => [l.url, l.kind])).toEqual([
      ['https://shop.example/legal/privacy-notice', 'privacy'],
      ['https://shop.example/cookie-policy', 'cookie'],
    ]);
  });

  it("ranks another site's policy (a payment provider's) below the shop's own", () => {
    const doc = parse(`<main><p>Payments by <a href="https://www.klarna.com/no/personvern/">Klarna (personvern)</a>.</p></main>
      <footer><a href="/info/personvernerklaering">Personvernerklæring</a></footer>`);
    const links = rankPolicyLinks(findPolicyLinks(doc, 'https://www.nordlys.no/'), 'https://www.nordlys.no/');
    expect(links[0]!.url).toBe('https://www.nordlys.no/info/personvernerklaering');
  });

  it("ranks another shop's policy on the same shared hosting below the shop's own", () => {
    const doc = parse(`<main><a href="/pages/privacy">Privacy</a></main>
      <footer><a href="https://other.myshopify.com/policies/privacy-policy">Privacy policy</a></footer>`);
    const page = 'https://mine.myshopify.com/';
    expect(findPolicyLinks(doc, page)[0]!.url).toBe('https://other.myshopify.com/policies/privacy-policy');
    expect(rankPolicyLinks(findPolicyLinks(doc, page), page).map((l) => l.url)).toEqual(['https://mine.myshopify.com/pages/privacy', 'https://other.myshopify.com/policies/privacy-policy']);
  });

  it('drops links of other sites left too weak, keeps rel links', () => {
    const links = [
      { url: 'https://cdn.other.example/p', text: '', score: 5, source: 'link' as const, kind: 'cookie' as const },
      { url: 'https://policies.other.example/p', text: '', score: 20, source: 'rel' as const, kind: 'privacy' as const },
    ];
    expect(rankPolicyLinks(links, 'https://shop.no/').map((l) => l.url)).toEqual(['https://policies.other.example/p']);
    expect(rankPolicyLinks(links, 'not a url')).toEqual([]);
  });

  it('ignores javascript: and mailto: links and the page itself', () => {
    const doc = parse('<a href="javascript:void(0)">Privacy</a><a href="mailto:privacy@x.no">Privacy</a><a href="/privacy#top">Privacy</a>');
    expect(findPolicyLinks(doc, 'https://x.no/privacy')).toEqual([]);
  });

  it('returns nothing on a page without policy links', () => {
    expect(findPolicyLinks(parse('<a href="/about">About us</a>'), 'https://x.no/')).toEqual([]);
  });
});

describe('commonPolicyUrls', () => {
  it('lists common paths on the page origin, privacy first', () => {
    const urls = commonPolicyUrls('https://shop.example/a/b?c=1');
    expect(urls[0]!.url).toBe('https://shop.example/privacy-policy');
    expect(urls.map((u) => u.url)).toContain('https://shop.example/personvern');
    expect(urls.every((u) => u.source === 'common-path')).toBe(true);
  });
});
