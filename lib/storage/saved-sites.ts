import type { CookieReport } from '../site-report/site-report-types';
import type { PolicyAnalysis } from '../types';
import { serialised } from './serialise';
import { type SavedSite, savedSitesItem } from './storage-items';

// The comparison page shows two to four columns; a few dozen saved sites is plenty to pick from.
export const MAX_SAVED_SITES = 50;

const queue = serialised();

/** All saved sites, newest first. */
export function savedSites(): Promise<SavedSite[]> {
  return savedSitesItem.getValue();
}

/** Save (or re-save) a site's analysis and cookies for comparison; returns the number of saved sites. */
export function saveSite(site: string, policyUrl: string, analysis: PolicyAnalysis, cookies: CookieReport | null, now = Date.now()): Promise<number> {
  return queue(async () => {
    const sites = (await savedSitesItem.getValue()).filter((s) => s.site !== site);
    sites.unshift({ schemaVersion: 1, site, policyUrl, savedAt: now, textHash: analysis.textHash, analysis, cookies });
    const kept = sites.slice(0, MAX_SAVED_SITES);
    await savedSitesItem.setValue(kept);
    return kept.length;
  });
}

/** Remove a saved site. */
export function removeSavedSite(site: string): Promise<void> {
  return queue(async () => {
    await savedSitesItem.setValue((await savedSitesItem.getValue()).filter((s) => s.site !== site));
  });
}
