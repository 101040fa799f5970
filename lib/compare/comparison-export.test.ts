import { describe, expect, it } from 'vitest';
import { seedAnalysis } from '@/test/unit/seed-analyses';
import { newSavedSite } from '../storage/saved-site-schema';
import { parseSavedSitesFile } from '../storage/saved-sites-file';
import { compareSites } from './compare-sites';
import { comparisonCsv, comparisonFile, csvField, savedSitesCsv } from './comparison-export';
import { nodeRenderer } from '../text/catalogue-node';


const [en, nb] = [nodeRenderer('en'), nodeRenderer('nb')];

/** Parse RFC 4180 CSV (quoted fields, doubled quotes, CRLF) back into rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  return rows;
}

describe('comparison export', () => {
  it('writes the comparison as CSV: a column per site, whether they differ, the better site and why', async () => {
    const [a, b] = await Promise.all([seedAnalysis(3), seedAnalysis(2)]);
    const comparison = compareSites([newSavedSite('a.no', a.url, a, null, 1, null), newSavedSite('b.no', b.url, b, null, 2, null)]);
    const csv = comparisonCsv(comparison, nb);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['Rad', 'a.no', 'b.no', 'Nettstedene er ulike', 'Bedre', 'Hvorfor']);
    expect(rows).toHaveLength(comparison.rows.length + 1);
    const grade = rows.find((r) => r[0] === 'Karakter')!;
    expect(grade[1]).toMatch(new RegExp(`^${a.score.grade} · ${a.score.points} poeng`));
    expect(grade.slice(3)).toEqual(['ja', 'a.no', nb(comparison.rows[0]!.better!.reason)]);
  });

  it('writes the saved sites as CSV, one line per site', async () => {
    const a = await seedAnalysis(1);
    const rows = parseCsv(savedSitesCsv([newSavedSite('a.no', a.url, a, null, Date.UTC(2026, 10, 1), null)], en).slice(1));
    expect(rows[0]!.slice(0, 7)).toEqual(['Site', 'Policy URL', 'Title', 'Saved', 'Last checked', 'Grade', 'Points']);
    expect(rows[1]!.slice(0, 7)).toEqual(['a.no', a.url, a.title, '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', a.score.grade, String(a.score.points)]);
    expect(rows[1]![7]).toContain(en(a.facts.dataTypes[0]!.name));
  });

  it('never lets page text become a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvField('+47 92697477')).toBe("'+47 92697477");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-10')).toBe('-10');
    expect(csvField(-10)).toBe('-10');
    expect(csvField('plain, with comma')).toBe('"plain, with comma"');
  });

  it('writes the comparison as JSON that imports back as the compared sites', async () => {
    const [a, b] = await Promise.all([seedAnalysis(3), seedAnalysis(2)]);
    const records = [newSavedSite('a.no', a.url, a, null, Date.UTC(2026, 0, 1), null), newSavedSite('b.no', b.url, b, null, Date.UTC(2026, 0, 2), null)];
    const file = comparisonFile(compareSites(records), records);
    expect(file).toMatchObject({ format: 'policy-lens/comparison', schemaVersion: 3, comparison: { sites: [{ site: 'a.no' }, { site: 'b.no' }] } });
    const parsed = parseSavedSitesFile(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, sites: JSON.parse(JSON.stringify(records)) });
  });
});
