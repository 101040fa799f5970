// The classifier model file (public/model.json), checked when it is loaded: a damaged or foreign file is
// refused with where it is wrong, instead of classifying every sentence with garbage.
import * as v from 'valibot';
import { LABELS } from '../types';
import { LabelSchema } from './analysis';
import { int, num, obj, oneOf, parse } from './common';

/** One number per label, in the model's label order. */
const perLabel = /* @__PURE__ */ v.pipe(v.array(num(), 'not an array'), v.length(LABELS.length, `not ${LABELS.length} numbers, one per label`));

/** The trained classifier as stored in public/model.json. */
export const ClassifierModelSchema = /* @__PURE__ */ obj({
  format: v.literal('policy-lens-ovr-logreg', 'not a policy-lens model'),
  version: int(1),
  labels: v.pipe(v.array(LabelSchema), v.length(LABELS.length, `not the ${LABELS.length} labels`)),
  /** Decision threshold per label, calibrated on out-of-fold predictions. */
  thresholds: perLabel,
  /**
   * Thresholds for sentences seen without a heading (the classify command, text before the first
   * heading): calibrated on the same out-of-fold predictions with headings removed.
   */
  thresholdsNoHeading: v.optional(perLabel),
  bias: perLabel,
  /** Feature → one weight per label (features with negligible weights are pruned), as integers. */
  weights: v.record(v.string(), perLabel, 'not an object'),
  /** The stored integers are weight × weightScale (integers keep public/model.json small); 1 when absent. */
  weightScale: v.optional(num(Number.MIN_VALUE)),
  /** How Norwegian compounds are read; 'off' when absent. */
  compounds: v.optional(oneOf(['off', 'split', 'affix', 'both'])),
  /** Norwegian words the corpus uses on their own: the parts compounds are split into. */
  vocabulary: v.optional(v.array(v.string('not a string'), 'not an array')),
  /** Training set summary, for the README and sanity checks. */
  trainedOn: obj({ sentences: int(0), documents: int(0), languages: v.record(v.string(), int(0), 'not an object') }),
});

/** The model in a loaded file, or an error saying where the file is wrong. */
export function modelFrom(data: unknown): v.InferOutput<typeof ClassifierModelSchema> {
  const checked = parse(ClassifierModelSchema, data, 'model');
  if (!checked.ok) throw new Error(`not a usable classifier model (${checked.reason})`);
  return checked.value;
}

/** The model as the extension ships it (lib/classify/packed-model.ts): feature names in one string, weights as int16 in base64. */
export const PackedModelSchema = /* @__PURE__ */ obj({
  ...v.omit(ClassifierModelSchema, ['format', 'weights']).entries,
  format: v.literal('policy-lens-ovr-logreg-packed', 'not a packed policy-lens model'),
  features: v.string('not a string'),
  packedWeights: v.string('not a string'),
});

/** The packed model in a loaded file, or an error saying where the file is wrong. */
export function packedModelFrom(data: unknown): v.InferOutput<typeof PackedModelSchema> {
  const checked = parse(PackedModelSchema, data, 'model');
  if (!checked.ok) throw new Error(`not a usable classifier model (${checked.reason})`);
  return checked.value;
}
