// One row of the comparison table and how it is built: the cells per site, whether the sites differ,
// which items only one site has, and the better site with its reason.
import type { SavedSite } from '../storage/saved-site-schema';
import type { Text } from '../text/text';
import type { Grade } from '../types';
import type { GroupKey } from './compare-text';
import type { FactItem } from '../score/category-facts';
import { pickBetter, type Preference } from './pick-better';

export interface CellItem {
  key: string;
  text: Text;
  detail: string;
  vague: boolean;
  /** Only this site, of those compared, has it. */
  unique: boolean;
  /** Rubric points, for rubric rows. */
  points?: number;
}

export interface CookieItem {
  name: string;
  domain: string;
  party: 'first' | 'third';
  vendor: string | null;
}

export interface ComparisonCell {
  summary: Text;
  items: CellItem[];
  /** Ids of the evidence sentences in this site's saved analysis. */
  evidence: string[];
  /** The cookies behind a cookie row's count. */
  cookies: CookieItem[];
  /** Nothing recorded for this row (e.g. a site saved without its cookies). */
  missing: boolean;
  /** This site is the better one on this row. */
  better: boolean;
}

export interface ComparisonRow {
  id: string;
  group: GroupKey;
  title: Text;
  cells: ComparisonCell[];
  differs: boolean;
  better: { sites: string[]; reason: Text } | null;
}

export interface ComparedSite {
  site: string;
  title: string;
  policyUrl: string;
  savedAt: number;
  grade: Grade;
  points: number;
}

export interface Comparison {
  sites: ComparedSite[];
  rows: ComparisonRow[];
}

export const unique = <T>(values: T[]) => [...new Set(values)];
export const cell = (summary: Text, evidence: string[], extra: Partial<ComparisonCell> = {}): ComparisonCell => ({
  summary,
  items: [],
  evidence: unique(evidence),
  cookies: [],
  missing: false,
  better: false,
  ...extra,
});
export const toItems = (facts: FactItem[]): CellItem[] => facts.map((f) => ({ key: f.key, text: f.name, detail: f.detail, vague: f.vague, unique: false }));
export const evidenceOf = (facts: { evidence: string[] }[]) => facts.flatMap((f) => f.evidence);

/** A row from per-site cells and values, with differences, unique items and the better site filled in. */
export function row<T>(
  sites: SavedSite[],
  spec: { id: string; group: GroupKey; title: Text; cells: ComparisonCell[]; values: (T | null)[]; signature: (value: T, cell: ComparisonCell) => string },
  prefer: Preference<T> | null,
  reason: (winner: T, runnerUp: T, other: string) => Text,
): ComparisonRow {
  const { cells, values } = spec;
  const compared = cells.flatMap((c, i) => (c.missing || values[i] === null ? [] : [i]));
  const differs = new Set(compared.map((i) => spec.signature(values[i]!, cells[i]!))).size > 1;
  const keyCounts = new Map<string, number>();
  for (const i of compared) for (const key of new Set(cells[i]!.items.map((item) => item.key))) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  for (const i of compared) for (const item of cells[i]!.items) item.unique = compared.length > 1 && keyCounts.get(item.key) === 1;
  const pick = prefer && differs ? pickBetter(values, prefer) : null;
  if (pick) for (const i of pick.winners) cells[i]!.better = true;
  return {
    id: spec.id,
    group: spec.group,
    title: spec.title,
    cells,
    differs,
    better: pick ? { sites: pick.winners.map((i) => sites[i]!.site), reason: reason(values[pick.winners[0]!]!, values[pick.runnerUp]!, sites[pick.runnerUp]!.site) } : null,
  };
}

export const keySignature = (_value: unknown, c: ComparisonCell) => c.items.map((item) => item.key).sort().join(',');
