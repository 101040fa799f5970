// What changed between a saved copy of a policy and the policy as read now, per category.
import type { SavedAnalysis } from '../storage/saved-site-schema';
import type { Text } from '../text/text';
import { type Grade, type Label, LABELS, type PolicyAnalysis } from '../types';
import { type FactItem, factItems } from '../score/category-facts';

/** The changes in one category: facts added and removed, the card status before and after, new sentences. */
export interface CategoryChange {
  label: Label;
  added: FactItem[];
  removed: FactItem[];
  statusBefore: 'clear' | 'vague' | 'missing';
  statusAfter: 'clear' | 'vague' | 'missing';
  /** Sentences with this label that the saved copy did not have. */
  newSentences: { id: string; text: string }[];
  /** How many sentences with this label the saved copy had that are gone now. */
  goneSentences: number;
}

export interface PolicyChanges {
  /** The policy text differs from the saved copy (its hash changed). */
  textChanged: boolean;
  grade: { before: Grade; after: Grade; pointsBefore: number; pointsAfter: number };
  /** Only the categories where something changed, in display order. */
  categories: CategoryChange[];
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Compare the saved copy of a policy with the current analysis. */
export function policyChanges(saved: SavedAnalysis, current: SavedAnalysis): PolicyChanges {
  const savedTexts = new Set(saved.sentences.map((s) => normalise(s.text)));
  const currentTexts = new Set(current.sentences.map((s) => normalise(s.text)));
  const categories: CategoryChange[] = [];
  for (const label of LABELS) {
    const before = factItems(saved, label);
    const after = factItems(current, label);
    const beforeKeys = new Set(before.map((f) => f.key));
    const afterKeys = new Set(after.map((f) => f.key));
    const change: CategoryChange = {
      label,
      added: after.filter((f) => !beforeKeys.has(f.key)),
      removed: before.filter((f) => !afterKeys.has(f.key)),
      statusBefore: saved.score.categories[label].status,
      statusAfter: current.score.categories[label].status,
      newSentences: current.sentences.filter((s) => s.labels.includes(label) && !savedTexts.has(normalise(s.text))).map(({ id, text }) => ({ id, text })),
      goneSentences: saved.sentences.filter((s) => s.labels.includes(label) && !currentTexts.has(normalise(s.text))).length,
    };
    const changed = change.added.length || change.removed.length || change.statusBefore !== change.statusAfter || change.newSentences.length || change.goneSentences;
    if (changed) categories.push(change);
  }
  return {
    textChanged: saved.textHash !== current.textHash,
    grade: { before: saved.score.grade, after: current.score.grade, pointsBefore: saved.score.points, pointsAfter: current.score.points },
    categories,
  };
}

/** What reading a saved site's policy again found (the comparison page's per-site status). */
export type PolicyRecheck =
  | { state: 'reading' }
  | { state: 'unchanged'; checkedAt: number }
  | { state: 'changed'; analysis: PolicyAnalysis; changes: PolicyChanges; savedAt: number }
  | { state: 'updated' }
  | { state: 'failed'; reason: Text };
