import type { PolicyAnalysis } from '../types';
import { isQuotaError } from './quota';
import { serialised } from './serialise';
import { analysisCacheItem, type SitePolicy, sitePoliciesItem } from './storage-items';

// A policy analysis is ~50–300 KB of JSON; 25 keeps the cache well under storage.local's 10 MB quota.
export const MAX_CACHED_ANALYSES = 25;
const MAX_SITES = 500;

const queue = serialised();

/**
 * The cached analysis of the policy at `url` (with the same text, when a hash is given) made by engine
 * `version`: an analysis from another engine version is stale, so it is analysed again rather than shown.
 * (The version is passed in so that pages reading storage do not bundle the engine.)
 */
export async function cachedAnalysis(url: string, version: number, textHash?: string): Promise<PolicyAnalysis | null> {
  const entries = await analysisCacheItem.getValue();
  const entry = entries.find((e) => e.url === url && (textHash === undefined || e.textHash === textHash));
  return entry && entry.analysis.version === version ? entry.analysis : null;
}

/**
 * Cache an analysis by its URL and text hash, newest first, dropping the oldest past the cap. When storage is
 * full (saved sites share the space), older entries are dropped until it fits; a cache is never worth an error.
 */
export function cacheAnalysis(analysis: PolicyAnalysis, now = Date.now()): Promise<void> {
  return queue(async () => {
    const entries = (await analysisCacheItem.getValue()).filter((e) => e.url !== analysis.url);
    entries.unshift({ url: analysis.url, textHash: analysis.textHash, cachedAt: now, analysis });
    for (let keep = MAX_CACHED_ANALYSES; keep >= 1; keep = Math.floor(keep / 2)) {
      try {
        await analysisCacheItem.setValue(entries.slice(0, keep));
        return;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
      }
    }
    await analysisCacheItem.setValue([]).catch(() => undefined);
  });
}

/** Empty the analysis cache to make room (it is rebuilt on demand); true when it held anything. */
export function dropAnalysisCache(): Promise<boolean> {
  return queue(async () => {
    const had = (await analysisCacheItem.getValue()).length > 0;
    if (had) await analysisCacheItem.setValue([]);
    return had;
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
