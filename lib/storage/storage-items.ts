// Every stored value of the extension, declared once with a schema version (STYLE.md 8).
// Bump an item's version and add a migration when its shape changes; WXT runs the migrations when an item is
// defined. Saved sites have their own file (saved-sites-items.ts), so the background, which never reads them,
// does not bundle or run their migration.
import type * as v from 'valibot';
import type { ExtensionStorage } from './extension-storage';
import type { CachedAnalysisSchema, SitePolicySchema, TabStateSchema } from '../schemas/storage';

/** One cached analysis: the policy at `url` whose sentences hash to `textHash` (lib/schemas/storage.ts). */
export type CachedAnalysis = v.InferOutput<typeof CachedAnalysisSchema>;

/** The policy found for a site, so any page of the shop shows its scorecard at once. */
export type SitePolicy = v.InferOutput<typeof SitePolicySchema>;

/**
 * What the background knows about a tab (lib/schemas/storage.ts); analysed outcomes point into the analysis cache
 * rather than holding the analysis.
 */
export type TabState = v.InferOutput<typeof TabStateSchema>;

/**
 * Where the cached analysis of a policy URL is stored. One item per analysis: checking the cache reads
 * the small index and one analysis, not every cached analysis (25 × 50–300 KB; that read took 12–150 ms
 * of a cold worker's way to the badge).
 */
export const analysisEntryKey = (url: string) => `local:analysis:${url}` as const;

/** Before the index: every cached analysis in one array (dropped, never migrated: the cache is rebuilt on demand). */
export const LEGACY_ANALYSIS_CACHE_KEY = 'local:analysisCache' as const;

// Version 2: sites are named under the public-suffix list (a.myshopify.com, not myshopify.com). Entries keyed
// by the old rule could hand one shop's policy to another, so they are dropped; each site is looked up again.
const forgetSitesOfOldRule = () => ({});

/** The analysis cache's items: its index, newest first (each analysis is an item of its own, analysisEntryKey), and the policy found per site. */
export function defineAnalysisItems(storage: ExtensionStorage) {
  return {
    index: storage.defineItem<Omit<CachedAnalysis, 'analysis'>[]>('local:analysisIndex', { fallback: [], version: 1 }),
    sitePolicies: storage.defineItem<Record<string, SitePolicy>>('local:sitePolicies', {
      fallback: {},
      version: 2,
      migrations: { 2: forgetSitesOfOldRule },
    }),
  };
}

export type AnalysisItems = ReturnType<typeof defineAnalysisItems>;

/** The tab states. Session storage: survives the Chrome service worker being stopped, cleared when the browser closes. */
export function defineTabStatesItem(storage: ExtensionStorage) {
  return storage.defineItem<Record<string, TabState>>('session:tabStates', {
    fallback: {},
    version: 2,
    migrations: { 2: forgetSitesOfOldRule },
  });
}

export type TabStatesItem = ReturnType<typeof defineTabStatesItem>;
