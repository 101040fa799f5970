// The model as the extension ships it: public/model.json stores one weight row per feature as a JSON
// array (27,000 small arrays: 1.2 MB, 40–130 ms to parse, then as long again to turn into typed arrays).
// The build packs it into two strings (feature names, and the weights as little-endian 16-bit integers in
// base64), which parse in a few milliseconds and become one typed array without a copy per feature.
import { registerCompiledWeights } from './classify-sentences';
import type { ClassifierModel } from './model-types';

export interface PackedModel extends Omit<ClassifierModel, 'weights' | 'format'> {
  format: 'policy-lens-ovr-logreg-packed';
  /** Feature names, one per line, in the order of the weight rows. */
  features: string;
  /** weight × weightScale as int16, little-endian, one row of `labels.length` per feature, base64. */
  packedWeights: string;
}

const INT16 = 32_767;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Pack a trained model for the extension (build time). Throws when a weight does not fit 16 bits. */
export function packModel(model: ClassifierModel): PackedModel {
  const { weights, format: _format, ...rest } = model;
  const features = Object.keys(weights);
  const K = model.labels.length;
  const view = new DataView(new ArrayBuffer(features.length * K * 2));
  features.forEach((feature, i) => {
    for (let k = 0; k < K; k++) {
      const value = weights[feature]![k] ?? 0;
      if (!Number.isInteger(value) || Math.abs(value) > INT16) throw new Error(`weight ${value} of ${feature} does not fit 16 bits`);
      view.setInt16((i * K + k) * 2, value, true);
    }
  });
  if (features.some((feature) => feature.includes('\n'))) throw new Error('a feature name holds a line break');
  return { ...rest, format: 'policy-lens-ovr-logreg-packed', features: features.join('\n'), packedWeights: toBase64(new Uint8Array(view.buffer)) };
}

/** The model ready to classify, from its packed form (the weights go straight into one typed array). */
export function unpackModel(packed: PackedModel): ClassifierModel {
  const { features: names, packedWeights, format: _format, ...rest } = packed;
  const model: ClassifierModel = { ...rest, format: 'policy-lens-ovr-logreg', weights: {} };
  const binary = atob(packedWeights);
  const K = packed.labels.length;
  const scale = packed.weightScale ?? 1;
  const rows = new Float64Array(binary.length / 2);
  for (let i = 0; i < rows.length; i++) {
    const low = binary.charCodeAt(2 * i);
    const high = binary.charCodeAt(2 * i + 1);
    rows[i] = (((high << 24) >> 16) | low) / scale; // sign-extend the high byte
  }
  const offsets = new Map<string, number>();
  names.split('\n').forEach((feature, i) => offsets.set(feature, i * K));
  registerCompiledWeights(model, offsets, rows);
  return model;
}
