// The pages' grade colours come from the table the toolbar badge uses (lib/score/grade-colours.ts), so a grade
// looks the same on the badge, in the popup and on the comparison page; theme.css and the components read
// them as var(--grade-A) … var(--grade-E).
import { GRADE_COLOURS } from '@/lib/score/grade-colours';

/** Set --grade-A … --grade-E on a page's root element (before its first render). */
export function setGradeColours(root: HTMLElement): void {
  for (const [grade, { background }] of Object.entries(GRADE_COLOURS)) root.style.setProperty(`--grade-${grade}`, background);
}
