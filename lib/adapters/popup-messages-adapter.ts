// The popup's side of the messages, plus its listener for progress, in one place.
import type { AnalysisStep } from '../tab-report/tab-report-types';
import { onMessage, sendMessage } from './messaging';
import { extensionId, extensionOrigin } from './runtime-adapter';

// The message rules carry the schemas of every kind, which the popup's budget has no room for at start-up: they
// load with the first progress message (only while an analysis runs).
const messageRules = () => import('../messaging/message-rules');

export const popupApi = {
  tabReport: (tabId: number) => sendMessage('getTabReport', { tabId }),
  analyseSite: (tabId: number, policyUrl?: string) => sendMessage('analyseSite', policyUrl ? { tabId, policyUrl } : { tabId }),
  cookieReport: (tabId: number) => sendMessage('getCookieReport', { tabId }),
  showEvidence: (tabId: number, sentenceId: string) => sendMessage('showEvidence', { tabId, sentenceId }),
  // Any content script could broadcast a progress message: only our background's are shown, checked by its rule.
  onProgress: (listener: (tabId: number, step: AnalysisStep) => void) =>
    onMessage('analysisProgress', async ({ data, sender }) => {
      const checked = (await messageRules()).checkMessage('analysisProgress', data, sender, { id: extensionId(), origin: extensionOrigin() });
      if (checked.ok) listener(checked.value.tabId, checked.value.step);
    }),
};
