// The saved-site records, per schema version, and the pure steps between versions (no storage calls here,
// so migrations and imports are tested on plain data).
import type * as v from 'valibot';
import type { SavedAnalysisSchema, SavedSentenceSchema } from '../schemas/analysis';
import type { SavedSiteSchema, SavedSiteSummarySchema, SavedVersionSchema } from '../schemas/saved-site';
import type { CookieReport } from '../cookies/cookie-types';
import type { PolicyAnalysis } from '../types';

export { MAX_HISTORY } from '../schemas/limits';
import { MAX_HISTORY } from '../schemas/limits';

/** A policy sentence as saved: its labels, without the classifier's per-label scores. */
export type SavedSentence = v.InferOutput<typeof SavedSentenceSchema>;

/** A policy analysis as saved: scorecard, facts and the evidence sentences they point to. */
export type SavedAnalysis = v.InferOutput<typeof SavedAnalysisSchema>;

/** An earlier saved copy of a site's policy, kept as its grade when the copy is replaced. */
export type SavedVersion = v.InferOutput<typeof SavedVersionSchema>;

/** Schema version 2: one record per site under its own key, listed in the `savedSites` index (lib/schemas/saved-site.ts). */
export type SavedSite = v.InferOutput<typeof SavedSiteSchema>;

/** One line of the saved-site index: what the list shows without reading every record. */
export type SavedSiteSummary = v.InferOutput<typeof SavedSiteSummarySchema>;

/** Schema version 1 (first release): the whole analysis, all records in one array under `savedSites`. */
export interface SavedSiteV1 {
  schemaVersion: 1;
  site: string;
  policyUrl: string;
  savedAt: number;
  textHash: string;
  analysis: PolicyAnalysis;
  cookies: CookieReport | null;
}

export const SAVED_SITE_SCHEMA_VERSION = 3;

// Lists of sentence ids: `evidence`, and the facts that are plain id lists (transfers abroad, selling).
const ID_LISTS = ['evidence', 'transfersAbroad', 'sellsData', 'deniesSelling'];

/** Every evidence id the facts and the scorecard point to, with where (`root.facts.dataTypes[0].evidence`). */
export function evidenceRefs(analysis: Pick<PolicyAnalysis, 'facts' | 'score'>, root = 'analysis'): { id: string; at: string }[] {
  const refs: { id: string; at: string }[] = [];
  const walk = (value: unknown, at: string, key = ''): void => {
    if (Array.isArray(value)) {
      if (ID_LISTS.includes(key)) value.forEach((id) => typeof id === 'string' && refs.push({ id, at }));
      else value.forEach((item, i) => walk(item, `${at}[${i}]`));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`, k);
    }
  };
  walk(analysis.facts, `${root}.facts`);
  walk(analysis.score, `${root}.score`);
  return refs;
}

/** Every evidence id the facts and the scorecard point to. */
export const evidenceIds = (analysis: Pick<PolicyAnalysis, 'facts' | 'score'>): Set<string> => new Set(evidenceRefs(analysis).map((ref) => ref.id));

/** The saved form of an analysis: sentences that are evidence for something, without classifier scores. */
export function savedAnalysisOf(analysis: PolicyAnalysis | SavedAnalysis): SavedAnalysis {
  const wanted = evidenceIds(analysis);
  const sentences = analysis.sentences
    .filter((s) => wanted.has(s.id))
    .map(({ id, text, heading, section, labels }) => ({ id, text, heading, section, labels }));
  return { ...analysis, sentences };
}

/** The index line of a saved record. */
export function summaryOf(record: Omit<SavedSite, 'schemaVersion'>): SavedSiteSummary {
  return {
    site: record.site,
    policyUrl: record.policyUrl,
    title: record.analysis.title,
    language: record.analysis.language?.code ?? '',
    savedAt: record.savedAt,
    checkedAt: record.checkedAt,
    textHash: record.textHash,
    grade: record.analysis.score.grade,
    points: record.analysis.score.points,
  };
}

/**
 * A record of schema 2: as schema 3, but its texts are words in both languages ({ en, nb }) where schema 3 has
 * catalogue messages (migrate-texts.ts turns one into the other; the type names the shape, not those fields).
 */
export type SavedSiteV2 = Omit<SavedSite, 'schemaVersion'> & { schemaVersion: 2 };

/** Migration 1 → 2 of one record: compact analysis, check date, an empty history (texts stay as they were). */
export function savedSiteFromV1(old: SavedSiteV1): SavedSiteV2 {
  return {
    schemaVersion: 2,
    site: old.site,
    policyUrl: old.policyUrl,
    savedAt: old.savedAt,
    checkedAt: old.savedAt,
    textHash: old.textHash,
    analysis: savedAnalysisOf(old.analysis),
    cookies: old.cookies,
    history: [],
  };
}

/** A new record for a site, replacing `previous` (whose grade goes into the history when its text differed). */
export function newSavedSite(
  site: string,
  policyUrl: string,
  analysis: PolicyAnalysis | SavedAnalysis,
  cookies: CookieReport | null,
  now: number,
  previous: SavedSite | null,
): SavedSite {
  const history = previous?.history ?? [];
  const replaced: SavedVersion[] =
    previous && previous.textHash !== analysis.textHash
      ? [{ savedAt: previous.savedAt, textHash: previous.textHash, grade: previous.analysis.score.grade, points: previous.analysis.score.points }]
      : [];
  return {
    schemaVersion: 3,
    site,
    policyUrl,
    savedAt: now,
    checkedAt: now,
    textHash: analysis.textHash,
    analysis: savedAnalysisOf(analysis),
    cookies,
    history: [...replaced, ...history].slice(0, MAX_HISTORY),
  };
}
