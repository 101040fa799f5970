// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import CategoryCard from './CategoryCard.svelte';

describe('CategoryCard', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // fakeBrowser has no i18n messages: echo the key so the test can see which string is used.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  });

  const props = (onEvidence = vi.fn()) => ({
    label: 'retention' as const,
    card: { label: 'retention' as const, status: 'vague' as const, summary: { en: 'Only vague periods.', nb: 'Bare vage perioder.' }, evidence: ['s3'] },
    facts: [{ name: { en: 'Orders', nb: 'Ordre' }, detail: 'as long as necessary', vague: true, evidence: ['s3'] }],
    evidence: [{ id: 's3', text: 'We keep orders <img src=x onerror=alert(1)> as long as necessary.' }],
    lang: 'nb' as const,
    missingEvidence: null,
    onEvidence,
  });

  it('shows the summary in the UI language, the facts and the status', () => {
    render(CategoryCard, props());
    expect(screen.getByText('Bare vage perioder.')).toBeTruthy();
    expect(screen.getByText('Ordre')).toBeTruthy();
    expect(screen.getByText('statusVague')).toBeTruthy();
  });

  it('renders page text as text, never as markup', () => {
    const { container } = render(CategoryCard, props());
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('asks to show an evidence sentence when it is activated', async () => {
    const onEvidence = vi.fn();
    render(CategoryCard, props(onEvidence));
    await fireEvent.click(screen.getByRole('button', { name: /We keep orders/ }));
    expect(onEvidence).toHaveBeenCalledWith('s3');
  });
});
