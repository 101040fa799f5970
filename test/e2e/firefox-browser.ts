// Launches Debian's firefox-esr with the built Firefox extension, over WebDriver BiDi (puppeteer-core;
// no downloaded browser). Firefox 153 ESR also needs --remote-allow-system-access to open moz-extension:// pages.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { EXTENSION_DIR } from './extension-browser';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(dirname(EXTENSION_DIR), 'firefox-mv3');
const ADDON_ID = 'policy-lens@policy-lens.dev';
// Extension pages live at moz-extension://<random uuid>/; the pref fixes the uuid so the tests can open them.
const UUID = '5a0f7c3e-2b6d-4e19-8c47-9d1e3f6a2b80';

// The callbacks of extensionPage.evaluate run in an extension page, where Firefox's `browser` API exists.
declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
  /** An extension page (the comparison page) kept open to call the extension's APIs from. */
  extensionPage: Page;
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** Open an extension page (e.g. `popup.html?tabId=3`) in a new tab, once its `selector` is there. */
  openExtensionPage(path: string, selector: string): Promise<Page>;
  close(): Promise<void>;
}

/** Retry a query on a page that is still navigating (BiDi rejects evaluations while a moz-extension page loads). */
async function waitForSelector(page: Page, selector: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  let lastError = '';
  while (Date.now() - started < timeoutMs) {
    try {
      if (await page.$(selector)) return;
    } catch (error) {
      lastError = String(error).split('\n')[0]!;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${selector} on ${page.url()} ${lastError}`);
}

/** Start firefox-esr with the extension installed as a temporary add-on; fails loudly (never skips) without Firefox or the build. */
export async function launchFirefox(): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: run "apt-get install -y firefox-esr" (or set FIREFOX_PATH). The Firefox e2e tests need a real browser.`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox 153 lets WebDriver open only http(s), file, blob and about:blank pages unless system access is
    // allowed (https://firefox-source-docs.mozilla.org/testing/geckodriver/Flags.html#allow-system-access).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  const addonId = await firefox.installExtension(FIREFOX_EXTENSION_DIR);

  async function openExtensionPage(path: string, selector: string): Promise<Page> {
    const page = await firefox.newPage();
    // The navigation's load event is not reported for extension pages: wait for the page's content instead.
    void page.goto(`moz-extension://${UUID}/${path}`).catch(() => {});
    await waitForSelector(page, selector);
    return page;
  }
  const extensionPage = await openExtensionPage('compare.html', 'main');
  return {
    browser: firefox,
    addonId,
    extensionPage,
    openExtensionPage,
    async tabIdOf(page) {
      const url = page.url();
      const id = await extensionPage.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    },
    badgeText: (tabId) => extensionPage.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId),
    close: () => firefox.close(),
  };
}
