// What the background does, with every browser call injected (reporter-deps.ts): the entrypoint wires adapters
// in, tests wire fakes in. Each method answers one message or tab event; the work is in the files beside this.
import { buildCookieReport } from '../cookies/cookie-report';
import type { CookieReport } from '../cookies/cookie-types';
import { looksLikePolicyUrl } from '../detect/detect-policy-page';
import type { PolicyReading, PolicyReport } from '../messaging/messages';
import { isRestrictedUrl, samePage } from '../site/restricted-url';
import { thirdPartyHosts } from '../site/third-party-hosts';
import { text } from '../text/text';
import { createAnalysisSteps } from './analysis-steps';
import { createLivePolicyReader } from './live-policy';
import { createPolicySearch } from './policy-search';
import type { ReporterDeps } from './reporter-deps';
import { createEvidenceShower } from './show-evidence';
import { siteNamer } from './site-name';
import { createTabReports } from './tab-report';

export type { ReporterDeps, ReporterStore } from './reporter-deps';

/** The background's behaviour, independent of the browser. */
export function createSiteReporter(deps: ReporterDeps) {
  const { store } = deps;
  const siteOfUrl = siteNamer(deps);
  const steps = createAnalysisSteps(deps);
  const reportForTab = createTabReports(deps);
  const readLivePolicy = createLivePolicyReader(deps, steps);

  return {
    /**
     * A content script found a policy page (or a policy in a same-origin iframe of `pageUrl`): analyse it
     * (or reuse the cache) and show its grade on the badge.
     */
    policyPageReported: (tabId: number, report: PolicyReport, pageUrl = report.url) => readLivePolicy(tabId, report, pageUrl),

    /** The popup opened: what do we know about this tab, at once. */
    tabReport: reportForTab,

    /** The popup asks to analyse the site: the pasted URL, or the policy found from the current page. */
    analyseSite: createPolicySearch(deps, { steps, readLivePolicy, reportForTab }),

    /** The site's real cookies: first party and those of the third-party hosts the page loaded. */
    async cookieReport(tabId: number): Promise<CookieReport> {
      const tab = await deps.tabs.get(tabId);
      const url = tab?.url;
      if (!url || isRestrictedUrl(url)) return buildCookieReport('', [], [], deps.cookies.categorise);
      const site = await siteOfUrl(url);
      const info = await deps.page.info(tabId);
      const hosts = thirdPartyHosts(info?.loadedHosts ?? [], url);
      const seen = await deps.cookies.forPage(url, hosts);
      return buildCookieReport(site, seen, hosts, deps.cookies.categorise, { services: deps.cookies.describeHosts?.(hosts), pageInteracted: info?.interacted ?? null });
    },

    /** Show an evidence sentence in place: in this tab when it is the policy, else in a newly opened policy tab. */
    showEvidence: createEvidenceShower(deps, reportForTab),

    /** Read a saved site's policy again (comparison page), without a tab: fetch, parse, analyse, cache. */
    async reanalysePolicy(url: string): Promise<PolicyReading> {
      try {
        const fetched = await deps.web.fetchPage(url);
        const parsed = await deps.web.parsePage(fetched.html, fetched.url);
        const { outcome } = await steps.analyseCached(parsed.extracted);
        if (!outcome.ok) return { ok: false, reason: outcome.message };
        await store.cacheAnalysis(outcome.analysis);
        return { ok: true, analysis: outcome.analysis };
      } catch (error) {
        return { ok: false, reason: text('failCouldNotRead', url, String(error)) };
      }
    },

    /** A tab went to another page: forget its badge and state. */
    async tabNavigated(tabId: number, url: string): Promise<void> {
      // A tab going to a policy's address will report it in ~150 ms: load the model meanwhile.
      if (looksLikePolicyUrl(url)) deps.engine.warmUp?.();
      // The site first: its first lookup loads the public-suffix list, and a report of this page arriving
      // meanwhile must not be overwritten by the empty state below.
      const site = isRestrictedUrl(url) ? '' : await siteOfUrl(url);
      const state = await store.tabState(tabId);
      if (state && samePage(state.url, url)) return;
      await deps.badge.clear(tabId);
      await store.setTabState(tabId, { url, site, detection: null, outcome: null });
    },
  };
}

export type SiteReporter = ReturnType<typeof createSiteReporter>;
