import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COOKIE_CATEGORIES } from '../cookies/cookie-types';
import { nodeRenderer } from '../text/catalogue-node';
import { cellText, cookieCategoryName, cookieRowTitle, reasonText } from './compare-text';

const catalogue = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const holes = (key: string) => new Set(catalogue[key]!.message.match(/\$\d/g) ?? []).size;
const source = readFileSync('lib/compare/compare-text.ts', 'utf8');
const templates = [...source.matchAll(/\{ key: '(\w+)', params: \[([^\]]*)\] \}/g)].map(([, key, params]) => ({ key: key!, params: params!.split(',').map((p) => p.trim()).filter(Boolean) }));

describe('comparison texts (catalogue messages)', () => {
  it('gives every template as many named values as its message has $n', () => {
    expect(templates.length).toBeGreaterThan(30);
    for (const { key, params } of templates) expect(holes(key), key).toBe(params.length);
  });

  it('fills named values into their places, in both languages', () => {
    const reason = reasonText('collectedFewer', { n: 3, m: 7, other: 'b.no' });
    expect(nodeRenderer('en')(reason)).toBe('collects fewer kinds of data: 3 against 7 for b.no');
    expect(nodeRenderer('nb')(reason)).toBe('samler inn færre typer data: 3 mot 7 for b.no');
    expect(nodeRenderer('en')(cellText('points', { grade: 'B', n: 62 }))).toBe('B · 62 points');
  });

  it('names every cookie category in running text and as a row title', () => {
    for (const category of COOKIE_CATEGORIES) {
      expect(cookieCategoryName(category).key, category).not.toBe('verbatim');
      expect(cookieRowTitle(category).key, category).not.toBe('verbatim');
    }
    expect(nodeRenderer('en')(cookieRowTitle('analytics'))).toBe('Analytics');
  });

  it('says which site a better-site reason compares with', () => {
    const reasons = templates.filter((t) => t.key.startsWith('cmpReason'));
    expect(reasons.length).toBeGreaterThan(15);
    for (const { key, params } of reasons) expect(params, key).toContain("'other'");
  });
});
