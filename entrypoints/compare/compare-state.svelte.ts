// The comparison page's state (Svelte 5 runes): saved sites, which of them are compared, and what the user
// is doing with them (re-reading a policy, removing, importing). The logic lives in lib/.
import { reanalysePolicy, storageUse } from '@/lib/adapters/compare-page-adapter';
import { compareSites, MAX_COMPARED, MIN_COMPARED } from '@/lib/compare/compare-sites';
import { policyChanges, type PolicyRecheck } from '@/lib/compare/policy-changes';
import { savedSiteEdits, savedSites } from '@/lib/adapters/storage-adapter';
import { type ImportResult, type SavedSite, type SavedSiteSummary, savedAnalysisOf } from '@/lib/storage';
import { parseSavedSitesFile } from '@/lib/storage/saved-sites-file';
import { type Text, verbatim } from '@/lib/text/text';

const { savedSiteList, savedSitesItem, savedSitesOf, saveSite } = savedSites;
const { importSavedSites, markSavedSiteChecked, removeSavedSite, restoreSavedSites } = savedSiteEdits;

/** A message for the user about the last action. */
export type Notice =
  | { kind: 'removed'; site: string }
  | { kind: 'imported'; result: ImportResult }
  | { kind: 'import-refused'; reason: Text }
  | { kind: 'storage-full' }
  | { kind: 'error'; text: string };

class CompareState {
  list = $state<SavedSiteSummary[]>([]);
  selected = $state<string[]>([]);
  records = $state<SavedSite[]>([]);
  loaded = $state(false);
  loadError = $state<string | null>(null);
  rechecks = $state<Record<string, PolicyRecheck>>({});
  notice = $state<Notice | null>(null);
  use = $state<{ bytes: number; quota: number | null } | null>(null);
  private removed: SavedSite | null = null;

  /** The comparison of the selected sites, in the order picked (null until two are picked). */
  comparison = $derived(this.records.length >= MIN_COMPARED ? compareSites(this.records) : null);

  /** Load the saved sites; pick the ones named in the address (?sites=a,b or ?site=a), else the newest few. */
  async open(): Promise<void> {
    const query = new URLSearchParams(location.search);
    const wanted = (query.get('sites') ?? query.get('site') ?? '').split(',').filter(Boolean);
    await this.reload();
    const known = new Set(this.list.map((s) => s.site));
    const picked = wanted.filter((site) => known.has(site));
    // Opened for one site (from the popup): compare it with the newest other saved sites.
    const fill = this.list.map((s) => s.site).filter((site) => !picked.includes(site));
    this.selected = [...picked, ...fill].slice(0, picked.length > 1 ? MAX_COMPARED : 3);
    await this.loadRecords();
    // Another tab (the popup, another comparison page) saving or removing a site updates this page.
    savedSitesItem.watch(() => void this.reload().then(() => this.loadRecords()));
  }

  async reload(): Promise<void> {
    try {
      this.list = await savedSiteList();
      const known = new Set(this.list.map((s) => s.site));
      this.selected = this.selected.filter((site) => known.has(site));
      this.loadError = null;
    } catch (error) {
      this.loadError = String(error);
    }
    this.loaded = true;
    this.use = await storageUse();
  }

  private async loadRecords(): Promise<void> {
    this.records = await savedSitesOf(this.selected);
    // Keep the picked sites in the address, so a reload or a bookmark shows the same comparison.
    history.replaceState(null, '', `${location.pathname}${this.selected.length ? `?sites=${this.selected.map(encodeURIComponent).join(',')}` : ''}`);
  }

  /** Pick or unpick a site (at most four). */
  async toggle(site: string): Promise<void> {
    if (this.selected.includes(site)) this.selected = this.selected.filter((s) => s !== site);
    else if (this.selected.length < MAX_COMPARED) this.selected = [...this.selected, site];
    await this.loadRecords();
  }

  async remove(site: string): Promise<void> {
    this.removed = await removeSavedSite(site);
    this.notice = { kind: 'removed', site };
    delete this.rechecks[site];
    await this.reload();
    await this.loadRecords();
  }

  /** Put back the site removed last. */
  async undoRemove(): Promise<void> {
    if (!this.removed) return;
    const result = await restoreSavedSites([this.removed]);
    this.notice = result.ok ? null : { kind: 'storage-full' };
    if (result.ok) this.selected = [...this.selected, this.removed.site].slice(0, MAX_COMPARED);
    this.removed = null;
    await this.reload();
    await this.loadRecords();
  }

  /** Read a saved site's policy again and compare it with the saved copy. */
  async recheck(site: string): Promise<void> {
    const saved = (await savedSitesOf([site]))[0];
    if (!saved) return;
    this.rechecks[site] = { state: 'reading' };
    try {
      const reading = await reanalysePolicy(saved.policyUrl);
      if (!reading.ok) {
        this.rechecks[site] = { state: 'failed', reason: reading.reason };
      } else if (reading.analysis.textHash === saved.textHash) {
        const now = Date.now();
        await markSavedSiteChecked(site, reading.analysis, now);
        this.rechecks[site] = { state: 'unchanged', checkedAt: now };
        await this.reload();
        await this.loadRecords();
      } else {
        const changes = policyChanges(saved.analysis, savedAnalysisOf(reading.analysis));
        this.rechecks[site] = { state: 'changed', analysis: reading.analysis, changes, savedAt: saved.savedAt };
      }
    } catch (error) {
      this.rechecks[site] = { state: 'failed', reason: verbatim(String(error)) };
    }
  }

  /** Replace the saved copy with the policy as read now (keeping the cookies seen when it was saved). */
  async updateSaved(site: string): Promise<void> {
    const recheck = this.rechecks[site];
    const saved = (await savedSitesOf([site]))[0];
    if (recheck?.state !== 'changed' || !saved) return;
    const result = await saveSite(site, saved.policyUrl, recheck.analysis, saved.cookies);
    if (!result.ok) {
      this.notice = { kind: 'storage-full' };
      return;
    }
    this.rechecks[site] = { state: 'updated' };
    await this.reload();
    await this.loadRecords();
  }

  dismissRecheck(site: string): void {
    delete this.rechecks[site];
  }

  /** Import a saved-sites or comparison export; a refused file changes nothing. */
  async importFile(file: File): Promise<void> {
    const fileText = await file.text();
    // A file of the previous release (schema 2) is read through the text migration, loaded with the first import.
    const { schema2SitesWithTexts } = await import('@/lib/storage/migrate-texts');
    const parsed = parseSavedSitesFile(fileText, schema2SitesWithTexts);
    if (!parsed.ok) {
      this.notice = { kind: 'import-refused', reason: parsed.reason };
      return;
    }
    const result = await importSavedSites(parsed.sites);
    this.notice = result.ok ? { kind: 'imported', result } : result.reason === 'storage-full' ? { kind: 'storage-full' } : { kind: 'error', text: result.reason };
    await this.reload();
    if (result.ok && this.selected.length < MIN_COMPARED) this.selected = this.list.slice(0, 3).map((s) => s.site);
    await this.loadRecords();
  }

  /** Every saved record (for "export saved sites"). */
  allRecords(): Promise<SavedSite[]> {
    return savedSitesOf(this.list.map((s) => s.site));
  }
}

export const compare = new CompareState();
