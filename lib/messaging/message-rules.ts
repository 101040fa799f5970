// The trust rules of every message kind, in one table: who may send it, the schema its data must match (valibot,
// the single source of these shapes) and, where the answer comes from a less trusted side (a content script
// in a web page, the offscreen document), the schema of the answer. One check function runs them for every
// receiver: the background, the offscreen document, the popup (its progress listener) and the background
// reading content-script answers. The content script is the exception: only our extension can message it
// (tabs.sendMessage), and its 60 KB budget has no room for schemas, so it bundles nothing of this file.
import * as v from 'valibot';
import { sentenceId } from '../schemas/analysis';
import { httpUrl, int, obj, parse, text } from '../schemas/common';
import { PageInfoSchema, ParsedPageSchema, PolicyReportSchema } from '../schemas/page';
import type { ProtocolMap } from './messages';

// Extraction caps policies at 400,000 characters and 6,000 sentences; a report past this is not from our content script.
export const MAX_REPORT_CHARS = 3_000_000;
// Fetched pages are cut at 3 MB before parsing (lib/adapters/fetch-page-adapter.ts).
const MAX_HTML_CHARS = 3_000_000;

/** Who sends a message: a content script in a web page (untrusted), or one of our own extension contexts. */
export type MessageSender = 'content-script' | 'extension-page' | 'background';

/** One kind's rule: its sender, its data and, when checked, its answer. */
interface MessageRule {
  from: MessageSender;
  data: v.GenericSchema;
  answer?: v.GenericSchema;
}

const tabId = int(0);

/** The allow-list of message kinds (as Privacy Badger lists its content-script messages): a kind from anyone else is refused. */
export const MESSAGE_RULES = {
  reportPolicy: { from: 'content-script', data: PolicyReportSchema }, // a policy page's text → background
  getPageInfo: { from: 'background', data: v.undefined(), answer: PageInfoSchema }, // → content script; its answer comes from a page
  // → content script; its answer (the live page's extraction) comes from a page
  getPolicyReport: { from: 'background', data: v.undefined(), answer: v.nullable(PolicyReportSchema) },
  highlightSentence: { from: 'background', data: obj({ text: text(1_600) }) }, // → content script
  parsePage: { from: 'background', data: obj({ html: text(MAX_HTML_CHARS), url: httpUrl() }), answer: ParsedPageSchema }, // → offscreen document
  getTabReport: { from: 'extension-page', data: obj({ tabId }) }, // popup → background
  analyseSite: { from: 'extension-page', data: obj({ tabId, policyUrl: v.optional(httpUrl()) }) }, // popup → background
  getCookieReport: { from: 'extension-page', data: obj({ tabId }) }, // popup → background
  showEvidence: { from: 'extension-page', data: obj({ tabId, sentenceId }) }, // popup → background
  reanalysePolicy: { from: 'extension-page', data: obj({ url: httpUrl() }) }, // comparison page → background
} as const satisfies Record<keyof ProtocolMap, MessageRule>;

type Rules = typeof MESSAGE_RULES;
export type MessageKind = keyof Rules;

/** The data of a message of `K`, as its schema gives it. */
export type MessageData<K extends MessageKind> = v.InferOutput<Rules[K]['data']>;

/** The answer to a message of `K`, for the kinds whose answers are checked. */
export type MessageAnswer<K extends MessageKind> = Rules[K] extends { answer: infer S extends v.GenericSchema } ? v.InferOutput<S> : never;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

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
export function senderProblem(kind: MessageKind, sender: SenderLike, self: Self): string | null {
  if (!Object.hasOwn(MESSAGE_RULES, kind)) return `unknown message kind ${String(kind).slice(0, 40)}`;
  if (sender.id !== self.id) return 'sender is another extension';
  if (MESSAGE_RULES[kind].from === 'content-script') {
    if (typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return 'sender is not a content script in a tab';
    if (sender.frameId !== 0) return 'sender is not the top frame';
    return null;
  }
  return sender.url?.startsWith(self.origin) ? null : 'sender is not an extension page';
}

/** Why `data` is too large to check, or null. */
export const tooLarge = (data: unknown, limit: number): string | null => {
  const size = JSON.stringify(data ?? null).length;
  return size > limit ? `message too large (${size} characters)` : null;
};

/** Check a message of `kind` before acting on it: sender, size, schema (unknown fields dropped). */
export function checkMessage<K extends MessageKind>(kind: K, data: unknown, sender: SenderLike, self: Self): Checked<MessageData<K>> {
  const problem = senderProblem(kind, sender, self) ?? tooLarge(data, MAX_REPORT_CHARS + MAX_HTML_CHARS);
  if (problem) return { ok: false, reason: problem };
  const checked = parse(MESSAGE_RULES[kind].data, data);
  return checked.ok ? (checked as Checked<MessageData<K>>) : { ok: false, reason: `bad schema: ${checked.reason}` };
}

/** Check the answer to a message of `kind` (from a content script or the offscreen document) against its schema. */
export function checkAnswer<K extends MessageKind>(kind: K, answer: unknown): Checked<MessageAnswer<K>> {
  const rule: MessageRule = MESSAGE_RULES[kind];
  if (!rule.answer) return { ok: false, reason: `answers to ${kind} are not checked` };
  const checked = parse(rule.answer, answer, `${kind} answer`);
  return checked.ok ? (checked as Checked<MessageAnswer<K>>) : { ok: false, reason: `bad schema: ${checked.reason}` };
}
