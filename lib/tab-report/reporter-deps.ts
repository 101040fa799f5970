// Everything the site reporter needs from outside the engine, injected: the background's wiring
// (entrypoints/background/wiring.ts) passes the browser's adapters, tests pass fakes. Grouped by what stands
// behind each group: the store, the tabs, a tab's content script, the web, the analysis engine, the badge and
// the cookie jar.
import type { CookieCategoriser } from '../cookies/cookie-report';
import type { SeenCookie, ThirdPartyService } from '../cookies/cookie-types';
import type { PageInfo, ParsedPage, PolicyReport } from '../messaging/messages';
import type { AnalysisCache, TabStates } from '../storage';
import type { AnalysisOutcome, ExtractedPolicy, Grade, PolicyAnalysis } from '../types';

/** What the reporter keeps: the analysis cache, the policy found per site, and each tab's state. */
export interface ReporterStore
  extends Pick<AnalysisCache, 'cacheAnalysis' | 'sitePolicy' | 'rememberSitePolicy'>, Pick<TabStates, 'tabState' | 'setTabState' | 'updateTabState'> {
  /** The cached analysis of `url` by engine `version` (with that text, when a hash is given), checked; else null. */
  cachedAnalysis(url: string, version: number, textHash?: string): Promise<PolicyAnalysis | null>;
}

/** A page fetched from the web: its HTML and its URL after redirects. */
export interface FetchedPage {
  html: string;
  url: string;
}

export interface ReporterDeps {
  store: ReporterStore;
  tabs: {
    get(tabId: number): Promise<{ url: string | undefined } | null>;
    focus(tabId: number): Promise<void>;
    openAndWait(url: string): Promise<number>;
  };
  /** The content script of a tab (its answers are checked before they reach the reporter). */
  page: {
    info(tabId: number): Promise<PageInfo | null>;
    /** The policy the tab's live page shows, extracted by its content script (null when none or no content script). */
    livePolicy(tabId: number, tabUrl: string): Promise<PolicyReport | null>;
    highlight(tabId: number, text: string): Promise<boolean>;
  };
  web: {
    fetchPage(url: string): Promise<FetchedPage>;
    /** Parse fetched HTML where a DOM exists (offscreen document, Firefox background page). */
    parsePage(html: string, url: string): Promise<ParsedPage>;
  };
  engine: {
    version: number;
    analyse(extracted: ExtractedPolicy): Promise<AnalysisOutcome>;
    textHash(extracted: ExtractedPolicy): Promise<string>;
    /** Get the classifier ready ahead of a likely report (optional: without it the first report loads it). */
    warmUp?(): void;
  };
  badge: {
    showGrade(tabId: number, grade: Grade): Promise<void>;
    /** A neutral badge mark (not a grade) for a policy in a language we do not read. */
    showUnsupported(tabId: number, language: string): Promise<void>;
    clear(tabId: number): Promise<void>;
  };
  cookies: {
    forPage(pageUrl: string, thirdPartyHosts: string[]): Promise<SeenCookie[]>;
    categorise: CookieCategoriser;
    /** Who runs the third-party hosts a page loaded (optional: without it the report lists hosts only). */
    describeHosts?(hosts: string[]): ThirdPartyService[];
  };
  warn(message: string): void;
  /** Load the public-suffix list before the first site is named (absent where it is loaded already, as in Node). */
  loadPublicSuffixes?(): Promise<void>;
}
