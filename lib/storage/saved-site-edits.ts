// Changes the comparison page makes to saved sites: re-checking, removing, restoring and importing. Apart from
// saved-sites.ts so that the popup, which only reads and saves, does not bundle them.
import type { PolicyAnalysis } from '../types';
import { rekeySavedSites } from './rekey-saved-sites';
import { newSavedSite, type SavedAnalysis, type SavedSite, summaryOf } from './saved-site-schema';
import { MAX_SAVED_SITES, type SavedSites, type SaveResult } from './saved-sites';
import { savedSiteKey } from './saved-sites-items';

/** What an import did: sites added, sites replaced by a newer copy, and sites kept because ours was as new. */
export type ImportResult = SaveResult & { added: string[]; replaced: string[]; kept: string[] };

/** The comparison page's changes to `sites`, serialised with its saves. */
export function createSavedSiteEdits(sites: SavedSites) {
  const { savedSite, savedSitesItem } = sites;
  const { storage, queue, saving, readIndex, writeAtomically, loadPublicSuffixes } = sites.writes;

  /** The policy was read again and its text is the same: keep the saved copy, refresh its analysis and check date. */
  function markSavedSiteChecked(site: string, analysis: PolicyAnalysis | SavedAnalysis, now = Date.now()): Promise<SaveResult> {
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
  function removeSavedSite(site: string): Promise<SavedSite | null> {
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
  function restoreSavedSites(records: SavedSite[]): Promise<SaveResult> {
    return saving(async () => {
      const index = await readIndex();
      const incoming = new Set(records.map((record) => record.site));
      const next = [...records.map(summaryOf), ...index.filter((entry) => !incoming.has(entry.site))].sort((a, b) => b.savedAt - a.savedAt);
      if (next.length > MAX_SAVED_SITES) return { ok: false, reason: 'too-many', savedSites: index.length };
      await writeAtomically(records, next);
      return { ok: true, savedAt: Math.max(0, ...records.map((record) => record.savedAt)), savedSites: next.length };
    });
  }


  /**
   * Import validated records: a site not saved yet is added, a newer copy replaces ours, an older one is skipped.
   * Files from versions that named sites by the old rule are moved to their site under the public-suffix list first.
   */
  async function importSavedSites(imported: SavedSite[]): Promise<ImportResult> {
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

  return { markSavedSiteChecked, removeSavedSite, restoreSavedSites, importSavedSites };
}

export type SavedSiteEdits = ReturnType<typeof createSavedSiteEdits>;
