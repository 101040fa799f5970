// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GRADE_COLOURS } from '@/lib/score/grade-colours';
import { setGradeColours } from './grade-colours';

describe('setGradeColours', () => {
  it('gives the page the badge colour of every grade as --grade-<grade>', () => {
    const root = document.createElement('html');
    setGradeColours(root);
    for (const [grade, { background }] of Object.entries(GRADE_COLOURS)) expect(root.style.getPropertyValue(`--grade-${grade}`)).toBe(background);
  });
});
