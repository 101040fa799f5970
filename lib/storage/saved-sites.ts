// Saved sites for the comparison page: an index plus one record per site (schema 2, see saved-site-schema.ts).
// Every change is one storage write that succeeds whole or changes nothing, so running out of space never
// loses a site saved earlier: the caller gets { ok: false, reason: 'storage-full' } and tells the user.
import { storage } from 'wxt/utils/storage';
import type { CookieReport } from '../site-report/site-report-types';
import type { PolicyAnalysis } from '../types';
import { dropAnalysisCache } from './analysis-cache';
import { isQuotaError, StorageFullError, storedBytes } from './quota';
import { newSavedSite, type SavedAnalysis, type SavedSite, type SavedSiteSummary, summaryOf } from './saved-site-schema';
import { serialisedAcrossPages } from './serialise';
import { loadPublicSuffixes } from '../adapters/public-suffixes-adapter';
import { rekeySavedSites } from './rekey-saved-sites';
import { isV1Record, SAVED_SITES_INDEX_VERSION, SAVED_SITES_META_KEY, savedSiteKey, savedSitesItem } from './saved-sites-items';

// A guard against runaway imports, not a product limit: 500 typical policies take about 10 MB.
export const MAX_SAVED_SITES = 500;

/** The outcome of saving or importing: what is saved now, or why nothing changed. */
export type SaveResult =
  | { ok: true; savedAt: number; savedSites: number }
  | { ok: false; reason: 'storage-full' | 'too-many'; savedSites: number };

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
  // Plain JSON data only: a page's reactive state (Svelte 5 proxies) reaches chrome.storage as objects with
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
export function savedSiteList(): Promise<SavedSiteSummary[]> {
  return readIndex();
}

/** One saved site's record, or null. */
export async function savedSite(site: string): Promise<SavedSite | null> {
  return (await storage.getItem<SavedSite>(savedSiteKey(site))) ?? null;
}

/** The records of the given sites, in that order (sites not saved are left out). */
export async function savedSitesOf(sites: string[]): Promise<SavedSite[]> {
  if (sites.length === 0) return [];
  const values = await storage.getItems(sites.map((site) => savedSiteKey(site)));
  return values.map((entry) => entry.value as SavedSite | null).filter((record): record is SavedSite => record !== null);
}

/** Every saved record, newest first (for export). */
export async function savedSites(): Promise<SavedSite[]> {
  return savedSitesOf((await readIndex()).map((entry) => entry.site));
}

/** Save (or re-save) a site's analysis and cookies for comparison. */
export function saveSite(site: string, policyUrl: string, analysis: PolicyAnalysis | SavedAnalysis, cookies: CookieReport | null, now = Date.now()): Promise<SaveResult> {
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

/** The policy was read again and its text is the same: keep the saved copy, refresh its analysis and check date. */
export function markSavedSiteChecked(site: string, analysis: PolicyAnalysis | SavedAnalysis, now = Date.now()): Promise<SaveResult> {
  return saving(async () => {
    const index = await readIndex();
    const current = await savedSite(site);
    if (!current || current.textHash !== analysis.textHash) return { ok: true, savedAt: current?.savedAt ?? 0, savedSites: index.length };
    const record: SavedSite = { ...newSavedSite(site, current.policyUrl, analysis, current.cookies, current.savedAt, current), checkedAt: now };
    await writeAtomically([record], index.map((entry) => (entry.site === site ? summaryOf(record) : entry)));
    return { ok: true, savedAt: record.savedAt, savedSites: index.length };
  });
}

/** Remove a saved site; returns its record so the page can offer to undo. */
export function removeSavedSite(site: string): Promise<SavedSite | null> {
  return queue(async () => {
    const record = await savedSite(site);
    const index = await readIndex();
    // Index first: if the second step fails, an unlisted record is left over, never a listed site without data.
    await savedSitesItem.setValue(index.filter((entry) => entry.site !== site));
    await storage.removeItem(savedSiteKey(site));
    return record;
  });
}

/** Put back records (undo of a remove, or an import), merged into the index by save date, in one write. */
export function restoreSavedSites(records: SavedSite[]): Promise<SaveResult> {
  return saving(async () => {
    const index = await readIndex();
    const incoming = new Set(records.map((record) => record.site));
    const next = [...records.map(summaryOf), ...index.filter((entry) => !incoming.has(entry.site))].sort((a, b) => b.savedAt - a.savedAt);
    if (next.length > MAX_SAVED_SITES) return { ok: false, reason: 'too-many', savedSites: index.length };
    await writeAtomically(records, next);
    return { ok: true, savedAt: Math.max(0, ...records.map((record) => record.savedAt)), savedSites: next.length };
  });
}

/** What an import did: sites added, sites replaced by a newer copy, and sites kept because ours was as new. */
export type ImportResult = SaveResult & { added: string[]; replaced: string[]; kept: string[] };

/**
 * Import validated records: a site not saved yet is added, a newer copy replaces ours, an older one is skipped.
 * Files from versions that named sites by the old rule are moved to their site under the public-suffix list first.
 */
export async function importSavedSites(imported: SavedSite[]): Promise<ImportResult> {
  await loadPublicSuffixes();
  const records = rekeySavedSites(imported);
  const index = await readIndex();
  const ours = new Map(index.map((entry) => [entry.site, entry]));
  const added = records.filter((record) => !ours.has(record.site));
  const replaced = records.filter((record) => ours.has(record.site) && record.savedAt > ours.get(record.site)!.savedAt);
  const kept = records.filter((record) => !added.includes(record) && !replaced.includes(record));
  const names = (list: SavedSite[]) => list.map((record) => record.site);
  const result = added.length + replaced.length ? await restoreSavedSites([...added, ...replaced]) : { ok: true as const, savedAt: 0, savedSites: index.length };
  return { ...result, added: names(added), replaced: names(replaced), kept: names(kept) };
}
