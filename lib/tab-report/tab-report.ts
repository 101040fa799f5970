// What the popup is told about a tab at once: its stored outcome, else the remembered policy of its site from
// the cache, else "not analysed" with what the content script detected.
import { parse } from '../schemas/common';
import { SitePolicySchema } from '../schemas/storage';
import { isRestrictedUrl, samePage } from '../site/restricted-url';
import type { TabState } from '../storage';
import type { ReporterDeps } from './reporter-deps';
import { siteNamer } from './site-name';
import type { TabReport } from './tab-report-types';

// Analyses take well under a second; one still 'analysing' after this was cut off.
const STALE_ANALYSIS_MS = 30_000;

/** The tab reports, from the reporter's store. */
export function createTabReports(deps: Pick<ReporterDeps, 'store' | 'tabs' | 'engine' | 'loadPublicSuffixes'>) {
  const { store, engine } = deps;
  const siteOfUrl = siteNamer(deps);

  /** A stored tab outcome as the popup's report (analyses come from the cache). */
  async function materialise(state: TabState): Promise<TabReport | null> {
    const outcome = state.outcome;
    if (!outcome) return null;
    // An analysis that never finished (the service worker was stopped mid-way) is forgotten.
    if (outcome.state === 'analysing' && Date.now() - (state.updatedAt ?? 0) > STALE_ANALYSIS_MS) return null;
    if (outcome.state !== 'analysed') return outcome as TabReport;
    const analysis = await store.cachedAnalysis(outcome.policyUrl, engine.version, outcome.textHash);
    if (!analysis) return null;
    return { state: 'analysed', site: state.site, url: state.url, policyUrl: outcome.policyUrl, source: outcome.source, fromCache: false, analysis };
  }

  /** What we know about a tab, at once. */
  return async function reportForTab(tabId: number): Promise<TabReport> {
    const tab = await deps.tabs.get(tabId);
    const url = tab?.url;
    if (!url || isRestrictedUrl(url)) return { state: 'restricted', url: url ?? '' };
    const site = await siteOfUrl(url);
    const state = await store.tabState(tabId);
    if (state && samePage(state.url, url)) {
      const report = await materialise(state);
      if (report) return report;
    }
    // Storage is checked like any input: a damaged entry (or one naming a javascript: URL) is looked up again.
    const remembered = parse(SitePolicySchema, await store.sitePolicy(site));
    const known = remembered.ok ? remembered.value : null;
    if (known) {
      const analysis = await store.cachedAnalysis(known.policyUrl, engine.version);
      // The site's policy seen from another page of the site reads as fetched, not as "this page".
      const source = samePage(known.policyUrl, url) ? 'this-page' : known.source === 'pasted' ? 'pasted' : 'fetched';
      if (analysis) return { state: 'analysed', site, url, policyUrl: known.policyUrl, source, fromCache: true, analysis };
    }
    return { state: 'not-analysed', site, url, detection: state && samePage(state.url, url) ? state.detection : null };
  };
}
