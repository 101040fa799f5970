import { describe, expect, it } from 'vitest';
import type { CorpusSentence } from './build-model';
import { documentFolds, fitModel } from './build-model';
import { classifySentence } from './classify-sentences';
import { bestThreshold, multiLabelMetrics } from './metrics';

// A toy corpus: enough for the learner to pick up the obvious cues, small enough to train in milliseconds.
const rows: [string, CorpusSentence['labels']][] = [
  ['We collect your name and e-mail address.', ['collected']],
  ['We record your IP address and browser type.', ['collected']],
  ['Your data is shared with our payment provider Klarna.', ['sharing']],
  ['We disclose your address to the delivery company.', ['sharing']],
  ['We keep your order history for five years.', ['retention']],
  ['Logs are deleted after 30 days.', ['retention']],
  ['You have the right to access and correct your data.', ['rights']],
  ['You can withdraw your consent at any time.', ['rights']],
  ['We use your address to deliver the goods.', ['collected', 'purposes']],
  ['This policy was last updated in May.', []],
  ['We protect your data with encryption.', []],
];
const corpus: CorpusSentence[] = Array.from({ length: 4 }, (_, copy) =>
  rows.map(([text, labels], i) => ({ doc: `en-toy-${copy}-${i % 3}`, lang: 'en' as const, heading: '', text: `${text}`, labels })),
).flat();

describe('training', () => {
  it('is deterministic: the same corpus gives the same model', () => {
    const a = fitModel(corpus, { headed: [0.5, 0.5, 0.5, 0.5, 0.5], bare: [0.5, 0.5, 0.5, 0.5, 0.5] });
    const b = fitModel(corpus, { headed: [0.5, 0.5, 0.5, 0.5, 0.5], bare: [0.5, 0.5, 0.5, 0.5, 0.5] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('learns labels that generalise to unseen sentences of the same kind', () => {
    const model = fitModel(corpus, { headed: [0.5, 0.5, 0.5, 0.5, 0.5], bare: [0.5, 0.5, 0.5, 0.5, 0.5] });
    const top = (text: string) => {
      const { scores } = classifySentence(text, '', 'en', model);
      return model.labels[scores.indexOf(Math.max(...scores))];
    };
    expect(top('Klarna receives your data when you pay.')).toBe('sharing');
    expect(top('You have the right to delete your data.')).toBe('rights');
    expect(top('We keep invoices for five years.')).toBe('retention');
  });

  it('splits folds by document, never by sentence', () => {
    const folds = documentFolds(corpus, 3);
    const docsPerFold = folds.map((f) => new Set(f.map((s) => s.doc)));
    for (let i = 0; i < folds.length; i++)
      for (let j = i + 1; j < folds.length; j++) expect([...docsPerFold[i]!].filter((d) => docsPerFold[j]!.has(d))).toEqual([]);
    expect(folds.flat()).toHaveLength(corpus.length);
  });
});

describe('metrics', () => {
  it('computes per-label, macro and micro F1', () => {
    const report = multiLabelMetrics([['collected'], ['sharing'], []], [['collected'], ['collected'], ['sharing']], ['collected', 'sharing']);
    expect(report.perLabel[0]).toMatchObject({ label: 'collected', precision: 0.5, recall: 1 });
    expect(report.perLabel[1]).toMatchObject({ label: 'sharing', precision: 0, recall: 0, f1: 0 });
    expect(report.macroF1).toBeCloseTo(1 / 3);
    expect(report.microF1).toBeCloseTo(0.4);
  });

  it('picks the threshold that maximises F1', () => {
    expect(bestThreshold([0.1, 0.3, 0.6, 0.9], [false, false, true, true])).toBeGreaterThan(0.3);
    expect(bestThreshold([0.1, 0.3, 0.6, 0.9], [false, false, true, true])).toBeLessThanOrEqual(0.6);
  });
});
