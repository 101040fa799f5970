// Wires the browser adapters and the analysis engine into the background's site reporter.
import { ANALYSIS_VERSION, analyzePolicy, sha256Hex } from '../analyze-policy';
import type { ClassifierModel } from '../classify/model-types';
import { sendMessage } from '../messages';
import type { ReporterDeps } from '../site-report/site-reporter';
import { fetchPage } from '../site-report/fetch-page';
import { parsePageHtml } from '../site-report/parse-page';
import { categoriseCookies, describeHosts } from '../site-report/categorise-cookies';
import { clearBadge, showGradeBadge } from './badge-adapter';
import { loadCookieKnowledge, loadedCookieKnowledge } from './cookie-tables-adapter';
import { highlightInTab, pageInfo } from './content-script-adapter';
import { cookiesForPage } from './cookies-adapter';
import { parseInOffscreenDocument } from './offscreen-adapter';
import { loadPublicSuffixes } from './public-suffixes-adapter';
import { packagedJson } from './runtime-adapter';
import { modelFrom } from '../schemas/model';
import { focusTab, getTab, openTabAndWait } from './tabs-adapter';

let model: Promise<ClassifierModel> | null = null;
// The model is a packaged file (not bundled) so the background stays small; loaded once per worker life.
const loadModel = () => (model ??= packagedJson<unknown>('/model.json').then(modelFrom).catch((error) => ((model = null), Promise.reject(error))));

/** The background's dependencies, backed by the browser. */
export function backgroundDeps(): ReporterDeps {
  return {
    analysisVersion: ANALYSIS_VERSION,
    getTab,
    pageInfo,
    fetchPage: (url) => fetchPage(url),
    // Firefox's background page has a DOM; Chrome's service worker parses in an offscreen document.
    parsePage: (html, url) =>
      import.meta.env.FIREFOX ? Promise.resolve(parsePageHtml(html, url)) : parseInOffscreenDocument(html, url),
    analyse: async (extracted) => analyzePolicy(extracted, await loadModel()),
    textHash: (extracted) => sha256Hex(extracted.sentences.map((s) => s.text).join('\n')),
    progress: (tabId, step) => void sendMessage('analysisProgress', { tabId, step }).catch(() => undefined), // no popup open
    showGrade: showGradeBadge,
    clearBadge,
    // The cookie tables load with the first cookie lookup; categorising always comes after it.
    cookies: async (pageUrl, hosts) => (await loadCookieKnowledge(), cookiesForPage(pageUrl, hosts)),
    categoriseCookies: (cookies, site) => categoriseCookies(cookies, site, loadedCookieKnowledge()),
    describeHosts: (hosts) => describeHosts(hosts, loadedCookieKnowledge()),
    highlight: highlightInTab,
    focusTab,
    openTabAndWait,
    warn: (message) => console.warn('[policy-lens]', message),
    loadPublicSuffixes,
  };
}
