// Why policy-lens has its own learner: natural's classifiers measured on our corpus.
// `npx tsx scripts/measure-natural.ts` trains natural's BayesClassifier and LogisticRegressionClassifier
// one-vs-rest (they are single-label) on 80% of the documents and reports time, size and F1.
import { createRequire } from 'node:module';
import { documentFolds, fitModel } from '../lib/classify/build-model';
import { labelScores, labelsFromScores } from '../lib/classify/classify-sentences';
import { sentenceFeatures } from '../lib/classify/features';
import { multiLabelMetrics } from '../lib/classify/metrics';
import { LABELS, type Label } from '../lib/types';
import { loadCorpus } from './corpus';

const require = createRequire(import.meta.url);
// Per-file modules, never the package root (it pulls in database clients).
const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier.js');
const LogisticRegressionClassifier = require('natural/lib/natural/classifiers/logistic_regression_classifier.js');

interface NaturalClassifier {
  addDocument(tokens: string[], label: string): void;
  train(): void;
  classify(tokens: string[]): string;
}

const corpus = loadCorpus();
const folds = documentFolds(corpus, 5);
const test = folds[0]!;
const train = folds.slice(1).flat();
const features = (s: (typeof corpus)[number]) => sentenceFeatures(s.text, { heading: s.heading }, s.lang);
const limit = Number(process.env.LR_LIMIT ?? 300);

function measure(name: string, make: () => NaturalClassifier, trainSet: typeof corpus) {
  const started = performance.now();
  const perLabel = LABELS.map((label) => {
    const classifier = make();
    for (const s of trainSet) classifier.addDocument(features(s), s.labels.includes(label) ? 'yes' : 'no');
    classifier.train();
    return classifier;
  });
  const trainSeconds = (performance.now() - started) / 1000;
  const size = perLabel.reduce((sum, c) => sum + JSON.stringify(c).length, 0);
  const predicted = test.map((s) => LABELS.filter((_, k) => perLabel[k]!.classify(features(s)) === 'yes'));
  const report = multiLabelMetrics(test.map((s) => s.labels), predicted, LABELS);
  console.log(`${name.padEnd(44)} train ${trainSeconds.toFixed(1).padStart(6)} s   model ${(size / 1024).toFixed(0).padStart(6)} KB   macro-F1 ${(report.macroF1 * 100).toFixed(1)}%`);
}

console.log(`train ${train.length} sentences, test ${test.length} sentences (split by document)\n`);
const bayesLimit = Number(process.env.NB_LIMIT ?? 2000);
measure(`natural BayesClassifier ×5, first ${bayesLimit} sentences`, () => new BayesClassifier(), train.slice(0, bayesLimit));
measure(`natural LogisticRegression ×5, first ${limit} sentences`, () => new LogisticRegressionClassifier(), train.slice(0, limit));
const started = performance.now();
const ours = fitModel(train, { headed: LABELS.map(() => 0.4), bare: LABELS.map(() => 0.4) });
const ourSeconds = (performance.now() - started) / 1000;
const predicted: Label[][] = test.map((s) => labelsFromScores(labelScores(features(s), ours), ours));
const report = multiLabelMetrics(test.map((s) => s.labels), predicted, LABELS);
console.log(`${'policy-lens sparse one-vs-rest logreg'.padEnd(44)} train ${ourSeconds.toFixed(1).padStart(6)} s   model ${(JSON.stringify(ours).length / 1024).toFixed(0).padStart(6)} KB   macro-F1 ${(report.macroF1 * 100).toFixed(1)}%`);
