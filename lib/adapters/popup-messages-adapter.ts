// The popup's side of the messages, plus its listener for progress, in one place.
import { onMessage, sendMessage } from '../messages';
import type { AnalysisStep } from '../site-report/site-report-types';

export const popupApi = {
  tabReport: (tabId: number) => sendMessage('getTabReport', { tabId }),
  analyseSite: (tabId: number, policyUrl?: string) => sendMessage('analyseSite', policyUrl ? { tabId, policyUrl } : { tabId }),
  cookieReport: (tabId: number) => sendMessage('getCookieReport', { tabId }),
  showEvidence: (tabId: number, sentenceId: string) => sendMessage('showEvidence', { tabId, sentenceId }),
  onProgress: (listener: (tabId: number, step: AnalysisStep) => void) => onMessage('analysisProgress', ({ data }) => listener(data.tabId, data.step)),
};
