// Every stored value of the extension, declared once with a schema version (STYLE.md 8).
// Bump an item's version and add a migration when its shape changes; WXT runs the migrations on first access.
import { storage } from 'wxt/utils/storage';
import type { PageDetection } from '../detect/detection-types';
import type { PolicySource, TabReport } from '../site-report/site-report-types';
import type { PolicyAnalysis } from '../types';
import { type SavedSite, savedSiteFromV1, type SavedSiteSummary, type SavedSiteV1, summaryOf } from './saved-site-schema';

export type { SavedSite, SavedSiteSummary } from './saved-site-schema';

/** One cached analysis: the policy at `url` whose sentences hash to `textHash`. */
export interface CachedAnalysis {
  url: string;
  textHash: string;
  cachedAt: number;
  analysis: PolicyAnalysis;
}

/** The policy found for a site, so any page of the shop shows its scorecard at once. */
export interface SitePolicy {
  policyUrl: string;
  source: PolicySource;
  foundAt: number;
}

/** What the background knows about a tab; analysed outcomes point into the analysis cache. */
export interface TabState {
  url: string;
  site: string;
  detection: PageDetection | null;
  /** The last outcome for this tab, without the analysis itself (that lives in the cache). */
  outcome: Exclude<TabReport, { state: 'analysed' | 'restricted' | 'not-analysed' }> | { state: 'analysed'; policyUrl: string; textHash: string; source: PolicySource } | null;
  /** When the outcome was last set (ms since the epoch). */
  updatedAt?: number;
}

export const analysisCacheItem = storage.defineItem<CachedAnalysis[]>('local:analysisCache', {
  fallback: [],
  version: 1,
});

export const sitePoliciesItem = storage.defineItem<Record<string, SitePolicy>>('local:sitePolicies', {
  fallback: {},
  version: 1,
});

// Session storage: survives the Chrome service worker being stopped, cleared when the browser closes.
export const tabStatesItem = storage.defineItem<Record<string, TabState>>('session:tabStates', {
  fallback: {},
  version: 1,
});

/** The storage key of one saved site's record (schema 2 keeps one record per site). */
export const savedSiteKey = (site: string) => `local:savedSite:${site}` as const;

/** True for a v1 record (a whole analysis in the index array). */
export const isV1Record = (entry: unknown): entry is SavedSiteV1 =>
  typeof entry === 'object' && entry !== null && typeof (entry as SavedSiteV1).site === 'string' && typeof (entry as SavedSiteV1).analysis === 'object';

/**
 * Migration 1 → 2: the v1 array of whole records becomes one compact record per site plus an index.
 * The records are written first; WXT then replaces the array with the index and sets the version in
 * one write, so a failure (e.g. storage full) leaves the v1 data as it was, to be migrated next time.
 */
export async function migrateSavedSitesToV2(value: unknown): Promise<SavedSiteSummary[]> {
  const entries = Array.isArray(value) ? (value as (SavedSiteV1 | SavedSiteSummary)[]) : [];
  // An index written without its version mark (never by this code, but cheap to survive) is already v2.
  if (!entries.some(isV1Record)) return entries as SavedSiteSummary[];
  const records: SavedSite[] = entries.filter(isV1Record).map(savedSiteFromV1);
  await storage.setItems(records.map((record) => ({ key: savedSiteKey(record.site), value: record })));
  return records.map(summaryOf);
}

/** The saved-site index, newest first; each record lives under savedSiteKey(site). */
export const savedSitesItem = storage.defineItem<SavedSiteSummary[]>('local:savedSites', {
  fallback: [],
  version: 2,
  migrations: { 2: migrateSavedSitesToV2 },
});

/** WXT's version mark of the index (its meta key), written together with the index. */
export const SAVED_SITES_META_KEY = 'local:savedSites$' as const;
