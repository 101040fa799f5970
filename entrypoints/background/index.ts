// The background reads like a table of contents: each message and tab event goes to the site reporter.
import { onMessage } from '@/lib/adapters/messaging';
import { tabStates } from '@/lib/adapters/background-storage-adapter';
import { onExtensionUpdated } from '@/lib/adapters/runtime-adapter';
import { analysisCache } from '@/lib/adapters/storage-adapter';
import { onTabChanges } from '@/lib/adapters/tabs-adapter';
import { createSiteReporter } from '@/lib/tab-report/site-reporter';
import { accepted, acceptedReport } from './accept-message';
import { createReportThrottle } from './report-throttle';
import { backgroundDeps } from './wiring';

export default defineBackground(() => {
  const reporter = createSiteReporter(backgroundDeps());
  const allowReport = createReportThrottle();

  onMessage('reportPolicy', async ({ data, sender }) => {
    const report = acceptedReport(data, sender, allowReport);
    await reporter.policyPageReported(report.tabId, report.value, report.pageUrl);
  });
  onMessage('getTabReport', ({ data, sender }) => reporter.tabReport(accepted('getTabReport', data, sender).tabId));
  onMessage('analyseSite', ({ data, sender }) => {
    const { tabId, policyUrl } = accepted('analyseSite', data, sender);
    return reporter.analyseSite(tabId, policyUrl);
  });
  onMessage('getCookieReport', ({ data, sender }) => reporter.cookieReport(accepted('getCookieReport', data, sender).tabId));
  onMessage('showEvidence', ({ data, sender }) => {
    const { tabId, sentenceId } = accepted('showEvidence', data, sender);
    return reporter.showEvidence(tabId, sentenceId);
  });
  onMessage('reanalysePolicy', ({ data, sender }) => reporter.reanalysePolicy(accepted('reanalysePolicy', data, sender).url));

  // A new version may bring a new model: cached analyses are redone (saved sites are kept as saved).
  onExtensionUpdated(() => void analysisCache.dropAnalysisCache());

  onTabChanges(
    (tabId, url) => void reporter.tabNavigated(tabId, url),
    (tabId) => void tabStates.clearTabState(tabId),
  );
});
