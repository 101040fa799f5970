import { describe, expect, it } from 'vitest';
import { UNIT_MARGIN, unitLabels } from './classify-sentences';
import type { ClassifierModel } from './model-types';

// Only the parts unitLabels reads: labels and the two threshold sets.
const model = {
  labels: ['collected', 'purposes', 'sharing', 'retention', 'rights'],
  thresholds: [0.5, 0.5, 0.5, 0.5, 0.5],
  thresholdsNoHeading: [0.4, 0.4, 0.4, 0.4, 0.4],
} as unknown as ClassifierModel;

describe('unitLabels', () => {
  it('labels a one-sentence unit exactly as the sentence', () => {
    expect(unitLabels([{ scores: [0.51, 0.49, 0, 0, 0], hasHeading: true }], model)).toEqual(['collected']);
    expect(unitLabels([{ scores: [0.41, 0, 0, 0, 0], hasHeading: false }], model)).toEqual(['collected']);
  });

  it('asks a long paragraph for more evidence than one sentence, growing with its length', () => {
    const borderline = { scores: [0.52, 0, 0, 0, 0.9], hasHeading: true };
    const plain = { scores: [0, 0, 0, 0, 0], hasHeading: true };
    // Alone, 0.52 passes the 0.5 threshold; among eight sentences it needs 0.5 + 0.15 × 7/8.
    expect(unitLabels([borderline], model)).toEqual(['collected', 'rights']);
    expect(unitLabels([borderline, ...Array(7).fill(plain)], model)).toEqual(['rights']);
    const strong = { scores: [0.5 + UNIT_MARGIN, 0, 0, 0, 0], hasHeading: true };
    expect(unitLabels([strong, ...Array(7).fill(plain)], model)).toEqual(['collected']);
  });

  it('gives no labels to an empty unit', () => {
    expect(unitLabels([], model)).toEqual([]);
  });
});
