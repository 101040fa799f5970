// The saved-site index's migrations: schema 1 → records, old site names → the public-suffix list, words → messages.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedAnalysis } from '@/test/unit/seed-analyses';
import type { CookieReport } from '../cookies/cookie-types';
import { extensionStores } from '@/test/unit/extension-stores';
import { parse } from '../schemas/common';
import { SavedSiteSchema } from '../schemas/saved-site';
import { nodeRenderer } from '../text/catalogue-node';
import { type SavedSite, savedAnalysisOf, type SavedSiteV1, summaryOf } from './saved-site-schema';

const cookies: CookieReport = {
  site: 'seed1.no',
  cookies: [{ name: '_ga', domain: '.seed1.no', path: '/', party: 'first', secure: false, httpOnly: false, sameSite: 'lax', session: false, expirationDate: 2e9, category: 'analytics', vendor: 'Google Analytics', vendorKey: 'google-analytics', purpose: null, basis: 'table', consentState: false }],
  counts: { essential: 0, functional: 0, analytics: 1, marketing: 0, unknown: 0 },
  thirdPartyHosts: [],
  services: [],
  pageInteracted: null,
};

const { importSavedSites, savedSite } = extensionStores();

describe('saved sites migration', () => {
  it('upgrades schema 1 data (one array of whole analyses) to schema 2 records, losing nothing', async () => {
    const analyses = [await seedAnalysis(1), await seedAnalysis(3)];
    const v1: SavedSiteV1[] = analyses.map((analysis, i) => ({
      schemaVersion: 1,
      site: `v1-${i}.no`,
      policyUrl: analysis.url,
      savedAt: 1_000 - i,
      textHash: analysis.textHash,
      analysis,
      cookies: i === 0 ? cookies : null,
    }));
    // Data as the first release left it: WXT writes no version mark for version 1.
    const browser = fakeBrowser;
    browser.reset();
    await browser.storage.local.set({ savedSites: v1 });
    const storage = extensionStores();

    const list = await storage.savedSiteList();
    expect(list.map((s) => [s.site, s.savedAt, s.grade, s.textHash])).toEqual(v1.map((s) => [s.site, s.savedAt, s.analysis.score.grade, s.textHash]));
    for (const old of v1) {
      const record = (await storage.savedSite(old.site))!;
      expect(record).toMatchObject({ schemaVersion: 3, policyUrl: old.policyUrl, savedAt: old.savedAt, checkedAt: old.savedAt, cookies: old.cookies, history: [] });
      expect(record.analysis.facts).toEqual(old.analysis.facts);
      expect(record.analysis.score).toEqual(old.analysis.score);
    }
    expect(await browser.storage.local.get('savedSites$')).toEqual({ 'savedSites$': { v: 4 } });
    // Reading again (another page starting) does not migrate twice.
    const again = extensionStores();
    expect((await again.savedSiteList()).map((s) => s.site)).toEqual(['v1-0.no', 'v1-1.no']);
  });

  it('moves sites saved under the old rule to their site under the public-suffix list, losing nothing', async () => {
    const analysis = await seedAnalysis(1);
    const template = { schemaVersion: 3 as const, savedAt: 0, checkedAt: 0, textHash: analysis.textHash, analysis: savedAnalysisOf(analysis), history: [] };
    const shopCookies: CookieReport = {
      ...cookies,
      site: 'myshopify.com',
      cookies: [
        { ...cookies.cookies[0]!, name: '_shopify_y', domain: '.a.myshopify.com', party: 'first' },
        { ...cookies.cookies[0]!, name: '_shopify_y', domain: '.b.myshopify.com', party: 'first' },
      ],
    };
    const records: SavedSite[] = [
      // The policy's host says which shop it was.
      { ...template, site: 'myshopify.com', policyUrl: 'https://a.myshopify.com/policies/privacy-policy', savedAt: 3, cookies: shopCookies },
      // Policy on another site: the first-party cookies say.
      { ...template, site: 'kommune.no', policyUrl: 'https://policies.example.com/oslo', savedAt: 2, cookies: { ...cookies, site: 'kommune.no', cookies: [{ ...cookies.cookies[0]!, domain: '.oslo.kommune.no' }] } },
      // Nothing to tell: the old name stays.
      { ...template, site: 'github.io', policyUrl: 'https://example.org/p', savedAt: 1, cookies: null },
      { ...template, site: 'nordlys.no', policyUrl: 'https://www.nordlys.no/personvern', savedAt: 0, cookies: null },
    ];
    const browser = fakeBrowser;
    browser.reset();
    await browser.storage.local.set({
      savedSites: records.map(summaryOf),
      'savedSites$': { v: 2 },
      ...Object.fromEntries(records.map((record) => [`savedSite:${record.site}`, record])),
    });
    const storage = extensionStores();

    expect((await storage.savedSiteList()).map((s) => s.site)).toEqual(['a.myshopify.com', 'oslo.kommune.no', 'github.io', 'nordlys.no']);
    const shop = (await storage.savedSite('a.myshopify.com'))!;
    expect(shop).toMatchObject({ policyUrl: records[0]!.policyUrl, savedAt: 3, textHash: analysis.textHash });
    expect(shop.analysis).toEqual(records[0]!.analysis);
    // Its cookies are judged again: another shop's cookie is third party now.
    expect(shop.cookies!.site).toBe('a.myshopify.com');
    expect(shop.cookies!.cookies.map((c) => [c.domain, c.party])).toEqual([
      ['.a.myshopify.com', 'first'],
      ['.b.myshopify.com', 'third'],
    ]);
    expect(await storage.savedSite('myshopify.com')).toBeNull();
    expect(await storage.savedSite('kommune.no')).toBeNull();
    expect((await storage.savedSite('oslo.kommune.no'))!.policyUrl).toBe(records[1]!.policyUrl);
    expect(await browser.storage.local.get('savedSites$')).toEqual({ 'savedSites$': { v: 4 } });
    expect(Object.keys(await browser.storage.local.get()).filter((key) => key.startsWith('savedSite:')).sort()).toEqual(
      ['savedSite:a.myshopify.com', 'savedSite:github.io', 'savedSite:nordlys.no', 'savedSite:oslo.kommune.no'],
    );
  });

  it('upgrades records of schema 2 (texts as words) to messages that read as before, in one write', async () => {
    // Two records as the previous release saved them (exported from it: test/fixtures/saved-sites-v2.json).
    type Words = { en: string; nb: string };
    const fixture = readFileSync('test/fixtures/saved-sites-v2.json', 'utf8');
    const old = (JSON.parse(fixture) as { sites: SavedSite[] }).sites;
    const words = (JSON.parse(fixture) as { sites: { analysis: { score: { reasons: { reason: Words }[] } } }[] }).sites;
    const browser = fakeBrowser;
    browser.reset();
    await browser.storage.local.set({ savedSites: old.map(summaryOf), 'savedSites$': { v: 3 }, ...Object.fromEntries(old.map((record) => [`savedSite:${record.site}`, record])) });
    const storage = extensionStores();

    expect((await storage.savedSiteList()).map((s) => s.site)).toEqual(old.map((record) => record.site));
    const en = nodeRenderer('en');
    const nb = nodeRenderer('nb');
    for (const [i, before] of old.entries()) {
      const record = (await storage.savedSite(before.site))!;
      expect(parse(SavedSiteSchema, record).ok, before.site).toBe(true);
      expect(record.analysis.score.reasons.map((r) => [en(r.reason), nb(r.reason)])).toEqual(words[i]!.analysis.score.reasons.map((r) => [r.reason.en, r.reason.nb]));
      expect({ ...record, analysis: null }).toEqual({ ...before, schemaVersion: 3, analysis: null });
    }
    expect(await browser.storage.local.get('savedSites$')).toEqual({ 'savedSites$': { v: 4 } });
  });

  it('imports a file saved under the old rule onto the sites of the public-suffix list', async () => {
    fakeBrowser.reset();
    const analysis = await seedAnalysis(1);
    const record: SavedSite = { schemaVersion: 3, site: 'wixsite.com', policyUrl: 'https://kari.wixsite.com/butikk/personvern', savedAt: 5, checkedAt: 5, textHash: analysis.textHash, analysis: savedAnalysisOf(analysis), cookies: null, history: [] };
    expect(await importSavedSites([record])).toMatchObject({ ok: true, added: ['kari.wixsite.com'] });
    expect((await savedSite('kari.wixsite.com'))!.policyUrl).toBe(record.policyUrl);
  });

  it('leaves schema 1 data untouched when the upgrade does not fit, and reports it when read', async () => {
    const analysis = await seedAnalysis(3);
    const v1: SavedSiteV1[] = [{ schemaVersion: 1, site: 'v1.no', policyUrl: analysis.url, savedAt: 5, textHash: analysis.textHash, analysis, cookies: null }];
    const browser = fakeBrowser;
    browser.reset();
    await browser.storage.local.set({ savedSites: v1 });
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // WXT logs the failed start-up migration
    const storage = extensionStores();
    await expect(storage.savedSiteList()).rejects.toThrow(/migration failed/);
    vi.restoreAllMocks();
    expect((await browser.storage.local.get('savedSites')).savedSites).toEqual(v1);
    // With space again, the next read upgrades it.
    expect((await storage.savedSiteList()).map((s) => s.site)).toEqual(['v1.no']);
  });
});
