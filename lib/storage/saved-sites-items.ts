// The saved-site index item (index version 4, records of schema 3) and its migrations. Kept apart from storage-items.ts so
// that only the pages that show saved sites (popup, comparison page) bundle it and run the migration.
import type { ExtensionStorage, LoadPublicSuffixes } from './extension-storage';
import { rekeySavedSites } from './rekey-saved-sites';
import { type SavedSite, savedSiteFromV1, type SavedSiteSummary, type SavedSiteV1, type SavedSiteV2, summaryOf } from './saved-site-schema';

/** The version of the saved-site index (and of its meta mark, written with every change). */
export const SAVED_SITES_INDEX_VERSION = 4;

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
export async function migrateSavedSitesToV2(storage: ExtensionStorage, value: unknown): Promise<SavedSiteSummary[]> {
  const entries = Array.isArray(value) ? (value as (SavedSiteV1 | SavedSiteSummary)[]) : [];
  // An index written without its version mark (never by this code, but cheap to survive) is already v2.
  if (!entries.some(isV1Record)) return entries as SavedSiteSummary[];
  const records: SavedSiteV2[] = entries.filter(isV1Record).map(savedSiteFromV1);
  await storage.setItems(records.map((record) => ({ key: savedSiteKey(record.site), value: record })));
  return records.map(summaryOf);
}

/** WXT's version mark of the index (its meta key), written together with the index. */
export const SAVED_SITES_META_KEY = 'local:savedSites$' as const;

/**
 * Migration 2 → 3: records move to their site under the public-suffix list (a.myshopify.com instead of
 * myshopify.com). Moved records, the new index and its version mark are written in one storage write; only
 * then are the old keys removed (a failure between the two leaves unlisted copies, never a lost site).
 */
export async function rekeySavedSitesToV3(storage: ExtensionStorage, loadPublicSuffixes: LoadPublicSuffixes, value: unknown): Promise<SavedSiteSummary[]> {
  const index = Array.isArray(value) ? (value as SavedSiteSummary[]) : [];
  if (index.length === 0) return index;
  await loadPublicSuffixes();
  const stored = await storage.getItems(index.map((entry) => savedSiteKey(entry.site)));
  const records = stored.map((entry) => entry.value as SavedSite | null).filter((record): record is SavedSite => record !== null);
  const rekeyed = rekeySavedSites(records);
  const moved = rekeyed.filter((record, i) => record.site !== records[i]!.site);
  if (moved.length === 0) return index;
  const renamed = new Map(records.map((record, i) => [record.site, rekeyed[i]!]));
  const next = index.map((entry) => (renamed.has(entry.site) ? summaryOf(renamed.get(entry.site)!) : entry));
  await storage.setItems([
    ...moved.map((record) => ({ key: savedSiteKey(record.site), value: record })),
    { key: 'local:savedSites' as const, value: next },
    // Its own version, not the latest: a later migration that has not run yet must still run.
    { key: SAVED_SITES_META_KEY, value: { v: 3 } },
  ]);
  const kept = new Set(next.map((entry) => entry.site));
  const stale = records.filter((record) => !kept.has(record.site)).map((record) => savedSiteKey(record.site));
  await storage.removeItems(stale);
  return next;
}

/**
 * Migration 3 → 4: each record's texts become catalogue messages (record schema 3, migrate-texts.ts). The
 * rewritten records and the version mark go in one storage write; the index lines do not change.
 */
export async function savedSitesWithTextsV4(storage: ExtensionStorage, value: unknown): Promise<SavedSiteSummary[]> {
  const index = Array.isArray(value) ? (value as SavedSiteSummary[]) : [];
  if (index.length === 0) return index;
  const stored = await storage.getItems(index.map((entry) => savedSiteKey(entry.site)));
  const old = stored.map((entry) => entry.value as SavedSite | SavedSiteV2 | null).filter((record) => record !== null && record.schemaVersion !== 3);
  if (old.length === 0) return index;
  // Loaded here only: the rules that remake old texts stay out of the pages' bundles.
  const { savedSiteWithTexts } = await import('./migrate-texts');
  await storage.setItems([
    ...old.map((record) => ({ key: savedSiteKey(record!.site), value: savedSiteWithTexts(record!) })),
    { key: SAVED_SITES_META_KEY, value: { v: 4 } },
  ]);
  return index;
}

/** The saved-site index, newest first; each record lives under savedSiteKey(site). Defining it runs its migrations. */
export function defineSavedSitesItem(storage: ExtensionStorage, loadPublicSuffixes: LoadPublicSuffixes) {
  return storage.defineItem<SavedSiteSummary[]>('local:savedSites', {
    fallback: [],
    version: SAVED_SITES_INDEX_VERSION,
    migrations: {
      2: (value: unknown) => migrateSavedSitesToV2(storage, value),
      3: (value: unknown) => rekeySavedSitesToV3(storage, loadPublicSuffixes, value),
      4: (value: unknown) => savedSitesWithTextsV4(storage, value),
    },
  });
}

export type SavedSitesItem = ReturnType<typeof defineSavedSitesItem>;
