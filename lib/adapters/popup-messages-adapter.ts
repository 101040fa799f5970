// The popup's side of the messages. (Progress is not a message: the popup reads it from the tab's report.)
import { sendMessage } from './messaging';

export const popupApi = {
  tabReport: (tabId: number) => sendMessage('getTabReport', { tabId }),
  analyseSite: (tabId: number, policyUrl?: string) => sendMessage('analyseSite', policyUrl ? { tabId, policyUrl } : { tabId }),
  cookieReport: (tabId: number) => sendMessage('getCookieReport', { tabId }),
  showEvidence: (tabId: number, sentenceId: string) => sendMessage('showEvidence', { tabId, sentenceId }),
};
