// The allow-list of message kinds and who may send each (as Privacy Badger lists its content-script messages).
// A receiver refuses a kind from anyone else. No schema code here: every context, the content script too, can
// afford it; the data checks are in message-checks.ts.
import type { ProtocolMap } from './messages';

/** Who sends a message: a content script in a web page (untrusted), or one of our own extension contexts. */
export type MessageSender = 'content-script' | 'extension-page' | 'background';

export const MESSAGE_SENDERS = {
  reportPolicy: 'content-script', // a policy page's text → background
  getPageInfo: 'background', // → content script; its answer comes from a page and is checked
  getPolicyReport: 'background', // → content script; its answer (the live page's extraction) is checked
  highlightSentence: 'background', // → content script
  parsePage: 'background', // → offscreen document
  getTabReport: 'extension-page', // popup → background
  analyseSite: 'extension-page', // popup → background
  getCookieReport: 'extension-page', // popup → background
  showEvidence: 'extension-page', // popup → background
  reanalysePolicy: 'extension-page', // comparison page → background
  analysisProgress: 'background', // → popup
} as const satisfies Record<keyof ProtocolMap, MessageSender>;

/** The sender fields the checks need (a subset of runtime.MessageSender). */
export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Our extension's id and the origin of its pages (chrome-extension://<id>/). */
export interface Self {
  id: string;
  origin: string;
}

/**
 * Why `sender` may not send `kind`, or null. Content scripts: ours, in a tab's top frame. Our own contexts
 * (background, popup, comparison and offscreen pages; the browser does not tell them apart): ours, from a page
 * of our origin — a content script's sender URL is its web page's.
 */
export function senderProblem(kind: keyof ProtocolMap, sender: SenderLike, self: Self): string | null {
  if (!(kind in MESSAGE_SENDERS)) return `unknown message kind ${String(kind).slice(0, 40)}`;
  if (sender.id !== self.id) return 'sender is another extension';
  if (MESSAGE_SENDERS[kind] === 'content-script') {
    if (typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return 'sender is not a content script in a tab';
    if (sender.frameId !== 0) return 'sender is not the top frame';
    return null;
  }
  return sender.url?.startsWith(self.origin) ? null : 'sender is not an extension page';
}
