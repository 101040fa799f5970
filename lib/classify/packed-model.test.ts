import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySentence } from './classify-sentences';
import type { ClassifierModel } from './model-types';
import { packModel, unpackModel } from './packed-model';

const model = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/model.json'), 'utf8')) as ClassifierModel;

describe('packed model', () => {
  it('classifies exactly like the model it was packed from, in a third of the size', () => {
    const packed = JSON.stringify(packModel(model));
    const unpacked = unpackModel(JSON.parse(packed));
    for (const [text, heading, lang] of [
      ['We share your address with the carrier to deliver your order.', 'Sharing', 'en'],
      ['Vi lagrer kjøpshistorikken i 3 år.', 'Lagring', 'nb'],
      ['You can ask us to delete your data.', '', 'en'],
    ] as const) {
      expect(classifySentence(text, heading, lang, unpacked)).toEqual(classifySentence(text, heading, lang, model));
    }
    expect(packed.length).toBeLessThan(JSON.stringify(model).length * 0.75);
  });

  it('refuses weights that do not fit 16 bits', () => {
    const [label] = model.labels;
    expect(() => packModel({ ...model, labels: [label!], weights: { 'u:x': [40_000] } })).toThrow(/16 bits/);
  });
});
