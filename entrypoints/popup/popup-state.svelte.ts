// The popup's state (Svelte 5 runes): what the background reports for the tab, its cookies and progress.
import { loadCookieVendors } from '@/lib/adapters/cookie-tables-adapter';
import { popupApi } from '@/lib/adapters/popup-messages-adapter';
import { checkCookiesAgainstPolicy } from '@/lib/cookies/compare-with-policy';
import { trackingBeforeConsent } from '@/lib/cookies/cookie-contradictions';
import type { VendorRow } from '@/lib/cookies/cookie-table-types';
import { siteBehaviour } from '@/lib/score/site-behaviour';
import { hasSiteAccess, requestSiteAccess } from '@/lib/adapters/permissions-adapter';
import { activeTabId } from '@/lib/adapters/tabs-adapter';
import { savedSites } from '@/lib/adapters/storage-adapter';
import type { CookieReport } from '@/lib/cookies/cookie-types';
import type { AnalysisStep, TabReport } from '@/lib/tab-report/tab-report-types';
import { verbatim } from '@/lib/text/text';

// While a policy page is still being analysed after its content script reported it.
const POLL_MS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class PopupState {
  tabId = $state<number | null>(null);
  report = $state<TabReport | null>(null);
  cookies = $state<CookieReport | null>(null);
  step = $state<AnalysisStep | null>(null);
  error = $state<string | null>(null);
  saved = $state<{ count: number } | null>(null);
  saveError = $state<string | null>(null);
  evidenceMissing = $state<string | null>(null);
  /** The site's URL when the user has withheld the extension's access to it. */
  accessNeeded = $state<string | null>(null);
  /** The cookie vendors the policy's words are matched with (a packaged file, loaded with the cookies). */
  vendors = $state<VendorRow[] | null>(null);

  /** The analysis shown, when there is one. */
  readonly analysis = $derived(this.report?.state === 'analysed' ? this.report.analysis : null);
  /** The site's cookies held against its policy. */
  readonly cookieCheck = $derived(this.analysis && this.cookies && this.vendors ? checkCookiesAgainstPolicy(this.cookies, this.analysis, this.vendors) : null);
  /** Tracking cookies set before the user could answer a cookie banner. */
  readonly beforeConsent = $derived(this.cookies ? trackingBeforeConsent(this.cookies) : null);
  /** The policy's grade held against the cookies the site really set (lib/score/site-behaviour). */
  readonly behaviour = $derived(this.analysis ? siteBehaviour(this.analysis, this.cookies) : null);

  /** The text of a sentence of the analysis shown ('' when unknown). */
  sentenceText = (id: string): string => this.analysis?.sentences.find((s) => s.id === id)?.text ?? '';

  /** Load the tab's report at once (cached results show instantly), then analyse when needed. */
  async open(): Promise<void> {
    const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
    this.tabId = Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : await activeTabId();
    if (this.tabId === null) return;
    try {
      this.report = await popupApi.tabReport(this.tabId);
      if (this.report.state !== 'restricted' && !(await hasSiteAccess(this.report.url))) {
        this.accessNeeded = this.report.url;
        return;
      }
      void this.loadCookies();
      // An analysis already running (a policy page reported by its content script): its tab report says where it is.
      while (this.report?.state === 'analysing') {
        this.step = this.report.step;
        await sleep(POLL_MS);
        this.report = await popupApi.tabReport(this.tabId);
      }
      if (this.report.state === 'not-analysed') await this.analyse();
    } catch (error) {
      this.error = String(error);
    }
  }

  /** Ask for access to the site (from the button's click), then start over. */
  async grantAccess(): Promise<void> {
    if (!this.accessNeeded || !(await requestSiteAccess(this.accessNeeded))) return;
    this.accessNeeded = null;
    await this.open();
  }

  async loadCookies(): Promise<void> {
    if (this.tabId === null) return;
    this.cookies = await popupApi.cookieReport(this.tabId).catch(() => null);
    this.vendors ??= await loadCookieVendors().catch(() => null);
  }

  /** Find the site's policy, or analyse a pasted policy URL. */
  async analyse(policyUrl?: string): Promise<void> {
    if (this.tabId === null || !this.report || this.report.state === 'restricted') return;
    const { site, url } = this.report;
    this.report = { state: 'analysing', site, url, step: policyUrl ? 'fetching' : 'finding-link' };
    this.step = policyUrl ? 'fetching' : 'finding-link';
    try {
      const analysis = popupApi.analyseSite(this.tabId, policyUrl);
      let finished = false;
      void analysis.then(() => (finished = true), () => (finished = true));
      // Where the search is comes from the tab's report, read while the answer is awaited (as for an analysis the
      // popup did not start): one mechanism, which also survives the service worker being stopped.
      while (!finished) {
        await Promise.race([analysis.catch(() => undefined), sleep(POLL_MS)]);
        const now = finished ? null : await popupApi.tabReport(this.tabId).catch(() => null);
        if (now?.state === 'analysing') this.step = now.step;
      }
      this.report = await analysis;
    } catch (error) {
      this.report = { state: 'failed', site, url, policyUrl: policyUrl ?? null, reason: verbatim(String(error)) };
    }
  }

  async showEvidence(sentenceId: string): Promise<void> {
    if (this.tabId === null) return;
    const { shown } = await popupApi.showEvidence(this.tabId, sentenceId);
    this.evidenceMissing = shown === 'not-found' ? sentenceId : null;
  }

  /** Save the analysed site with the cookies it has set now, for the comparison page. */
  async save(): Promise<void> {
    if (this.tabId === null || this.report?.state !== 'analysed') return;
    const { site, policyUrl, analysis } = this.report;
    try {
      const cookies = await popupApi.cookieReport(this.tabId).catch(() => null);
      const result = await savedSites.saveSite(site, policyUrl, analysis, cookies);
      // A refused save ('storage-full', 'too-many') changed nothing; the popup says why.
      this.saved = result.ok ? { count: result.savedSites } : null;
      this.saveError = result.ok ? null : result.reason;
    } catch (error) {
      this.saveError = String(error);
    }
  }
}

export const popup = new PopupState();
