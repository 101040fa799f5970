// Every message between content script, background, offscreen document and popup, declared once: the
// protocol only. Reply types come from the handler signatures below; lib/adapters/messaging.ts binds the
// messaging library to it. Who may send each kind, and the schema of its data (and of the answers that are
// checked), is the one table of message-rules.ts. This file holds no schema code, so the content script
// (which mostly sends) bundles none.
import type * as v from 'valibot';
import type { MessageData } from './message-rules';
import type { PageInfoSchema, ParsedPageSchema, PolicyReportSchema } from '../schemas/page';
import type { CookieReport } from '../cookies/cookie-types';
import type { TabReport } from '../tab-report/tab-report-types';
import type { Text } from '../text/text';
import type { PolicyAnalysis } from '../types';

/** What a content script reports about its page. */
export type PageInfo = v.InferOutput<typeof PageInfoSchema>;

/** A policy page's text, extracted in the content script. */
export type PolicyReport = v.InferOutput<typeof PolicyReportSchema>;

/** A page fetched by the background and parsed where a DOM exists (offscreen document or Firefox background). */
export type ParsedPage = v.InferOutput<typeof ParsedPageSchema>;

/** A policy read again on demand: its analysis, or why it could not be read. */
export type PolicyReading = { ok: true; analysis: PolicyAnalysis } | { ok: false; reason: Text };

export interface ProtocolMap {
  // content script → background (untrusted: validated)
  reportPolicy(data: PolicyReport): void;
  // background → content script
  getPageInfo(): PageInfo;
  /** The policy the page shows (itself or a same-origin iframe), extracted from the live page; null when none. */
  getPolicyReport(): PolicyReport | null;
  highlightSentence(data: MessageData<'highlightSentence'>): { found: boolean };
  // background → offscreen document
  parsePage(data: MessageData<'parsePage'>): ParsedPage;
  // popup → background
  getTabReport(data: MessageData<'getTabReport'>): TabReport;
  analyseSite(data: MessageData<'analyseSite'>): TabReport;
  getCookieReport(data: MessageData<'getCookieReport'>): CookieReport;
  showEvidence(data: MessageData<'showEvidence'>): { shown: 'in-tab' | 'opened' | 'not-found' };
  // comparison page → background: read a saved site's policy again
  reanalysePolicy(data: MessageData<'reanalysePolicy'>): PolicyReading;
  // background → popup
}
