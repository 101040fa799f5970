// Evaluation splits shared by `npm run eval` and `npm run tune`.
import { calibrateThresholds, documentFolds, fitModel, scoreSentence, type CorpusSentence } from '../lib/classify/build-model';
import { blendWithNeighbours, labelsFromScores } from '../lib/classify/classify-sentences';
import type { ClassifierModel } from '../lib/classify/model-types';
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from '../lib/classify/train-model';
import type { Label } from '../lib/types';

/** A writing batch: all documents written together share the first two parts of their id (en-shop, nb-tjenester). */
export const batchOf = (s: CorpusSentence) => s.doc.split('-').slice(0, 2).join('-');

export interface Prediction {
  sentence: CorpusSentence;
  /** Labels under the sentence's heading. */
  headed: Label[];
  /** Labels with the heading removed (the lead-in of a list item stays: `classify` sees it too). */
  bare: Label[];
}

/** Labels a model gives a sentence, with and without its heading. */
export function predictSentence(sentence: CorpusSentence, model: ClassifierModel): Prediction {
  const headed = labelsFromScores(scoreSentence(sentence, model), model, sentence.heading !== '');
  const bare = sentence.heading ? labelsFromScores(scoreSentence({ ...sentence, heading: '' }, model), model, false) : headed;
  return { sentence, headed, bare };
}

/** Labels a model gives sentences read in document order: each document's sentences are blended with their neighbours. */
export function predictDocuments(sentences: CorpusSentence[], model: ClassifierModel): Prediction[] {
  const predictions: Prediction[] = [];
  for (let start = 0; start < sentences.length; ) {
    let end = start + 1;
    while (end < sentences.length && sentences[end]!.doc === sentences[start]!.doc) end++;
    const doc = sentences.slice(start, end);
    const headed = blendWithNeighbours(doc.map((s) => scoreSentence(s, model)));
    const bare = blendWithNeighbours(doc.map((s) => scoreSentence({ ...s, heading: '' }, model)));
    doc.forEach((sentence, i) =>
      predictions.push({ sentence, headed: labelsFromScores(headed[i]!, model, sentence.heading !== ''), bare: labelsFromScores(bare[i]!, model, false) }),
    );
    start = end;
  }
  return predictions;
}

/** For each group, a model trained on all the other groups (thresholds calibrated inside the training part only). */
export function heldOutModels(groups: CorpusSentence[][], options: TrainOptions, calibrationFolds: number, visit: (test: CorpusSentence[], model: ClassifierModel) => void): void {
  groups.forEach((test, i) => {
    const train = groups.filter((_, j) => j !== i).flat();
    visit(test, fitModel(train, calibrateThresholds(train, calibrationFolds, options), options));
  });
}

/** Every writing batch of the corpus, as groups of sentences (sorted by batch name). */
export function writingBatches(corpus: CorpusSentence[]): CorpusSentence[][] {
  return [...new Set(corpus.map(batchOf))].sort().map((batch) => corpus.filter((s) => batchOf(s) === batch));
}

/** Train on all but one group, predict that group. */
function heldOut(groups: CorpusSentence[][], options: TrainOptions, calibrationFolds: number): Prediction[] {
  const predictions: Prediction[] = [];
  heldOutModels(groups, options, calibrationFolds, (test, model) => predictions.push(...predictDocuments(test, model)));
  return predictions;
}

/** Every writing batch predicted by a model trained on the other batches: the in-corpus number closest to real text. */
export function heldOutBatchPredictions(corpus: CorpusSentence[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): Prediction[] {
  return heldOut(writingBatches(corpus), options, 3);
}

/** Cross-validation split by document (5 folds). */
export function crossValidationPredictions(corpus: CorpusSentence[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): Prediction[] {
  return heldOut(documentFolds(corpus, 5), options, 3);
}
