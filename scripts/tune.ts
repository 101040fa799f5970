// `npm run tune`: choose the learner's settings by how well they TRANSFER, not how well they fit.
// Each batch of documents written together (the file prefix, e.g. en-shop, nb-org) is held out in
// turn and predicted by a model trained on all the others; thresholds are calibrated inside the
// training part. A setting that only memorises one writer's phrasing scores badly here.
// The seed policies are printed for information only and never pick a setting.
import { calibrateThresholds, fitModel, toExample, type CorpusSentence } from '../lib/classify/build-model';
import { labelScores, labelsFromScores } from '../lib/classify/classify-sentences';
import { multiLabelMetrics } from '../lib/classify/metrics';
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from '../lib/classify/train-model';
import { LABELS, type Label } from '../lib/types';
import { loadCorpus, readLabelledJsonl, SEED_LABELS } from './corpus';

const batchOf = (s: CorpusSentence) => s.doc.split('-').slice(0, 2).join('-');

function heldOutBatches(corpus: CorpusSentence[], options: TrainOptions): [number, number] {
  const batches = [...new Set(corpus.map(batchOf))].sort();
  const gold: Label[][] = [];
  const predicted: Label[][] = [];
  const predictedBare: Label[][] = [];
  for (const batch of batches) {
    const train = corpus.filter((s) => batchOf(s) !== batch);
    const test = corpus.filter((s) => batchOf(s) === batch);
    const model = fitModel(train, calibrateThresholds(train, 3, options), options);
    for (const s of test) {
      gold.push(s.labels);
      predicted.push(labelsFromScores(labelScores(toExample(s).features, model), model, s.heading !== ''));
      predictedBare.push(labelsFromScores(labelScores(toExample({ ...s, heading: '' }).features, model), model, false));
    }
  }
  return [multiLabelMetrics(gold, predicted, LABELS).macroF1, multiLabelMetrics(gold, predictedBare, LABELS).macroF1];
}

function seedScore(corpus: CorpusSentence[], options: TrainOptions): number {
  const model = fitModel(corpus, calibrateThresholds(corpus, 3, options), options);
  const seeds = readLabelledJsonl(SEED_LABELS);
  return multiLabelMetrics(seeds.map((s) => s.labels), seeds.map((s) => labelsFromScores(labelScores(toExample(s).features, model), model, s.heading !== '')), LABELS).macroF1;
}

const corpus = loadCorpus();
const grid: Partial<TrainOptions>[] = [];
for (const headingFreeCopies of [false, true]) for (const shrink of [0, 0.03, 0.1]) grid.push({ headingFreeCopies, shrink });
console.log(`batches: ${[...new Set(corpus.map(batchOf))].join(' ')}`);
// "no headings" is how `policy-lens classify` sees text: sentences or paragraphs on their own.
console.log('setting                                      held-out batches macro-F1: with headings / no headings   (seeds, info only)');
for (const change of grid) {
  const options = { ...DEFAULT_TRAIN_OPTIONS, ...change };
  const name = Object.entries(change).map(([k, v]) => `${k}=${v}`).join(' ');
  const [headed, bare] = heldOutBatches(corpus, options);
  console.log(`${name.padEnd(44)} ${(headed * 100).toFixed(1).padStart(6)}% / ${(bare * 100).toFixed(1).padStart(5)}%   (${(seedScore(corpus, options) * 100).toFixed(1)}%)`);
}
