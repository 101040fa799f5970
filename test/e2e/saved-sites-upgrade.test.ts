// Saved data of earlier releases, upgraded in real Chromium when a page next reads it: schema 1 (one array of
// whole analyses) and schema 2 (texts as words in both languages, before they became catalogue messages).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComparePage } from './compare-page';
import { type CompareShops, openGradedPolicy, startCompareShops } from './compare-shops';
import { type ExtensionBrowser, launchExtensionBrowser } from './extension-browser';
import { extensionStorage, type SavedRecord } from './extension-storage';

let shops: CompareShops;
let browser: ExtensionBrowser;

beforeAll(async () => {
  shops = await startCompareShops();
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
  await shops?.close();
});

const { stored, savedKeys, replaceSaved } = extensionStorage(() => browser);
const openPolicy = (shop: CompareShops['shops'][number]) => openGradedPolicy(browser, shop);

describe('saved data of earlier releases', () => {
  it('upgrades sites saved by the first release (schema 1) when they are next read', async () => {
    const [shop] = shops.shops;
    const { page } = await openPolicy(shop!);
    await page.close();
    // The analysis cache keeps each analysis under its policy URL (lib/storage/storage-items.ts).
    const key = `analysis:${shop!.policyUrl}`;
    const analysis = (await stored(key))[key] as { textHash: string };
    const v1 = { schemaVersion: 1, site: 'old-shop.no', policyUrl: 'https://old-shop.no/privacy', savedAt: Date.UTC(2026, 9, 1), textHash: analysis.textHash, analysis, cookies: null };
    // WXT leaves no version mark for version 1: this is exactly what the first release stored.
    await replaceSaved({ savedSites: [v1] });

    const compare = await ComparePage.open(browser.context, browser.extensionId);
    await expect.poll(() => compare.savedSites().count()).toBe(1);
    expect(await compare.savedSite('old-shop.no').textContent()).toContain('old-shop.no');
    const upgraded = await stored(['savedSites', 'savedSites$', 'savedSite:old-shop.no']);
    expect(upgraded['savedSites$']).toEqual({ v: 4 });
    expect(upgraded['savedSite:old-shop.no']).toMatchObject({ schemaVersion: 3, site: 'old-shop.no', savedAt: v1.savedAt, textHash: v1.textHash, history: [] });

    // Remove, undo, remove: the list and storage follow.
    await compare.page.getByRole('button', { name: 'Remove old-shop.no from saved sites' }).click();
    await expect.poll(() => compare.savedSites().count()).toBe(0);
    await compare.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => compare.savedSites().count()).toBe(1);
    await compare.page.getByRole('button', { name: 'Remove old-shop.no from saved sites' }).click();
    await expect.poll(() => compare.savedSites().count()).toBe(0);
    expect(await savedKeys()).toEqual(['savedSites', 'savedSites$']);
    await compare.close();
  });

  it('upgrades sites saved with their texts as words (schema 2), which read as they did', async () => {
    // Two sites as the previous release saved them (its export: test/fixtures/saved-sites-v2.json), index version 3.
    type Words = { en: string; nb: string };
    const old = (JSON.parse(readFileSync('test/fixtures/saved-sites-v2.json', 'utf8')) as { sites: (SavedRecord & { analysis: { score: { reasons: { reason: Words }[] } } })[] }).sites;
    const summaryLine = (s: SavedRecord) => ({ site: s.site, policyUrl: '', title: '', language: 'nb', savedAt: s.savedAt, checkedAt: s.savedAt, textHash: s.textHash, grade: 'C', points: 50 });
    await replaceSaved({ savedSites: old.map(summaryLine), savedSites$: { v: 3 }, ...Object.fromEntries(old.map((s) => [`savedSite:${s.site}`, s])) });

    const compare = await ComparePage.open(browser.context, browser.extensionId, `?sites=${old.map((s) => s.site).join(',')}`);
    await expect.poll(() => compare.savedSites().count()).toBe(2);
    const upgraded = await stored(['savedSites$', ...old.map((s) => `savedSite:${s.site}`)]);
    expect(upgraded['savedSites$']).toEqual({ v: 4 });
    for (const s of old) expect(upgraded[`savedSite:${s.site}`]).toMatchObject({ schemaVersion: 3, site: s.site, textHash: s.textHash });
    // Both are compared (picked by the address), their grade reasons rendered from the catalogue as they read before.
    await expect.poll(() => compare.columns().count()).toBe(2);
    const rubric = (await compare.row('rubric').textContent()) ?? '';
    for (const s of old) for (const point of s.analysis.score.reasons) expect(rubric).toContain(point.reason.en);
    await compare.close();
  });
});
