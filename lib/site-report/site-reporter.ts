// What the background does, with every browser call injected: the entrypoint wires adapters in,
// tests wire fakes in. Each exported method answers one message or event.
import { commonPolicyUrls, type PolicyLinkCandidate } from '../find-policy/find-policy-link';
import { rankPolicyLinks } from '../find-policy/rank-policy-links';
import { looksLikePolicyUrl } from '../detect/detect-policy-page';
import { detectionAfterAnalysis, isPolicyCandidate, isPrivacyPolicyCandidate } from '../detect/practice-evidence';
import { mayFetchPolicyLink } from '../find-policy/safe-candidate';
import type { PageInfo, ParsedPage, PolicyReading, PolicyReport } from '../messages';
import type { AnalysisCache, TabState, TabStates } from '../storage';
import type { AnalysisOutcome, ExtractedPolicy, Grade, PolicyAnalysis } from '../types';
import { buildCookieReport, type CookieCategoriser } from './cookie-report';
import type { FetchedPage } from './fetch-page';
import { isRestrictedUrl, samePage } from './restricted-url';
import { siteOf } from '../site/site-of';
import { parse } from '../schemas/common';
import { SitePolicySchema } from '../schemas/storage';
import { thirdPartyHosts } from './third-party-hosts';
import type { AnalysisStep, CookieReport, PolicySource, SeenCookie, TabReport, ThirdPartyService } from './site-report-types';

/** What the reporter keeps: the analysis cache, the policy found per site, and each tab's state. */
export interface ReporterStore extends Pick<AnalysisCache, 'cacheAnalysis' | 'sitePolicy' | 'rememberSitePolicy'>, Pick<TabStates, 'tabState' | 'setTabState' | 'updateTabState'> {
  /** The cached analysis of `url` by engine `version` (with that text, when a hash is given), checked; else null. */
  cachedAnalysis(url: string, version: number, textHash?: string): Promise<PolicyAnalysis | null>;
}

export interface ReporterDeps {
  store: ReporterStore;
  analysisVersion: number;
  getTab(tabId: number): Promise<{ url: string | undefined } | null>;
  pageInfo(tabId: number): Promise<PageInfo | null>;
  /** The policy the tab's live page shows, extracted by its content script (null when none or no content script). */
  livePolicy(tabId: number, tabUrl: string): Promise<PolicyReport | null>;
  fetchPage(url: string): Promise<FetchedPage>;
  parsePage(html: string, url: string): Promise<ParsedPage>;
  analyse(extracted: ExtractedPolicy): Promise<AnalysisOutcome>;
  textHash(extracted: ExtractedPolicy): Promise<string>;
  progress(tabId: number, step: AnalysisStep): void;
  showGrade(tabId: number, grade: Grade): Promise<void>;
  /** A neutral badge mark (not a grade) for a policy in a language we do not read. */
  showUnsupported(tabId: number, language: string): Promise<void>;
  clearBadge(tabId: number): Promise<void>;
  cookies(pageUrl: string, thirdPartyHosts: string[]): Promise<SeenCookie[]>;
  categoriseCookies: CookieCategoriser;
  /** Who runs the third-party hosts a page loaded (optional: without it the report lists hosts only). */
  describeHosts?(hosts: string[]): ThirdPartyService[];
  highlight(tabId: number, text: string, heading: string): Promise<boolean>;
  focusTab(tabId: number): Promise<void>;
  openTabAndWait(url: string): Promise<number>;
  warn(message: string): void;
  /** Get the classifier ready ahead of a likely report (optional: without it the first report loads it). */
  warmUp?(): void;
  /** Load the public-suffix list before the first site is named (absent where it is loaded already, as in Node). */
  loadPublicSuffixes?(): Promise<void>;
}

// Links tried per site before giving up: the page's best links, then a few common paths.
const MAX_LINKS_TRIED = 3;
const MAX_COMMON_PATHS_TRIED = 4;
const HIGHLIGHT_ATTEMPTS = 10;
// Analyses take well under a second; one still 'analysing' after this was cut off.
const STALE_ANALYSIS_MS = 30_000;
const HIGHLIGHT_RETRY_MS = 300;

type Outcome = NonNullable<TabState['outcome']>;

/** The background's behaviour, independent of the browser. */
export function createSiteReporter(deps: ReporterDeps) {
  const { cacheAnalysis, cachedAnalysis, rememberSitePolicy, setTabState, sitePolicy, tabState, updateTabState } = deps.store;
  /** The site of a page: its registrable domain under the public-suffix list. */
  async function siteOfUrl(url: string): Promise<string> {
    await deps.loadPublicSuffixes?.();
    return siteOf(new URL(url).hostname);
  }

  /** Turn an analysis outcome into a tab outcome, caching successful analyses. */
  async function settle(outcome: AnalysisOutcome, site: string, url: string, policyUrl: string, source: PolicySource): Promise<{ stored: Outcome; report: TabReport }> {
    if (outcome.ok) {
      await cacheAnalysis(outcome.analysis);
      await rememberSitePolicy(site, { policyUrl, source, foundAt: Date.now() });
      const report: TabReport = { state: 'analysed', site, url, policyUrl, source, fromCache: false, analysis: outcome.analysis };
      return { stored: { state: 'analysed', policyUrl, textHash: outcome.analysis.textHash, source }, report };
    }
    const report: TabReport =
      outcome.error === 'unsupported-language' && outcome.language
        ? { state: 'unsupported-language', site, url, policyUrl, language: outcome.language, reason: outcome.message }
        : { state: 'failed', site, url, policyUrl, reason: outcome.message };
    return { stored: report as Outcome, report };
  }

  /** Analyse extracted text, reusing the cached analysis of the same URL and text. */
  async function analyseCached(extracted: ExtractedPolicy): Promise<{ outcome: AnalysisOutcome; fromCache: boolean }> {
    const cached = await cachedAnalysis(extracted.url, deps.analysisVersion, await deps.textHash(extracted));
    if (cached) return { outcome: { ok: true, analysis: cached }, fromCache: true };
    return { outcome: await deps.analyse(extracted), fromCache: false };
  }

  /** A stored tab outcome as the popup's report (analyses come from the cache). */
  async function materialise(state: TabState): Promise<TabReport | null> {
    const outcome = state.outcome;
    if (!outcome) return null;
    // An analysis that never finished (the service worker was stopped mid-way) is forgotten.
    if (outcome.state === 'analysing' && Date.now() - (state.updatedAt ?? 0) > STALE_ANALYSIS_MS) return null;
    if (outcome.state !== 'analysed') return outcome as TabReport;
    const analysis = await cachedAnalysis(outcome.policyUrl, deps.analysisVersion, outcome.textHash);
    if (!analysis) return null;
    return { state: 'analysed', site: state.site, url: state.url, policyUrl: outcome.policyUrl, source: outcome.source, fromCache: false, analysis };
  }

  async function reportForTab(tabId: number): Promise<TabReport> {
    const tab = await deps.getTab(tabId);
    const url = tab?.url;
    if (!url || isRestrictedUrl(url)) return { state: 'restricted', url: url ?? '' };
    const site = await siteOfUrl(url);
    const state = await tabState(tabId);
    if (state && samePage(state.url, url)) {
      const report = await materialise(state);
      if (report) return report;
    }
    // Storage is checked like any input: a damaged entry (or one naming a javascript: URL) is looked up again.
    const remembered = parse(SitePolicySchema, await sitePolicy(site));
    const known = remembered.ok ? remembered.value : null;
    if (known) {
      const analysis = await cachedAnalysis(known.policyUrl, deps.analysisVersion);
      // The site's policy seen from another page of the site reads as fetched, not as "this page".
      const source = samePage(known.policyUrl, url) ? 'this-page' : known.source === 'pasted' ? 'pasted' : 'fetched';
      if (analysis) return { state: 'analysed', site, url, policyUrl: known.policyUrl, source, fromCache: true, analysis };
    }
    return { state: 'not-analysed', site, url, detection: state && samePage(state.url, url) ? state.detection : null };
  }

  /** Fetch, parse and analyse candidate policy URLs in order until one is a policy. */
  async function tryCandidates(tabId: number, url: string, site: string, candidates: PolicyLinkCandidate[], source: PolicySource): Promise<TabReport> {
    const tried: string[] = [];
    let lastFailure: TabReport | null = null;
    for (const candidate of candidates) {
      if (tried.includes(candidate.url)) continue;
      tried.push(candidate.url);
      try {
        deps.progress(tabId, 'fetching');
        const fetched = await deps.fetchPage(candidate.url);
        deps.progress(tabId, 'extracting');
        const parsed = await deps.parsePage(fetched.html, fetched.url);
        // A pasted URL is the user's word that it is the policy; a guessed one must look like one…
        if (source !== 'pasted' && !isPolicyCandidate(parsed.detection)) continue;
        deps.progress(tabId, 'analysing');
        const { outcome } = await analyseCached(parsed.extracted);
        // …and read like one: a terms page or a blog post about privacy is passed over.
        if (source !== 'pasted' && outcome.ok && detectionAfterAnalysis(parsed.detection, outcome).kind === 'none') continue;
        const { stored, report } = await settle(outcome, site, url, fetched.url, source);
        await updateTabState(tabId, url, { outcome: stored });
        if (report.state === 'analysed' || source === 'pasted') return report;
        lastFailure = report;
      } catch (error) {
        deps.warn(`could not read ${candidate.url}: ${String(error)}`);
        if (source === 'pasted') {
          const reason = { en: `Could not read ${candidate.url}: ${String(error)}`, nb: `Kunne ikke lese ${candidate.url}: ${String(error)}` };
          return { state: 'failed', site, url, policyUrl: candidate.url, reason };
        }
      }
    }
    if (lastFailure) return lastFailure;
    const report: TabReport = { state: 'no-policy-found', site, url, tried };
    await updateTabState(tabId, url, { outcome: report });
    return report;
  }

  /** Is the tab still showing `pageUrl`? (A grade must not land on the page a tab moved on to.) */
  async function stillOn(tabId: number, pageUrl: string): Promise<boolean> {
    const tab = await deps.getTab(tabId);
    return tab?.url !== undefined && samePage(tab.url, pageUrl);
  }

  /** Analyse a policy read from the live page of a tab and show the result on its badge. */
  async function readLivePolicy(tabId: number, report: PolicyReport, pageUrl: string): Promise<void> {
    // The analysis starts at once; naming the site (a cold worker's first public-suffix lookup loads the
    // list) runs beside it instead of before it.
    const analysed = analyseCached(report.extracted);
    analysed.catch(() => undefined); // awaited below; this only keeps a failure while naming the site quiet
    const site = await siteOfUrl(pageUrl);
    const analysing = setTabState(tabId, {
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
      await updateTabState(tabId, pageUrl, { detection: confirmed, outcome: null });
      return;
    }
    // The badge is what the user waits for: it goes up before the cache and tab state are written.
    if (await stillOn(tabId, pageUrl)) {
      if (outcome.ok) await deps.showGrade(tabId, outcome.analysis.score.grade);
      else if (outcome.error === 'unsupported-language' && outcome.language) await deps.showUnsupported(tabId, outcome.language.code);
    }
    const { stored } = await settle(outcome, site, pageUrl, report.url, 'this-page');
    if (fromCache) await rememberSitePolicy(site, { policyUrl: report.url, source: 'this-page', foundAt: Date.now() });
    if (!(await updateTabState(tabId, pageUrl, { outcome: stored }))) await deps.clearBadge(tabId);
  }

  /** The site's real cookies: first party and those of the third-party hosts the page loaded. */
  async function cookieReport(tabId: number): Promise<CookieReport> {
    const tab = await deps.getTab(tabId);
    const url = tab?.url;
    if (!url || isRestrictedUrl(url)) return buildCookieReport('', [], [], deps.categoriseCookies);
    const site = await siteOfUrl(url);
    const info = await deps.pageInfo(tabId);
    const hosts = thirdPartyHosts(info?.loadedHosts ?? [], url);
    const seen = await deps.cookies(url, hosts);
    return buildCookieReport(site, seen, hosts, deps.categoriseCookies, { services: deps.describeHosts?.(hosts), pageInteracted: info?.interacted ?? null });
  }

  return {
    /**
     * A content script found a policy page (or a policy in a same-origin iframe of `pageUrl`): analyse it
     * (or reuse the cache) and show its grade on the badge.
     */
    policyPageReported: (tabId: number, report: PolicyReport, pageUrl = report.url) => readLivePolicy(tabId, report, pageUrl),

    /** The popup opened: what do we know about this tab, at once. */
    tabReport: reportForTab,

    /** The popup asks to analyse the site: the pasted URL, or the policy found from the current page. */
    async analyseSite(tabId: number, pastedUrl?: string): Promise<TabReport> {
      const tab = await deps.getTab(tabId);
      const url = tab?.url;
      if (!url || isRestrictedUrl(url)) return { state: 'restricted', url: url ?? '' };
      const site = await siteOfUrl(url);
      const state = await tabState(tabId);
      if (!state || !samePage(state.url, url)) await setTabState(tabId, { url, site, detection: null, outcome: null });
      if (pastedUrl) return tryCandidates(tabId, url, site, [{ url: pastedUrl, text: '', score: 0, source: 'link', kind: 'privacy' }], 'pasted');

      deps.progress(tabId, 'finding-link');
      const info = await deps.pageInfo(tabId);
      // The page is itself a policy whose report never arrived (or was forgotten): read the live page
      // (what the user sees, logged in or not, text drawn in by script), and fetch it only without a content script.
      const isCandidate = !!info && isPrivacyPolicyCandidate(info.detection);
      const live = isCandidate ? await deps.livePolicy(tabId, url) : null;
      if (live) {
        deps.progress(tabId, 'analysing');
        await readLivePolicy(tabId, live, url);
        const report = await reportForTab(tabId);
        if (report.state !== 'not-analysed') return report;
      }
      const itself: PolicyLinkCandidate[] = isCandidate && !live ? [{ url, text: '', score: 99, source: 'link', kind: 'privacy' }] : [];
      let links = info?.policyLinks;
      if (!links) {
        // No content script (the page was open before install): read the page's links from a fetched copy.
        links = await deps
          .fetchPage(url)
          .then((page) => deps.parsePage(page.html, page.url))
          .then((parsed) => parsed.policyLinks)
          .catch(() => []);
      }
      const found = rankPolicyLinks(links, url)
        .filter((link) => mayFetchPolicyLink(link.url, url))
        .slice(0, MAX_LINKS_TRIED);
      const candidates = [...itself, ...found, ...commonPolicyUrls(url).slice(0, MAX_COMMON_PATHS_TRIED)];
      return tryCandidates(tabId, url, site, candidates, 'fetched');
    },

    cookieReport,

    /** Show an evidence sentence in place: in this tab when it is the policy, else in a newly opened policy tab. */
    async showEvidence(tabId: number, sentenceId: string): Promise<{ shown: 'in-tab' | 'opened' | 'not-found' }> {
      const report = await reportForTab(tabId);
      if (report.state !== 'analysed') return { shown: 'not-found' };
      const sentence = report.analysis.sentences.find((s) => s.id === sentenceId);
      if (!sentence) return { shown: 'not-found' };
      if (samePage(report.policyUrl, report.url)) {
        await deps.focusTab(tabId);
        return { shown: (await deps.highlight(tabId, sentence.text, sentence.heading)) ? 'in-tab' : 'not-found' };
      }
      const opened = await deps.openTabAndWait(report.policyUrl);
      // The new tab's content script starts at document_idle, which can come after the load event.
      for (let attempt = 0; attempt < HIGHLIGHT_ATTEMPTS; attempt++) {
        if (await deps.highlight(opened, sentence.text, sentence.heading)) break;
        await new Promise((resolve) => setTimeout(resolve, HIGHLIGHT_RETRY_MS));
      }
      return { shown: 'opened' };
    },

    /** Read a saved site's policy again (comparison page), without a tab: fetch, parse, analyse, cache. */
    async reanalysePolicy(url: string): Promise<PolicyReading> {
      try {
        const fetched = await deps.fetchPage(url);
        const parsed = await deps.parsePage(fetched.html, fetched.url);
        const { outcome } = await analyseCached(parsed.extracted);
        if (!outcome.ok) return { ok: false, reason: outcome.message };
        await cacheAnalysis(outcome.analysis);
        return { ok: true, analysis: outcome.analysis };
      } catch (error) {
        return { ok: false, reason: { en: `Could not read ${url}: ${String(error)}`, nb: `Kunne ikke lese ${url}: ${String(error)}` } };
      }
    },

    /** A tab went to another page: forget its badge and state. */
    async tabNavigated(tabId: number, url: string): Promise<void> {
      // A tab going to a policy's address will report it in ~150 ms: load the model meanwhile.
      if (looksLikePolicyUrl(url)) deps.warmUp?.();
      // The site first: its first lookup loads the public-suffix list, and a report of this page arriving
      // meanwhile must not be overwritten by the empty state below.
      const site = isRestrictedUrl(url) ? '' : await siteOfUrl(url);
      const state = await tabState(tabId);
      if (state && samePage(state.url, url)) return;
      await deps.clearBadge(tabId);
      await setTabState(tabId, { url, site, detection: null, outcome: null });
    },
  };
}

export type SiteReporter = ReturnType<typeof createSiteReporter>;
