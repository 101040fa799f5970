// The popup in Norwegian, for a browser whose UI language is Norwegian Bokmål.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eventually, type ExtensionBrowser, launchExtensionBrowser } from './extension-browser';
import { type FixtureSites, startFixtureSites } from './fixture-server';
import { PopupPage } from './popup-page';
import { SCREENSHOTS } from './screenshots';

let sites: FixtureSites;
let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  sites = await startFixtureSites();
  browser = await launchExtensionBrowser({ uiLanguage: 'nb' });
});

afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

it('shows the scorecard and cookies with Norwegian strings', async () => {
  const page = await browser.context.newPage();
  await page.goto(sites.shop + '/');
  const tabId = await browser.tabIdOf(page);
  await eventually(() => page.evaluate(() => document.cookie.includes('_ga=')), 'analytics cookie');
  const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
  await expect.poll(() => popup.grade().textContent(), { timeout: 20_000 }).toMatch(/^[A-E]$/);
  expect(await popup.page.locator('h1').first().textContent()).toMatch(/^Karakter [A-E]$/);
  expect(await popup.page.locator('html').getAttribute('lang')).toBe('nb');
  expect(await popup.page.getByText('Hva de samler inn').count()).toBe(1);
  expect(await popup.page.getByRole('button', { name: 'Lagre for sammenligning' }).count()).toBe(1);
  await expect.poll(() => popup.cookieRows().count()).toBeGreaterThanOrEqual(3);
  await popup.screenshot(resolve(SCREENSHOTS, 'popup-norwegian.png'));
  await popup.close();
  await page.close();
});
