// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { seedPagePath } from '@/test/fixtures/seed-files';
import { type ContentPage, pagePolicy } from './page-policy';

const pageOf = (html: string, href: string): ContentPage => ({
  document: new DOMParser().parseFromString(html, 'text/html'),
  href: () => href,
  resources: () => ['https://www.google-analytics.com/analytics.js', 'https://shop.no/app.js'],
  interacted: () => false,
});

describe('pagePolicy', () => {
  it('reports a policy page once per address and text, and answers what the background asks', () => {
    const page = pagePolicy(pageOf(readFileSync(seedPagePath(1), 'utf8'), 'https://shop.no/personvern'));
    const send = vi.fn();
    expect(page.reportIfPolicy(send)).toBe(true);
    expect(page.reportIfPolicy(send)).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
    const report = send.mock.calls[0]![0] as NonNullable<ReturnType<typeof page.report>>;
    expect(report.url).toBe('https://shop.no/personvern');
    expect(report.extracted.sentences.length).toBeGreaterThan(20);
    expect(page.info()).toMatchObject({ url: 'https://shop.no/personvern', interacted: false, loadedHosts: ['www.google-analytics.com'] });
  });

  it('sends nothing for a page that is no policy, but still describes it', () => {
    const page = pagePolicy(pageOf('<html><head><title>Sko</title></head><body><h1>Nye sko</h1><p>Kjøp sko her.</p><a href="/personvern">Personvern</a></body></html>', 'https://shop.no/'));
    const send = vi.fn();
    expect(page.reportIfPolicy(send)).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(page.report()).toBeNull();
    expect(page.info().policyLinks.map((link) => link.url)).toContain('https://shop.no/personvern');
  });
});
