// Finding a site's policy when the popup asks: the pasted URL, else the page itself when it is a policy, else
// the page's best policy links and a few common paths, fetched, parsed and analysed in turn until one is a policy.
import { isPolicyCandidate, detectionAfterAnalysis, isPrivacyPolicyCandidate } from '../detect/practice-evidence';
import { commonPolicyUrls, type PolicyLinkCandidate } from '../find-policy/find-policy-link';
import { rankPolicyLinks } from '../find-policy/rank-policy-links';
import { mayFetchPolicyLink } from '../find-policy/safe-candidate';
import type { PolicyReport } from '../messaging/messages';
import { isRestrictedUrl, samePage } from '../site/restricted-url';
import { text } from '../text/text';
import type { AnalysisSteps } from './analysis-steps';
import type { ReporterDeps } from './reporter-deps';
import { siteNamer } from './site-name';
import type { AnalysisStep, PolicySource, TabReport } from './tab-report-types';

// Links tried per site before giving up: the page's best links, then a few common paths.
const MAX_LINKS_TRIED = 3;
const MAX_COMMON_PATHS_TRIED = 4;

/** What the search needs besides the deps: the shared analysis steps, and the live-page reading and tab report. */
export interface PolicySearchParts {
  steps: AnalysisSteps;
  readLivePolicy(tabId: number, report: PolicyReport, pageUrl: string): Promise<void>;
  reportForTab(tabId: number): Promise<TabReport>;
}

/** The popup's "analyse this site", on the reporter's deps. */
export function createPolicySearch(deps: ReporterDeps, { steps, readLivePolicy, reportForTab }: PolicySearchParts) {
  const { store, web } = deps;
  const siteOfUrl = siteNamer(deps);

  /**
   * Where the search is, written to the tab's state: the popup reads it while it waits, and reads it the same way
   * after the service worker was stopped and started again (one mechanism, no progress messages).
   */
  const progress = (tabId: number, url: string, site: string, step: AnalysisStep) => store.updateTabState(tabId, url, { outcome: { state: 'analysing', site, url, step } });

  /** Fetch, parse and analyse candidate policy URLs in order until one is a policy. */
  async function tryCandidates(tabId: number, url: string, site: string, candidates: PolicyLinkCandidate[], source: PolicySource): Promise<TabReport> {
    const tried: string[] = [];
    let lastFailure: TabReport | null = null;
    for (const candidate of candidates) {
      if (tried.includes(candidate.url)) continue;
      tried.push(candidate.url);
      try {
        await progress(tabId, url, site, 'fetching');
        const fetched = await web.fetchPage(candidate.url);
        await progress(tabId, url, site, 'extracting');
        const parsed = await web.parsePage(fetched.html, fetched.url);
        // A pasted URL is the user's word that it is the policy; a guessed one must look like one…
        if (source !== 'pasted' && !isPolicyCandidate(parsed.detection)) continue;
        await progress(tabId, url, site, 'analysing');
        const { outcome } = await steps.analyseCached(parsed.extracted);
        // …and read like one: a terms page or a blog post about privacy is passed over.
        if (source !== 'pasted' && outcome.ok && detectionAfterAnalysis(parsed.detection, outcome).kind === 'none') continue;
        const { stored, report } = await steps.settle(outcome, site, url, fetched.url, source);
        await store.updateTabState(tabId, url, { outcome: stored });
        if (report.state === 'analysed' || source === 'pasted') return report;
        lastFailure = report;
      } catch (error) {
        deps.warn(`could not read ${candidate.url}: ${String(error)}`);
        if (source === 'pasted') {
          const failed: TabReport = { state: 'failed', site, url, policyUrl: candidate.url, reason: text('failCouldNotRead', candidate.url, String(error)) };
          await store.updateTabState(tabId, url, { outcome: failed });
          return failed;
        }
      }
    }
    if (lastFailure) return lastFailure;
    const report: TabReport = { state: 'no-policy-found', site, url, tried };
    await store.updateTabState(tabId, url, { outcome: report });
    return report;
  }

  /** The popup asks to analyse the site: the pasted URL, or the policy found from the current page. */
  return async function analyseSite(tabId: number, pastedUrl?: string): Promise<TabReport> {
    const tab = await deps.tabs.get(tabId);
    const url = tab?.url;
    if (!url || isRestrictedUrl(url)) return { state: 'restricted', url: url ?? '' };
    const site = await siteOfUrl(url);
    const state = await store.tabState(tabId);
    if (!state || !samePage(state.url, url)) await store.setTabState(tabId, { url, site, detection: null, outcome: null });
    if (pastedUrl) return tryCandidates(tabId, url, site, [{ url: pastedUrl, text: '', score: 0, source: 'link', kind: 'privacy' }], 'pasted');

    await progress(tabId, url, site, 'finding-link');
    const info = await deps.page.info(tabId);
    // The page is itself a policy whose report never arrived (or was forgotten): read the live page
    // (what the user sees, logged in or not, text drawn in by script), and fetch it only without a content script.
    const isCandidate = !!info && isPrivacyPolicyCandidate(info.detection);
    const live = isCandidate ? await deps.page.livePolicy(tabId, url) : null;
    if (live) {
      await progress(tabId, url, site, 'analysing');
      await readLivePolicy(tabId, live, url);
      const report = await reportForTab(tabId);
      if (report.state !== 'not-analysed') return report;
    }
    const itself: PolicyLinkCandidate[] = isCandidate && !live ? [{ url, text: '', score: 99, source: 'link', kind: 'privacy' }] : [];
    let links = info?.policyLinks;
    if (!links) {
      // No content script (the page was open before install): read the page's links from a fetched copy.
      links = await web
        .fetchPage(url)
        .then((page) => web.parsePage(page.html, page.url))
        .then((parsed) => parsed.policyLinks)
        .catch(() => []);
    }
    const found = rankPolicyLinks(links, url)
      .filter((link) => mayFetchPolicyLink(link.url, url))
      .slice(0, MAX_LINKS_TRIED);
    const candidates = [...itself, ...found, ...commonPolicyUrls(url).slice(0, MAX_COMMON_PATHS_TRIED)];
    return tryCandidates(tabId, url, site, candidates, 'fetched');
  };
}
