// Saved sites and the comparison page in real Chromium (upgrades of older saved data: saved-sites-upgrade.test.ts):
// three fixture shops analysed and saved from the popup; compared in columns with differences and better sites marked; evidence,
// keyboard and print; export and re-import, foreign files refused; a changed policy noticed in the popup and on
// re-analysis; 200 saved sites and policies too large for the 10 MB quota. Screenshots go to a temporary folder (docs/screenshots/ with `npm run screenshots`).
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComparePage } from './compare-page';
import { type CompareShops, openGradedPolicy, type Shop, startCompareShops } from './compare-shops';
import { type ExtensionBrowser, launchExtensionBrowser } from './extension-browser';
import { extensionStorage, type SavedRecord } from './extension-storage';
import { PopupPage } from './popup-page';
import { SCREENSHOTS } from './screenshots';

let shops: CompareShops;
let browser: ExtensionBrowser;
/** The saved-sites export of the three shops, imported again in the Norwegian browser. */
let exportedSites = '';

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  shops = await startCompareShops();
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
  await shops?.close();
});

const { stored, savedKeys, record, bytesInUse } = extensionStorage(() => browser);
const openPolicy = (shop: Shop) => openGradedPolicy(browser, shop);

describe('saved sites and the comparison page', () => {
  it('saves three analysed policies, with their cookies, from the popup', async () => {
    for (const shop of shops.shops) {
      const { page, tabId } = await openPolicy(shop);
      const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
      await expect.poll(() => popup.grade().textContent()).toMatch(/^[A-E]$/);
      await popup.page.getByTestId('save-site').click();
      await expect.poll(() => popup.page.getByRole('status').filter({ hasText: /^Saved\./ }).count()).toBe(1);
      expect(await popup.page.getByTestId('compare-link').getAttribute('href')).toBe(`/compare.html?site=${shop.site}`);
      await popup.close();
      await page.close();
    }
    const index = (await stored('savedSites')).savedSites as { site: string }[];
    expect(index.map((entry) => entry.site)).toEqual(shops.shops.map((shop) => shop.site).reverse());
    const cookieNames = (await record(shops.changing.site)).cookies!.cookies.map((c) => c.name).sort();
    expect(cookieNames).toEqual(['_fbp', '_ga', 'session_id']);
    expect((await record(shops.shops[2]!.site)).cookies!.cookies).toEqual([]);
  });

  it('compares them in columns, marks the rows that differ and names the better site with a reason', async () => {
    const compare = await ComparePage.open(browser.context, browser.extensionId);
    await expect.poll(() => compare.columns().count()).toBe(3);
    const columnSites = await compare.columns().evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-site')));
    expect(columnSites).toEqual(shops.shops.map((shop) => shop.site).reverse());
    expect(new URL(compare.page.url()).search).toBe(`?sites=${columnSites.join(',')}`);

    const rows = await compare.rows().evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-row'),
        differs: tr.getAttribute('data-differs') === 'true',
        marked: tr.querySelector('th')!.textContent!.includes('≠'),
        cells: [...tr.querySelectorAll('td[data-site]')].map((td) => ({ site: td.getAttribute('data-site'), better: td.getAttribute('data-better') === 'true', text: td.textContent!.trim() })),
        better: tr.querySelector('[data-testid="better"]')!.textContent!.trim(),
      })),
    );
    for (const id of ['grade', 'rubric', 'collected', 'purposes', 'third-parties', 'recipients', 'retention', 'rights', 'right:access', 'right:complaint', 'cookies', 'cookies:marketing']) {
      expect(rows.map((r) => r.id), id).toContain(id);
    }
    // Every row has one cell per site; a row is marked exactly when the sites differ on it.
    for (const row of rows) {
      expect(row.cells.map((c) => c.site), row.id!).toEqual(columnSites);
      expect(row.marked, row.id!).toBe(row.differs);
      if (!row.differs) expect(row.cells.some((c) => c.better), row.id!).toBe(false);
    }
    expect(rows.filter((r) => r.differs).length).toBeGreaterThanOrEqual(5);
    // Where a better site is named, its cells carry the star, and the reason compares it with another site.
    const withBetter = rows.filter((r) => r.cells.some((c) => c.better));
    expect(withBetter.length).toBeGreaterThanOrEqual(3);
    for (const row of withBetter) {
      const winners = row.cells.filter((c) => c.better).map((c) => c.site!);
      expect(row.better.startsWith(winners.join(', ')), `${row.id}: ${row.better}`).toBe(true);
      expect(columnSites.some((site) => !winners.includes(site!) && row.better.includes(site!)), `${row.id}: ${row.better}`).toBe(true);
    }
    // The cookies each shop really set: none, three (session, analytics, advertising), one.
    const cookies = rows.find((r) => r.id === 'cookies')!;
    expect(cookies.cells.map((c) => c.text.split(/\s/)[0])).toEqual(['0', '3', '1']);
    expect(cookies.differs).toBe(true);
    expect(rows.find((r) => r.id === 'third-party-cookies')!.differs).toBe(false);

    await compare.screenshot(resolve(SCREENSHOTS, 'compare.png'));
    await compare.close();
  });

  it('links every cell to its evidence sentences, and works by keyboard', async () => {
    const compare = await ComparePage.open(browser.context, browser.extensionId);
    await expect.poll(() => compare.columns().count()).toBe(3);
    const collected = compare.row('collected');
    const link = collected.getByTestId('evidence-link').first();
    await link.click();
    const dialog = compare.evidenceDialog();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const quotes = dialog.locator('blockquote');
    expect(await quotes.count()).toBeGreaterThan(0);
    // The sentences are the saved evidence, and each links into the live policy at that sentence.
    const saved = await record(shops.shops[2]!.site);
    const texts = new Set(saved.analysis.sentences.map((s) => `“${s.text}”`));
    for (const quote of await quotes.allTextContents()) expect(texts.has(quote.trim()), quote).toBe(true);
    for (const href of await dialog.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(new RegExp(`^${shops.shops[2]!.policyUrl.replace(/[.]/g, '\\.')}#:~:text=`));
    }
    await compare.page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await compare.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('evidence-link');

    // Keyboard alone, from a fresh page: Tab to the first site's checkbox, Space unpicks it (two columns),
    // Space picks it again.
    await compare.page.reload();
    await expect.poll(() => compare.columns().count()).toBe(3);
    for (let i = 0; i < 10 && (await compare.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)) !== 'checkbox'; i++) {
      await compare.page.keyboard.press('Tab');
    }
    expect(await compare.page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    await compare.page.keyboard.press('Space');
    await expect.poll(() => compare.columns().count()).toBe(2);
    await compare.page.keyboard.press('Space');
    await expect.poll(() => compare.columns().count()).toBe(3);
    // The evidence buttons are reachable and open with Enter.
    await compare.row('grade').getByTestId('evidence-link').first().focus();
    await compare.page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await compare.page.keyboard.press('Enter'); // the dialog opens on its Close button
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await compare.close();
  });

  it('prints only the comparison table', async () => {
    const compare = await ComparePage.open(browser.context, browser.extensionId);
    await expect.poll(() => compare.columns().count()).toBe(3);
    await compare.page.emulateMedia({ media: 'print' });
    expect(await compare.page.locator('aside').isVisible()).toBe(false);
    expect(await compare.page.getByRole('button', { name: /export/i }).first().isVisible()).toBe(false);
    expect(await compare.page.getByTestId('comparison').isVisible()).toBe(true);
    expect(await compare.page.getByText(/^Printed from policy-lens on /).isVisible()).toBe(true);
    // The table fits the landscape page: no horizontal scrolling region cuts it off.
    const overflow = await compare.page.evaluate(() => getComputedStyle(document.querySelector('.wrap')!).overflowX);
    expect(overflow).toBe('visible');
    await compare.screenshot(resolve(SCREENSHOTS, 'compare-print.png'));
    const pdf = await compare.page.pdf({ landscape: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await compare.close();
  });

  it('exports JSON and CSV, imports the JSON back, and refuses foreign or damaged files changing nothing', async () => {
    const compare = await ComparePage.open(browser.context, browser.extensionId);
    await expect.poll(() => compare.columns().count()).toBe(3);
    const sitesJson = readFileSync(await (await compare.download(/^Export saved sites \(JSON\)$/)).path(), 'utf8');
    exportedSites = sitesJson;
    const exported = JSON.parse(sitesJson) as { format: string; schemaVersion: number; sites: SavedRecord[] };
    expect(exported).toMatchObject({ format: 'policy-lens/saved-sites', schemaVersion: 3 });
    expect(exported.sites.map((s) => s.site)).toEqual(shops.shops.map((shop) => shop.site).reverse());
    const comparisonCsv = readFileSync(await (await compare.download(/^Export comparison \(CSV\)$/)).path(), 'utf8');
    const [header, gradeLine] = comparisonCsv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(`Row,${shops.shops.map((shop) => shop.site).reverse().join(',')},Sites differ,Better,Why`);
    expect(gradeLine).toMatch(/^Grade,[A-E] · -?\d+ points/);
    const comparisonJson = JSON.parse(readFileSync(await (await compare.download(/^Export comparison \(JSON\)$/)).path(), 'utf8'));
    expect(comparisonJson).toMatchObject({ format: 'policy-lens/comparison', comparison: { sites: [{}, {}, {}] } });
    const sitesCsv = readFileSync(await (await compare.download(/^Export saved sites \(CSV\)$/)).path(), 'utf8');
    expect(sitesCsv.split('\r\n').filter(Boolean)).toHaveLength(4);

    // Remove one shop, then import the export: it comes back; the two still saved are kept.
    const removed = shops.shops[0]!.site;
    await compare.page.getByRole('button', { name: `Remove ${removed} from saved sites` }).click();
    await expect.poll(() => compare.savedSites().count()).toBe(2);
    await compare.importFile('policy-lens-saved-sites.json', sitesJson);
    await expect.poll(() => compare.notice().textContent()).toBe('Imported: 1 added, 0 replaced by a newer copy, 2 kept because yours was as new.');
    await expect.poll(() => compare.savedSites().count()).toBe(3);
    expect(await record(removed)).toEqual(exported.sites.find((s) => s.site === removed));

    // Foreign and damaged files are refused with a reason, and storage is left exactly as it was.
    const before = await stored(null);
    const refused: [string, string, RegExp][] = [
      ['bookmarks.json', JSON.stringify({ roots: { bookmark_bar: { children: [] } }, version: 1 }), /This is not a policy-lens export/],
      ['truncated.json', sitesJson.slice(0, sitesJson.length / 2), /The file is not valid JSON/],
      ['tampered.json', sitesJson.replace(/"grade": ?"[A-E]"/, '"grade":"F"'), /damaged or incomplete \(sites\[\d\]\.analysis\.score\.grade: not one of/],
    ];
    for (const [name, contents, reason] of refused) {
      await compare.importFile(name, contents);
      await expect.poll(() => compare.notice().textContent(), { timeout: 5_000 }).toMatch(reason);
      expect(await compare.notice().getAttribute('role')).toBe('alert');
    }
    expect(await stored(null)).toEqual(before);
    expect(await compare.savedSites().count()).toBe(3);
    await compare.close();
  });

  it('says in the popup when a saved policy has changed, what changed, and updates the saved copy', async () => {
    const shop = shops.changing;
    const before = await record(shop.site);
    shops.setChanged(true);
    const { page, tabId } = await openPolicy(shop);
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    const notice = popup.page.getByTestId('policy-changed');
    await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
    expect(await notice.getByRole('heading').textContent()).toMatch(/^This policy has changed since you saved it \(.+\)$/);
    expect(await notice.getByTestId('grade-change').textContent()).toMatch(/Grade [A-E] → [A-E]/);
    // The fixture edit adds a retention period and a complaint right and drops PayPal.
    const categories = await notice.locator('[data-testid^="change-"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')));
    expect(categories.length).toBeGreaterThan(0);
    expect(await notice.textContent()).toMatch(/New: .*3 years/);
    await popup.screenshot(resolve(SCREENSHOTS, 'popup-policy-changed.png'));

    await popup.page.getByTestId('update-saved').click();
    await expect.poll(() => popup.page.getByRole('status').filter({ hasText: 'Saved copy updated.' }).count()).toBe(1);
    expect(await notice.count()).toBe(0);
    const after = await record(shop.site);
    expect(after.textHash).not.toBe(before.textHash);
    expect(after.history).toEqual([{ savedAt: before.savedAt, textHash: before.textHash, grade: expect.stringMatching(/^[A-E]$/), points: expect.any(Number) }]);
    await popup.close();
    await page.close();
  });

  it('re-analyses a saved site on demand and shows what changed, or that nothing did', async () => {
    shops.setChanged(false); // the shop takes its change back
    const compare = await ComparePage.open(browser.context, browser.extensionId);
    await expect.poll(() => compare.savedSites().count()).toBe(3);
    const changing = compare.savedSite(shops.changing.site);
    await compare.page.getByRole('button', { name: `Re-analyse the policy of ${shops.changing.site}` }).click();
    await expect.poll(() => changing.getByTestId('recheck').getAttribute('data-state'), { timeout: 15_000 }).toBe('changed');
    expect(await changing.getByTestId('policy-changes').textContent()).toMatch(/Gone: .*3 years/);
    await changing.getByRole('button', { name: 'Keep the saved copy' }).click();
    expect(await changing.getByTestId('recheck').count()).toBe(0);

    const steady = compare.savedSite(shops.shops[0]!.site);
    await compare.page.getByRole('button', { name: `Re-analyse the policy of ${shops.shops[0]!.site}` }).click();
    await expect.poll(() => steady.getByTestId('recheck').textContent(), { timeout: 15_000 }).toBe('The policy has not changed since it was saved.');
    await compare.close();
  });

  it('holds 200 saved sites, and refuses policies that do not fit in storage without losing any', async () => {
    const compare = await ComparePage.open(browser.context, browser.extensionId);
    await expect.poll(() => compare.savedSites().count()).toBe(3);
    const template = await record(shops.shops[0]!.site);
    const file = (sites: SavedRecord[]) => JSON.stringify({ format: 'policy-lens/saved-sites', schemaVersion: 3, exportedAt: new Date().toISOString(), sites });
    const many = Array.from({ length: 200 }, (_, i) => ({ ...template, site: `shop${i}.example`, savedAt: template.savedAt - 1_000 - i }));
    await compare.importFile('many.json', file(many));
    await expect.poll(() => compare.notice().textContent(), { timeout: 20_000 }).toBe('Imported: 200 added, 0 replaced by a newer copy, 0 kept because yours was as new.');
    await expect.poll(() => compare.savedSites().count()).toBe(203);
    const bytes = await bytesInUse();
    console.log(`[compare e2e] 203 saved sites use ${bytes} bytes of storage.local`);
    expect(bytes).toBeLessThan(10_485_760);
    await expect.poll(() => compare.page.getByTestId('storage-use').textContent()).toMatch(/^Saved data uses [\d.]+ MB of 10\.5 MB\.$/);

    // Two very long policies (6,000 sentences each) do not fit in what is left of the 10 MB.
    const long = (n: number): SavedRecord => ({
      ...template,
      site: `long${n}.example`,
      analysis: {
        ...template.analysis,
        sentences: [
          ...template.analysis.sentences,
          ...Array.from({ length: 6_000 - template.analysis.sentences.length }, (_, i) => ({ id: `s${10_000 + i}`, text: `Sentence ${i} ${'of a very long policy '.repeat(45)}`, heading: '', section: 0, labels: [] })),
        ],
      },
    });
    const savedBefore = await stored(['savedSites']);
    const keysBefore = await savedKeys();
    await compare.importFile('long.json', file([long(1), long(2)]));
    await expect.poll(() => compare.notice().textContent(), { timeout: 20_000 }).toMatch(/^Storage is full: nothing was changed, and nothing saved earlier was lost\./);
    expect(await compare.notice().getAttribute('role')).toBe('alert');
    expect(await stored(['savedSites'])).toEqual(savedBefore);
    expect(await savedKeys()).toEqual(keysBefore);
    expect(await compare.savedSites().count()).toBe(203);
    await compare.close();
  });
});

describe('the comparison page in Norwegian', () => {
  let norwegian: ExtensionBrowser;
  afterAll(() => norwegian?.close());

  it('shows the imported comparison with Norwegian strings and reasons', async () => {
    expect(exportedSites).not.toBe('');
    norwegian = await launchExtensionBrowser({ uiLanguage: 'nb' });
    const compare = await ComparePage.open(norwegian.context, norwegian.extensionId);
    expect(await compare.page.locator('h1').textContent()).toBe('Sammenlign personvernerklæringer');
    expect(await compare.page.getByTestId('no-saved-sites').textContent()).toMatch(/^Ingen lagrede nettsteder ennå\./);
    await compare.importFile('policy-lens-lagrede.json', exportedSites);
    await expect.poll(() => compare.notice().textContent()).toBe('Importert: 3 lagt til, 0 erstattet av en nyere kopi, 0 beholdt fordi din var like ny.');
    await expect.poll(() => compare.columns().count()).toBe(3);
    expect(await compare.page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await compare.page.getByRole('columnheader', { name: 'Best for deg' }).count()).toBe(1);
    expect(await compare.page.getByRole('columnheader', { name: 'Hva de samler inn' }).count()).toBe(1);
    expect(await compare.row('grade').getByTestId('better').textContent()).toMatch(/^127\.0\.0\.\dkarakter [A-E] \(-?\d+ poeng\) mot [A-E] \(-?\d+\) for 127\.0\.0\.\d$/);
    expect(await compare.row('right:erasure').locator('th').textContent()).toContain('Sletting');
    await compare.close();
  });
});
