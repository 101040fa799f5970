// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { compareSites, evidenceView } from '@/lib/compare/compare-sites';
import { newSavedSite } from '@/lib/storage/saved-site-schema';
import { verbatim } from '@/lib/text/text';
import type { PolicyAnalysis } from '@/lib/types';
import { cookieReport, getAll } from '@/test/unit/cookie-reports';
import { seedAnalysis } from '@/test/unit/seed-analyses';
import ComparisonTable from './ComparisonTable.svelte';
import EvidenceDialog from './EvidenceDialog.svelte';
import { catalogueContext } from './ui-text-testing';

const MARKUP = '<img src=x onerror=alert(1)>';

/** A real analysis whose first data type and first sentence carry markup, as a hostile page could write. */
async function hostile(): Promise<PolicyAnalysis> {
  const analysis = structuredClone(await seedAnalysis(3));
  const first = analysis.facts.dataTypes[0]!;
  first.name = verbatim(`Name ${MARKUP}`);
  analysis.sentences = analysis.sentences.map((s) => (first.evidence.includes(s.id) ? { ...s, text: `We collect ${MARKUP} data.` } : s));
  return analysis;
}

describe('ComparisonTable and EvidenceDialog', () => {
  it('shows a column per site, marks differing rows and better cells, and renders page text as text', async () => {
    const records = [newSavedSite('a.no', 'https://a.no/p', await hostile(), null, 1, null), newSavedSite('b.no', 'https://b.no/p', await seedAnalysis(2), null, 2, null)];
    const comparison = compareSites(records);
    const onEvidence = vi.fn();
    const { container } = render(ComparisonTable, { props: { comparison, onEvidence }, context: catalogueContext('en') });
    expect([...container.querySelectorAll('[data-testid="column"]')].map((th) => th.getAttribute('data-site'))).toEqual(['a.no', 'b.no']);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(`Name ${MARKUP}`);
    for (const row of comparison.rows) {
      const tr = container.querySelector(`[data-row="${row.id}"]`)!;
      expect(tr.getAttribute('data-differs'), row.id).toBe(String(row.differs));
      expect(tr.querySelectorAll('td[data-better="true"]').length, row.id).toBe(row.cells.filter((c) => c.better).length);
    }
    const collected = container.querySelector('[data-row="collected"]')!;
    await fireEvent.click(collected.querySelector('[data-testid="evidence-link"]')!);
    expect(onEvidence).toHaveBeenCalledWith(comparison.rows.find((r) => r.id === 'collected'), 0);
  });

  it('shows the evidence sentences as text, each linking into the live policy', async () => {
    const records = [newSavedSite('a.no', 'https://a.no/p', await hostile(), null, 1, null), newSavedSite('b.no', 'https://b.no/p', await seedAnalysis(2), null, 2, null)];
    const row = compareSites(records).rows.find((r) => r.id === 'collected')!;
    const { container } = render(EvidenceDialog, { props: { view: evidenceView(records, row, 0), onClose: () => undefined }, context: catalogueContext('en') });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(`“We collect ${MARKUP} data.”`).length).toBeGreaterThan(0);
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^https:\/\/a\.no\/p#:~:text=/);
  });

  it("shows each site's behaviour points under the grade, and the cookies behind them in the evidence dialog", async () => {
    const seed = await seedAnalysis(3);
    const analysis = { ...seed, facts: { ...seed.facts, cookieKinds: [{ kind: 'marketing' as const, stance: 'denies' as const, evidence: [seed.sentences[1]!.id] }] } };
    const cookies = cookieReport('breaks.no', [getAll('_fbp', '.breaks.no', 90)], { pageInteracted: true });
    const records = [newSavedSite('keeps.no', 'https://keeps.no/p', analysis, cookieReport('keeps.no', []), 1, null), newSavedSite('breaks.no', 'https://breaks.no/p', analysis, cookies, 2, null)];
    const comparison = compareSites(records);
    const { container } = render(ComparisonTable, { props: { comparison, onEvidence: vi.fn() }, context: catalogueContext('en') });
    const row = container.querySelector('[data-row="behaviour"]')!;
    expect(row.querySelector('td[data-site="keeps.no"]')!.getAttribute('data-better')).toBe('true');
    const breaks = row.querySelector('td[data-site="breaks.no"]')!;
    expect(breaks.querySelector('.reasons li.down')!.textContent).toBe('−15 Says it uses no marketing cookies, yet the site sets _fbp from Meta (Facebook, Instagram) on breaks.no.');
    const view = evidenceView(records, comparison.rows.find((r) => r.id === 'behaviour')!, 1);
    expect(view.sentences.map((s) => s.id)).toEqual([seed.sentences[1]!.id]);
    expect(view.cookies.map((c) => c.name)).toEqual(['_fbp']);
  });
});
