import { type Label, type LabelledSentence, type PolicySentence, type SupportedLanguage } from '../types';
import { sentenceFeatures, type CompoundMode } from './features';
import type { ClassifierModel } from './model-types';

interface CompiledModel {
  /** Feature → offset of its row in `rows` (one typed array for all rows: one allocation, not 27,000). */
  offsets: Map<string, number>;
  rows: Float64Array;
  bias: number[];
  thresholds: number[];
  labels: Label[];
}

const compiled = new WeakMap<ClassifierModel, CompiledModel>();
const setups = new WeakMap<ClassifierModel, { compounds: CompoundMode; vocabulary: ReadonlySet<string> }>();

/** How a model reads compound words, with its vocabulary as a set (built once per model). */
export function featureSetup(model: ClassifierModel): { compounds: CompoundMode; vocabulary: ReadonlySet<string> } {
  let setup = setups.get(model);
  if (!setup) {
    setup = { compounds: model.compounds ?? 'off', vocabulary: new Set(model.vocabulary ?? []) };
    setups.set(model, setup);
  }
  return setup;
}

function compile(model: ClassifierModel): CompiledModel {
  let ready = compiled.get(model);
  if (!ready) {
    const K = model.bias.length;
    const features = Object.keys(model.weights);
    const offsets = new Map<string, number>();
    const rows = new Float64Array(features.length * K);
    const scale = model.weightScale ?? 1;
    features.forEach((feature, i) => {
      const row = model.weights[feature]!;
      offsets.set(feature, i * K);
      for (let k = 0; k < K; k++) rows[i * K + k] = (row[k] ?? 0) / scale;
    });
    ready = { offsets, rows, bias: model.bias, thresholds: model.thresholds, labels: model.labels };
    compiled.set(model, ready);
  }
  return ready;
}

/** Give a model its weights already compiled (a packed model has no `weights` object to compile from). */
export function registerCompiledWeights(model: ClassifierModel, offsets: Map<string, number>, rows: Float64Array): void {
  compiled.set(model, { offsets, rows, bias: model.bias, thresholds: model.thresholds, labels: model.labels });
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Per-label probabilities for one feature set (features are binary, L2-normalised). */
export function labelScores(features: string[], model: ClassifierModel): number[] {
  const { offsets, rows, bias } = compile(model);
  const K = bias.length;
  const sums = new Float64Array(K);
  for (const feature of features) {
    const offset = offsets.get(feature);
    if (offset !== undefined) for (let k = 0; k < K; k++) sums[k]! += rows[offset + k]!;
  }
  const scale = 1 / Math.sqrt(features.length || 1);
  const scores = new Array<number>(K);
  for (let k = 0; k < K; k++) scores[k] = sigmoid(bias[k]! + sums[k]! * scale);
  return scores;
}

/** Labels whose score passes the label's calibrated threshold (its own set when there is no heading). */
export function labelsFromScores(scores: number[], model: ClassifierModel, hasHeading = true, margin = 0): Label[] {
  const thresholds = hasHeading ? model.thresholds : (model.thresholdsNoHeading ?? model.thresholds);
  return model.labels.filter((_, k) => (scores[k] ?? 0) >= (thresholds[k] ?? 0.5) + margin);
}

/**
 * How much more score a label needs in a unit of many sentences (a paragraph) than in one sentence. A
 * unit is labelled with what any of its sentences states, so each sentence's small chance of a false
 * label adds up over a long paragraph; the margin grows with the unit, `UNIT_MARGIN × (1 − 1/n)`.
 * `npm run tune:paragraphs` (held-out writing batches grouped into paragraphs of 3, 5 and 8 sentences,
 * without headings, neighbours blended): average macro-F1 for margins 0 / 0.05 / 0.1 / 0.15 / 0.2 / 0.3
 * is 83.0 / 83.2 / 83.0 / 82.4 / 81.3 / 78.8. 0.05 and 0.1 are equal within noise; 0.1 is taken because
 * it buys 3–6 points of precision on every label, and precision is where real paragraphs go wrong.
 */
export const UNIT_MARGIN = 0.1;

/** The labels of a unit of text (a paragraph, a table cell) from the scores of its sentences. */
export function unitLabels(sentences: { scores: number[]; hasHeading: boolean }[], model: ClassifierModel, unitMargin = UNIT_MARGIN): Label[] {
  const margin = unitMargin * (1 - 1 / (sentences.length || 1));
  const found = new Set(sentences.flatMap((s) => labelsFromScores(s.scores, model, s.hasHeading, margin)));
  return model.labels.filter((label) => found.has(label));
}

/** Classify one sentence under its heading (and, for a list item, the lead-in of its list). */
export function classifySentence(text: string, heading: string, lang: SupportedLanguage, model: ClassifierModel, leadIn = ''): { labels: Label[]; scores: number[] } {
  const scores = labelScores(sentenceFeatures(text, { heading, leadIn, ...featureSetup(model) }, lang), model);
  return { labels: labelsFromScores(scores, model, heading !== ''), scores };
}

/**
 * How much of its neighbours' scores a sentence takes on. Policies keep to a topic for a few sentences
 * ("We collect your address. This lets us deliver…"), so a sentence's neighbours are evidence of what it
 * states. Each label's score moves this far toward the mean of the sentence before and after it. Chosen
 * on held-out writing batches (macro-F1 headed / without headings, weights 0 / 0.1 / 0.2 / 0.3 / 0.5:
 * 82.8 / 83.4 / 83.7 / 83.7 / 80.6 and 79.3 / 80.2 / 80.9 / 81.2 / 77.8); 0.2 keeps clear of the drop.
 */
export const NEIGHBOUR_WEIGHT = 0.2;

/** Every sentence's scores moved `weight` of the way toward the mean scores of the sentences beside it. */
export function blendWithNeighbours(scores: number[][], weight = NEIGHBOUR_WEIGHT): number[][] {
  return scores.map((own, i) => {
    const neighbours = [scores[i - 1], scores[i + 1]].filter((n): n is number[] => n !== undefined);
    if (!neighbours.length || weight === 0) return own;
    return own.map((value, k) => value + weight * (neighbours.reduce((sum, n) => sum + (n[k] ?? 0), 0) / neighbours.length - value));
  });
}

/** Classify sentences read in order (a policy, a paragraph): each with its heading and lead-in, and its neighbours. */
export function classifySequence(sentences: { text: string; heading: string; leadIn?: string }[], lang: SupportedLanguage, model: ClassifierModel): { labels: Label[]; scores: number[] }[] {
  const setup = featureSetup(model);
  const raw = sentences.map((s) => labelScores(sentenceFeatures(s.text, { heading: s.heading, leadIn: s.leadIn ?? '', ...setup }, lang), model));
  return blendWithNeighbours(raw).map((scores, i) => ({ scores, labels: labelsFromScores(scores, model, sentences[i]!.heading !== '') }));
}

/** Give every sentence of a policy zero or more of the five labels. */
export function classifySentences(sentences: PolicySentence[], lang: SupportedLanguage, model: ClassifierModel): LabelledSentence[] {
  const classified = classifySequence(sentences, lang, model);
  return sentences.map((sentence, i) => {
    const { labels, scores } = classified[i]!;
    const byLabel: Record<Label, number> = { collected: 0, purposes: 0, sharing: 0, retention: 0, rights: 0 };
    for (let k = 0; k < model.labels.length; k++) byLabel[model.labels[k]!] = Math.round((scores[k] ?? 0) * 1000) / 1000;
    return { ...sentence, labels, scores: byLabel };
  });
}
