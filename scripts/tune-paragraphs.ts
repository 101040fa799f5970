// `npm run tune:paragraphs`: chooses UNIT_MARGIN (lib/classify/classify-sentences.ts), the extra score a
// label needs in a paragraph of n sentences. Every writing batch is scored by a model trained on the other
// batches (sentences without headings, as `classify` sees a paragraph); consecutive sentences of one
// document and heading are grouped into paragraphs of up to 3, 5 and 8 sentences; each paragraph's gold
// is the union of its sentences' labels. Prints macro-F1 and per-label precision/recall per margin.
import { scoreSentence, type CorpusSentence } from '../lib/classify/build-model';
import { blendWithNeighbours, unitLabels } from '../lib/classify/classify-sentences';
import { multiLabelMetrics } from '../lib/classify/metrics';
import type { ClassifierModel } from '../lib/classify/model-types';
import { DEFAULT_TRAIN_OPTIONS } from '../lib/classify/train-model';
import { LABELS } from '../lib/types';
import { loadCorpus } from './corpus';
import { heldOutModels, writingBatches } from './held-out';

interface Scored {
  sentence: CorpusSentence;
  scores: number[];
  /** The model trained without this sentence's batch. */
  model: ClassifierModel;
}

const MARGINS = [0, 0.05, 0.1, 0.15, 0.2, 0.3];
const SIZES = [3, 5, 8];

const corpus = loadCorpus();
const scored: Scored[] = [];
heldOutModels(writingBatches(corpus), DEFAULT_TRAIN_OPTIONS, 3, (test, model) => {
  for (const sentence of test) scored.push({ sentence, scores: scoreSentence({ ...sentence, heading: '' }, model), model });
});

function paragraphs(size: number): Scored[][] {
  const groups: Scored[][] = [];
  let current: Scored[] = [];
  for (const row of scored) {
    const first = current[0]?.sentence;
    if (first && (first.doc !== row.sentence.doc || first.heading !== row.sentence.heading || current.length >= size)) {
      groups.push(current);
      current = [];
    }
    current.push(row);
  }
  if (current.length) groups.push(current);
  return groups;
}

const pct = (x: number) => (x * 100).toFixed(1);
const average = new Map<number, number>();
for (const size of SIZES) {
  const groups = paragraphs(size);
  const gold = groups.map((group) => LABELS.filter((label) => group.some((row) => row.sentence.labels.includes(label))));
  console.log(`\nparagraphs of up to ${size} sentences (${groups.length})`);
  for (const margin of MARGINS) {
    // As `classify` reads a paragraph: its sentences blended with their neighbours inside it, then unitLabels.
    const predicted = groups.map((group) =>
      unitLabels(blendWithNeighbours(group.map((row) => row.scores)).map((scores) => ({ scores, hasHeading: false })), group[0]!.model, margin),
    );
    const report = multiLabelMetrics(gold, predicted, LABELS);
    average.set(margin, (average.get(margin) ?? 0) + report.macroF1 / SIZES.length);
    const perLabel = report.perLabel.map((m) => `${m.label} P${pct(m.precision)} R${pct(m.recall)}`).join('  ');
    console.log(`margin ${margin.toFixed(2)}  macro-F1 ${pct(report.macroF1)}%  ${perLabel}`);
  }
}
console.log('\naverage macro-F1 over paragraph sizes:');
for (const [margin, f1] of average) console.log(`margin ${margin.toFixed(2)}  ${pct(f1)}%`);
