import { type AnalysisOutcome, LABELS, type LabelledSentence } from '../types';
import { judgeReasons } from './detect-policy-page';
import type { DetectionReason, PageDetection } from './detection-types';

/**
 * A page whose title, headings, URL or wording point at a privacy policy, but not strongly enough to
 * be sure (e.g. only a "Privacy Policy" title on a 2005 table layout): its text is extracted and
 * classified, and what the text states decides (see `confirmDetection`).
 */
export const CANDIDATE_THRESHOLD = 3;

// A policy states practices in many of its sentences and across categories; measured on our detection
// pages (test/fixtures/detection, `npm run eval:detection`), policies have 30–70% of their sentences
// labelled and 4–5 categories, terms of sale and articles about privacy 5–20% and one or two.
const MIN_SENTENCES = 8;
/** A category counts when at least this many sentences state it. */
const MIN_PER_CATEGORY = 2;

/** Is this page worth extracting and classifying to decide whether it is a policy? */
export function isPolicyCandidate(detection: PageDetection): boolean {
  return detection.kind !== 'none' || detection.score >= CANDIDATE_THRESHOLD;
}

/** A candidate for a badge: a privacy policy or a weaker candidate, not a cookie policy (read only as a fallback). */
export function isPrivacyPolicyCandidate(detection: PageDetection): boolean {
  return detection.kind !== 'cookie-policy' && isPolicyCandidate(detection);
}

/** What the classifier found the page's sentences to state: share of sentences with a label and categories covered. */
export function practiceProfile(sentences: LabelledSentence[]): { share: number; categories: number; sentences: number } {
  const counts = new Map<string, number>();
  let labelled = 0;
  for (const sentence of sentences) {
    if (sentence.labels.length) labelled++;
    for (const label of sentence.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const categories = LABELS.filter((label) => (counts.get(label) ?? 0) >= MIN_PER_CATEGORY).length;
  return { share: sentences.length ? labelled / sentences.length : 0, categories, sentences: sentences.length };
}

/** Does the page call itself a privacy or cookie policy (title, first heading or URL)? */
const isNamed = (detection: PageDetection) => detection.reasons.some((r) => /^(title|h1|url)-(privacy|cookie)$/.test(r.signal) && r.points > 0);

/**
 * The detection reason the classified text adds: positive when it reads like a policy, negative when not.
 * Only a page that calls itself a policy can be lifted by its text: articles about GDPR, guides to writing
 * a policy and data-processing agreements state practices too, but do not carry a policy's name.
 */
export function practiceReason(sentences: LabelledSentence[], named = true): DetectionReason {
  const { share, categories, sentences: n } = practiceProfile(sentences);
  const detail = `${Math.round(share * 100)}% of ${n} sentences state practices, ${categories} of 5 categories`;
  let points = -4;
  if (n < MIN_SENTENCES) points = -2;
  else if (categories >= 4 && share >= 0.25) points = 6;
  else if (categories >= 3 && share >= 0.2) points = 1;
  else if (categories >= 2 && share >= 0.15) points = 0;
  return { signal: 'practice-statements', points: named ? points : Math.min(points, 0), detail };
}

/** The detection once the page's text was analysed: confirmed by its sentences, or as it was when the analysis failed. */
export function detectionAfterAnalysis(detection: PageDetection, outcome: AnalysisOutcome): PageDetection {
  return outcome.ok ? confirmDetection(detection, outcome.analysis.sentences) : detection;
}

/** The page detection completed with what its classified sentences state. */
export function confirmDetection(detection: PageDetection, sentences: LabelledSentence[]): PageDetection {
  const reasons = [...detection.reasons.filter((r) => r.signal !== 'practice-statements'), practiceReason(sentences, isNamed(detection))];
  return { ...detection, ...judgeReasons(reasons), reasons };
}
