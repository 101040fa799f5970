// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { HOST_CATEGORIES } from '@/lib/cookies/cookie-table-types';
import { COOKIE_TABLES, cookieKnowledge } from '@/lib/cookies/cookie-tables';
import { categoriseCookies, describeHosts } from '@/lib/cookies/categorise-cookies';
import { buildCookieReport } from '@/lib/cookies/cookie-report';
import type { CookieReport, SeenCookie } from '@/lib/cookies/cookie-types';
import type { PolicyAnalysis } from '@/lib/types';
import { checkCookiesAgainstPolicy } from '@/lib/cookies/compare-with-policy';
import { trackingBeforeConsent } from '@/lib/cookies/cookie-contradictions';
import CookieSection from './CookieSection.svelte';
import { catalogueContext } from './ui-text-testing';

const NOW = Date.now() / 1000;
const seen = (name: string, domain: string, party: 'first' | 'third', days: number | null): SeenCookie => ({
  name, domain, path: '/', party, secure: true, httpOnly: false, sameSite: 'lax', session: days === null, ...(days === null ? {} : { expirationDate: NOW + days * 86_400 }),
});

function cookieReport(interacted: boolean) {
  const knowledge = cookieKnowledge();
  const hosts = ['www.google-analytics.com', 'localhost'];
  return buildCookieReport(
    'fjell.no',
    [seen('PHPSESSID', 'fjell.no', 'first', null), seen('_ga', '.fjell.no', 'first', 730), seen('tp_uid', 'localhost', 'third', 365), seen('<img src=x onerror=alert(1)>', 'fjell.no', 'first', null)],
    hosts,
    (cookies) => categoriseCookies(cookies, knowledge),
    { services: describeHosts(hosts, knowledge), pageInteracted: interacted },
  );
}

// Only what the comparison reads of an analysis: declared cookies, cookie kinds and sentence texts.
const analysis = {
  facts: {
    declaredCookies: [{ name: 'PHPSESSID', evidence: ['s2'] }],
    cookieKinds: [{ kind: 'third-party', stance: 'denies', evidence: ['s1'] }],
  },
  sentences: [
    { id: 's1', text: 'We do not use third-party cookies <b>at all</b>.' },
    { id: 's2', text: 'PHPSESSID – keeps your cart' },
  ],
} as unknown as PolicyAnalysis;

/** The props the popup's state gives the section: the report held against the policy, as lib/ computes it. */
const sectionProps = (report: CookieReport, policy: PolicyAnalysis | null, onEvidence = vi.fn()) => ({
  report,
  check: policy ? checkCookiesAgainstPolicy(report, policy, COOKIE_TABLES.vendors) : null,
  beforeConsent: trackingBeforeConsent(report),
  sentenceText: (id: string) => policy?.sentences.find((s) => s.id === id)?.text ?? '',
  onEvidence,
});

describe('CookieSection', () => {
  it('shows vendor, category, purpose in the UI language, and marks guesses', () => {
    const { container } = render(CookieSection, { props: sectionProps(cookieReport(true), null), context: catalogueContext('nb') });
    const row = (name: string) => container.querySelector(`[data-testid="cookie-row"][data-cookie-name="${name}"]`)!;
    expect(row('_ga').getAttribute('data-basis')).toBe('table');
    expect(row('_ga').textContent).toContain('Google Analytics');
    expect(row('_ga').textContent).toContain('kjenner deg igjen'); // the nb purpose
    expect(row('tp_uid').getAttribute('data-basis')).toBe('guess');
    expect(row('tp_uid').getAttribute('data-category')).toBe('marketing');
    expect(row('tp_uid').textContent).toContain('sannsynligvis markedsføring');
    expect(row('tp_uid').textContent).toContain('ukjent leverandør');
    expect(screen.getByTestId('cookie-services').textContent).toContain('Google Analytics (analyse)');
    // No policy yet: no findings, and nothing warns after the user has interacted.
    expect(screen.queryByTestId('cookie-findings')).toBeNull();
  });

  it('renders cookie names and policy text as text, never as markup', () => {
    const { container } = render(CookieSection, { props: sectionProps(cookieReport(false), analysis), context: catalogueContext('en') });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<b>at all</b>');
  });

  it('shows the policy-vs-reality findings with their evidence sentence, and the before-consent warning', async () => {
    const onEvidence = vi.fn();
    const { container } = render(CookieSection, { props: sectionProps(cookieReport(false), analysis, onEvidence), context: catalogueContext('en') });
    expect(screen.getByTestId('cookie-before-consent').querySelector('[data-cookie-name="_ga"]')).not.toBeNull();
    const contradiction = screen.getByTestId('cookie-contradiction');
    expect(contradiction.getAttribute('data-claim')).toBe('no-third-party');
    expect(contradiction.querySelector('[data-cookie-name="tp_uid"]')).not.toBeNull();
    expect(screen.getByTestId('cookie-undeclared').querySelector('[data-cookie-name="_ga"]')).not.toBeNull();
    expect(container.querySelector('[data-cookie-name="PHPSESSID"][data-testid="cookie-row"]')!.getAttribute('data-declared')).toBe('named');
    await fireEvent.click(screen.getByRole('button', { name: /We do not use third-party cookies/ }));
    expect(onEvidence).toHaveBeenCalledWith('s1');
  });
});

describe('cookie UI strings (public/_locales)', () => {
  type Messages = Record<string, { message: string }>;
  const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const pascal = (s: string) => s.split('-').map(capital).join('');

  it('have every service category, basis, declaration status and contradiction in English and Norwegian', () => {
    const keys = [
      ...HOST_CATEGORIES.map((c) => `service${pascal(c)}`),
      ...['table', 'host', 'guess', 'none'].map((b) => `cookieBasis${capital(b)}`),
      ...['named', 'vendor', 'kind', 'undeclared'].map((s) => `cookieDeclared${capital(s)}`),
      ...['no-analytics', 'no-marketing', 'no-third-party', 'no-functional', 'mislabelled'].map((c) => `cookieContradiction${pascal(c)}`),
    ];
    for (const lang of ['en', 'nb']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;
      for (const key of keys) expect(messages[key]?.message, `${lang} ${key}`).toBeTruthy();
    }
  });
});
