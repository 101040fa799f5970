// What each message kind's data must be (valibot schemas, the single source of these shapes), and the checks a
// receiver runs before acting: the sender may send this kind (message-senders.ts), the data matches its schema
// (unknown fields dropped), sizes are sane. Messages from content scripts come from pages that may be hostile.
import * as v from 'valibot';
import { senderProblem, type Self, type SenderLike } from './message-senders';
import type { ProtocolMap } from './messages';
import { sentenceId } from './schemas/analysis';
import { httpUrl, int, obj, oneOf, parse, text } from './schemas/common';
import { PageInfoSchema, ParsedPageSchema, PolicyReportSchema } from './schemas/page';

// Extraction caps policies at 400,000 characters and 6,000 sentences; a report past this is not from our content script.
export const MAX_REPORT_CHARS = 3_000_000;
// Fetched pages are cut at 3 MB before parsing (lib/adapters/fetch-page-adapter.ts).
const MAX_HTML_CHARS = 3_000_000;

const tabId = int(0);

/** The data of every message kind. */
export const MESSAGE_DATA = {
  reportPolicy: PolicyReportSchema,
  getPageInfo: v.undefined(),
  getPolicyReport: v.undefined(),
  highlightSentence: obj({ text: text(1_600) }),
  parsePage: obj({ html: text(MAX_HTML_CHARS), url: httpUrl() }),
  getTabReport: obj({ tabId }),
  analyseSite: obj({ tabId, policyUrl: v.optional(httpUrl()) }),
  getCookieReport: obj({ tabId }),
  showEvidence: obj({ tabId, sentenceId }),
  reanalysePolicy: obj({ url: httpUrl() }),
  analysisProgress: obj({ tabId, step: oneOf(['finding-link', 'fetching', 'extracting', 'analysing']) }),
} as const satisfies Record<keyof ProtocolMap, v.GenericSchema>;

export type MessageData<K extends keyof typeof MESSAGE_DATA> = v.InferOutput<(typeof MESSAGE_DATA)[K]>;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Check a message of `kind` before acting on it: sender, size, schema. */
export function checkMessage<K extends keyof typeof MESSAGE_DATA>(kind: K, data: unknown, sender: SenderLike, self: Self): Checked<MessageData<K>> {
  const problem = senderProblem(kind, sender, self);
  if (problem) return { ok: false, reason: problem };
  const size = JSON.stringify(data ?? null).length;
  if (size > MAX_REPORT_CHARS + MAX_HTML_CHARS) return { ok: false, reason: `message too large (${size} characters)` };
  const checked = parse(MESSAGE_DATA[kind], data);
  return checked.ok ? checked : { ok: false, reason: `bad schema: ${checked.reason}` };
}

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
  const problem = senderProblem('reportPolicy', sender, self);
  if (problem) return { ok: false, reason: problem };
  const size = JSON.stringify(data ?? null).length;
  if (size > MAX_REPORT_CHARS) return { ok: false, reason: `message too large (${size} characters)` };
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
  const size = JSON.stringify(data ?? null).length;
  if (size > MAX_REPORT_CHARS) return { ok: false, reason: `message too large (${size} characters)` };
  const checked = parse(PolicyReportSchema, data, 'policy report');
  if (!checked.ok) return { ok: false, reason: `bad schema: ${checked.reason}` };
  if (!sameOrigin(checked.value.url, tabUrl) || checked.value.extracted.url !== checked.value.url) return { ok: false, reason: 'URL is not of the tab' };
  return checked;
}

/** Validate a content script's answer to getPageInfo (it comes from a page, so it is checked too). */
export function checkPageInfo(data: unknown): Checked<v.InferOutput<typeof PageInfoSchema>> {
  return parse(PageInfoSchema, data, 'page info');
}

/** Validate the offscreen document's parse of a fetched page. */
export function checkParsedPage(data: unknown): Checked<v.InferOutput<typeof ParsedPageSchema>> {
  return parse(ParsedPageSchema, data, 'parsed page');
}
