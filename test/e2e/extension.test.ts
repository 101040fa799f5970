// The extension in real Chromium: badge, popup scorecard and cookies, finding the policy, evidence
// highlighting, and rejection of forged messages. Screenshots of the popup go to a temporary folder (docs/screenshots/ with `npm run screenshots`).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentScriptWorld } from './content-world';
import { eventually, type ExtensionBrowser, launchExtensionBrowser } from './extension-browser';
import { type FixtureSites, SEED_POLICY_PATHS, startFixtureSites } from './fixture-server';
import { PopupPage } from './popup-page';
import { SCREENSHOTS } from './screenshots';


let sites: FixtureSites;
let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  sites = await startFixtureSites();
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

async function openSitePage(path: string) {
  const page = await browser.context.newPage();
  await page.goto(sites.shop + path);
  return { page, tabId: await browser.tabIdOf(page) };
}

describe('badge', () => {
  it.each(Object.keys(SEED_POLICY_PATHS))('shows a grade on the seed policy page %s', async (path) => {
    const { page, tabId } = await openSitePage(path);
    const text = await eventually(() => browser.badgeText(tabId), `badge on ${path}`);
    expect(text).toMatch(/^[A-E]$/);
    await page.close();
  });

  it.each(['/', '/blogg/personvern-tips', '/kjopsvilkar'])('shows nothing on %s (not a policy)', async (path) => {
    const { page, tabId } = await openSitePage(path);
    // Give the content script its idle slot and the background time to (not) answer.
    await page.waitForTimeout(2_500);
    expect(await browser.badgeText(tabId)).toBe('');
    await page.close();
  });

  // Weak page signals (a title that only says "Privacy", no policy words in the URL): the background
  // classifies the text and shows a grade only when it states practices like a policy.
  it.each(['en/policy/oldfield-antiques.html', 'en/policy/hearthstone-homecare.html'])('shows a grade on the candidate policy %s once its text is classified', async (file) => {
    const { page, tabId } = await openSitePage(`/detection/${file}`);
    expect(await eventually(() => browser.badgeText(tabId), `badge on ${file}`)).toMatch(/^[A-E]$/);
    await page.close();
  });

  it.each(['en/other/cobaltline-dpa-summary.html', 'mixed/other/nb-23-nettbutikkskolen-cookies.html'])('shows nothing on %s, a page about data protection that is not a policy', async (file) => {
    const { page, tabId } = await openSitePage(`/detection/${file}`);
    await page.waitForTimeout(2_500);
    expect(await browser.badgeText(tabId)).toBe('');
    await page.close();
  });

  it('clears the grade when the tab navigates away from the policy', async () => {
    const { page, tabId } = await openSitePage('/personvern');
    await eventually(() => browser.badgeText(tabId), 'badge');
    await page.goto(sites.shop + '/kjopsvilkar');
    await eventually(async () => (await browser.badgeText(tabId)) === '', 'badge cleared');
    await page.close();
  });
});

describe('popup', () => {
  it('shows the scorecard of a policy page with five category cards', async () => {
    const { page, tabId } = await openSitePage('/privacy-policy');
    await eventually(() => browser.badgeText(tabId), 'badge');
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.grade().textContent()).toMatch(/^[A-E]$/);
    for (const label of ['collected', 'purposes', 'sharing', 'retention', 'rights']) {
      expect(await popup.card(label).count(), label).toBe(1);
    }
    await popup.page.locator('details.why > summary').click();
    await popup.screenshot(resolve(SCREENSHOTS, 'popup-policy-page.png'));
    await popup.expandCards();
    await popup.screenshot(resolve(SCREENSHOTS, 'popup-policy-page-evidence.png'));
    await popup.close();
    await page.close();
  });

  it('finds the policy from the shop front page and lists the real cookies with categories', async () => {
    // Forget what earlier tests taught the extension about this site, so it has to find the policy.
    await browser.worker.evaluate(() => chrome.storage.local.clear());
    const { page, tabId } = await openSitePage('/');
    await eventually(() => page.evaluate(() => document.cookie.includes('_ga=')), 'analytics cookie set by the tracker script');
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.grade().textContent(), { timeout: 20_000 }).toMatch(/^[A-E]$/);
    const source = await popup.page.locator('.source').textContent();
    expect(source).toContain(`${sites.shop}/personvern`);
    expect(source).not.toMatch(/earlier reading/);
    await expect.poll(() => popup.cookieRows().count()).toBeGreaterThanOrEqual(4);
    expect(await popup.cookieRow('session_id').getAttribute('data-party')).toBe('first');
    expect(await popup.cookieRow('_ga').getAttribute('data-party')).toBe('first');
    expect(await popup.cookieRow('tp_uid').getAttribute('data-party')).toBe('third');
    for (const row of await popup.cookieRows().all()) {
      expect(await row.getAttribute('data-category')).toMatch(/^(essential|functional|analytics|marketing|unknown)$/);
    }
    await popup.screenshot(resolve(SCREENSHOTS, 'popup-shop-front-page.png'));

    // Evidence of a policy read in the background opens the policy in a tab, highlighted.
    await popup.expandCards();
    const evidence = popup.evidenceButtons().first();
    const sentence = (await evidence.textContent())!.replace(/[“”]/g, '').trim();
    const opened = browser.context.waitForEvent('page');
    await evidence.click();
    const policyTab = await opened;
    expect(policyTab.url()).toBe(`${sites.shop}/personvern`);
    const marked = policyTab.locator('[data-policy-lens-highlight]');
    await expect.poll(() => marked.count(), { timeout: 10_000 }).toBe(1);
    expect((await marked.textContent())!.replace(/\s+/g, ' ')).toContain(sentence.slice(0, 40));
    await policyTab.close();
    await popup.close();
    await page.close();
  });

  it('says when no policy is found, and analyses a pasted policy URL', async () => {
    const page = await browser.context.newPage();
    await page.goto(sites.thirdParty + '/');
    const tabId = await browser.tabIdOf(page);
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.state('no-policy-found').count(), { timeout: 20_000 }).toBe(1);
    await popup.screenshot(resolve(SCREENSHOTS, 'popup-no-policy-found.png'));
    await popup.pastePolicyUrl(sites.shop + '/data-protection');
    await expect.poll(() => popup.grade().textContent(), { timeout: 20_000 }).toMatch(/^[A-E]$/);
    expect(await popup.page.locator('.source').textContent()).toContain('(pasted)');
    await popup.close();
    await page.close();
  });

  it('saves the analysed site for comparison', async () => {
    const { page, tabId } = await openSitePage('/personvern');
    await eventually(() => browser.badgeText(tabId), 'badge');
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.grade().textContent()).toMatch(/^[A-E]$/);
    await popup.page.getByTestId('save-site').click();
    await expect.poll(() => popup.page.getByRole('status').filter({ hasText: /saved/i }).count()).toBe(1);
    // Saved-site schema 2: an index under savedSites, one record per site (lib/storage/saved-sites-items.ts).
    const saved = await browser.worker.evaluate(async () => chrome.storage.local.get(['savedSites', 'savedSite:127.0.0.1']));
    expect((saved.savedSites as { site: string }[])[0]).toMatchObject({ site: '127.0.0.1', policyUrl: `${sites.shop}/personvern` });
    expect(saved['savedSite:127.0.0.1']).toMatchObject({ site: '127.0.0.1', schemaVersion: 3, policyUrl: `${sites.shop}/personvern` });
    expect((saved['savedSite:127.0.0.1'] as { textHash: string }).textHash).toMatch(/^[0-9a-f]{64}$/);
    await popup.close();
    await page.close();
  });

  it('on a cookie policy page, shows no badge and reads the privacy policy it links to', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.clear());
    const { page, tabId } = await openSitePage('/informasjonskapsler');
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.grade().textContent(), { timeout: 20_000 }).toMatch(/^[A-E]$/);
    expect(await popup.page.locator('.source').textContent()).toContain(`${sites.shop}/personvern`);
    expect(await browser.badgeText(tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('says which language a policy it does not read is in, with a neutral badge mark instead of a grade', async () => {
    const { page, tabId } = await openSitePage('/datenschutz');
    expect(await eventually(() => browser.badgeText(tabId), 'neutral badge')).toBe('?');
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.state('unsupported-language').count(), { timeout: 15_000 }).toBe(1);
    expect(await popup.page.getByTestId('language-found').textContent()).toMatch(/Language found: German/);
    await popup.screenshot(resolve(SCREENSHOTS, 'popup-unsupported-language.png'));
    await popup.close();
    await page.close();
  });

  it('shows the restricted state on browser pages', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({})).find((t) => t.url === undefined || t.url.startsWith('chrome://'))?.id ?? -1);
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.state('restricted').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});

describe('evidence', () => {
  it('highlights the evidence sentence in the policy page', async () => {
    const { page, tabId } = await openSitePage('/legal/privacy-notice');
    await eventually(() => browser.badgeText(tabId), 'badge');
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.grade().textContent()).toMatch(/^[A-E]$/);
    await popup.expandCards();
    const evidence = popup.evidenceButtons().first();
    const sentence = (await evidence.textContent())!.replace(/[“”]/g, '').trim();
    await evidence.click();
    const marked = page.locator('[data-policy-lens-highlight]');
    await expect.poll(() => marked.count()).toBe(1);
    const markedText = (await marked.textContent())!.replace(/\s+/g, ' ');
    expect(markedText).toContain(sentence.slice(0, 40));
    await popup.close();
    await page.close();
  });
});

describe('speed and keyboard', () => {
  it('shows a cached scorecard at once and is usable with the keyboard alone', async () => {
    const { page, tabId } = await openSitePage('/policies/tracking/privacy');
    await eventually(() => browser.badgeText(tabId), 'badge');
    const started = Date.now();
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await popup.grade().waitFor();
    expect(Date.now() - started).toBeLessThan(1_500);

    await popup.page.keyboard.press('Tab');
    expect(await popup.page.evaluate(() => document.activeElement?.textContent)).toMatch(/why this grade/i);
    await popup.page.keyboard.press('Tab');
    await popup.page.keyboard.press('Enter'); // opens the first category card
    expect(await popup.card('collected').getAttribute('open')).not.toBeNull();
    await popup.page.keyboard.press('Tab');
    expect(await popup.page.evaluate(() => document.activeElement?.getAttribute('data-sentence-id'))).toMatch(/^s\d+$/);
    await popup.page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-policy-lens-highlight]').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});

describe('forged messages', () => {
  it('ignores a policy report posted by the page itself', async () => {
    const { page, tabId } = await openSitePage('/kjopsvilkar');
    await page.evaluate(() => {
      const forged = { type: 'reportPolicy', id: 1, timestamp: Date.now(), data: { url: location.href } };
      window.postMessage(forged, '*');
      document.dispatchEvent(new CustomEvent('reportPolicy', { detail: forged }));
    });
    await page.waitForTimeout(2_500);
    expect(await browser.badgeText(tabId)).toBe('');
    await page.close();
  });

  it('rejects malformed and mismatched reports sent from the content-script world, with the reason', async () => {
    const { page, tabId } = await openSitePage('/kjopsvilkar');
    const sendFromContentScript = await contentScriptSender(page);
    const badSchema = await sendFromContentScript({ url: sites.shop + '/kjopsvilkar', detection: 'policy!', extracted: null });
    expect(badSchema).toMatch(/rejected: bad schema: detection/);
    const otherUrl = await sendFromContentScript({
      url: 'https://bank.example/privacy',
      detection: { kind: 'privacy-policy', score: 20, reasons: [], words: 900 },
      extracted: { url: 'https://bank.example/privacy', title: 'x', sections: [], sentences: [], words: 0, truncated: false },
    });
    expect(otherUrl).toMatch(/rejected: URL does not match/);
    const oversized = await sendFromContentScript({ junk: 'x'.repeat(3_100_000) });
    expect(oversized).toMatch(/rejected: message too large/);
    expect(await browser.badgeText(tabId)).toBe('');
    await page.close();
  });
});

/** Send a reportPolicy message from our content script's isolated world (via DevTools), returning the error text. */
async function contentScriptSender(page: import('playwright-core').Page): Promise<(data: unknown) => Promise<string>> {
  const evaluate = await contentScriptWorld(browser, page);
  return async (data) =>
    String(
      await evaluate(`new Promise((resolve) => chrome.runtime.sendMessage(
      { type: 'reportPolicy', id: 99, timestamp: Date.now(), data: ${JSON.stringify(data)} },
      (response) => resolve(JSON.stringify(response ?? chrome.runtime.lastError?.message ?? null))))`),
    );
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { clear(): Promise<void>; get(key: string | string[]): Promise<Record<string, unknown>> } };
};
