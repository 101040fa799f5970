// `npm run tune`: choose the learner's settings by how well they TRANSFER, not how well they fit.
// Each batch of documents written together (the file prefix, e.g. en-shop, nb-org) is held out in
// turn and predicted by a model trained on all the others; thresholds are calibrated inside the
// training part. A setting that only memorises one writer's phrasing scores badly here.
// The seed policies are printed for information only and never pick a setting.
// `npm run tune -- --all` also compares heading-free copies × shrink.
import { calibrateThresholds, fitModel } from '../lib/classify/build-model';
import { multiLabelMetrics } from '../lib/classify/metrics';
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from '../lib/classify/train-model';
import { LABELS } from '../lib/types';
import { loadCorpus, readLabelledJsonl, SEED_LABELS } from './corpus';
import { batchOf, heldOutBatchPredictions, predictDocuments, type Prediction } from './held-out';

const macro = (predictions: Prediction[], pick: (p: Prediction) => string[]) =>
  multiLabelMetrics(predictions.map((p) => p.sentence.labels), predictions.map(pick) as never, LABELS).macroF1;
const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;

const corpus = loadCorpus();
const seeds = readLabelledJsonl(SEED_LABELS);
const grid: Partial<TrainOptions>[] = [];
for (const compounds of ['off', 'split', 'affix', 'both'] as const) grid.push({ compounds });
if (process.argv.includes('--all')) for (const headingFreeCopies of [false, true]) for (const shrink of [0, 0.03, 0.1]) grid.push({ headingFreeCopies, shrink });
console.log(`batches: ${[...new Set(corpus.map(batchOf))].join(' ')}`);
// "no headings" is how `policy-lens classify` sees text: sentences or paragraphs on their own.
console.log('setting                      held-out batches macro-F1: headed / no headings / nb headed / nb no headings   (seeds, info only)');
for (const change of grid) {
  const options = { ...DEFAULT_TRAIN_OPTIONS, ...change };
  const name = Object.entries(change).map(([k, v]) => `${k}=${v}`).join(' ');
  const predictions = heldOutBatchPredictions(corpus, options);
  const nb = predictions.filter((p) => p.sentence.lang === 'nb');
  const model = fitModel(corpus, calibrateThresholds(corpus, 3, options), options);
  const seedScore = macro(predictDocuments(seeds, model), (p) => p.headed);
  console.log(`${name.padEnd(28)} ${pct(macro(predictions, (p) => p.headed))} / ${pct(macro(predictions, (p) => p.bare))} / ${pct(macro(nb, (p) => p.headed))} / ${pct(macro(nb, (p) => p.bare))}   (${pct(seedScore)})`);
}
