// The background reads like a table of contents: each message and tab event goes to the site reporter.
import { backgroundDeps } from '@/lib/adapters/background-deps';
import { extensionId, extensionOrigin, onExtensionUpdated } from '@/lib/adapters/runtime-adapter';
import { onTabChanges } from '@/lib/adapters/tabs-adapter';
import { checkExtensionPageSender, checkPolicyReport, checkPolicyUrl, checkTabId, onMessage, type SenderLike } from '@/lib/messages';
import { clearTabState, dropAnalysisCache } from '@/lib/storage';
import { createReportThrottle } from '@/lib/site-report/report-throttle';
import { createSiteReporter } from '@/lib/site-report/site-reporter';

/** Reject (and log) messages to page-only handlers that do not come from our own pages or are malformed. */
function fromOurPage<T = { tabId: number; policyUrl?: string }>(sender: SenderLike, data: unknown, check: (data: unknown) => { ok: true; value: T } | { ok: false; reason: string } = checkTabId as never): T {
  const page = checkExtensionPageSender(sender, extensionId(), extensionOrigin());
  const checked = check(data);
  const reason = !page.ok ? page.reason : !checked.ok ? checked.reason : null;
  if (reason || !checked.ok) {
    console.warn('[policy-lens] rejected message:', reason);
    throw new Error(`rejected: ${reason}`);
  }
  return checked.value;
}

export default defineBackground(() => {
  const reporter = createSiteReporter(backgroundDeps());
  const allowReport = createReportThrottle();

  onMessage('reportPolicy', async ({ data, sender }) => {
    const checked = checkPolicyReport(data, sender, extensionId());
    const reason = !checked.ok ? checked.reason : !allowReport(checked.tabId) ? 'too many reports from this tab' : null;
    if (reason || !checked.ok) {
      console.warn('[policy-lens] rejected policy report:', reason);
      throw new Error(`rejected: ${reason}`);
    }
    await reporter.policyPageReported(checked.tabId, checked.value, checked.pageUrl);
  });
  onMessage('getTabReport', ({ data, sender }) => reporter.tabReport(fromOurPage(sender, data).tabId));
  onMessage('analyseSite', ({ data, sender }) => {
    const { tabId, policyUrl } = fromOurPage(sender, data);
    return reporter.analyseSite(tabId, policyUrl);
  });
  onMessage('getCookieReport', ({ data, sender }) => reporter.cookieReport(fromOurPage(sender, data).tabId));
  onMessage('showEvidence', ({ data, sender }) => reporter.showEvidence(fromOurPage(sender, data).tabId, String(data.sentenceId).slice(0, 10)));
  onMessage('reanalysePolicy', ({ data, sender }) => reporter.reanalysePolicy(fromOurPage(sender, data, checkPolicyUrl).url));

  // A new version may bring a new model: cached analyses are redone (saved sites are kept as saved).
  onExtensionUpdated(() => void dropAnalysisCache());

  onTabChanges(
    (tabId, url) => void reporter.tabNavigated(tabId, url),
    (tabId) => void clearTabState(tabId),
  );
});
