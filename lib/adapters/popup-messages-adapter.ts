// The popup's side of the messages, plus its listener for progress, in one place.
import { senderProblem } from '../message-senders';
import { onMessage, sendMessage } from './messaging';
import type { AnalysisStep } from '../tab-report/tab-report-types';
import { extensionId, extensionOrigin } from './runtime-adapter';

const STEPS: readonly string[] = ['finding-link', 'fetching', 'extracting', 'analysing'];

export const popupApi = {
  tabReport: (tabId: number) => sendMessage('getTabReport', { tabId }),
  analyseSite: (tabId: number, policyUrl?: string) => sendMessage('analyseSite', policyUrl ? { tabId, policyUrl } : { tabId }),
  cookieReport: (tabId: number) => sendMessage('getCookieReport', { tabId }),
  showEvidence: (tabId: number, sentenceId: string) => sendMessage('showEvidence', { tabId, sentenceId }),
  // Any content script could broadcast a progress message: only our background's are shown.
  onProgress: (listener: (tabId: number, step: AnalysisStep) => void) =>
    onMessage('analysisProgress', ({ data, sender }) => {
      const fromUs = senderProblem('analysisProgress', sender, { id: extensionId(), origin: extensionOrigin() }) === null;
      if (fromUs && Number.isInteger(data?.tabId) && STEPS.includes(data?.step)) listener(data.tabId, data.step);
    }),
};
