// How a retention period reads in the UI (a module of its own: pages that show periods need no fact tables).
import { type Text, text } from '../text/text';

/** A number of days as the UI says it: "3 years", "6 måneder" (whole years, else months past 90 days, else days). */
export function periodText(days: number): Text {
  if (days % 365 === 0) return text(days === 365 ? 'periodYear' : 'periodYears', days / 365);
  if (days % 30 === 0 || days > 90) {
    const months = Math.round(days / 30);
    return text(months === 1 ? 'periodMonth' : 'periodMonths', months);
  }
  return text(days === 1 ? 'periodDay' : 'periodDays', days);
}
