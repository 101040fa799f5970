import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analysisAt, hashOf } from '@/test/unit/valid-analysis';
import { extensionStores } from '@/test/unit/extension-stores';
import { MAX_CACHED_ANALYSES } from './index';

const analysis = (url: string, text = 'h1', version = 1) => analysisAt(url, { textHash: hashOf(text), version, grade: 'C' });

const { cacheAnalysis, cachedAnalysis, clearTabState, rememberSitePolicy, removeSavedSite, savedSites, savedSitesItem, saveSite, setTabState, sitePolicy, tabState, updateTabState } =
  extensionStores();

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('caches analyses by URL and text hash, and treats other engine versions as stale', async () => {
    await cacheAnalysis(analysis('https://a.no/personvern', 'abc'));
    expect(await cachedAnalysis('https://a.no/personvern', 1)).toMatchObject({ textHash: hashOf('abc') });
    expect(await cachedAnalysis('https://a.no/personvern', 1, hashOf('abc'))).not.toBeNull();
    expect(await cachedAnalysis('https://a.no/personvern', 1, hashOf('changed'))).toBeNull();
    expect(await cachedAnalysis('https://a.no/personvern', 2)).toBeNull();
    expect(await cachedAnalysis('https://b.no/personvern', 1)).toBeNull();
  });

  it('keeps the newest analyses up to the cap', async () => {
    for (let i = 0; i < MAX_CACHED_ANALYSES + 3; i++) await cacheAnalysis(analysis(`https://s${i}.no/p`), i);
    expect(await cachedAnalysis('https://s0.no/p', 1)).toBeNull();
    expect(await cachedAnalysis(`https://s${MAX_CACHED_ANALYSES + 2}.no/p`, 1)).not.toBeNull();
  });

  it('does not lose updates made at the same time', async () => {
    await Promise.all(['a', 'b', 'c'].map((s) => cacheAnalysis(analysis(`https://${s}.no/p`))));
    for (const s of ['a', 'b', 'c']) expect(await cachedAnalysis(`https://${s}.no/p`, 1)).not.toBeNull();
  });

  it('remembers the policy of a site', async () => {
    await rememberSitePolicy('a.no', { policyUrl: 'https://a.no/personvern', source: 'fetched', foundAt: 1 });
    expect(await sitePolicy('a.no')).toMatchObject({ policyUrl: 'https://a.no/personvern' });
    expect(await sitePolicy('b.no')).toBeNull();
  });

  it('forgets the site policies remembered under the old site rule (version 1), and the old one-array analysis cache', async () => {
    const browser = fakeBrowser;
    await browser.storage.local.set({
      sitePolicies: { 'myshopify.com': { policyUrl: 'https://a.myshopify.com/policies/privacy-policy', source: 'fetched', foundAt: 1 } },
      analysisCache: [{ url: 'https://a.no/p', textHash: 'h1', cachedAt: 1, analysis: analysis('https://a.no/p') }],
    });
    const storage = extensionStores();
    expect(await storage.sitePolicy('myshopify.com')).toBeNull();
    // The cache is one item per analysis now; the old array is not read (the cache rebuilds on demand).
    expect(await storage.cachedAnalysis('https://a.no/p', 1)).toBeNull();
    expect(await browser.storage.local.get('sitePolicies$')).toEqual({ 'sitePolicies$': { v: 2 } });
  });

  it('treats a damaged cached analysis as a miss, so the policy is analysed again', async () => {
    const url = 'https://a.no/personvern';
    const good = analysis(url, 'abc');
    const damaged = {
      'a sentence without labels': { ...good, sentences: [{ id: 's0', text: 'We collect your e-mail address.', heading: '', section: 0 }] },
      'a text hash that is not a hash': { ...good, textHash: 'not-a-hash' },
      'no scorecard': { ...good, score: undefined },
      'a grade that does not exist': { ...good, score: { ...good.score, grade: 'Z' } },
      'not an object': 'analysis',
    };
    for (const [what, value] of Object.entries(damaged)) {
      await cacheAnalysis(good);
      expect(await cachedAnalysis(url, 1), 'the good analysis').not.toBeNull();
      const textHash = typeof value === 'object' ? value.textHash : good.textHash;
      await fakeBrowser.storage.local.set({ [`analysis:${url}`]: value, analysisIndex: [{ url, textHash, cachedAt: 1 }] });
      expect(await cachedAnalysis(url, 1), what).toBeNull();
    }
  });

  it('reads a damaged tab state as none, and does not update it', async () => {
    const good = { url: 'https://a.no/', site: 'a.no', detection: null, outcome: null };
    const damaged = [
      { ...good, outcome: { state: 'exploded', site: 'a.no', url: 'https://a.no/' } },
      { ...good, outcome: { state: 'analysed', policyUrl: 'https://a.no/p', textHash: 'not-a-hash', source: 'fetched' } },
      { ...good, detection: { kind: 'privacy-policy' } },
      { ...good, url: 42 },
      'tab',
    ];
    for (const value of damaged) {
      await fakeBrowser.storage.session.set({ tabStates: { 4: value }, 'tabStates$': { v: 2 } });
      expect(await tabState(4), JSON.stringify(value)).toBeNull();
      expect(await updateTabState(4, 'https://a.no/', { outcome: null })).toBe(false);
    }
    await fakeBrowser.storage.session.set({ tabStates: { 4: good } });
    expect(await tabState(4)).toEqual(good);
  });

  it('keeps per-tab state and refuses updates for a page the tab has left', async () => {
    await setTabState(4, { url: 'https://a.no/', site: 'a.no', detection: null, outcome: null });
    expect(await updateTabState(4, 'https://a.no/other', { outcome: null })).toBe(false);
    expect(await updateTabState(4, 'https://a.no/', { outcome: { state: 'analysing', site: 'a.no', url: 'https://a.no/', step: 'fetching' } })).toBe(true);
    expect((await tabState(4))?.outcome).toMatchObject({ state: 'analysing' });
    await clearTabState(4);
    expect(await tabState(4)).toBeNull();
  });

  it('saves sites for comparison with a schema version, newest first, once per site', async () => {
    await saveSite('a.no', 'https://a.no/p', analysis('https://a.no/p', 'x'), null, 1);
    await saveSite('b.no', 'https://b.no/p', analysis('https://b.no/p', 'y'), null, 2);
    await saveSite('a.no', 'https://a.no/p', analysis('https://a.no/p', 'z'), null, 3);
    const sites = await savedSites();
    expect(sites.map((s) => [s.site, s.textHash, s.savedAt, s.schemaVersion])).toEqual([
      ['a.no', hashOf('z'), 3, 3],
      ['b.no', hashOf('y'), 2, 3],
    ]);
    await removeSavedSite('a.no');
    expect((await savedSites()).map((s) => s.site)).toEqual(['b.no']);
  });

  it('stores an index under savedSites (version 4) and one record per site', async () => {
    await saveSite('a.no', 'https://a.no/p', analysis('https://a.no/p'), null);
    const raw = await fakeBrowser.storage.local.get(['savedSites', 'savedSite:a.no']);
    expect((raw.savedSites as { site: string }[])[0]!.site).toBe('a.no');
    expect(raw['savedSite:a.no']).toMatchObject({ schemaVersion: 3, site: 'a.no' });
    expect(((await savedSitesItem.getMeta()) as { v?: number }).v).toBe(4);
  });
});
