// The saved-site records, per schema version, and the pure steps between versions (no storage calls here,
// so migrations and imports are tested on plain data).
import type { CookieReport } from '../site-report/site-report-types';
import type { Grade, LabelledSentence, PolicyAnalysis } from '../types';

/** A policy sentence as saved: its labels, without the classifier's per-label scores. */
export type SavedSentence = Omit<LabelledSentence, 'scores'>;

/** A policy analysis as saved: scorecard, facts and the evidence sentences they point to. */
export interface SavedAnalysis extends Omit<PolicyAnalysis, 'sentences'> {
  sentences: SavedSentence[];
}

/** An earlier saved copy of a site's policy, kept as its grade when the copy is replaced. */
export interface SavedVersion {
  savedAt: number;
  textHash: string;
  grade: Grade;
  points: number;
}

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

/** Schema version 2: one record per site under its own key, listed in the `savedSites` index. */
export interface SavedSite {
  schemaVersion: 2;
  site: string;
  policyUrl: string;
  /** When this copy of the policy was saved (ms since the epoch). */
  savedAt: number;
  /** When the policy was last read again and found unchanged (equals savedAt until then). */
  checkedAt: number;
  textHash: string;
  analysis: SavedAnalysis;
  /** The cookies the site had set when it was saved (null when saved without a tab, e.g. imported). */
  cookies: CookieReport | null;
  /** Copies this one replaced, newest first. */
  history: SavedVersion[];
}

/** One line of the saved-site index: what the list shows without reading every record. */
export interface SavedSiteSummary {
  site: string;
  policyUrl: string;
  title: string;
  language: string;
  savedAt: number;
  checkedAt: number;
  textHash: string;
  grade: Grade;
  points: number;
}

export const SAVED_SITE_SCHEMA_VERSION = 2;
// A replaced copy leaves one small line of history; twenty is years of policy updates.
export const MAX_HISTORY = 20;

/** Every evidence id the facts and the scorecard point to. */
export function evidenceIds(analysis: Pick<PolicyAnalysis, 'facts' | 'score'>): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown, key = ''): void => {
    if (Array.isArray(value)) {
      // Lists of ids: `evidence`, and the facts that are plain id lists (transfers abroad, selling).
      if (['evidence', 'transfersAbroad', 'sellsData', 'deniesSelling'].includes(key)) value.forEach((id) => typeof id === 'string' && ids.add(id));
      else value.forEach((item) => walk(item));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(analysis.facts);
  walk(analysis.score);
  return ids;
}

/** The saved form of an analysis: sentences that are evidence for something, without classifier scores. */
export function savedAnalysisOf(analysis: PolicyAnalysis | SavedAnalysis): SavedAnalysis {
  const wanted = evidenceIds(analysis);
  const sentences = analysis.sentences
    .filter((s) => wanted.has(s.id))
    .map(({ id, text, heading, section, labels }) => ({ id, text, heading, section, labels }));
  return { ...analysis, sentences };
}

/** The index line of a saved record. */
export function summaryOf(record: SavedSite): SavedSiteSummary {
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

/** Migration 1 → 2 of one record: compact analysis, check date and an empty history. */
export function savedSiteFromV1(old: SavedSiteV1): SavedSite {
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
    schemaVersion: 2,
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
