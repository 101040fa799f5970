import { LABELS, type Label, type SupportedLanguage } from '../types';
import { featureSetup, labelScores } from './classify-sentences';
import { compoundVocabulary } from './compound-words';
import { sentenceFeatures, type CompoundMode } from './features';
import { bestThreshold } from './metrics';
import type { ClassifierModel } from './model-types';
import { DEFAULT_TRAIN_OPTIONS, seededRandom, trainWeights, type TrainingExample, type TrainOptions } from './train-model';

/** One labelled sentence of the corpus (data/corpus/*.jsonl). */
export interface CorpusSentence {
  doc: string;
  lang: SupportedLanguage;
  heading: string;
  text: string;
  /** For a list item or table row: the sentence that introduces its list. */
  leadIn?: string;
  labels: Label[];
}

/** What features need besides the sentence: how compounds are read and the words they split into. */
export interface FeatureSetup {
  compounds: CompoundMode;
  vocabulary: ReadonlySet<string>;
}

// Weights below this change no decision; writing them as 0 keeps public/model.json small.
const PRUNE_BELOW = 0.02;
const WEIGHT_SCALE = 1000;

const NO_COMPOUNDS: FeatureSetup = { compounds: 'off', vocabulary: new Set() };

/** The features of a corpus sentence, read the way a model with this setup reads it. */
export function toExample(sentence: CorpusSentence, setup: FeatureSetup = NO_COMPOUNDS): TrainingExample {
  const context = { heading: sentence.heading, leadIn: sentence.leadIn, ...setup };
  return { features: sentenceFeatures(sentence.text, context, sentence.lang), labels: sentence.labels };
}

/** The Norwegian words of the training sentences that compounds are split into. */
function trainingVocabulary(sentences: CorpusSentence[], compounds: CompoundMode): string[] {
  if (compounds !== 'split' && compounds !== 'both') return [];
  return compoundVocabulary(sentences.filter((s) => s.lang === 'nb').flatMap((s) => [s.text, s.heading]));
}

/** Calibrated thresholds per label: for sentences under a heading, and for sentences without one. */
export interface ThresholdSet {
  headed: number[];
  bare: number[];
}

/** Train on examples and package the weights as a model (thresholds given). */
export function fitModel(sentences: CorpusSentence[], thresholds: ThresholdSet, options: TrainOptions = DEFAULT_TRAIN_OPTIONS): ClassifierModel {
  const vocabulary = trainingVocabulary(sentences, options.compounds);
  const setup: FeatureSetup = { compounds: options.compounds, vocabulary: new Set(vocabulary) };
  const examples = sentences.map((s) => toExample(s, setup));
  if (options.headingFreeCopies) for (const s of sentences) if (s.heading) examples.push(toExample({ ...s, heading: '' }, setup));
  const { features, weights, bias, K } = trainWeights(examples, LABELS, options, sentences.length);
  const kept: Record<string, number[]> = {};
  features.forEach((feature, f) => {
    const row = Array.from({ length: K }, (_, k) => {
      const w = weights[f * K + k]!;
      return Math.abs(w) < PRUNE_BELOW ? 0 : Math.round(w * WEIGHT_SCALE);
    });
    if (row.some((w) => w !== 0)) kept[feature] = row;
  });
  const languages: Record<string, number> = {};
  for (const s of sentences) languages[s.lang] = (languages[s.lang] ?? 0) + 1;
  return {
    format: 'policy-lens-ovr-logreg',
    version: 1,
    labels: [...LABELS],
    thresholds: thresholds.headed,
    thresholdsNoHeading: thresholds.bare,
    bias: bias.map((b) => Math.round(b * 1000) / 1000),
    weights: kept,
    weightScale: WEIGHT_SCALE,
    compounds: options.compounds,
    vocabulary,
    trainedOn: { sentences: sentences.length, documents: new Set(sentences.map((s) => s.doc)).size, languages },
  };
}

/** Per-label scores of a corpus sentence under a model. */
export const scoreSentence = (sentence: CorpusSentence, model: ClassifierModel): number[] => labelScores(toExample(sentence, featureSetup(model)).features, model);

/** Split documents (never sentences) into k folds, deterministically. */
export function documentFolds(sentences: CorpusSentence[], k: number, seed = 7): CorpusSentence[][] {
  const docs = [...new Set(sentences.map((s) => s.doc))].sort();
  const random = seededRandom(seed);
  for (let i = docs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [docs[i], docs[j]] = [docs[j]!, docs[i]!];
  }
  const foldOf = new Map(docs.map((doc, i) => [doc, i % k]));
  const folds: CorpusSentence[][] = Array.from({ length: k }, () => []);
  for (const s of sentences) folds[foldOf.get(s.doc)!]!.push(s);
  return folds;
}

/** Out-of-fold scores for every sentence, with and without its heading, from k models each trained without that sentence's document. */
export function outOfFoldScores(sentences: CorpusSentence[], k: number, options: TrainOptions = DEFAULT_TRAIN_OPTIONS) {
  const folds = documentFolds(sentences, k);
  const half = LABELS.map(() => 0.5);
  const result: { sentence: CorpusSentence; scores: number[]; bareScores: number[] }[] = [];
  folds.forEach((test, i) => {
    const train = folds.filter((_, j) => j !== i).flat();
    const model = fitModel(train, { headed: half, bare: half }, options);
    for (const sentence of test) {
      const scores = scoreSentence(sentence, model);
      const bareScores = sentence.heading ? scoreSentence({ ...sentence, heading: '' }, model) : scores;
      result.push({ sentence, scores, bareScores });
    }
  });
  return result;
}

/** Per-label thresholds that maximise out-of-fold F1 (cross-validation split by document), with and without headings. */
export function calibrateThresholds(sentences: CorpusSentence[], k = 5, options: TrainOptions = DEFAULT_TRAIN_OPTIONS): ThresholdSet {
  const scored = outOfFoldScores(sentences, k, options);
  const best = (pick: (s: (typeof scored)[number]) => number[]) =>
    LABELS.map((label, index) =>
      bestThreshold(
        scored.map((s) => pick(s)[index]!),
        scored.map((s) => s.sentence.labels.includes(label)),
      ),
    );
  return { headed: best((s) => s.scores), bare: best((s) => s.bareScores) };
}
