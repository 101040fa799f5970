import { LABELS, type Label, type LabelledSentence, type PolicySentence, type SupportedLanguage } from '../types';
import { sentenceFeatures } from './features';
import type { ClassifierModel } from './model-types';

interface CompiledModel {
  weights: Map<string, number[]>;
  bias: number[];
  thresholds: number[];
  labels: Label[];
}

const compiled = new WeakMap<ClassifierModel, CompiledModel>();

function compile(model: ClassifierModel): CompiledModel {
  let ready = compiled.get(model);
  if (!ready) {
    ready = { weights: new Map(Object.entries(model.weights)), bias: model.bias, thresholds: model.thresholds, labels: model.labels };
    compiled.set(model, ready);
  }
  return ready;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Per-label probabilities for one feature set (features are binary, L2-normalised). */
export function labelScores(features: string[], model: ClassifierModel): number[] {
  const { weights, bias } = compile(model);
  const sums = bias.slice();
  const scale = 1 / Math.sqrt(features.length || 1);
  for (const feature of features) {
    const w = weights.get(feature);
    if (!w) continue;
    for (let k = 0; k < sums.length; k++) sums[k]! += (w[k] ?? 0) * scale;
  }
  return sums.map(sigmoid);
}

/** Labels whose score passes the label's calibrated threshold (its own set when there is no heading). */
export function labelsFromScores(scores: number[], model: ClassifierModel, hasHeading = true): Label[] {
  const thresholds = hasHeading ? model.thresholds : (model.thresholdsNoHeading ?? model.thresholds);
  return model.labels.filter((_, k) => (scores[k] ?? 0) >= (thresholds[k] ?? 0.5));
}

/** Classify one sentence under its heading. */
export function classifySentence(text: string, heading: string, lang: SupportedLanguage, model: ClassifierModel): { labels: Label[]; scores: number[] } {
  const scores = labelScores(sentenceFeatures(text, heading, lang), model);
  return { labels: labelsFromScores(scores, model, heading !== ''), scores };
}

/** Give every sentence of a policy zero or more of the five labels. */
export function classifySentences(sentences: PolicySentence[], lang: SupportedLanguage, model: ClassifierModel): LabelledSentence[] {
  return sentences.map((sentence) => {
    const { labels, scores } = classifySentence(sentence.text, sentence.heading, lang, model);
    const byLabel = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
    model.labels.forEach((label, k) => (byLabel[label] = Math.round((scores[k] ?? 0) * 1000) / 1000));
    return { ...sentence, labels, scores: byLabel };
  });
}
