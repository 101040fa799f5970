// `npm run eval`: quality of the sentence classifier.
// 1. Cross-validation on our corpus, split by DOCUMENT (5 folds; thresholds calibrated inside each
//    training fold, so the test fold never tunes anything).
// 2. The five seed policies (real shops, labelled by us, never trained on) with the committed model.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibrateThresholds, documentFolds, fitModel, toExample, type CorpusSentence } from '../lib/classify/build-model';
import { labelScores, labelsFromScores } from '../lib/classify/classify-sentences';
import { multiLabelMetrics, type MetricsReport } from '../lib/classify/metrics';
import type { ClassifierModel } from '../lib/classify/model-types';
import { LABELS, type Label } from '../lib/types';
import { loadCorpus, readLabelledJsonl, SEED_LABELS } from './corpus';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function printReport(title: string, report: MetricsReport): void {
  console.log(`\n${title} (${report.sentences} sentences)`);
  console.log('label        support  precision  recall     F1');
  for (const m of report.perLabel) {
    if (m.support === 0) console.log(`${m.label.padEnd(12)} ${String(m.support).padStart(7)}  (no gold sentences: left out of macro-F1)`);
    else console.log(`${m.label.padEnd(12)} ${String(m.support).padStart(7)}  ${pct(m.precision)}%    ${pct(m.recall)}%  ${pct(m.f1)}%`);
  }
  // A label with no gold sentence in the set has no recall; averaging its 0 in would measure the set, not the model.
  const present = report.perLabel.filter((m) => m.support > 0);
  const macro = present.reduce((sum, m) => sum + m.f1, 0) / (present.length || 1);
  console.log(`macro-F1 ${pct(macro)}%   micro-F1 ${pct(report.microF1)}%${present.length < report.perLabel.length ? `   (macro over the ${present.length} labels present)` : ''}`);
}

function predict(sentences: CorpusSentence[], model: ClassifierModel): Label[][] {
  return sentences.map((s) => labelsFromScores(labelScores(toExample(s).features, model), model, s.heading !== ''));
}

const started = performance.now();
const corpus = loadCorpus();
const folds = documentFolds(corpus, 5);
const gold: Label[][] = [];
const predicted: Label[][] = [];
const byLanguage: Record<string, { gold: Label[][]; predicted: Label[][] }> = {};
folds.forEach((test, i) => {
  const train = folds.filter((_, j) => j !== i).flat();
  const model = fitModel(train, calibrateThresholds(train, 3));
  const labels = predict(test, model);
  test.forEach((s, k) => {
    gold.push(s.labels);
    predicted.push(labels[k]!);
    const bucket = (byLanguage[s.lang] ??= { gold: [], predicted: [] });
    bucket.gold.push(s.labels);
    bucket.predicted.push(labels[k]!);
  });
});
console.log(`corpus: ${corpus.length} sentences, ${new Set(corpus.map((s) => s.doc)).size} documents`);
printReport('Cross-validation by document, 5 folds, all languages', multiLabelMetrics(gold, predicted, LABELS));
for (const [lang, bucket] of Object.entries(byLanguage)) printReport(`Cross-validation by document, ${lang} only`, multiLabelMetrics(bucket.gold, bucket.predicted, LABELS));

const modelPath = join(import.meta.dirname, '..', 'public', 'model.json');
if (existsSync(SEED_LABELS)) {
  const model = JSON.parse(readFileSync(modelPath, 'utf8')) as ClassifierModel;
  const seeds = readLabelledJsonl(SEED_LABELS);
  printReport('Held-out seed policies (5 real shops), committed model', multiLabelMetrics(seeds.map((s) => s.labels), predict(seeds, model), LABELS));
  for (const lang of ['en', 'nb']) {
    const subset = seeds.filter((s) => s.lang === lang);
    if (subset.length) printReport(`Seed policies, ${lang} only`, multiLabelMetrics(subset.map((s) => s.labels), predict(subset, model), LABELS));
  }
  // How `policy-lens classify` sees text: each sentence on its own, no heading to lean on.
  const bare = seeds.map((s) => ({ ...s, heading: '' }));
  printReport('Seed policies without their headings (as the classify command sees them)', multiLabelMetrics(bare.map((s) => s.labels), predict(bare, model), LABELS));
} else {
  console.log(`\nno seed labels at ${SEED_LABELS}`);
}
console.log(`\n(eval took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
