// Wires the browser adapters and the analysis engine into the background's site reporter.
import { ANALYSIS_VERSION, analyzePolicy, sha256Hex, warmUpEngine } from '../analyze-policy';
import type { ClassifierModel } from '../classify/model-types';
import { unpackModel } from '../classify/packed-model';
import { sendMessage } from '../messages';
import type { ReporterDeps } from '../site-report/site-reporter';
import { fetchPage } from '../site-report/fetch-page';
import { categoriseCookies, describeHosts } from '../site-report/categorise-cookies';
import { clearBadge, showGradeBadge, showUnsupportedBadge } from './badge-adapter';
import { loadCookieKnowledge, loadedCookieKnowledge } from './cookie-tables-adapter';
import { highlightInTab, livePolicy, pageInfo } from './content-script-adapter';
import { loadFactTables } from './fact-tables-adapter';
import { cookiesForPage } from './cookies-adapter';
import { parseInOffscreenDocument } from './offscreen-adapter';
import { loadPublicSuffixes } from './public-suffixes-adapter';
import { packagedJson } from './runtime-adapter';
import { packedModelFrom } from '../schemas/model';
import { cachedAnalysis, tabStates } from './background-storage-adapter';
import { analysisCache } from './storage-adapter';
import { focusTab, getTab, openTabAndWait } from './tabs-adapter';

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
    analysisVersion: ANALYSIS_VERSION,
    getTab,
    pageInfo,
    livePolicy,
    fetchPage: (url) => fetchPage(url),
    // Firefox's background page has a DOM; Chrome's service worker parses in an offscreen document. (Imported
    // where used: Readability's module cannot be tree-shaken, and the Chrome background must not carry its 32 KB.)
    parsePage: async (html, url) =>
      import.meta.env.FIREFOX ? (await import('../site-report/parse-page')).parsePageHtml(html, url) : parseInOffscreenDocument(html, url),
    analyse: async (extracted) => analyzePolicy(extracted, await loadModel()),
    textHash: (extracted) => sha256Hex(extracted.sentences.map((s) => s.text).join('\n')),
    progress: (tabId, step) => void sendMessage('analysisProgress', { tabId, step }).catch(() => undefined), // no popup open
    showGrade: showGradeBadge,
    showUnsupported: showUnsupportedBadge,
    clearBadge,
    // The cookie tables load with the first cookie lookup; categorising always comes after it.
    cookies: async (pageUrl, hosts) => (await loadCookieKnowledge(), cookiesForPage(pageUrl, hosts)),
    categoriseCookies: (cookies, site) => categoriseCookies(cookies, site, loadedCookieKnowledge()),
    describeHosts: (hosts) => describeHosts(hosts, loadedCookieKnowledge()),
    highlight: highlightInTab,
    focusTab,
    openTabAndWait,
    warn: (message) => console.warn('[policy-lens]', message),
    warmUp: () => void loadModel().catch(() => undefined), // a failed load is retried by the next analysis
    loadPublicSuffixes,
  };
}
