// Navigation-to-badge time on the seed policy pages, as a shopper meets it: from the moment the browser
// starts navigating (the page's performance.timeOrigin) to the moment the toolbar badge shows a grade.
// Used by the e2e suite (badge-speed.test.ts) and by `npm run bench`.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';
import { SEED_POLICY_PATHS } from './fixture-server';

export interface BadgeTimings {
  /** One time per page load, in ms. */
  times: number[];
  median: number;
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Load every seed policy `rounds` times (each at a new address, so nothing is cached) and time the
 * badge. With `coldWorker` the extension's service worker is stopped before each load, as Chrome
 * stops it after 30 s without events: the worker then starts, loads the model and analyses on the way.
 */
export async function navigationToBadge(browser: ExtensionBrowser, shop: string, options: { rounds: number; coldWorker: boolean }): Promise<BadgeTimings> {
  // An extension page polls the badge inside the browser (no round trip per poll) and stops the worker.
  const watcher = await browser.context.newPage();
  await watcher.goto(`chrome-extension://${browser.extensionId}/offscreen.html`);
  const cdp = await browser.context.newCDPSession(watcher);
  await cdp.send('ServiceWorker.enable');
  const times: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    for (const path of Object.keys(SEED_POLICY_PATHS)) {
      const page = await browser.context.newPage();
      if (options.coldWorker) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await page.waitForTimeout(300);
      }
      const url = `${shop}${path}?visit=${round}-${Date.now()}`;
      await page.goto(url, { waitUntil: 'commit' });
      times.push(await badgeDelay(watcher, page, url));
      await page.close();
    }
  }
  await watcher.close();
  return { times, median: median(times) };
}

async function badgeDelay(watcher: Page, page: Page, url: string): Promise<number> {
  const shownAt = await watcher.evaluate(async (address) => {
    const started = Date.now();
    while (Date.now() - started < 15_000) {
      const tab = (await chrome.tabs.query({})).find((t) => (t.url ?? t.pendingUrl) === address);
      if (tab?.id !== undefined && (await chrome.action.getBadgeText({ tabId: tab.id }))) return Date.now();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return Number.NaN;
  }, url);
  if (Number.isNaN(shownAt)) throw new Error(`no badge on ${url} within 15 s`);
  return Math.round(shownAt - (await page.evaluate(() => performance.timeOrigin)));
}
