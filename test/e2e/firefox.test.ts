// The Firefox build in a real Firefox (Debian's firefox-esr, driven over WebDriver BiDi): the badge on a
// policy page, the popup's scorecard, and the cookies a shop really set, with its contradictions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CookieShop, startCookieShop } from './cookie-shop-server';
import { eventually } from './extension-browser';
import { type FirefoxWithExtension, launchFirefox } from './firefox-browser';

// One shop only: the extension remembers a site's policy by host (127.0.0.1), whatever the port, so a second
// fixture server would lend the cookie shop its policy.
let shop: CookieShop;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  shop = await startCookieShop();
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await shop?.close();
});

const text = (page: Awaited<ReturnType<FirefoxWithExtension['openExtensionPage']>>, selector: string) => page.$eval(selector, (element) => element.textContent ?? '');

describe('Firefox (firefox-esr, the firefox-mv3 build)', () => {
  it('installs the built add-on with its id', () => {
    expect(firefox.addonId).toBe('policy-lens@policy-lens.dev');
  });

  it('shows the grade in the badge on a policy page, and the scorecard with five cards in the popup', async () => {
    const page = await firefox.browser.newPage();
    const started = Date.now();
    await page.goto(`${shop.shop}/personvern`);
    const tabId = await firefox.tabIdOf(page);
    const badge = await eventually(() => firefox.badgeText(tabId), 'badge in Firefox', 20_000);
    console.log(`[firefox] navigation to badge: ${Date.now() - started} ms`);
    // The badge shows the policy's own grade (A or B; see lib/score/site-behaviour.test.ts).
    expect(['A', 'B']).toContain(badge);

    const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="grade"]');
    // Nothing is set on the policy page before the shop's front page is opened: the popup shows the policy's grade.
    expect(await text(popup, '[data-testid="grade"]')).toBe(badge);
    for (const label of ['collected', 'purposes', 'sharing', 'retention', 'rights']) expect(await popup.$(`[data-testid="card-${label}"]`), label).not.toBeNull();
    expect(await text(popup, '[data-testid="card-sharing"]')).toContain('Klarna');
    await popup.close();
    await page.close();
  });

  it("lists the cookies the shop set and grades it with what it does against its policy", async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${shop.shop}/`);
    await eventually(() => page.evaluate(() => document.cookie.includes('_fbp=') && document.cookie.includes('_ga=')), 'cookies set by the ad script');
    const tabId = await firefox.tabIdOf(page);
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-testid="grade"]');
    const rows = () => popup.$$eval('[data-testid="cookie-row"]', (found) => found.map((row) => [row.getAttribute('data-cookie-name'), row.getAttribute('data-category'), row.getAttribute('data-party')]));
    await eventually(async () => (await rows()).length >= 3, 'cookie rows in the Firefox popup', 20_000);
    await eventually(async () => (await rows()).length === 4, 'all four cookies');
    // First party first; the ad host's cookie is a third-party one, guessed to be marketing.
    expect(await rows()).toEqual([['_fbp', 'marketing', 'first'], ['_ga', 'analytics', 'first'], ['PHPSESSID', 'essential', 'first'], ['ad_uid', 'marketing', 'third']]);
    await eventually(() => popup.$('[data-testid="behaviour-point"][data-rule="site-sets-denied-marketing"]'), 'the no-marketing contradiction');
    expect(await text(popup, '[data-testid="behaviour-point"][data-rule="site-sets-denied-marketing"]')).toContain('_fbp');
    expect(['A', 'B']).toContain(await popup.$eval('[data-testid="grade"]', (element) => element.getAttribute('data-policy-grade')));
    // As in Chromium (cookies.test.ts): −15 −10 −10 from the policy's points, and at most C.
    expect(['C', 'D', 'E']).toContain(await text(popup, '[data-testid="grade"]'));
    expect(await popup.$$eval('[data-testid="behaviour-point"]', (points) => points.map((p) => p.getAttribute('data-rule')))).toEqual(['site-sets-denied-marketing', 'site-sets-denied-third-party', 'site-tracking-before-consent']);
    await popup.close();
    await page.close();
  });
});
