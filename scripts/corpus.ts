import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusSentence } from '../lib/classify/build-model';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'data', 'corpus');
export const SEED_LABELS = join(import.meta.dirname, '..', 'test', 'fixtures', 'seed-labels.jsonl');

/** Read JSON Lines of labelled sentences. */
export function readLabelledJsonl(path: string): CorpusSentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusSentence);
}

/** Every sentence of the training corpus, file by file in name order. */
export function loadCorpus(dir = CORPUS_DIR): CorpusSentence[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => readLabelledJsonl(join(dir, name)));
}
