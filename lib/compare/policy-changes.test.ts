import { describe, expect, it } from 'vitest';
import { CHANGED_SEED, changedPolicyHtml } from '@/test/fixtures/changed-policy';
import { seedAnalysis } from '@/test/unit/seed-analyses';
import { type SavedAnalysis, savedAnalysisOf } from '../storage/saved-site-schema';
import { LABELS } from '../types';
import { policyChanges } from './policy-changes';

describe('policyChanges', () => {
  it('lists per category what a changed policy added and removed, and the grade before and after', async () => {
    const before = await seedAnalysis(CHANGED_SEED);
    const after = await seedAnalysis(CHANGED_SEED, before.url, changedPolicyHtml);
    const changes = policyChanges(savedAnalysisOf(before), savedAnalysisOf(after));
    expect(changes.textChanged).toBe(true);
    expect(changes.grade).toEqual({ before: before.score.grade, after: after.score.grade, pointsBefore: before.score.points, pointsAfter: after.score.points });

    // What the edit did, whatever the model's exact labels: PayPal gone, a 3-year period and a complaint right added.
    const byLabel = Object.fromEntries(changes.categories.map((c) => [c.label, c]));
    expect(byLabel.sharing!.removed.map((f) => f.key)).toContain('paypal');
    expect(byLabel.retention!.added.map((f) => f.detail)).toContain('3 years');
    expect(byLabel.rights!.added.map((f) => f.key)).toEqual(expect.arrayContaining(['complaint']));
    expect(byLabel.rights!.newSentences.map((s) => s.text)).toContainEqual(expect.stringMatching(/^You can complain to Datatilsynet/));
    // Only categories with a change are listed.
    for (const c of changes.categories) expect(c.added.length + c.removed.length + c.newSentences.length + c.goneSentences + Number(c.statusBefore !== c.statusAfter), c.label).toBeGreaterThan(0);
  });

  it('reports nothing for the same analysis', async () => {
    const analysis = savedAnalysisOf(await seedAnalysis(1));
    expect(policyChanges(analysis, analysis)).toMatchObject({ textChanged: false, categories: [] });
  });

  it('reads a period that changed length as one removed and one added, and a status change', () => {
    const analysis = (days: number | null, text: string) =>
      ({
        textHash: text,
        sentences: [{ id: 's0', text: `We keep orders ${text}.`, heading: '', section: 0, labels: ['retention'] }],
        facts: { dataTypes: [], purposes: [], thirdParties: [], transfersAbroad: [], sellsData: [], deniesSelling: [], rights: [], authority: null, contacts: [], declaredCookies: [],
          retention: [{ text, days, vague: days === null, appliesTo: 'orders', appliesToName: { en: 'Orders', nb: 'Ordre' }, evidence: ['s0'] }] },
        score: { grade: 'C', points: 50, reasons: [], categories: Object.fromEntries(LABELS.map((l) => [l, { label: l, status: l === 'retention' ? (days === null ? 'vague' : 'clear') : 'missing', summary: { en: '', nb: '' }, evidence: [] }])) },
      }) as unknown as SavedAnalysis;
    const changes = policyChanges(analysis(null, 'as long as necessary'), analysis(1095, '3 years'));
    expect(changes.categories).toEqual([
      {
        label: 'retention',
        added: [expect.objectContaining({ key: 'orders|1095', detail: '3 years', vague: false })],
        removed: [expect.objectContaining({ key: 'orders|as long as necessary', vague: true })],
        statusBefore: 'vague',
        statusAfter: 'clear',
        newSentences: [{ id: 's0', text: 'We keep orders 3 years.' }],
        goneSentences: 1,
      },
    ]);
  });
});
