// The popup and the comparison page in real Chromium: no serious or critical axe-core findings in any
// state a shopper meets, every control reachable with Tab, and the main actions usable from the keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlsTabSkips, seriousAxeFindings } from './accessibility';
import { ComparePage } from './compare-page';
import { type CompareShops, startCompareShops } from './compare-shops';
import { eventually, type ExtensionBrowser, launchExtensionBrowser } from './extension-browser';
import { type FixtureSites, startFixtureSites } from './fixture-server';
import { PopupPage } from './popup-page';

let sites: FixtureSites;
let shops: CompareShops;
let browser: ExtensionBrowser;

beforeAll(async () => {
  sites = await startFixtureSites();
  shops = await startCompareShops();
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
  await sites?.close();
  await shops?.close();
});

async function popupFor(url: string) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await browser.tabIdOf(page);
  const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
  return { page, tabId, popup };
}

describe('popup', () => {
  it('has no serious findings and every control is reachable on a scorecard, with everything unfolded', async () => {
    const { page, popup } = await popupFor(`${sites.shop}/privacy-policy`);
    await expect.poll(() => popup.grade().textContent(), { timeout: 20_000 }).toMatch(/^[A-E]$/);
    expect(await seriousAxeFindings(popup.page)).toEqual([]);
    await popup.page.locator('details.why > summary').click();
    await popup.expandCards();
    expect(await seriousAxeFindings(popup.page)).toEqual([]);
    expect(await controlsTabSkips(popup.page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('saves the site with the keyboard alone', async () => {
    const { page, popup } = await popupFor(`${sites.shop}/personvern`);
    await expect.poll(() => popup.grade().textContent(), { timeout: 20_000 }).toMatch(/^[A-E]$/);
    const save = popup.page.getByTestId('save-site');
    for (let i = 0; i < 60 && !(await save.evaluate((el) => el === document.activeElement)); i++) await popup.page.keyboard.press('Tab');
    await popup.page.keyboard.press('Enter');
    await expect.poll(() => popup.page.getByRole('status').filter({ hasText: /saved/i }).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('has no serious findings when no policy is found, and the address form works by keyboard', async () => {
    const { page, popup } = await popupFor(`${sites.thirdParty}/`);
    await expect.poll(() => popup.state('no-policy-found').count(), { timeout: 20_000 }).toBe(1);
    expect(await seriousAxeFindings(popup.page)).toEqual([]);
    expect(await controlsTabSkips(popup.page)).toEqual([]);
    await popup.page.getByLabel(/address of the privacy policy/i).focus();
    await popup.page.keyboard.type(`${sites.shop}/data-protection`);
    await popup.page.keyboard.press('Enter');
    await expect.poll(() => popup.grade().textContent(), { timeout: 20_000 }).toMatch(/^[A-E]$/);
    await popup.close();
    await page.close();
  });

  it('shows a neutral badge mark and names the language of a policy it does not read', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${sites.shop}/datenschutz`);
    const tabId = await browser.tabIdOf(page);
    expect(await eventually(() => browser.badgeText(tabId), 'neutral badge')).toBe('?');
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.state('unsupported-language').count(), { timeout: 20_000 }).toBe(1);
    expect(await popup.page.getByTestId('language-found').textContent()).toContain('German');
    expect(await seriousAxeFindings(popup.page)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('comparison page', () => {
  it('has no serious findings with three sites compared and with the evidence dialog open; every control is reachable', async () => {
    for (const shop of shops.shops) {
      const { page, popup } = await popupFor(shop.policyUrl);
      await expect.poll(() => popup.grade().textContent(), { timeout: 20_000 }).toMatch(/^[A-E]$/);
      await popup.page.getByTestId('save-site').click();
      await expect.poll(() => popup.page.getByRole('status').filter({ hasText: /^Saved\./ }).count()).toBe(1);
      await popup.close();
      await page.close();
    }
    const compare = await ComparePage.open(browser.context, browser.extensionId);
    await expect.poll(() => compare.columns().count()).toBe(3);
    expect(await seriousAxeFindings(compare.page)).toEqual([]);
    expect(await controlsTabSkips(compare.page)).toEqual([]);
    await compare.row('collected').getByTestId('evidence-link').first().focus();
    await compare.page.keyboard.press('Enter');
    await expect.poll(() => compare.evidenceDialog().isVisible()).toBe(true);
    expect(await seriousAxeFindings(compare.page)).toEqual([]);
    await compare.page.keyboard.press('Escape');
    await expect.poll(() => compare.evidenceDialog().isVisible()).toBe(false);
    await compare.close();
  });
});
