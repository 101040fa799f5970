// The comparison's behaviour row and the grade each site is shown with: its policy's grade held against
// the cookies it had set when it was saved (lib/score/site-behaviour). Sites saved without cookies keep
// their policy's grade, and their behaviour cell says nothing was recorded.
import { type SiteGrade, siteBehaviour, siteGrade } from '../score/site-behaviour';
import type { SavedSite } from '../storage/saved-site-schema';
import { cellText, reasonText, rowTitle } from './compare-text';
import { cell, type ComparisonRow, type CookieItem, keySignature, row } from './comparison-row';

/** The grade a saved site is shown with: with its behaviour when its cookies were saved, else its policy's. */
export const shownGrade = (site: SavedSite): SiteGrade => siteBehaviour(site.analysis, site.cookies) ?? siteGrade(site.analysis.score, []);

/** Points as shown in the table: +5, −10, 0. */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** One row: each site's behaviour points with the policy sentences and the cookies behind them. */
export function behaviourRow(sites: SavedSite[]): ComparisonRow {
  const grades = sites.map((s) => (s.cookies ? shownGrade(s) : null));
  const cells = grades.map((grade) => {
    if (!grade) return cell(cellText('noCookies'), [], { missing: true });
    if (!grade.reasons.length) return cell(cellText('behaviourNone'), []);
    const cookies = new Map<string, CookieItem>();
    for (const { name, domain, party, vendor } of grade.reasons.flatMap((r) => r.cookies)) cookies.set(`${name}|${domain}`, { name, domain, party, vendor });
    return cell(cellText('behaviourPoints', { n: signed(grade.adjustment), count: grade.reasons.length }), grade.reasons.flatMap((r) => r.evidence), {
      items: grade.reasons.map((r) => ({ key: r.rule, text: r.reason, detail: signed(r.points), vague: false, unique: false, points: r.points })),
      cookies: [...cookies.values()],
    });
  });
  return row(
    sites,
    { id: 'behaviour', group: 'grade', title: rowTitle('behaviour'), cells, values: grades, signature: keySignature },
    (a, b) => a.adjustment - b.adjustment,
    (winner, runnerUp, other) =>
      winner.reasons.length ? reasonText('behaviourFewer', { n: -winner.adjustment, m: -runnerUp.adjustment, other }) : reasonText('behaviourNone', { other, m: signed(runnerUp.adjustment) }),
  );
}
