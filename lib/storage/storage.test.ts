import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PolicyAnalysis } from '../types';
import {
  cacheAnalysis,
  cachedAnalysis,
  clearTabState,
  MAX_CACHED_ANALYSES,
  rememberSitePolicy,
  removeSavedSite,
  savedSites,
  saveSite,
  setTabState,
  sitePolicy,
  tabState,
  updateTabState,
} from './index';
import { savedSitesItem } from './saved-sites-items';

const analysis = (url: string, textHash = 'h1', version = 1) =>
  ({ version, url, textHash, title: 'Privacy', sentences: [], facts: {}, score: { grade: 'C', points: 50 } }) as unknown as PolicyAnalysis;

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('caches analyses by URL and text hash, and treats other engine versions as stale', async () => {
    await cacheAnalysis(analysis('https://a.no/personvern', 'abc'));
    expect(await cachedAnalysis('https://a.no/personvern', 1)).toMatchObject({ textHash: 'abc' });
    expect(await cachedAnalysis('https://a.no/personvern', 1, 'abc')).not.toBeNull();
    expect(await cachedAnalysis('https://a.no/personvern', 1, 'changed')).toBeNull();
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
    vi.resetModules();
    const { fakeBrowser: browser } = await import('wxt/testing/fake-browser');
    browser.reset();
    await browser.storage.local.set({
      sitePolicies: { 'myshopify.com': { policyUrl: 'https://a.myshopify.com/policies/privacy-policy', source: 'fetched', foundAt: 1 } },
      analysisCache: [{ url: 'https://a.no/p', textHash: 'h1', cachedAt: 1, analysis: analysis('https://a.no/p') }],
    });
    const storage = await import('./index');
    expect(await storage.sitePolicy('myshopify.com')).toBeNull();
    // The cache is one item per analysis now; the old array is not read (the cache rebuilds on demand).
    expect(await storage.cachedAnalysis('https://a.no/p', 1)).toBeNull();
    expect(await browser.storage.local.get('sitePolicies$')).toEqual({ 'sitePolicies$': { v: 2 } });
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
      ['a.no', 'z', 3, 2],
      ['b.no', 'y', 2, 2],
    ]);
    await removeSavedSite('a.no');
    expect((await savedSites()).map((s) => s.site)).toEqual(['b.no']);
  });

  it('stores an index under savedSites (version 3) and one record per site', async () => {
    await saveSite('a.no', 'https://a.no/p', analysis('https://a.no/p'), null);
    const raw = await fakeBrowser.storage.local.get(['savedSites', 'savedSite:a.no']);
    expect((raw.savedSites as { site: string }[])[0]!.site).toBe('a.no');
    expect(raw['savedSite:a.no']).toMatchObject({ schemaVersion: 2, site: 'a.no' });
    expect(((await savedSitesItem.getMeta()) as { v?: number }).v).toBe(3);
  });
});
