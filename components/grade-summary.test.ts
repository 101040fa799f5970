// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { behaviourPoints, siteGrade } from '@/lib/score/site-behaviour';
import type { Scorecard } from '@/lib/types';
import { cookieReport, getAll } from '@/test/unit/cookie-reports';
import GradeSummary from './GradeSummary.svelte';
import { catalogueContext, catalogueText } from './ui-text-testing';

// Only what the summary reads of a scorecard.
const score = { grade: 'B', points: 65, reasons: [{ rule: 'retention-concrete', points: 10, reason: { en: 'States concrete retention periods.', nb: 'Oppgir lagringstid.' }, evidence: [] }] } as unknown as Scorecard;
const facts = { declaredCookies: [], cookieKinds: [{ kind: 'marketing' as const, stance: 'denies' as const, evidence: ['s1'] }], rights: [] };
const texts: Record<string, string> = { s1: 'We use no <b>marketing</b> cookies.' };

describe('GradeSummary', () => {
  it('shows the policy grade alone while the site behaves as its policy says (or its cookies are unknown)', () => {
    render(GradeSummary, { props: { score, source: '', behaviour: siteGrade(score, []) }, context: catalogueContext('en') });
    expect(screen.getByTestId('grade').textContent).toBe('B');
    expect(screen.queryByTestId('behaviour')).toBeNull();
    expect(screen.queryByTestId('policy-grade')).toBeNull();
  });

  it('shows the grade with the behaviour points, the policy grade beside it, and each point with its cookies and policy sentence', async () => {
    const report = cookieReport('shop.no', [getAll('_fbp', '.shop.no', 90)], { pageInteracted: true });
    const onEvidence = vi.fn();
    const { container } = render(GradeSummary, { props: { score, source: '', behaviour: siteGrade(score, behaviourPoints(report, facts)), sentenceText: (id: string) => texts[id] ?? '', onEvidence }, context: catalogueContext('en') });
    expect(screen.getByTestId('grade').textContent).toBe('C');
    expect(screen.getByTestId('grade').getAttribute('data-policy-grade')).toBe('B');
    expect(screen.getByTestId('policy-grade').textContent).toBe(catalogueText('en', 'behaviourPolicyGrade', ['B', '65', '−15']));
    const point = screen.getByTestId('behaviour-point');
    expect(point.getAttribute('data-rule')).toBe('site-sets-denied-marketing');
    expect(point.querySelector('[data-cookie-name="_fbp"]')!.textContent).toContain('shop.no');
    // Policy text is text, never markup.
    expect(container.querySelector('b')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: /We use no <b>marketing<\/b> cookies/ }));
    expect(onEvidence).toHaveBeenCalledWith('s1');
    // 65 − 15 = 50 is a C by points: the cap did not decide it.
    expect(screen.queryByTestId('behaviour-cap')).toBeNull();
  });

  it('says when the cap decided the grade', () => {
    const best = { ...score, grade: 'A', points: 95 } as Scorecard;
    const report = cookieReport('shop.no', [getAll('_fbp', '.shop.no', 90)], { pageInteracted: true });
    render(GradeSummary, { props: { score: best, source: '', behaviour: siteGrade(best, behaviourPoints(report, facts)) }, context: catalogueContext('nb') });
    expect(screen.getByTestId('grade').textContent).toBe('C');
    expect(screen.getByTestId('behaviour-cap').textContent).toBe(catalogueText('nb', 'behaviourCapped', ['C']));
    expect(screen.getByTestId('behaviour-point').textContent).toContain('Sier at den ikke bruker markedsføringskapsler');
  });
});
