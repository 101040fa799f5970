import { describe, expect, it } from 'vitest';
import { LABELS, type Label, type LabelledSentence } from '../types';
import type { PageDetection } from './detection-types';
import { confirmDetection, isPolicyCandidate, practiceProfile, practiceReason } from './practice-evidence';

const sentence = (i: number, labels: Label[]): LabelledSentence => ({
  id: `s${i}`, text: `Sentence ${i}.`, heading: '', section: 0, labels,
  scores: Object.fromEntries(LABELS.map((l) => [l, labels.includes(l) ? 0.9 : 0.1])) as Record<Label, number>,
});
/** A text of `n` sentences where the first ones state the given labels, two sentences each. */
const text = (n: number, labels: Label[]) => Array.from({ length: n }, (_, i) => sentence(i, i < labels.length * 2 ? [labels[Math.floor(i / 2)]!] : []));
const candidate: PageDetection = { kind: 'none', score: 3, reasons: [{ signal: 'title-privacy', points: 3, detail: 'privacy policy' }], words: 900 };

describe('practice evidence for page detection', () => {
  it('profiles the share of sentences that state practices and the categories covered', () => {
    expect(practiceProfile(text(20, ['collected', 'sharing', 'rights']))).toEqual({ share: 0.3, categories: 3, sentences: 20 });
  });

  it('confirms a candidate whose sentences read like a policy', () => {
    const confirmed = confirmDetection(candidate, text(20, ['collected', 'purposes', 'sharing', 'rights', 'retention']));
    expect(confirmed.kind).toBe('privacy-policy');
    expect(confirmed.reasons.map((r) => r.signal)).toContain('practice-statements');
  });

  it('lifts only a page that calls itself a policy: an article or agreement about data stays what it is', () => {
    const policyLike = text(30, ['collected', 'purposes', 'sharing', 'rights', 'retention']);
    const article: PageDetection = { kind: 'none', score: 4, reasons: [{ signal: 'body-phrases', points: 3, detail: '' }, { signal: 'topic-headings', points: 1, detail: '' }], words: 900 };
    expect(confirmDetection(article, policyLike).kind).toBe('none');
    expect(confirmDetection({ ...article, reasons: [...article.reasons, { signal: 'url-privacy', points: 2, detail: 'privacy' }] }, policyLike).kind).toBe('privacy-policy');
    // …but any page can be pulled down by its text.
    expect(practiceReason(text(40, []), false).points).toBeLessThan(0);
  });

  it('rejects a candidate whose sentences state few practices (terms of sale, a news article)', () => {
    expect(confirmDetection(candidate, text(40, ['collected'])).kind).toBe('none');
    expect(practiceReason(text(40, [])).points).toBeLessThan(0);
  });

  it('keeps a page with strong page signals a policy even when the classifier finds little', () => {
    const strong: PageDetection = { kind: 'privacy-policy', score: 14, reasons: [{ signal: 'title-privacy', points: 14, detail: '' }], words: 400 };
    expect(confirmDetection(strong, text(10, [])).kind).toBe('privacy-policy');
  });

  it('does not count its own reason twice when confirmed again', () => {
    const once = confirmDetection(candidate, text(20, ['collected', 'purposes', 'sharing', 'rights']));
    expect(confirmDetection(once, text(20, ['collected', 'purposes', 'sharing', 'rights'])).score).toBe(once.score);
  });

  it('sends pages with some policy signals to be read, not pages without', () => {
    expect(isPolicyCandidate(candidate)).toBe(true);
    expect(isPolicyCandidate({ ...candidate, score: 1 })).toBe(false);
  });
});
