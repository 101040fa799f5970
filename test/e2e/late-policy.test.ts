// Policies that arrive late, in real Chromium: drawn in by script after load, after a single-page
// shop's route change, inside a same-origin iframe; and pages that never stop changing, which must
// not turn into a stream of detections.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GROWTH_LIMITS } from '../../lib/detect/watch-text-growth';
import { contentScriptWorld } from './content-world';
import { eventually } from './extension-browser';
import { SEED_POLICY_PATHS } from './fixture-server';
import { useShopSession } from './shop-session';
import { PopupPage } from './popup-page';

const session = useShopSession();

async function open(path: string) {
  const page = await session.browser.context.newPage();
  await page.goto(session.sites.shop + path);
  return { page, tabId: await session.browser.tabIdOf(page) };
}

const GRADE = /^[A-E]$/;

/**
 * Count, in the content script's world, the detections it runs (each reads the document's title once)
 * and the policy reports it sends, from now on.
 */
async function countDetections(page: Page): Promise<() => Promise<{ detections: number; reports: number }>> {
  const evaluate = await contentScriptWorld(session.browser, page);
  await evaluate(`(() => {
    const counts = (globalThis.policyLensCounts = { detections: 0, reports: 0 });
    const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
    Object.defineProperty(Document.prototype, 'title', { ...title, get() { counts.detections++; return title.get.call(this); } });
    const send = chrome.runtime.sendMessage;
    chrome.runtime.sendMessage = function (message, ...rest) {
      if (message && message.type === 'reportPolicy') counts.reports++;
      return send.call(this, message, ...rest);
    };
  })()`);
  return async () => (await evaluate('globalThis.policyLensCounts')) as { detections: number; reports: number };
}

describe('policies that arrive late', () => {
  it.each(Object.keys(SEED_POLICY_PATHS))('grades the seed policy %s drawn in by script 1.5 s after load', async (path) => {
    const { page, tabId } = await open(`/late${path}`);
    await page.waitForFunction(() => !document.getElementById('app'), undefined, { timeout: 5_000 });
    const textArrived = Date.now();
    expect(await eventually(() => session.browser.badgeText(tabId), `badge on /late${path}`)).toMatch(GRADE);
    console.log(`late text on /late${path}: badge ${Date.now() - textArrived} ms after the text arrived`);
    await page.close();
  });

  it('reads the live page when the popup opens on a policy whose report was forgotten (a fetch would get the empty shell)', async () => {
    const { page, tabId } = await open('/late/personvern');
    await eventually(() => session.browser.badgeText(tabId), 'badge');
    await session.browser.worker.evaluate(() => chrome.storage.local.clear());
    const popup = await PopupPage.open(session.browser.context, session.browser.extensionId, tabId);
    await expect.poll(() => popup.grade().textContent(), { timeout: 20_000 }).toMatch(GRADE);
    expect(await popup.page.locator('.source').textContent()).toMatch(/on this page/);
    await popup.close();
    await page.close();
  });

  it('grades a policy a single-page shop renders after a pushState route change, and clears it on the way back', async () => {
    const { page, tabId } = await open('/spa/');
    await page.waitForTimeout(1_000);
    expect(await session.browser.badgeText(tabId)).toBe('');
    await page.click('#policy-link');
    expect(await eventually(() => session.browser.badgeText(tabId), 'badge after the route change')).toMatch(GRADE);
    await page.goBack();
    await eventually(async () => (await session.browser.badgeText(tabId)) === '', 'badge cleared after going back');
    await page.close();
  });

  it('grades a policy shown in a same-origin iframe, as the policy of the page around it', async () => {
    const { page, tabId } = await open('/kundeservice');
    expect(await eventually(() => session.browser.badgeText(tabId), 'badge for the framed policy')).toMatch(GRADE);
    const popup = await PopupPage.open(session.browser.context, session.browser.extensionId, tabId);
    await expect.poll(() => popup.grade().textContent()).toMatch(GRADE);
    expect(await popup.page.locator('.source').textContent()).toMatch(/on this page/);
    const states = await session.browser.worker.evaluate(async () => (await chrome.storage.session.get('tabStates')).tabStates as Record<string, { outcome?: { policyUrl?: string } }>);
    expect(states[String(tabId)]?.outcome?.policyUrl).toBe(`${session.sites.shop}/embed/personvern`);
    await popup.close();
    await page.close();
  });
});

describe('pages that change every 100 ms', () => {
  it('detects a bounded number of times on a page whose ticker and chat never stop, and reports nothing', async () => {
    const { page, tabId } = await open('/ticker');
    const counts = await countDetections(page);
    await page.waitForTimeout(6_000);
    const { detections, reports } = await counts();
    console.log(`changing page: ${detections} detections and ${reports} reports in 6 s (60 changes)`);
    expect(detections).toBeLessThanOrEqual(GROWTH_LIMITS.maxDetections);
    expect(reports).toBe(0);
    expect(await session.browser.badgeText(tabId)).toBe('');
    await page.close();
  });

  it('grades a policy page with a ticker once, then stops watching it', async () => {
    const { page, tabId } = await open('/ticker/personvern');
    expect(await eventually(() => session.browser.badgeText(tabId), 'badge')).toMatch(GRADE);
    const counts = await countDetections(page);
    await page.waitForTimeout(3_000);
    expect(await counts()).toEqual({ detections: 0, reports: 0 });
    await page.close();
  });
});

declare const chrome: { storage: { local: { clear(): Promise<void> }; session: { get(key: string): Promise<Record<string, unknown>> } } };
