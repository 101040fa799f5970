// Saved sites for the comparison page: an index plus one record per site (schema 2, see saved-site-schema.ts).
// Reading and saving here (what the popup needs); removing, restoring, importing in saved-site-edits.ts.
// Every change is one storage write that succeeds whole or changes nothing, so running out of space never
// loses a site saved earlier: the caller gets { ok: false, reason: 'storage-full' } and tells the user.
import type { CookieReport } from '../cookies/cookie-types';
import type { PolicyAnalysis } from '../types';
import type { ExtensionStorage, LoadPublicSuffixes } from './extension-storage';
import { isQuotaError, StorageFullError, storedBytes } from './quota';
import { newSavedSite, type SavedAnalysis, type SavedSite, type SavedSiteSummary, summaryOf } from './saved-site-schema';
import { serialisedAcrossPages } from './serialise';
import { isV1Record, SAVED_SITES_INDEX_VERSION, SAVED_SITES_META_KEY, savedSiteKey, defineSavedSitesItem } from './saved-sites-items';

// A guard against runaway imports, not a product limit: 500 typical policies take about 10 MB.
export const MAX_SAVED_SITES = 500;

/** The outcome of saving or importing: what is saved now, or why nothing changed. */
export type SaveResult =
  | { ok: true; savedAt: number; savedSites: number }
  | { ok: false; reason: 'storage-full' | 'too-many'; savedSites: number };

/** What saved sites need besides storage: the public-suffix list (to move sites saved under the old rule) and a way to free space. */
export interface SavedSitesNeeds {
  loadPublicSuffixes: LoadPublicSuffixes;
  /** Empty the analysis cache (rebuilt on demand); true when it held anything. */
  dropAnalysisCache(): Promise<boolean>;
}

/** The saved sites on `storage`. Creating them defines the index item, which runs its migrations. */
export function createSavedSites(storage: ExtensionStorage, { loadPublicSuffixes, dropAnalysisCache }: SavedSitesNeeds) {
  const savedSitesItem = defineSavedSitesItem(storage, loadPublicSuffixes);
  const queue = serialisedAcrossPages('policy-lens:saved-sites');

  /** The index, migrating first if WXT's migration at start-up failed (it only logs; this throws the reason). */
  async function readIndex(): Promise<SavedSiteSummary[]> {
    const index = await savedSitesItem.getValue();
    const version = ((await savedSitesItem.getMeta()) as { v?: number }).v ?? SAVED_SITES_INDEX_VERSION;
    if (!index.some(isV1Record) && (index.length === 0 || version >= SAVED_SITES_INDEX_VERSION)) return index;
    await savedSitesItem.migrate();
    return savedSitesItem.getValue();
  }

  /** Write records and the index in one storage.local.set. When space runs out, the analysis cache (which is
   *  rebuilt on demand) is dropped and the write tried once more; then StorageFullError. */
  async function writeAtomically(records: SavedSite[], index: SavedSiteSummary[]): Promise<void> {
    // Plain JSON data only: a page's reactive state (Svelte 5 proxies) reaches storage.local as objects with
    // numbered keys instead of arrays (seen in Chromium 156; fakeBrowser copies it fine, so the e2e test guards this).
    const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    const items = [
      ...records.map((record) => ({ key: savedSiteKey(record.site), value: plain(record) as unknown })),
      { key: savedSitesItem.key, value: plain(index) },
      { key: SAVED_SITES_META_KEY, value: { v: SAVED_SITES_INDEX_VERSION } },
    ];
    const write = () => storage.setItems(items);
    try {
      await write();
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      const bytes = items.reduce((sum, item) => sum + storedBytes(item.key, item.value), 0);
      if (!(await dropAnalysisCache())) throw new StorageFullError(bytes);
      await write().catch((retryError: unknown) => {
        throw isQuotaError(retryError) ? new StorageFullError(bytes) : retryError;
      });
    }
  }

  /** Run a change; a full storage becomes a result instead of an exception. */
  async function saving(change: () => Promise<SaveResult>): Promise<SaveResult> {
    try {
      return await queue(change);
    } catch (error) {
      if (error instanceof StorageFullError) return { ok: false, reason: 'storage-full', savedSites: (await readIndex()).length };
      throw error;
    }
  }

  /** All saved sites' index lines, newest first. */
  function savedSiteList(): Promise<SavedSiteSummary[]> {
    return readIndex();
  }

  /** One saved site's record, or null. */
  async function savedSite(site: string): Promise<SavedSite | null> {
    return (await storage.getItem<SavedSite>(savedSiteKey(site))) ?? null;
  }

  /** The records of the given sites, in that order (sites not saved are left out). */
  async function savedSitesOf(sites: string[]): Promise<SavedSite[]> {
    if (sites.length === 0) return [];
    const values = await storage.getItems(sites.map((site) => savedSiteKey(site)));
    return values.map((entry) => entry.value as SavedSite | null).filter((record): record is SavedSite => record !== null);
  }

  /** Every saved record, newest first (for export). */
  async function savedSites(): Promise<SavedSite[]> {
    return savedSitesOf((await readIndex()).map((entry) => entry.site));
  }

  /** Save (or re-save) a site's analysis and cookies for comparison. */
  function saveSite(site: string, policyUrl: string, analysis: PolicyAnalysis | SavedAnalysis, cookies: CookieReport | null, now = Date.now()): Promise<SaveResult> {
    return saving(async () => {
      const index = await readIndex();
      const others = index.filter((entry) => entry.site !== site);
      if (others.length >= MAX_SAVED_SITES) return { ok: false, reason: 'too-many', savedSites: index.length };
      const record = newSavedSite(site, policyUrl, analysis, cookies, now, await savedSite(site));
      const next = [summaryOf(record), ...others];
      await writeAtomically([record], next);
      return { ok: true, savedAt: now, savedSites: next.length };
    });
  }

  return {
    savedSitesItem,
    savedSiteList,
    savedSite,
    savedSitesOf,
    savedSites,
    saveSite,
    /** The steps saved-site-edits.ts builds its changes from. */
    writes: { storage, queue, saving, readIndex, writeAtomically, loadPublicSuffixes },
  };
}

export type SavedSites = ReturnType<typeof createSavedSites>;
