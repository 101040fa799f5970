// Launches Debian's Chromium with the built extension (the flags it needs are explained beside each one).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

// The worker.evaluate callbacks run inside the extension's service worker, where `chrome` exists.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The browser's tab id of a page (found by its URL). */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/** Start Chromium with the extension; fails loudly (never skips) when Chromium or the build is missing. */
export async function launchExtensionBrowser(options: { uiLanguage?: 'en' | 'nb' } = {}): Promise<ExtensionBrowser> {
  const lang = options.uiLanguage ?? 'en';
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" (or set CHROMIUM_PATH). The e2e tests need a real browser.`);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  const profile = mkdtempSync(join(tmpdir(), 'policy-lens-e2e-'));
  // Chromium's automation profile blocks third-party cookies ("UserPreferences" in DevTools' blocked
  // reasons); a shopper's default profile does not, and the shop fixture needs them.
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    // Chromium on Linux picks its UI language (and so the extension's _locales) from LANGUAGE.
    env: { ...process.env, LANGUAGE: lang === 'nb' ? 'nb' : 'en_US' },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--disable-quic',
      `--lang=${lang === 'nb' ? 'nb' : 'en-US'}`,
      // Only the fixture hosts resolve: Chromium must not wait for Google hosts on a closed network.
      // (MAP * also catches IP literals: the comparison test's shops live on 127.0.0.2–4.)
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.*, EXCLUDE localhost',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
      if (id < 0) throw new Error(`no tab for ${url}`);
      return id;
    },
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Poll until the check returns a truthy value, or fail after the timeout. */
export async function eventually<T>(check: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const started = Date.now();
  let last: T | undefined;
  while (Date.now() - started < timeoutMs) {
    last = await check();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what} (last value: ${JSON.stringify(last)})`);
}
