import type { Label } from '../types';
import type { CompoundMode } from './features';

export interface TrainingExample {
  features: string[];
  labels: Label[];
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty: strong enough that no single corpus quirk dominates. */
  l2: number;
  /** Features seen in fewer training sentences are dropped (they would only memorise). */
  minCount: number;
  seed: number;
  /**
   * Also train on every headed sentence without its heading, so the model still reads the sentence
   * itself when a real policy has unhelpful headings ("General", "5.") or none at all.
   */
  headingFreeCopies: boolean;
  /** Strength of the once-per-epoch L2 shrink applied to every weight (0 = none). */
  shrink: number;
  /** How Norwegian compound words are read: split into known words, their affixes, both, or not at all. */
  compounds: CompoundMode;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 12, learningRate: 0.4, l2: 3e-3, minCount: 2, seed: 42, headingFreeCopies: true, shrink: 0.03, compounds: 'split' };

/** Small deterministic PRNG (mulberry32) so training gives the same model every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Train one-vs-rest logistic regression with AdaGrad on sparse binary features. */
export function trainWeights(examples: TrainingExample[], labels: readonly Label[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS, countedExamples = examples.length) {
  // Only the first `countedExamples` (the real sentences, not their augmented copies) decide which
  // features are frequent enough to keep.
  const counts = new Map<string, number>();
  for (const example of examples.slice(0, countedExamples)) for (const f of example.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  for (const [feature, count] of counts) if (count >= options.minCount) vocabulary.set(feature, vocabulary.size);

  const rows = examples.map((example) => {
    const indices = example.features.map((f) => vocabulary.get(f)).filter((i): i is number => i !== undefined);
    return { indices, scale: 1 / Math.sqrt(example.features.length || 1), targets: labels.map((l) => (example.labels.includes(l) ? 1 : 0)) };
  });
  const K = labels.length;
  const weights = new Float64Array(vocabulary.size * K);
  const gradSquares = new Float64Array(vocabulary.size * K).fill(1e-8);
  const bias = new Float64Array(K);
  const biasSquares = new Float64Array(K).fill(1e-8);
  const random = seededRandom(options.seed);
  const order = rows.map((_, i) => i);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const row = rows[index]!;
      for (let k = 0; k < K; k++) {
        let z = bias[k]!;
        for (const f of row.indices) z += weights[f * K + k]! * row.scale;
        const error = 1 / (1 + Math.exp(-z)) - row.targets[k]!;
        biasSquares[k]! += error * error;
        bias[k]! -= (options.learningRate * error) / Math.sqrt(biasSquares[k]!);
        for (const f of row.indices) {
          const at = f * K + k;
          const gradient = error * row.scale + options.l2 * weights[at]!;
          gradSquares[at]! += gradient * gradient;
          weights[at]! -= (options.learningRate * gradient) / Math.sqrt(gradSquares[at]!);
        }
      }
    }
    // The per-step L2 above only touches a feature when it occurs, so rare words (the ones that
    // memorise a writer's habits) would barely be penalised. A proximal shrink of every weight once
    // per epoch, with the feature's own AdaGrad step, penalises all of them equally per epoch.
    if (options.shrink > 0)
      for (let at = 0; at < weights.length; at++) weights[at]! /= 1 + (options.learningRate / Math.sqrt(gradSquares[at]!)) * options.shrink;
  }
  const features = [...vocabulary.keys()];
  return { features, weights, bias: Array.from(bias), K };
}
