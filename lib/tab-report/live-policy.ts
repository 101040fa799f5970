// A policy read from the live page of a tab (reported by its content script, or asked for): analysed, confirmed
// by its sentences, and its grade shown on the tab's badge before anything is stored.
import { detectionAfterAnalysis } from '../detect/practice-evidence';
import type { PolicyReport } from '../messaging/messages';
import { samePage } from '../site/restricted-url';
import type { AnalysisSteps } from './analysis-steps';
import type { ReporterDeps } from './reporter-deps';
import { siteNamer } from './site-name';

/** Reads live policies into the tab's state and badge. */
export function createLivePolicyReader(deps: Pick<ReporterDeps, 'store' | 'tabs' | 'badge' | 'loadPublicSuffixes'>, steps: AnalysisSteps) {
  const { store, badge } = deps;
  const siteOfUrl = siteNamer(deps);

  /** Is the tab still showing `pageUrl`? (A grade must not land on the page a tab moved on to.) */
  async function stillOn(tabId: number, pageUrl: string): Promise<boolean> {
    const tab = await deps.tabs.get(tabId);
    return tab?.url !== undefined && samePage(tab.url, pageUrl);
  }

  /** Analyse a policy read from the live page of a tab and show the result on its badge. */
  return async function readLivePolicy(tabId: number, report: PolicyReport, pageUrl: string): Promise<void> {
    // The analysis starts at once; naming the site (a cold worker's first public-suffix lookup loads the
    // list) runs beside it instead of before it.
    const analysed = steps.analyseCached(report.extracted);
    analysed.catch(() => undefined); // awaited below; this only keeps a failure while naming the site quiet
    const site = await siteOfUrl(pageUrl);
    const analysing = store.setTabState(tabId, {
      url: pageUrl,
      site,
      detection: report.detection,
      outcome: { state: 'analysing', site, url: pageUrl, step: 'analysing' },
      updatedAt: Date.now(),
    });
    const { outcome, fromCache } = await analysed;
    await analysing;
    // A page reported as a candidate is a policy only if its sentences state practices like one.
    const confirmed = detectionAfterAnalysis(report.detection, outcome);
    if (confirmed.kind === 'none') {
      await store.updateTabState(tabId, pageUrl, { detection: confirmed, outcome: null });
      return;
    }
    // The badge is what the user waits for: it goes up before the cache and tab state are written.
    if (await stillOn(tabId, pageUrl)) {
      if (outcome.ok) await badge.showGrade(tabId, outcome.analysis.score.grade);
      else if (outcome.error === 'unsupported-language' && outcome.language) await badge.showUnsupported(tabId, outcome.language.code);
    }
    const { stored } = await steps.settle(outcome, site, pageUrl, report.url, 'this-page');
    if (fromCache) await store.rememberSitePolicy(site, { policyUrl: report.url, source: 'this-page', foundAt: Date.now() });
    if (!(await store.updateTabState(tabId, pageUrl, { outcome: stored }))) await badge.clear(tabId);
  };
}
