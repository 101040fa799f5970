// Every message between content script, background, offscreen document and popup, declared once.
// Reply types come from the handler signatures below. Messages from content scripts come from a
// page that may be hostile, so their data and sender are validated here before the background acts.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageDetection } from './detect/detection-types';
import type { PolicyLinkCandidate } from './find-policy/find-policy-link';
import type { AnalysisStep, CookieReport, TabReport } from './site-report/site-report-types';
import type { ExtractedPolicy, LocalizedText, PolicyAnalysis } from './types';
import { arr, bool, type Check, httpUrl, int, literal, num, obj, optional, str, validate } from './validate/shape';

/** What a content script reports about its page. */
export interface PageInfo {
  url: string;
  title: string;
  detection: PageDetection;
  policyLinks: PolicyLinkCandidate[];
  /** Hosts other than the page's own that the page loaded resources from (the background keeps other sites'). */
  loadedHosts: string[];
  /** Whether the user has clicked or typed on the page since it loaded (to warn about tracking before consent). */
  interacted?: boolean;
}

/** A policy page's text, extracted in the content script. */
export interface PolicyReport {
  url: string;
  detection: PageDetection;
  extracted: ExtractedPolicy;
}

/** A page fetched by the background and parsed where a DOM exists (offscreen document or Firefox background). */
export interface ParsedPage {
  detection: PageDetection;
  extracted: ExtractedPolicy;
  policyLinks: PolicyLinkCandidate[];
}

/** A policy read again on demand: its analysis, or why it could not be read. */
export type PolicyReading = { ok: true; analysis: PolicyAnalysis } | { ok: false; reason: LocalizedText };

export interface ProtocolMap {
  // content script → background (untrusted: validated)
  reportPolicy(data: PolicyReport): void;
  // background → content script
  getPageInfo(): PageInfo;
  highlightSentence(data: { text: string; heading: string }): { found: boolean };
  // background → offscreen document
  parsePage(data: { html: string; url: string }): ParsedPage;
  // popup → background
  getTabReport(data: { tabId: number }): TabReport;
  analyseSite(data: { tabId: number; policyUrl?: string }): TabReport;
  getCookieReport(data: { tabId: number }): CookieReport;
  showEvidence(data: { tabId: number; sentenceId: string }): { shown: 'in-tab' | 'opened' | 'not-found' };
  // comparison page → background: read a saved site's policy again
  reanalysePolicy(data: { url: string }): PolicyReading;
  // background → popup
  analysisProgress(data: { tabId: number; step: AnalysisStep }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>({ logger: undefined });

// Size caps: extraction caps policies at 400,000 characters and 6,000 sentences (lib/extract/build-policy.ts);
// a report past these is not from our content script.
export const MAX_REPORT_CHARS = 3_000_000;
const MAX_SENTENCES = 6_000;
const MAX_SECTIONS = 3_000;
const MAX_SENTENCE_CHARS = 1_600;
const MAX_LEAD_IN_CHARS = 400;

const detectionCheck: Check<PageDetection> = obj({
  kind: literal('privacy-policy', 'cookie-policy', 'none'),
  score: num(-1_000, 1_000),
  reasons: arr(obj({ signal: str(60), points: num(-100, 100), detail: str(300) }), 50),
  words: int(0, 10_000_000),
});

const extractedCheck: Check<ExtractedPolicy> = obj({
  url: httpUrl(),
  title: str(1_000),
  sections: arr(obj({ heading: str(1_000), level: int(0, 6) }), MAX_SECTIONS),
  sentences: arr(
    obj({ id: str(10), text: str(MAX_SENTENCE_CHARS), heading: str(1_000), section: int(0, MAX_SECTIONS), leadIn: optional(str(MAX_LEAD_IN_CHARS)) }),
    MAX_SENTENCES,
  ),
  words: int(0, 10_000_000),
  truncated: bool,
});

const policyReportCheck: Check<PolicyReport> = obj({ url: httpUrl(), detection: detectionCheck, extracted: extractedCheck });

const pageInfoCheck: Check<PageInfo> = obj({
  url: str(4_096),
  title: str(1_000),
  detection: detectionCheck,
  policyLinks: arr(
    obj({ url: httpUrl(), text: str(300), score: num(-100, 100), source: literal('rel', 'link', 'common-path'), kind: literal('privacy', 'cookie') }),
    100,
  ),
  loadedHosts: arr(str(253), 500),
  interacted: optional(bool),
});

/** The sender fields the checks need (a subset of runtime.MessageSender). */
export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type Checked<T> = { ok: true; value: T; tabId: number } | { ok: false; reason: string };

const withoutHash = (url: string) => url.split('#')[0];

/**
 * The reported URL is the sender frame's, or, after a single-page shop moved with history.pushState
 * (Chrome keeps the frame's first URL as the sender URL), the tab's current URL on the same origin.
 * Both come from the browser, not from the page.
 */
function reportedUrlMatches(url: string, sender: SenderLike): boolean {
  if (!sender.url) return false;
  if (withoutHash(sender.url) === withoutHash(url)) return true;
  const tabUrl = sender.tab?.url;
  return tabUrl !== undefined && withoutHash(tabUrl) === withoutHash(url) && URL.canParse(sender.url) && URL.canParse(url) && new URL(sender.url).origin === new URL(url).origin;
}

/** Validate a content script's policy report: our extension, a tab's top frame, the URL it claims, sane sizes and shape. */
export function checkPolicyReport(data: unknown, sender: SenderLike, extensionId: string): Checked<PolicyReport> {
  if (sender.id !== extensionId) return { ok: false, reason: 'sender is another extension' };
  if (typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return { ok: false, reason: 'sender is not a content script in a tab' };
  if (sender.frameId !== 0) return { ok: false, reason: 'sender is not the top frame' };
  const size = JSON.stringify(data ?? null).length;
  if (size > MAX_REPORT_CHARS) return { ok: false, reason: `message too large (${size} characters)` };
  const checked = validate(policyReportCheck, data);
  if (!checked.ok) return { ok: false, reason: `bad schema: ${checked.reason}` };
  if (!reportedUrlMatches(checked.value.url, sender)) return { ok: false, reason: 'URL does not match the sender frame' };
  if (checked.value.extracted.url !== checked.value.url) return { ok: false, reason: 'extracted URL does not match the report' };
  return { ok: true, value: checked.value, tabId: sender.tab.id };
}

/** Validate a content script's answer to getPageInfo (it comes from a page, so it is checked too). */
export function checkPageInfo(data: unknown): { ok: true; value: PageInfo } | { ok: false; reason: string } {
  return validate(pageInfoCheck, data);
}

/** Validate a message sender as one of our own pages (popup, offscreen document), not a content script. */
export function checkExtensionPageSender(sender: SenderLike, extensionId: string, extensionOrigin: string): { ok: true } | { ok: false; reason: string } {
  if (sender.id !== extensionId) return { ok: false, reason: 'sender is another extension' };
  if (!sender.url?.startsWith(extensionOrigin)) return { ok: false, reason: 'sender is not an extension page' };
  return { ok: true };
}

/** Validate a tab id passed by the popup. */
export function checkTabId(data: unknown): { ok: true; value: { tabId: number; policyUrl?: string } } | { ok: false; reason: string } {
  return validate(obj({ tabId: int(0), policyUrl: optional(httpUrl()) }), data);
}

/** Validate the policy URL the comparison page asks to read again. */
export function checkPolicyUrl(data: unknown): { ok: true; value: { url: string } } | { ok: false; reason: string } {
  return validate(obj({ url: httpUrl() }), data);
}
