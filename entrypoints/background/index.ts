// The background reads like a table of contents: each message and tab event goes to the site reporter.
import { backgroundDeps } from './wiring';
import { extensionId, extensionOrigin, onExtensionUpdated } from '@/lib/adapters/runtime-adapter';
import { onTabChanges } from '@/lib/adapters/tabs-adapter';
import { checkMessage, type MessageData, type MessageKind, type SenderLike } from '@/lib/messaging/message-rules';
import { checkPolicyReport } from '@/lib/messaging/policy-report-checks';
import { onMessage } from '@/lib/adapters/messaging';
import { tabStates } from '@/lib/adapters/background-storage-adapter';
import { analysisCache } from '@/lib/adapters/storage-adapter';
import { createReportThrottle } from './report-throttle';
import { createSiteReporter } from '@/lib/tab-report/site-reporter';

const self = () => ({ id: extensionId(), origin: extensionOrigin() });

/** The data of a message our pages send, once its sender and schema are checked; else the message is refused (and logged). */
function accepted<K extends MessageKind>(kind: K, data: unknown, sender: SenderLike): MessageData<K> {
  const checked = checkMessage(kind, data, sender, self());
  if (checked.ok) return checked.value;
  console.warn('[policy-lens] rejected message:', kind, checked.reason);
  throw new Error(`rejected: ${checked.reason}`);
}

export default defineBackground(() => {
  const reporter = createSiteReporter(backgroundDeps());
  const allowReport = createReportThrottle();

  onMessage('reportPolicy', async ({ data, sender }) => {
    const checked = checkPolicyReport(data, sender, self());
    const reason = !checked.ok ? checked.reason : !allowReport(checked.tabId) ? 'too many reports from this tab' : null;
    if (reason || !checked.ok) {
      console.warn('[policy-lens] rejected policy report:', reason);
      throw new Error(`rejected: ${reason}`);
    }
    await reporter.policyPageReported(checked.tabId, checked.value, checked.pageUrl);
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
