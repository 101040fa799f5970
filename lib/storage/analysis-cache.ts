// The analysis cache and the policy found per site, written by the background (and emptied by any page that
// needs the space for saved sites). Reading an analysis back, checked against its schema, is cached-analysis.ts.
import type { PolicyAnalysis } from '../types';
import type { ExtensionStorage } from './extension-storage';
import { isQuotaError } from './quota';
import { serialised } from './serialise';
import { type AnalysisItems, analysisEntryKey, LEGACY_ANALYSIS_CACHE_KEY, type SitePolicy } from './storage-items';

// A policy analysis is ~50–300 KB of JSON; 25 keeps the cache well under storage.local's 10 MB quota.
export const MAX_CACHED_ANALYSES = 25;
const MAX_SITES = 500;

/** The analysis cache's writes and the site policies, on `storage` (one queue per cache: updates never interleave). */
export function createAnalysisCache(storage: ExtensionStorage, items: AnalysisItems) {
  const queue = serialised();
  const { index: analysisIndexItem, sitePolicies: sitePoliciesItem } = items;

  return {
    /**
     * Cache an analysis by its URL and text hash, newest first, dropping the oldest past the cap. When storage is
     * full (saved sites share the space), older entries are dropped until it fits; a cache is never worth an error.
     */
    cacheAnalysis(analysis: PolicyAnalysis, now = Date.now()): Promise<void> {
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
    },

    /** Empty the analysis cache to make room (it is rebuilt on demand); true when it held anything. */
    dropAnalysisCache: createAnalysisCacheDrop(storage, items, queue),

    /** The policy found earlier for a site. */
    async sitePolicy(site: string): Promise<SitePolicy | null> {
      const sites = await sitePoliciesItem.getValue();
      return Object.hasOwn(sites, site) ? sites[site]! : null;
    },

    /** Remember which policy belongs to a site. */
    rememberSitePolicy(site: string, policy: SitePolicy): Promise<void> {
      return queue(async () => {
        const sites = await sitePoliciesItem.getValue();
        delete sites[site];
        const entries = Object.entries(sites).slice(-(MAX_SITES - 1));
        // Remembering is a shortcut for the next visit: with storage full, the site is simply looked up again.
        await sitePoliciesItem.setValue(Object.fromEntries([...entries, [site, policy]])).catch((error: unknown) => {
          if (!isQuotaError(error)) throw error;
        });
      });
    },
  };
}

/**
 * Emptying the analysis cache alone (it is rebuilt on demand): what pages that save sites need when storage is
 * full, without the cache's other code. Resolves to true when the cache held anything.
 */
export function createAnalysisCacheDrop(storage: ExtensionStorage, items: AnalysisItems, queue = serialised()): () => Promise<boolean> {
  return () =>
    queue(async () => {
      const index = await items.index.getValue();
      const legacy = await storage.getItem<unknown[]>(LEGACY_ANALYSIS_CACHE_KEY);
      await storage.removeItems([...index.map((e) => analysisEntryKey(e.url)), LEGACY_ANALYSIS_CACHE_KEY]);
      if (index.length) await items.index.setValue([]);
      return index.length > 0 || (legacy?.length ?? 0) > 0;
    });
}

export type AnalysisCache = ReturnType<typeof createAnalysisCache>;
