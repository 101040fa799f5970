// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { seedPagePath } from '@/test/fixtures/seed-files';
import { describe, expect, it } from 'vitest';
import { fetchPage } from './fetch-page-adapter';
import { parsePageHtml } from './dom-parser-adapter';

const fixture = (name: string) => readFileSync(`test/fixtures/pages/${name}.html`, 'utf8');

describe('parsePageHtml (Firefox background page, Chrome offscreen document)', () => {
  it('detects, extracts and finds links in a fetched policy page', () => {
    const parsed = parsePageHtml(readFileSync(seedPagePath(2), 'utf8'), 'https://vaktrommet.example/privacy-policy');
    expect(parsed.detection.kind).toBe('privacy-policy');
    expect(parsed.extracted.sentences.length).toBeGreaterThan(30);
    expect(parsed.extracted.url).toBe('https://vaktrommet.example/privacy-policy');
  });

  it('finds the policy link of a fetched front page', () => {
    const parsed = parsePageHtml(fixture('shop'), 'https://nordlys.example/');
    expect(parsed.detection.kind).toBe('none');
    expect(parsed.policyLinks[0]?.url).toBe('https://nordlys.example/personvern');
  });
});

describe('fetchPage', () => {
  const respond = (body: string, headers: Record<string, string>, status = 200) =>
    (async () => new Response(body, { status, headers })) as unknown as typeof fetch;

  it('fetches HTML without credentials', async () => {
    let init: RequestInit | undefined;
    const fetcher = (async (_url: string, options: RequestInit) => {
      init = options;
      return new Response('<p>hi</p>', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    }) as unknown as typeof fetch;
    expect((await fetchPage('https://a.example/p', fetcher)).html).toBe('<p>hi</p>');
    expect(init?.credentials).toBe('omit');
  });

  it('wraps plain text in <pre>, escaped', async () => {
    const page = await fetchPage('https://a.example/p.txt', respond('We <b>keep</b> data.', { 'content-type': 'text/plain' }));
    expect(page.html).toContain('<pre>We &lt;b>keep&lt;/b> data.</pre>');
  });

  it('refuses errors, non-pages and huge pages with a short reason', async () => {
    await expect(fetchPage('https://a.example/p', respond('', { 'content-type': 'text/html' }, 404))).rejects.toThrow('HTTP 404');
    await expect(fetchPage('https://a.example/p', respond('%PDF', { 'content-type': 'application/pdf' }))).rejects.toThrow(/not a web page/);
    await expect(fetchPage('https://a.example/p', respond('x', { 'content-type': 'text/html', 'content-length': '99000000' }))).rejects.toThrow(/too large/);
  });
});
