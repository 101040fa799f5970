import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageDetection } from '../detect/detection-types';
import type { ParsedPage, PolicyReport } from '../messaging/messages';
import type { SeenCookie } from '../cookies/cookie-types';
import type { AnalysisOutcome, ExtractedPolicy, PolicyAnalysis } from '../types';
import { extensionStores } from '@/test/unit/extension-stores';
import { textHashOf, validAnalysis } from '@/test/unit/valid-analysis';
import { createSiteReporter, type ReporterDeps } from './site-reporter';
import { nodeRenderer } from '../text/catalogue-node';
import { text } from '../text/text';

const en = nodeRenderer('en');

const POLICY: PageDetection = { kind: 'privacy-policy', score: 12, reasons: [{ signal: 'title-privacy', points: 12, detail: 'Privacy' }], words: 500 };
const NONE: PageDetection = { kind: 'none', score: -3, reasons: [], words: 30 };

const extracted = (url: string, text = 'We collect your e-mail address.'): ExtractedPolicy => ({
  url, title: 'Privacy', sections: [{ heading: '', level: 0 }], sentences: [{ id: 's0', text, heading: 'Data', section: 0 }], words: 300, truncated: false,
});
// The reporter's storage: WXT's storage on fakeBrowser, as the background has it on the browser's.
const store = extensionStores();
const { cacheAnalysis, setTabState, tabState } = store;

const analysisOf = (e: ExtractedPolicy): PolicyAnalysis => validAnalysis(e, { grade: 'B' });

/** Fakes for every dependency, flat (as the tests inspect them), and grouped the way the reporter takes them. */
function fakeDeps(pages: Record<string, { html: string; parsed: ParsedPage } | Error>, tabs: Record<number, string>) {
  const fakes = {
    getTab: vi.fn(async (id: number) => (id in tabs ? { url: tabs[id] } : null)),
    pageInfo: vi.fn(async () => null as never),
    livePolicy: vi.fn(async (): Promise<PolicyReport | null> => null),
    fetchPage: vi.fn(async (url: string) => {
      const page = pages[url];
      if (!page) throw new Error('HTTP 404');
      if (page instanceof Error) throw page;
      return { html: page.html, url };
    }),
    parsePage: vi.fn(async (html: string) => (Object.values(pages).find((p) => !(p instanceof Error) && p.html === html) as { parsed: ParsedPage }).parsed),
    analyse: vi.fn(async (e: ExtractedPolicy): Promise<AnalysisOutcome> => ({ ok: true, analysis: analysisOf(e) })),
    textHash: vi.fn(async (e: ExtractedPolicy) => textHashOf(e)),
    showGrade: vi.fn(async () => undefined),
    showUnsupported: vi.fn(async () => undefined),
    clearBadge: vi.fn(async () => undefined),
    cookiesForPage: vi.fn(async () => []),
    categoriseCookies: (cookies: SeenCookie[]) => cookies.map((c) => ({ ...c, category: 'unknown' as const, vendor: null, vendorKey: null, purpose: null, basis: 'none' as const, consentState: false })),
    highlight: vi.fn(async () => true),
    focusTab: vi.fn(async () => undefined),
    openTabAndWait: vi.fn(async () => 99),
    warn: vi.fn(),
  };
  const deps: ReporterDeps = {
    store,
    tabs: { get: fakes.getTab, focus: fakes.focusTab, openAndWait: fakes.openTabAndWait },
    page: { info: fakes.pageInfo, livePolicy: fakes.livePolicy, highlight: fakes.highlight },
    web: { fetchPage: fakes.fetchPage, parsePage: fakes.parsePage },
    engine: { version: 1, analyse: fakes.analyse, textHash: fakes.textHash },
    badge: { showGrade: fakes.showGrade, showUnsupported: fakes.showUnsupported, clear: fakes.clearBadge },
    cookies: { forPage: fakes.cookiesForPage, categorise: fakes.categoriseCookies },
    warn: fakes.warn,
  };
  return { ...deps, ...fakes };
}

const policyPage = (url: string): { html: string; parsed: ParsedPage } => ({ html: `<policy ${url}>`, parsed: { detection: POLICY, extracted: extracted(url), policyLinks: [] } });

describe('site reporter', () => {
  beforeEach(() => fakeBrowser.reset());

  it('analyses a reported policy page, shows the grade, and reuses the cache for the same text', async () => {
    const deps = fakeDeps({}, { 1: 'https://shop.no/personvern' });
    const reporter = createSiteReporter(deps);
    const report = { url: 'https://shop.no/personvern', detection: POLICY, extracted: extracted('https://shop.no/personvern') };
    await reporter.policyPageReported(1, report);
    expect(deps.showGrade).toHaveBeenCalledWith(1, 'B');
    expect(await reporter.tabReport(1)).toMatchObject({ state: 'analysed', source: 'this-page', fromCache: false });
    await reporter.policyPageReported(1, report);
    expect(deps.analyse).toHaveBeenCalledTimes(1);
  });

  it('does not trust a damaged remembered policy of a site (a javascript: link is looked up again)', async () => {
    const deps = fakeDeps({}, { 1: 'https://shop.no/' });
    const reporter = createSiteReporter(deps);
    await cacheAnalysis({ ...analysisOf(extracted('https://shop.no/p')), url: 'javascript:alert(1)' });
    await fakeBrowser.storage.local.set({ sitePolicies: { 'shop.no': { policyUrl: 'javascript:alert(1)', source: 'fetched', foundAt: 1 } }, 'sitePolicies$': { v: 2 } });
    expect(await reporter.tabReport(1)).toMatchObject({ state: 'not-analysed', site: 'shop.no' });
    await fakeBrowser.storage.local.set({ sitePolicies: { 'shop.no': { policyUrl: 'https://shop.no/p', source: 'fetched', foundAt: 1 } } });
    await cacheAnalysis(analysisOf(extracted('https://shop.no/p')));
    expect(await reporter.tabReport(1)).toMatchObject({ state: 'analysed', policyUrl: 'https://shop.no/p', fromCache: true });
  });

  it('reads a candidate page (weak page signals) and shows a badge only when its sentences state practices', async () => {
    const deps = fakeDeps({}, { 1: 'https://old.example.com/privacy.aspx', 2: 'https://old.example.com/news' });
    const reporter = createSiteReporter(deps);
    const CANDIDATE: PageDetection = { kind: 'none', score: 3, reasons: [{ signal: 'title-privacy', points: 3, detail: 'privacy policy' }], words: 900 };
    const labels = ['collected', 'purposes', 'sharing', 'retention', 'rights'] as const;
    deps.analyse.mockImplementation(async (e) => {
      const practices = e.url.endsWith('.aspx');
      const scores = { collected: 0.1, purposes: 0.1, sharing: 0.1, retention: 0.1, rights: 0.1 };
      const sentences = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, text: `t${i}`, heading: '', section: 0, labels: practices && i < 10 ? [labels[i % 5]!] : [], scores }));
      return { ok: true, analysis: { ...analysisOf(e), sentences } };
    });
    await reporter.policyPageReported(2, { url: 'https://old.example.com/news', detection: CANDIDATE, extracted: extracted('https://old.example.com/news', 'News') });
    expect(deps.showGrade).not.toHaveBeenCalled();
    expect((await tabState(2))?.detection?.kind).toBe('none');
    await reporter.policyPageReported(1, { url: 'https://old.example.com/privacy.aspx', detection: CANDIDATE, extracted: extracted('https://old.example.com/privacy.aspx') });
    expect(deps.showGrade).toHaveBeenCalledWith(1, 'B');
  });

  it('does not set a badge when the tab left the page during the analysis', async () => {
    const tabs: Record<number, string> = { 1: 'https://shop.no/personvern' };
    const deps = fakeDeps({}, tabs);
    const reporter = createSiteReporter(deps);
    deps.analyse.mockImplementationOnce(async (e) => {
      tabs[1] = 'https://shop.no/kurv';
      await reporter.tabNavigated(1, 'https://shop.no/kurv');
      return { ok: true, analysis: analysisOf(e) };
    });
    await reporter.policyPageReported(1, { url: 'https://shop.no/personvern', detection: POLICY, extracted: extracted('https://shop.no/personvern') });
    expect(deps.showGrade).not.toHaveBeenCalled();
    expect(deps.clearBadge).toHaveBeenCalledWith(1);
  });

  it('finds the policy from the page links, skipping links that are not policies, then shows it on other pages of the site', async () => {
    const deps = fakeDeps(
      { 'https://shop.no/om-oss': { html: '<about>', parsed: { detection: NONE, extracted: extracted('https://shop.no/om-oss'), policyLinks: [] } }, 'https://shop.no/personvern': policyPage('https://shop.no/personvern') },
      { 2: 'https://shop.no/', 3: 'https://www.shop.no/sko' },
    );
    deps.pageInfo.mockResolvedValue({ url: 'https://shop.no/', title: '', detection: NONE, loadedHosts: [], policyLinks: [
      { url: 'https://shop.no/om-oss', text: 'Om personvern', score: 9, source: 'link', kind: 'privacy' },
      { url: 'https://shop.no/personvern', text: 'Personvern', score: 8, source: 'link', kind: 'privacy' },
    ] } as never);
    // Where the search is goes to the tab's state, where the popup reads it (also after a worker restart).
    const steps: string[] = [];
    const update = store.updateTabState.bind(store);
    const spy = vi.spyOn(store, 'updateTabState').mockImplementation(async (tabId, url, patch) => {
      if (patch.outcome?.state === 'analysing') steps.push(patch.outcome.step);
      return update(tabId, url, patch);
    });
    const reporter = createSiteReporter(deps);
    expect(await reporter.analyseSite(2)).toMatchObject({ state: 'analysed', source: 'fetched', policyUrl: 'https://shop.no/personvern' });
    spy.mockRestore();
    expect(steps).toEqual(['finding-link', 'fetching', 'extracting', 'fetching', 'extracting', 'analysing']);
    expect(deps.showGrade).not.toHaveBeenCalled();
    expect(await reporter.tabReport(3)).toMatchObject({ state: 'analysed', source: 'fetched', fromCache: true });
  });

  it('falls back to common paths and reports when nothing is found', async () => {
    const deps = fakeDeps({}, { 4: 'https://kiosk.no/' });
    const reporter = createSiteReporter(deps);
    const report = await reporter.analyseSite(4);
    expect(report.state).toBe('no-policy-found');
    expect(report.state === 'no-policy-found' && report.tried).toContain('https://kiosk.no/personvern');
    expect((await tabState(4))?.outcome?.state).toBe('no-policy-found');
  });

  it('analyses a pasted URL even when it does not look like a policy, and explains fetch failures', async () => {
    const deps = fakeDeps({ 'https://kiosk.no/info': { html: '<info>', parsed: { detection: NONE, extracted: extracted('https://kiosk.no/info'), policyLinks: [] } }, 'https://kiosk.no/down': new Error('HTTP 500') }, { 4: 'https://kiosk.no/' });
    const reporter = createSiteReporter(deps);
    expect(await reporter.analyseSite(4, 'https://kiosk.no/info')).toMatchObject({ state: 'analysed', source: 'pasted' });
    const failed = await reporter.analyseSite(4, 'https://kiosk.no/down');
    expect(failed).toMatchObject({ state: 'failed', policyUrl: 'https://kiosk.no/down' });
    expect(failed.state === 'failed' && en(failed.reason)).toContain('HTTP 500');
  });

  it('reports unsupported languages as such', async () => {
    const deps = fakeDeps({}, { 5: 'https://laden.de/datenschutz' });
    deps.analyse.mockResolvedValueOnce({ ok: false, error: 'unsupported-language', language: { code: 'de', supported: false, confidence: 0.9 }, message: text('failLanguage', 'de') });
    const reporter = createSiteReporter(deps);
    await reporter.policyPageReported(5, { url: 'https://laden.de/datenschutz', detection: POLICY, extracted: extracted('https://laden.de/datenschutz') });
    expect(await reporter.tabReport(5)).toMatchObject({ state: 'unsupported-language', language: { code: 'de' } });
    expect(deps.showGrade).not.toHaveBeenCalled();
    expect(deps.showUnsupported).toHaveBeenCalledWith(5, 'de');
  });

  it('reads a policy shown in a same-origin iframe as the policy of the page around it', async () => {
    const deps = fakeDeps({}, { 1: 'https://shop.no/kundeservice' });
    const reporter = createSiteReporter(deps);
    await reporter.policyPageReported(1, { url: 'https://shop.no/cms/personvern', detection: POLICY, extracted: extracted('https://shop.no/cms/personvern') }, 'https://shop.no/kundeservice');
    expect(deps.showGrade).toHaveBeenCalledWith(1, 'B');
    expect(await reporter.tabReport(1)).toMatchObject({ state: 'analysed', url: 'https://shop.no/kundeservice', policyUrl: 'https://shop.no/cms/personvern' });
  });

  it('on a policy page, analyses what the live page shows instead of fetching the URL again', async () => {
    const deps = fakeDeps({}, { 1: 'https://shop.no/personvern' });
    deps.pageInfo.mockResolvedValue({ url: 'https://shop.no/personvern', title: '', detection: POLICY, thirdPartyHosts: [], policyLinks: [] } as never);
    deps.livePolicy.mockResolvedValue({ url: 'https://shop.no/personvern', detection: POLICY, extracted: extracted('https://shop.no/personvern', 'Logged in: we keep your orders for 3 years.') });
    const reporter = createSiteReporter(deps);
    const report = await reporter.analyseSite(1);
    expect(report).toMatchObject({ state: 'analysed', source: 'this-page', policyUrl: 'https://shop.no/personvern' });
    expect(report.state === 'analysed' && report.analysis.sentences[0]!.text).toContain('Logged in');
    expect(deps.fetchPage).not.toHaveBeenCalled();
  });

  it('treats browser pages and stores as restricted', async () => {
    const reporter = createSiteReporter(fakeDeps({}, { 6: 'chrome://settings', 7: 'https://chromewebstore.google.com/x' }));
    expect((await reporter.tabReport(6)).state).toBe('restricted');
    expect((await reporter.analyseSite(7)).state).toBe('restricted');
    expect((await reporter.tabReport(8)).state).toBe('restricted'); // a tab that is gone
  });

  it('highlights evidence in the tab when it is the policy, else opens the fetched policy', async () => {
    const deps = fakeDeps({ 'https://shop.no/personvern': policyPage('https://shop.no/personvern') }, { 1: 'https://shop.no/personvern', 2: 'https://shop.no/' });
    const reporter = createSiteReporter(deps);
    await reporter.policyPageReported(1, { url: 'https://shop.no/personvern', detection: POLICY, extracted: extracted('https://shop.no/personvern') });
    expect(await reporter.showEvidence(1, 's0')).toEqual({ shown: 'in-tab' });
    expect(deps.highlight).toHaveBeenLastCalledWith(1, 'We collect your e-mail address.');
    expect(await reporter.showEvidence(2, 's0')).toEqual({ shown: 'opened' });
    expect(deps.openTabAndWait).toHaveBeenCalledWith('https://shop.no/personvern');
    expect(await reporter.showEvidence(1, 's999')).toEqual({ shown: 'not-found' });
  });

  it('reads a saved policy again on demand (comparison page), and says why when it cannot', async () => {
    const deps = fakeDeps({ 'https://shop.no/personvern': policyPage('https://shop.no/personvern') }, {});
    const reporter = createSiteReporter(deps);
    const reading = await reporter.reanalysePolicy('https://shop.no/personvern');
    expect(reading).toMatchObject({ ok: true, analysis: { url: 'https://shop.no/personvern', textHash: textHashOf(extracted('https://shop.no/personvern')) } });
    // The reading is cached, so the popup shows it at once on the site.
    expect(await reporter.reanalysePolicy('https://shop.no/personvern')).toMatchObject({ ok: true });
    expect(deps.analyse).toHaveBeenCalledTimes(1);
    expect(await reporter.reanalysePolicy('https://shop.no/gone')).toEqual({
      ok: false,
      reason: text('failCouldNotRead', 'https://shop.no/gone', 'Error: HTTP 404'),
    });
  });
});

describe('site reporter recovery', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the page itself first when its content script says it is a policy but no report arrived', async () => {
    const deps = fakeDeps({ 'https://shop.no/personvern': policyPage('https://shop.no/personvern') }, { 1: 'https://shop.no/personvern' });
    deps.pageInfo.mockResolvedValue({ url: 'https://shop.no/personvern', title: '', detection: POLICY, loadedHosts: [], policyLinks: [] } as never);
    const reporter = createSiteReporter(deps);
    expect(await reporter.analyseSite(1)).toMatchObject({ state: 'analysed', policyUrl: 'https://shop.no/personvern' });
    expect(deps.fetchPage).toHaveBeenCalledTimes(1);
  });

  it('forgets an analysis that was cut off', async () => {
    const reporter = createSiteReporter(fakeDeps({}, { 1: 'https://shop.no/personvern' }));
    const stuck = { state: 'analysing' as const, site: 'shop.no', url: 'https://shop.no/personvern', step: 'analysing' as const };
    await setTabState(1, { url: 'https://shop.no/personvern', site: 'shop.no', detection: POLICY, outcome: stuck, updatedAt: Date.now() });
    expect((await reporter.tabReport(1)).state).toBe('analysing');
    await setTabState(1, { url: 'https://shop.no/personvern', site: 'shop.no', detection: POLICY, outcome: stuck, updatedAt: Date.now() - 60_000 });
    expect((await reporter.tabReport(1)).state).toBe('not-analysed');
  });
});

describe('site reporter safety', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never fetches local-network links a public page offers as its policy', async () => {
    const deps = fakeDeps({}, { 1: 'https://evil.example/' });
    deps.pageInfo.mockResolvedValue({ url: 'https://evil.example/', title: '', detection: NONE, loadedHosts: [], policyLinks: [
      { url: 'http://192.168.1.1/cgi-bin/reboot', text: 'Privacy', score: 12, source: 'link', kind: 'privacy' },
    ] } as never);
    await createSiteReporter(deps).analyseSite(1);
    expect(deps.fetchPage.mock.calls.map((call) => call[0])).not.toContain('http://192.168.1.1/cgi-bin/reboot');
  });
});
