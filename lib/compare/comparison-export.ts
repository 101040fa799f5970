// Exports of the comparison and of the saved data: JSON (re-importable, the saved records embedded) and CSV
// (for a spreadsheet, in the UI language).
import type { SavedSite } from '../storage/saved-site-schema';
import { COMPARISON_FORMAT, savedSitesFile, type SavedSitesFile } from '../storage/saved-sites-file';
import type { RenderText } from '../text/render-text';
import type { Text } from '../text/text';
import { type Comparison, type ComparisonCell, RIGHTS_MATRIX } from './compare-sites';
import { csvText } from './compare-text';
import { factItems } from '../score/category-facts';

/** The comparison as JSON: the compared sites' saved records (so it can be imported) and the table. */
export function comparisonFile(comparison: Comparison, records: SavedSite[], now = new Date()): SavedSitesFile & { comparison: Comparison } {
  return { ...savedSitesFile(records, now), format: COMPARISON_FORMAT, comparison };
}

// A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula; page text must never do
// that (OWASP "CSV injection"), so such a text cell gets a leading apostrophe. Plain numbers stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: quoted when needed, formula-like text neutralised. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV text (RFC 4180 with CRLF) with a byte-order mark, so spreadsheet programs read æ, ø and å. */
export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const cellLine = (cell: ComparisonCell, render: RenderText): string => {
  const items = cell.items.map((item) => (item.detail ? `${render(item.text)} (${item.detail})` : render(item.text)));
  const cookies = cell.cookies.map((cookie) => cookie.name);
  const details = [...items, ...cookies];
  return details.length ? `${render(cell.summary)}: ${details.join('; ')}` : render(cell.summary);
};

/** The comparison table as CSV in the language of `render`: one line per row, a column per site, then whether they differ and who is better. */
export function comparisonCsv(comparison: Comparison, render: RenderText): string {
  const t = (key: Parameters<typeof csvText>[0]) => render(csvText(key));
  const header = [t('row'), ...comparison.sites.map((s) => s.site), t('differs'), t('better'), t('reason')];
  const lines = comparison.rows.map((row) => [
    render(row.title),
    ...row.cells.map((cell) => cellLine(cell, render)),
    row.differs ? t('yes') : t('no'),
    row.better?.sites.join(', ') ?? '',
    row.better ? render(row.better.reason) : '',
  ]);
  return toCsv([header, ...lines]);
}

const names = (list: { name: Text }[], render: RenderText) => list.map((f) => render(f.name)).join('; ');

/** The saved sites as CSV: one line per site with its grade and the facts in brief. */
export function savedSitesCsv(records: SavedSite[], render: RenderText): string {
  const t = (key: Parameters<typeof csvText>[0]) => render(csvText(key));
  const header = ['site', 'policyUrl', 'title', 'savedAt', 'checkedAt', 'grade', 'points', 'dataTypes', 'purposes', 'thirdParties', 'retention', 'rights', 'cookies', 'textHash'] as const;
  const lines = records.map((record) => {
    const facts = record.analysis.facts;
    const retention = factItems(record.analysis, 'retention').map((f) => `${render(f.name)}: ${f.detail}`).join('; ');
    const cookies = record.cookies ? Object.entries(record.cookies.counts).filter(([, n]) => n > 0).map(([category, n]) => `${category} ${n}`).join('; ') : '';
    return [
      record.site,
      record.policyUrl,
      record.analysis.title,
      new Date(record.savedAt).toISOString(),
      new Date(record.checkedAt).toISOString(),
      record.analysis.score.grade,
      record.analysis.score.points,
      names(facts.dataTypes, render),
      names(facts.purposes, render),
      names(facts.thirdParties.filter((p) => p.kind === 'named'), render),
      retention,
      RIGHTS_MATRIX.filter((key) => facts.rights.some((r) => r.key === key)).length,
      cookies,
      record.textHash,
    ];
  });
  return toCsv([header.map((key) => t(key)), ...lines]);
}
