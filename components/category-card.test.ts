// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { text } from '@/lib/text/text';
import CategoryCard from './CategoryCard.svelte';
import { catalogueContext } from './ui-text-testing';

describe('CategoryCard', () => {
  const props = (onEvidence = vi.fn()) => ({
    label: 'retention' as const,
    card: { label: 'retention' as const, status: 'vague' as const, summary: text('cardRetentionVague', 'as long as necessary'), evidence: ['s3'] },
    facts: [{ key: 'orders', name: text('factRecordOrders'), detail: 'as long as necessary', vague: true, evidence: ['s3'] }],
    evidence: [{ id: 's3', text: 'We keep orders <img src=x onerror=alert(1)> as long as necessary.' }],
    missingEvidence: null,
    onEvidence,
  });

  it('shows the summary in the UI language, the facts and the status', () => {
    render(CategoryCard, { props: props(), context: catalogueContext('nb') });
    expect(screen.getByText('Bare vagt: «as long as necessary».')).toBeTruthy();
    expect(screen.getByText('ordre og kjøp')).toBeTruthy();
    expect(screen.getByText('vagt')).toBeTruthy();
  });

  it('renders page text as text, never as markup', () => {
    const { container } = render(CategoryCard, { props: props(), context: catalogueContext('nb') });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('asks to show an evidence sentence when it is activated', async () => {
    const onEvidence = vi.fn();
    render(CategoryCard, { props: props(onEvidence), context: catalogueContext('nb') });
    await fireEvent.click(screen.getByRole('button', { name: /We keep orders/ }));
    expect(onEvidence).toHaveBeenCalledWith('s3');
  });
});
