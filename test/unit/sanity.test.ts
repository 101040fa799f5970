import { describe, expect, it } from 'vitest';
import { LABELS } from '../../lib/types';

describe('labels', () => {
  it('are the five categories of DESIGN.md in display order', () => {
    expect(LABELS).toEqual(['collected', 'purposes', 'sharing', 'retention', 'rights']);
  });
});
