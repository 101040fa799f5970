import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedAnalysis } from '@/test/unit/seed-analyses';
import type { CookieReport } from '../cookies/cookie-types';
import { extensionStores } from '@/test/unit/extension-stores';
import { MAX_SAVED_SITES } from './index';
import { storedBytes } from './quota';

const cookies: CookieReport = {
  site: 'seed1.no',
  cookies: [{ name: '_ga', domain: '.seed1.no', path: '/', party: 'first', secure: false, httpOnly: false, sameSite: 'lax', session: false, expirationDate: 2e9, category: 'analytics', vendor: 'Google Analytics', vendorKey: 'google-analytics', purpose: null, basis: 'table', consentState: false }],
  counts: { essential: 0, functional: 0, analytics: 1, marketing: 0, unknown: 0 },
  thirdPartyHosts: [],
  services: [],
  pageInteracted: null,
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
