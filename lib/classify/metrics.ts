import type { Label } from '../types';

export interface LabelMetrics {
  label: Label;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface MetricsReport {
  perLabel: LabelMetrics[];
  macroF1: number;
  microF1: number;
  sentences: number;
}

const f1Of = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Per-label precision/recall/F1 plus macro and micro F1 of predicted against gold label sets. */
export function multiLabelMetrics(gold: Label[][], predicted: Label[][], labels: readonly Label[]): MetricsReport {
  let tpAll = 0;
  let fpAll = 0;
  let fnAll = 0;
  const perLabel = labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const inGold = g.includes(label);
      const inPred = predicted[i]?.includes(label) ?? false;
      if (inGold && inPred) tp++;
      else if (inPred) fp++;
      else if (inGold) fn++;
    });
    tpAll += tp;
    fpAll += fp;
    fnAll += fn;
    return { label, support: tp + fn, precision: tp + fp ? tp / (tp + fp) : 0, recall: tp + fn ? tp / (tp + fn) : 0, f1: f1Of(tp, fp, fn) };
  });
  const macroF1 = perLabel.reduce((sum, m) => sum + m.f1, 0) / (perLabel.length || 1);
  return { perLabel, macroF1, microF1: f1Of(tpAll, fpAll, fnAll), sentences: gold.length };
}

/** The threshold in [0.15, 0.85] that maximises F1 for one label's scores. */
export function bestThreshold(scores: number[], truth: boolean[]): number {
  let best = 0.5;
  let bestF1 = -1;
  for (let t = 0.15; t <= 0.851; t += 0.025) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    scores.forEach((s, i) => {
      if (s >= t && truth[i]) tp++;
      else if (s >= t) fp++;
      else if (truth[i]) fn++;
    });
    const f1 = f1Of(tp, fp, fn);
    if (f1 > bestF1 + 1e-9) {
      bestF1 = f1;
      best = Math.round(t * 1000) / 1000;
    }
  }
  return best;
}
