import type { Label } from '../types';
import type { CompoundMode } from './features';

/** The trained classifier as stored in public/model.json. */
export interface ClassifierModel {
  format: 'policy-lens-ovr-logreg';
  version: number;
  labels: Label[];
  /** Decision threshold per label, calibrated on out-of-fold predictions. */
  thresholds: number[];
  /**
   * Thresholds for sentences seen without a heading (the classify command, text before the first
   * heading): calibrated on the same out-of-fold predictions with headings removed.
   */
  thresholdsNoHeading?: number[];
  bias: number[];
  /** Feature → one weight per label (features with negligible weights are pruned), as integers. */
  weights: Record<string, number[]>;
  /** The stored integers are weight × weightScale (integers keep public/model.json small); 1 when absent. */
  weightScale?: number;
  /** How Norwegian compounds are read; 'off' when absent. */
  compounds?: CompoundMode;
  /** Norwegian words the corpus uses on their own: the parts compounds are split into. */
  vocabulary?: string[];
  /** Training set summary, for the README and sanity checks. */
  trainedOn: { sentences: number; documents: number; languages: Record<string, number> };
}
