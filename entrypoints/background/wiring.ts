// The background's wiring: the browser's adapters and the analysis engine, handed to the site reporter.
import { clearBadge, showGradeBadge, showUnsupportedBadge } from '@/lib/adapters/badge-adapter';
import { cachedAnalysis, tabStates } from '@/lib/adapters/background-storage-adapter';
import { highlightInTab, livePolicy, pageInfo } from '@/lib/adapters/content-script-adapter';
import { loadCookieKnowledge, loadedCookieKnowledge } from '@/lib/adapters/cookie-tables-adapter';
import { cookiesForPage } from '@/lib/adapters/cookies-adapter';
import { loadFactTables } from '@/lib/adapters/fact-tables-adapter';
import { fetchPage } from '@/lib/adapters/fetch-page-adapter';
import { parseInOffscreenDocument } from '@/lib/adapters/offscreen-adapter';
import { loadPublicSuffixes } from '@/lib/adapters/public-suffixes-adapter';
import { packagedJson } from '@/lib/adapters/runtime-adapter';
import { analysisCache } from '@/lib/adapters/storage-adapter';
import { focusTab, getTab, openTabAndWait } from '@/lib/adapters/tabs-adapter';
import { ANALYSIS_VERSION, analyzePolicy, policyTextHash, warmUpEngine } from '@/lib/analyze-policy';
import type { ClassifierModel } from '@/lib/classify/model-types';
import { unpackModel } from '@/lib/classify/packed-model';
import { categoriseCookies, describeHosts } from '@/lib/cookies/categorise-cookies';
import { packedModelFrom } from '@/lib/schemas/model';
import type { ReporterDeps } from '@/lib/tab-report/reporter-deps';

let model: Promise<ClassifierModel> | null = null;
// The model and the fact tables are packaged files (not bundled) so the background stays small; loaded,
// checked, parsed and compiled (warmUpEngine, which needs both) once per worker life.
const loadModel = () =>
  (model ??= Promise.all([packagedJson<unknown>('/model.json'), loadFactTables()]).then(
    ([packed]) => {
      const loaded = unpackModel(packedModelFrom(packed));
      warmUpEngine(loaded);
      return loaded;
    },
    (error) => ((model = null), Promise.reject(error)),
  ));

/** The background's dependencies, backed by the browser. */
export function backgroundDeps(): ReporterDeps {
  return {
    store: { ...analysisCache, ...tabStates, cachedAnalysis },
    tabs: { get: getTab, focus: focusTab, openAndWait: openTabAndWait },
    page: { info: pageInfo, livePolicy, highlight: highlightInTab },
    web: {
      fetchPage: (url) => fetchPage(url),
      // Firefox's background page has a DOM; Chrome's service worker parses in an offscreen document. (Imported
      // where used: Readability's module cannot be tree-shaken, and the Chrome background must not carry its 32 KB.)
      parsePage: async (html, url) =>
        import.meta.env.FIREFOX ? (await import('@/lib/adapters/dom-parser-adapter')).parsePageHtml(html, url) : parseInOffscreenDocument(html, url),
    },
    engine: {
      version: ANALYSIS_VERSION,
      analyse: async (extracted) => analyzePolicy(extracted, await loadModel()),
      textHash: policyTextHash,
      warmUp: () => void loadModel().catch(() => undefined), // a failed load is retried by the next analysis
    },
    badge: { showGrade: showGradeBadge, showUnsupported: showUnsupportedBadge, clear: clearBadge },
    // The cookie tables load with the first cookie lookup; categorising always comes after it.
    cookies: {
      forPage: async (pageUrl, hosts) => (await loadCookieKnowledge(), cookiesForPage(pageUrl, hosts)),
      categorise: (cookies) => categoriseCookies(cookies, loadedCookieKnowledge()),
      describeHosts: (hosts) => describeHosts(hosts, loadedCookieKnowledge()),
    },
    warn: (message) => console.warn('[policy-lens]', message),
    loadPublicSuffixes,
  };
}
