// The popup's view of saved sites (Svelte 5 runes): is this site saved, has its policy changed since, and how
// many sites can be compared. Reads storage directly; saving goes through the background (it adds cookies).
import { type PolicyChanges, policyChanges } from '@/lib/compare/policy-changes';
import { savedAnalysisOf, type SavedSiteSummary } from '@/lib/storage/saved-site-schema';
import { savedSites } from '@/lib/adapters/storage-adapter';
import type { PolicyAnalysis } from '@/lib/types';

class SavedSiteState {
  /** How many sites are saved (for the link to the comparison page). */
  count = $state(0);
  /** This site's saved copy, when it is saved. */
  saved = $state<SavedSiteSummary | null>(null);
  /** What changed since the saved copy, when the policy text differs from it. */
  changes = $state<PolicyChanges | null>(null);
  /** The saved copy was just replaced by the current policy. */
  updated = $state(false);

  /** Look up the site's saved copy and compare it with the analysis shown. */
  async check(site: string, analysis: PolicyAnalysis): Promise<void> {
    // Saved sites that cannot be read (an upgrade that did not fit in storage) must not break the scorecard;
    // the comparison page shows the reason.
    const [list, record] = await Promise.all([savedSites.savedSiteList(), savedSites.savedSite(site)]).catch(() => [[], null] as const);
    this.count = list.length;
    this.saved = list.find((entry) => entry.site === site) ?? null;
    const changed = record !== null && record.textHash !== analysis.textHash;
    this.changes = changed ? policyChanges(record.analysis, savedAnalysisOf(analysis)) : null;
  }

  /** After saving from the popup: note whether a changed copy was replaced, and look again. */
  async afterSave(site: string, analysis: PolicyAnalysis): Promise<void> {
    this.updated = this.changes !== null;
    await this.check(site, analysis);
  }
}

export const savedSiteState = new SavedSiteState();
