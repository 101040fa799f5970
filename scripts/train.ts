// `npm run train`: train the sentence classifier on data/corpus and write public/model.json.
// Deterministic: same corpus, same model. Thresholds come from 5-fold cross-validation by document.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibrateThresholds, fitModel } from '../lib/classify/build-model';
import { LABELS } from '../lib/types';
import { loadCorpus } from './corpus';

const started = performance.now();
const corpus = loadCorpus();
const thresholds = calibrateThresholds(corpus);
const model = fitModel(corpus, thresholds);
const path = join(import.meta.dirname, '..', 'public', 'model.json');
const json = JSON.stringify(model);
writeFileSync(path, json + '\n');
console.log(`trained on ${model.trainedOn.sentences} sentences in ${model.trainedOn.documents} documents ${JSON.stringify(model.trainedOn.languages)}`);
console.log(`thresholds: ${LABELS.map((l, i) => `${l}=${thresholds.headed[i]}`).join(' ')}; without a heading: ${LABELS.map((l, i) => `${l}=${thresholds.bare[i]}`).join(' ')}`);
console.log(`features kept: ${Object.keys(model.weights).length}; model file ${(json.length / 1024).toFixed(0)} KB; ${((performance.now() - started) / 1000).toFixed(1)} s`);
