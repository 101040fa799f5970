// A grade's colour, written once. The toolbar badge paints the grade on it (lib/adapters/badge-adapter.ts),
// the popup and comparison page get it as the CSS properties --grade-A … --grade-E (components/grade-colours.ts),
// and the CLI, which has only a terminal's few colours, uses the family.
import type { Grade } from '../types';

/** The terminal colours a grade can be written in. */
export type GradeColourFamily = 'green' | 'yellow' | 'red';

/** Per grade: the background colour, dark enough for white text (WCAG AA at badge size), and its family. */
export const GRADE_COLOURS: Record<Grade, { background: string; family: GradeColourFamily }> = {
  A: { background: '#1b7f3b', family: 'green' },
  B: { background: '#4d7c0f', family: 'green' },
  C: { background: '#a16207', family: 'yellow' },
  D: { background: '#c2410c', family: 'red' },
  E: { background: '#b91c1c', family: 'red' },
};
