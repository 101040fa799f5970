// The checks a policy read from a web page needs beyond its rule (message-rules.ts): the URL it claims must be
// the page's it came from, and its size is capped before anything is parsed.
import { checkAnswer, checkMessage, type Checked, MAX_REPORT_CHARS, type MessageData, type Self, type SenderLike, senderProblem, tooLarge } from './message-rules';

const withoutHash = (url: string) => url.split('#')[0];

const sameOrigin = (a: string, b: string) => URL.canParse(a) && URL.canParse(b) && new URL(a).origin === new URL(b).origin;

/**
 * The reported URL is the sender frame's; or, after a single-page shop moved with history.pushState
 * (Chrome keeps the frame's first URL as the sender URL), the tab's current URL; or a same-origin iframe's
 * that the top frame read (a frame of another origin cannot be read). The sender URL comes from the
 * browser, not from the page.
 */
function reportedUrlMatches(url: string, sender: SenderLike): boolean {
  return sender.url !== undefined && (withoutHash(sender.url) === withoutHash(url) || sameOrigin(sender.url, url));
}

/** Validate a content script's policy report: our extension, a tab's top frame, sane size and shape, the URL it claims, and the page it is shown in. */
export function checkPolicyReport(data: unknown, sender: SenderLike, self: Self): { ok: true; value: MessageData<'reportPolicy'>; tabId: number; pageUrl: string } | { ok: false; reason: string } {
  const problem = senderProblem('reportPolicy', sender, self) ?? tooLarge(data, MAX_REPORT_CHARS);
  if (problem) return { ok: false, reason: problem };
  const checked = checkMessage('reportPolicy', data, sender, self);
  if (!checked.ok) return checked;
  if (!reportedUrlMatches(checked.value.url, sender)) return { ok: false, reason: 'URL does not match the sender frame' };
  if (checked.value.extracted.url !== checked.value.url) return { ok: false, reason: 'extracted URL does not match the report' };
  // The page shown in the tab: the report's own URL, or the page around a same-origin iframe it came from.
  return { ...checked, tabId: sender.tab!.id!, pageUrl: sender.tab?.url ?? sender.url! };
}

/** Validate a tab's content-script answer to getPolicyReport: shape, size, and a URL of the tab's own origin. */
export function checkPolicyAnswer(data: unknown, tabUrl: string): Checked<MessageData<'reportPolicy'> | null> {
  if (data === null) return { ok: true, value: null };
  const problem = tooLarge(data, MAX_REPORT_CHARS);
  if (problem) return { ok: false, reason: problem };
  const checked = checkAnswer('getPolicyReport', data);
  if (!checked.ok || checked.value === null) return checked;
  if (!sameOrigin(checked.value.url, tabUrl) || checked.value.extracted.url !== checked.value.url) return { ok: false, reason: 'URL is not of the tab' };
  return checked;
}
