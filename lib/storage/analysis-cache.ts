import type { PolicyAnalysis } from '../types';
import { isQuotaError } from './quota';
import { serialised } from './serialise';
import { storage } from 'wxt/utils/storage';
import { analysisEntryKey, analysisIndexItem, LEGACY_ANALYSIS_CACHE_KEY, type SitePolicy, sitePoliciesItem } from './storage-items';

// A policy analysis is ~50–300 KB of JSON; 25 keeps the cache well under storage.local's 10 MB quota.
export const MAX_CACHED_ANALYSES = 25;
const MAX_SITES = 500;

const queue = serialised();

/**
 * Cache an analysis by its URL and text hash, newest first, dropping the oldest past the cap. When storage is
 * full (saved sites share the space), older entries are dropped until it fits; a cache is never worth an error.
 */
export function cacheAnalysis(analysis: PolicyAnalysis, now = Date.now()): Promise<void> {
  return queue(async () => {
    const index = (await analysisIndexItem.getValue()).filter((e) => e.url !== analysis.url);
    index.unshift({ url: analysis.url, textHash: analysis.textHash, cachedAt: now });
    await storage.removeItems(index.splice(MAX_CACHED_ANALYSES).map((e) => analysisEntryKey(e.url)));
    for (;;) {
      try {
        await storage.setItem(analysisEntryKey(analysis.url), analysis);
        await analysisIndexItem.setValue(index);
        return;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        const oldest = index.length > 1 ? index.pop() : undefined;
        if (!oldest) break;
        await storage.removeItem(analysisEntryKey(oldest.url));
      }
    }
    await storage.removeItem(analysisEntryKey(analysis.url)).catch(() => undefined);
    await analysisIndexItem.setValue(index.slice(1)).catch(() => undefined);
  });
}

/** Empty the analysis cache to make room (it is rebuilt on demand); true when it held anything. */
export function dropAnalysisCache(): Promise<boolean> {
  return queue(async () => {
    const index = await analysisIndexItem.getValue();
    const legacy = await storage.getItem<unknown[]>(LEGACY_ANALYSIS_CACHE_KEY);
    await storage.removeItems([...index.map((e) => analysisEntryKey(e.url)), LEGACY_ANALYSIS_CACHE_KEY]);
    if (index.length) await analysisIndexItem.setValue([]);
    return index.length > 0 || (legacy?.length ?? 0) > 0;
  });
}

/** The policy found earlier for a site. */
export async function sitePolicy(site: string): Promise<SitePolicy | null> {
  const sites = await sitePoliciesItem.getValue();
  return Object.hasOwn(sites, site) ? sites[site]! : null;
}

/** Remember which policy belongs to a site. */
export function rememberSitePolicy(site: string, policy: SitePolicy): Promise<void> {
  return queue(async () => {
    const sites = await sitePoliciesItem.getValue();
    delete sites[site];
    const entries = Object.entries(sites).slice(-(MAX_SITES - 1));
    // Remembering is a shortcut for the next visit: with storage full, the site is simply looked up again.
    await sitePoliciesItem.setValue(Object.fromEntries([...entries, [site, policy]])).catch((error: unknown) => {
      if (!isQuotaError(error)) throw error;
    });
  });
}
