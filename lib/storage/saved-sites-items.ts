// The saved-site index item (schema 2) and its migration from schema 1. Kept apart from storage-items.ts so
// that only the pages that show saved sites (popup, comparison page) bundle it and run the migration.
import { storage } from 'wxt/utils/storage';
import { type SavedSite, savedSiteFromV1, type SavedSiteSummary, type SavedSiteV1, summaryOf } from './saved-site-schema';

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
export const savedSitesItem = /* @__PURE__ */ storage.defineItem<SavedSiteSummary[]>('local:savedSites', {
  fallback: [],
  version: 2,
  migrations: { 2: migrateSavedSitesToV2 },
});

/** WXT's version mark of the index (its meta key), written together with the index. */
export const SAVED_SITES_META_KEY = 'local:savedSites$' as const;
