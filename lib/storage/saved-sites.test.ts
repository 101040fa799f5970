import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedAnalysis } from '@/test/unit/seed-analyses';
import type { CookieReport } from '../cookies/cookie-types';
import { extensionStores } from '@/test/unit/extension-stores';
import { MAX_SAVED_SITES } from './index';
import { storedBytes } from './quota';
import { type SavedSite, savedAnalysisOf, type SavedSiteV1, summaryOf } from './saved-site-schema';

const cookies: CookieReport = {
  site: 'seed1.no',
  cookies: [{ name: '_ga', domain: '.seed1.no', path: '/', party: 'first', secure: false, httpOnly: false, sameSite: 'lax', session: false, expirationDate: 2e9, category: 'analytics', vendor: 'Google Analytics' }],
  counts: { essential: 0, functional: 0, analytics: 1, marketing: 0, unknown: 0 },
  thirdPartyHosts: [],
};

/** Chrome's storage.local quota rule (key + JSON of each value, whole write refused past the limit), on fakeBrowser. */
function limitStorageTo(bytes: number) {
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  return vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const next = { ...(await local.get()), ...items };
    const used = Object.entries(next).reduce((sum, [key, value]) => sum + storedBytes(key, value), 0);
    if (used > bytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    return set(items);
  });
}

async function storageBytes(): Promise<number> {
  return Object.entries(await fakeBrowser.storage.local.get()).reduce((sum, [key, value]) => sum + storedBytes(key, value), 0);
}

const { cacheAnalysis, cachedAnalysis, importSavedSites, markSavedSiteChecked, removeSavedSite, restoreSavedSites, savedSite, savedSiteList, savedSites, saveSite } = extensionStores();

describe('saved sites', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('keeps the site, policy URL, date, text hash, analysis with its evidence sentences, and cookies', async () => {
    const analysis = await seedAnalysis(1);
    expect(await saveSite('seed1.no', analysis.url, analysis, cookies, 1_700_000_000_000)).toEqual({ ok: true, savedAt: 1_700_000_000_000, savedSites: 1 });
    const record = (await savedSite('seed1.no'))!;
    expect(record).toMatchObject({ schemaVersion: 3, site: 'seed1.no', policyUrl: analysis.url, savedAt: 1_700_000_000_000, textHash: analysis.textHash, cookies });
    expect(record.analysis.score).toEqual(analysis.score);
    expect(record.analysis.facts).toEqual(analysis.facts);
    // Every evidence sentence of the scorecard is kept, with its text, without the classifier's scores.
    const kept = new Map(record.analysis.sentences.map((s) => [s.id, s]));
    for (const id of Object.values(analysis.score.categories).flatMap((c) => c.evidence)) {
      expect(kept.get(id)?.text, id).toBe(analysis.sentences.find((s) => s.id === id)!.text);
    }
    expect(record.analysis.sentences[0]).not.toHaveProperty('scores');
    expect(await savedSiteList()).toEqual([expect.objectContaining({ site: 'seed1.no', grade: analysis.score.grade, points: analysis.score.points, title: analysis.title })]);
  });

  it('keeps the grade of a replaced copy in the history when the policy text changed', async () => {
    const before = await seedAnalysis(1);
    const after = await seedAnalysis(1, before.url, (html) => html.replace('</main>', '<p>Vi lagrer kjøpshistorikk i 3 år.</p></main>'));
    await saveSite('seed1.no', before.url, before, null, 1);
    await saveSite('seed1.no', before.url, before, null, 2);
    expect((await savedSite('seed1.no'))!.history).toEqual([]);
    await saveSite('seed1.no', after.url, after, null, 3);
    expect((await savedSite('seed1.no'))!.history).toEqual([{ savedAt: 2, textHash: before.textHash, grade: before.score.grade, points: before.score.points }]);
  });

  it('marks a re-read policy with the same text as checked, keeping the saved date and cookies', async () => {
    const analysis = await seedAnalysis(2);
    await saveSite('seed2.no', analysis.url, analysis, cookies, 10);
    await markSavedSiteChecked('seed2.no', analysis, 99);
    expect(await savedSite('seed2.no')).toMatchObject({ savedAt: 10, checkedAt: 99, cookies });
    expect((await savedSiteList())[0]).toMatchObject({ savedAt: 10, checkedAt: 99 });
  });

  it('removes a site and can put it back (undo)', async () => {
    const analysis = await seedAnalysis(2);
    await saveSite('seed2.no', analysis.url, analysis, null, 10);
    await saveSite('other.no', analysis.url, analysis, null, 20);
    const removed = (await removeSavedSite('seed2.no'))!;
    expect(await savedSite('seed2.no')).toBeNull();
    expect((await savedSiteList()).map((s) => s.site)).toEqual(['other.no']);
    await restoreSavedSites([removed]);
    expect((await savedSiteList()).map((s) => s.site)).toEqual(['other.no', 'seed2.no']);
  });

  it('holds 200 saved sites of real policies within Chrome storage.local quota (10 MB)', async () => {
    limitStorageTo(10_485_760);
    const analyses = await Promise.all([0, 1, 2, 3, 4].map((n) => seedAnalysis(n)));
    for (let i = 0; i < 200; i++) {
      const result = await saveSite(`shop${i}.no`, `https://shop${i}.no/personvern`, analyses[i % 5]!, cookies, 1_000 + i);
      expect(result.ok, `site ${i}`).toBe(true);
    }
    const list = await savedSiteList();
    expect(list).toHaveLength(200);
    expect(list[0]!.site).toBe('shop199.no');
    expect((await savedSites()).every((record) => record.analysis.sentences.length > 0)).toBe(true);
    // Measured: 200 records of the five seed policies (with a cookie) take 4.05 MB, 39% of the quota.
    expect(await storageBytes()).toBeLessThan(5_000_000);
  });

  it('when space runs out, says so and loses nothing saved earlier', async () => {
    const small = await seedAnalysis(1);
    const large = await seedAnalysis(3);
    await saveSite('a.no', small.url, small, cookies, 1);
    await saveSite('b.no', small.url, small, null, 2);
    const before = await fakeBrowser.storage.local.get();
    limitStorageTo((await storageBytes()) + 5_000);
    expect(await saveSite('c.no', large.url, large, cookies, 3)).toEqual({ ok: false, reason: 'storage-full', savedSites: 2 });
    // Re-saving a site that is already saved, with a bigger copy, must not lose the copy it replaces either.
    expect(await saveSite('a.no', large.url, large, cookies, 4)).toMatchObject({ ok: false, reason: 'storage-full' });
    expect(await fakeBrowser.storage.local.get()).toEqual(before);
  });

  it('makes room by dropping the analysis cache (rebuilt on demand) before giving up', async () => {
    const small = await seedAnalysis(1);
    const large = await seedAnalysis(3);
    await cacheAnalysis(large);
    await cacheAnalysis(await seedAnalysis(4));
    limitStorageTo((await storageBytes()) + 2_000);
    expect(await saveSite('a.no', small.url, small, null, 1)).toMatchObject({ ok: true });
    expect(await cachedAnalysis(large.url, large.version)).toBeNull();
    expect(await savedSite('a.no')).not.toBeNull();
  });

  it('keeps analysing when the cache cannot be written (storage full of saved sites)', async () => {
    const analysis = await seedAnalysis(3);
    limitStorageTo(1_000);
    await expect(cacheAnalysis(analysis)).resolves.toBeUndefined();
    expect(await cachedAnalysis(analysis.url, analysis.version)).toBeNull();
  });

  it('refuses a save past the saved-site limit instead of dropping the oldest', async () => {
    const analysis = await seedAnalysis(0);
    const record = { ...(await saveSite('x.no', analysis.url, analysis, null, 1), {}), ...(await savedSite('x.no'))! };
    await restoreSavedSites(Array.from({ length: MAX_SAVED_SITES }, (_, i) => ({ ...record, site: `s${i}.no`, savedAt: 10 + i })).slice(0, MAX_SAVED_SITES - 1));
    expect((await savedSiteList()).length).toBe(MAX_SAVED_SITES);
    expect(await saveSite('new.no', analysis.url, analysis, null, 5_000)).toEqual({ ok: false, reason: 'too-many', savedSites: MAX_SAVED_SITES });
    expect(await saveSite('x.no', analysis.url, analysis, null, 5_000)).toMatchObject({ ok: true });
  });

  it('imports: adds new sites, replaces older copies, keeps ours when it is as new, in one write', async () => {
    const analysis = await seedAnalysis(2);
    await saveSite('old.no', analysis.url, analysis, null, 100);
    await saveSite('newer.no', analysis.url, analysis, null, 500);
    const template = (await savedSite('old.no'))!;
    const result = await importSavedSites([
      { ...template, site: 'old.no', savedAt: 200 },
      { ...template, site: 'newer.no', savedAt: 300 },
      { ...template, site: 'fresh.no', savedAt: 400 },
    ]);
    expect(result).toMatchObject({ ok: true, added: ['fresh.no'], replaced: ['old.no'], kept: ['newer.no'], savedSites: 3 });
    expect((await savedSiteList()).map((s) => [s.site, s.savedAt])).toEqual([
      ['newer.no', 500],
      ['fresh.no', 400],
      ['old.no', 200],
    ]);
  });

  it('refuses an import that does not fit, changing nothing', async () => {
    const analysis = await seedAnalysis(3);
    await saveSite('mine.no', analysis.url, analysis, null, 100);
    const template = (await savedSite('mine.no'))!;
    const before = await fakeBrowser.storage.local.get();
    limitStorageTo((await storageBytes()) + 100_000);
    const many = Array.from({ length: 10 }, (_, i) => ({ ...template, site: `import${i}.no`, savedAt: 200 + i }));
    expect(await importSavedSites(many)).toMatchObject({ ok: false, reason: 'storage-full', savedSites: 1 });
    expect(await fakeBrowser.storage.local.get()).toEqual(before);
  });
});

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
    expect(await browser.storage.local.get('savedSites$')).toEqual({ 'savedSites$': { v: 3 } });
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
    expect(await browser.storage.local.get('savedSites$')).toEqual({ 'savedSites$': { v: 3 } });
    expect(Object.keys(await browser.storage.local.get()).filter((key) => key.startsWith('savedSite:')).sort()).toEqual(
      ['savedSite:a.myshopify.com', 'savedSite:github.io', 'savedSite:nordlys.no', 'savedSite:oslo.kommune.no'],
    );
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
