// `npm run eval`: quality of the sentence classifier, from the most optimistic number to the most honest.
// 1. Cross-validation on our corpus, split by DOCUMENT (5 folds; thresholds calibrated inside each
//    training fold, so the test fold never tunes anything).
// 2. Held-out WRITING BATCHES: every batch of documents written together is predicted by a model trained
//    on the other batches. Writers share habits within a batch, so this is the in-corpus number that
//    predicts real text best.
// 3. The five seed policies (real shops, labelled by us, never trained on) with the committed model.
// `npm run eval -- --quick` skips 1 and 2.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusSentence } from '../lib/classify/build-model';
import { multiLabelMetrics, type MetricsReport } from '../lib/classify/metrics';
import type { ClassifierModel } from '../lib/classify/model-types';
import { LABELS, type Label } from '../lib/types';
import { loadCorpus, readLabelledJsonl, SEED_LABELS } from './corpus';
import { printFactEvaluation } from './eval-facts';
import { crossValidationPredictions, heldOutBatchPredictions, predictDocuments, type Prediction } from './held-out';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const summary: { name: string; sentences: number; macro: number; micro: number }[] = [];

/** Macro-F1 over the labels present in the gold (a label with no gold sentence measures the set, not the model). */
function presentMacro(report: MetricsReport): number {
  const present = report.perLabel.filter((m) => m.support > 0);
  return present.reduce((sum, m) => sum + m.f1, 0) / (present.length || 1);
}

function printReport(title: string, report: MetricsReport, inSummary = false): void {
  console.log(`\n${title} (${report.sentences} sentences)`);
  console.log('label        support  precision  recall     F1');
  for (const m of report.perLabel) {
    if (m.support === 0) console.log(`${m.label.padEnd(12)} ${String(m.support).padStart(7)}  (no gold sentences: left out of macro-F1)`);
    else console.log(`${m.label.padEnd(12)} ${String(m.support).padStart(7)}  ${pct(m.precision)}%    ${pct(m.recall)}%  ${pct(m.f1)}%`);
  }
  const macro = presentMacro(report);
  console.log(`macro-F1 ${pct(macro)}%   micro-F1 ${pct(report.microF1)}%`);
  if (inSummary) summary.push({ name: title, sentences: report.sentences, macro, micro: report.microF1 });
}

const report = (predictions: Prediction[], pick: (p: Prediction) => Label[]) =>
  multiLabelMetrics(predictions.map((p) => p.sentence.labels), predictions.map(pick), LABELS);

/** The standard set of reports for one way of predicting: all, per language, bare, and list items. */
function printPredictions(name: string, predictions: Prediction[]): void {
  printReport(`${name}, with headings`, report(predictions, (p) => p.headed), true);
  printReport(`${name}, without headings (as \`classify\` sees lines)`, report(predictions, (p) => p.bare), true);
  for (const lang of ['en', 'nb']) {
    const subset = predictions.filter((p) => p.sentence.lang === lang);
    if (subset.length) printReport(`${name}, ${lang} only, with headings`, report(subset, (p) => p.headed), true);
  }
  const items = predictions.filter((p) => p.sentence.leadIn);
  if (items.length) printReport(`${name}, list items and table rows under a lead-in`, report(items, (p) => p.headed), true);
}

const started = performance.now();
const corpus = loadCorpus();
console.log(`corpus: ${corpus.length} sentences, ${new Set(corpus.map((s) => s.doc)).size} documents`);
if (!process.argv.includes('--quick')) {
  printPredictions('Cross-validation by document (5 folds)', crossValidationPredictions(corpus));
  printPredictions('Held-out writing batches', heldOutBatchPredictions(corpus));
}

const modelPath = join(import.meta.dirname, '..', 'public', 'model.json');
if (existsSync(SEED_LABELS)) {
  const model = JSON.parse(readFileSync(modelPath, 'utf8')) as ClassifierModel;
  const seeds: CorpusSentence[] = readLabelledJsonl(SEED_LABELS);
  printPredictions('Seed policies (5 real shops, never trained on), committed model', predictDocuments(seeds, model));
} else {
  console.log(`\nno seed labels at ${SEED_LABELS}`);
}

console.log('\nSummary: the generalisation gap');
const width = Math.max(...summary.map((row) => row.name.length), 10) + 1;
console.log(`${'evaluation'.padEnd(width)} sentences  macro-F1  micro-F1`);
for (const row of summary) console.log(`${row.name.padEnd(width)} ${String(row.sentences).padStart(9)}    ${pct(row.macro)}%    ${pct(row.micro)}%`);
await printFactEvaluation();
console.log(`\n(eval took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
