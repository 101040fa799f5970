// The background reads like a table of contents: each message and tab event goes to the site reporter.
import { backgroundDeps } from '@/lib/adapters/background-deps';
import { extensionId, extensionOrigin } from '@/lib/adapters/runtime-adapter';
import { onTabChanges } from '@/lib/adapters/tabs-adapter';
import { checkExtensionPageSender, checkPolicyReport, checkTabId, onMessage, type SenderLike } from '@/lib/messages';
import { clearTabState } from '@/lib/storage';
import { createReportThrottle } from '@/lib/site-report/report-throttle';
import { createSiteReporter } from '@/lib/site-report/site-reporter';

/** Reject (and log) messages to popup-only handlers that do not come from our own pages. */
function fromOurPage(sender: SenderLike, data: unknown): { tabId: number; policyUrl?: string } {
  const page = checkExtensionPageSender(sender, extensionId(), extensionOrigin());
  const tab = checkTabId(data);
  const reason = !page.ok ? page.reason : !tab.ok ? tab.reason : null;
  if (reason || !tab.ok) {
    console.warn('[policy-lens] rejected message:', reason);
    throw new Error(`rejected: ${reason}`);
  }
  return tab.value;
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
    await reporter.policyPageReported(checked.tabId, checked.value);
  });
  onMessage('getTabReport', ({ data, sender }) => reporter.tabReport(fromOurPage(sender, data).tabId));
  onMessage('analyseSite', ({ data, sender }) => {
    const { tabId, policyUrl } = fromOurPage(sender, data);
    return reporter.analyseSite(tabId, policyUrl);
  });
  onMessage('getCookieReport', ({ data, sender }) => reporter.cookieReport(fromOurPage(sender, data).tabId));
  onMessage('showEvidence', ({ data, sender }) => reporter.showEvidence(fromOurPage(sender, data).tabId, String(data.sentenceId).slice(0, 10)));
  onMessage('saveSite', ({ data, sender }) => reporter.saveSite(fromOurPage(sender, data).tabId));

  onTabChanges(
    (tabId, url) => void reporter.tabNavigated(tabId, url),
    (tabId) => void clearTabState(tabId),
  );
});
