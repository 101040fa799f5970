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
export function labelsFromScores(scores: number[], model: ClassifierModel, hasHeading = true): Label[] {
  const thresholds = hasHeading ? model.thresholds : (model.thresholdsNoHeading ?? model.thresholds);
  return model.labels.filter((_, k) => (scores[k] ?? 0) >= (thresholds[k] ?? 0.5));
}

/** Classify one sentence under its heading (and, for a list item, the lead-in of its list). */
export function classifySentence(text: string, heading: string, lang: SupportedLanguage, model: ClassifierModel, leadIn = ''): { labels: Label[]; scores: number[] } {
  const scores = labelScores(sentenceFeatures(text, { heading, leadIn, ...featureSetup(model) }, lang), model);
  return { labels: labelsFromScores(scores, model, heading !== ''), scores };
}

/** Give every sentence of a policy zero or more of the five labels. */
export function classifySentences(sentences: PolicySentence[], lang: SupportedLanguage, model: ClassifierModel): LabelledSentence[] {
  return sentences.map((sentence) => {
    const { labels, scores } = classifySentence(sentence.text, sentence.heading, lang, model, sentence.leadIn);
    const byLabel: Record<Label, number> = { collected: 0, purposes: 0, sharing: 0, retention: 0, rights: 0 };
    for (let k = 0; k < model.labels.length; k++) byLabel[model.labels[k]!] = Math.round((scores[k] ?? 0) * 1000) / 1000;
    return { ...sentence, labels, scores: byLabel };
  });
}
