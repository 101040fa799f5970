// Messages to a tab's content script; its answers come from a page and are validated.
import { checkAnswer } from '../messaging/message-rules';
import { checkPolicyAnswer } from '../messaging/policy-report-checks';
import type { PageInfo, PolicyReport } from '../messaging/messages';
import { sendMessage } from './messaging';

/** What the content script of a tab reports about its page, or null when there is none (or it answers nonsense). */
export async function pageInfo(tabId: number): Promise<PageInfo | null> {
  try {
    const checked = checkAnswer('getPageInfo', await sendMessage('getPageInfo', undefined, { tabId, frameId: 0 }));
    if (!checked.ok) console.warn('[policy-lens] rejected page info:', checked.reason);
    return checked.ok ? checked.value : null;
  } catch {
    return null; // no content script: a page loaded before install, or one we may not script
  }
}

/** Ask a tab's content script to scroll to and mark a sentence. */
export async function highlightInTab(tabId: number, text: string): Promise<boolean> {
  try {
    const answer = await sendMessage('highlightSentence', { text }, { tabId, frameId: 0 });
    return answer?.found === true;
  } catch {
    return false;
  }
}

/** The policy a tab's live page shows, extracted by its content script; null when none, no content script, or a bad answer. */
export async function livePolicy(tabId: number, tabUrl: string): Promise<PolicyReport | null> {
  try {
    const checked = checkPolicyAnswer(await sendMessage('getPolicyReport', undefined, { tabId, frameId: 0 }), tabUrl);
    if (!checked.ok) console.warn('[policy-lens] rejected policy answer:', checked.reason);
    return checked.ok ? checked.value : null;
  } catch {
    return null;
  }
}
