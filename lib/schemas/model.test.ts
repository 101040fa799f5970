import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelFrom } from './model';

const shipped = () => JSON.parse(readFileSync('public/model.json', 'utf8'));

describe('the model file', () => {
  it('accepts the shipped model', () => {
    const model = modelFrom(shipped());
    expect(model.labels).toEqual(['collected', 'purposes', 'sharing', 'retention', 'rights']);
    expect(Object.keys(model.weights).length).toBeGreaterThan(1_000);
  });

  it.each([
    ['another file', () => ({ name: 'x' }), /model\.format: missing/],
    ['another format', (m: ReturnType<typeof shipped>) => ((m.format = 'onnx'), m), /model\.format: not a policy-lens model/],
    ['a label missing', (m: ReturnType<typeof shipped>) => ((m.labels = m.labels.slice(1)), m), /model\.labels: not the 5 labels/],
    ['a weight row too short', (m: ReturnType<typeof shipped>) => ((m.weights[Object.keys(m.weights)[0]!] = [1, 2]), m), /model\.weights\..*: not 5 numbers/],
    ['a threshold that is text', (m: ReturnType<typeof shipped>) => ((m.thresholds[0] = 'high'), m), /model\.thresholds\[0\]: not a number/],
    ['an unknown compound mode', (m: ReturnType<typeof shipped>) => ((m.compounds = 'glue'), m), /model\.compounds: not one of/],
    ['null', () => null, /model: not an object/],
  ])('refuses %s, naming where', (_what, damage, reason) => {
    expect(() => modelFrom(damage(shipped()))).toThrow(reason);
  });
});
