import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COOKIE_CATEGORIES } from '@/lib/cookies/cookie-types';
import { LABELS } from '@/lib/types';

type Messages = Record<string, { message: string; description?: string }>;
const load = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;
const en = load('en');
const nb = load('nb');
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(svelte|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('UI strings (public/_locales)', () => {
  it('has the same keys in English and Norwegian, none empty', () => {
    expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(nb)]) expect(value.message.trim(), key).not.toBe('');
  });

  it('keeps the extension name and description within the store limits (45 and 132 characters)', () => {
    for (const messages of [en, nb]) {
      expect(messages.extName!.message.length).toBeLessThanOrEqual(45);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('names its own language in uiLanguage', () => {
    expect(en.uiLanguage!.message).toBe('en');
    expect(nb.uiLanguage!.message).toBe('nb');
  });

  it('uses the same $n placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      const holes = (text: string) => (text.match(/\$\d/g) ?? []).sort().join();
      expect(holes(nb[key]!.message), key).toBe(holes(en[key]!.message));
    }
  });

  it('has a string for every literal key the popup and components use', () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles('components'), ...sourceFiles('entrypoints')]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(en, key).toHaveProperty(key);
  });

  it('has a string for every category label, card status, cookie category and the manifest', () => {
    const keys = [
      ...LABELS.map((label) => `label${capital(label)}`),
      ...['clear', 'vague', 'missing'].map((status) => `status${capital(status)}`),
      ...COOKIE_CATEGORIES.map((category) => `category${capital(category)}`),
      'extName', 'extDescription', 'actionTitle',
    ];
    for (const key of keys) expect(en, key).toHaveProperty(key);
  });
});
