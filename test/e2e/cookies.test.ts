// Cookie intelligence in real Chromium: a shop sets a declared cookie (PHPSESSID), undeclared analytics
// and marketing cookies (_ga, _fbp) and a third-party marketing-style cookie (ad_uid); its policy
// declares PHPSESSID and fs_lang and denies marketing and third-party cookies. The popup must show
// each cookie in the right place, with the evidence sentence, warn that tracking started before
// the user could answer a cookie banner, and grade the site with these contradictions.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CookieShop, startCookieShop } from './cookie-shop-server';
import { EXTENSION_DIR, eventually, type ExtensionBrowser, launchExtensionBrowser } from './extension-browser';
import { PopupPage } from './popup-page';
import { PACKAGED_COOKIE_LICENCES, PACKAGED_COOKIE_TABLES } from '../../lib/cookies/cookie-table-files';
import { SCREENSHOTS } from './screenshots';

const DENIAL = 'Vi bruker ikke informasjonskapsler til markedsføring, og vi bruker ingen tredjepartscookies.';

let shop: CookieShop;
let browser: ExtensionBrowser;

beforeAll(async () => {
  shop = await startCookieShop();
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
  await shop?.close();
});

async function openShop() {
  const page = await browser.context.newPage();
  await page.goto(shop.shop + '/');
  await eventually(() => page.evaluate(() => document.cookie.includes('_fbp=') && document.cookie.includes('_ga=')), 'cookies set by the ad script');
  return { page, tabId: await browser.tabIdOf(page) };
}

describe('cookie section of the popup', () => {
  it('shows each cookie with vendor, category and purpose, and the policy-vs-reality findings with evidence', async () => {
    const { page, tabId } = await openShop();
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.grade().textContent(), { timeout: 20_000 }).toMatch(/^[A-E]$/);
    await expect.poll(() => popup.cookieRows().count()).toBe(4);

    // The declared cookie: a known essential cookie, named in the policy.
    const session = popup.cookieRow('PHPSESSID');
    expect(await session.getAttribute('data-category')).toBe('essential');
    expect(await session.getAttribute('data-basis')).toBe('table');
    await expect.poll(() => session.getAttribute('data-declared')).toBe('named');
    expect(await session.textContent()).toContain('Session ID of a PHP site');
    // The undeclared analytics cookie: known (Google Analytics), first party, not in the policy.
    const ga = popup.cookieRow('_ga');
    expect([await ga.getAttribute('data-category'), await ga.getAttribute('data-party'), await ga.getAttribute('data-declared')]).toEqual(['analytics', 'first', 'undeclared']);
    expect(await ga.textContent()).toContain('Google Analytics');
    // The third-party marketing-style cookie: a guess, said to be one.
    const ad = popup.cookieRow('ad_uid');
    expect([await ad.getAttribute('data-category'), await ad.getAttribute('data-party'), await ad.getAttribute('data-basis')]).toEqual(['marketing', 'third', 'guess']);
    expect(await ad.textContent()).toMatch(/probably marketing/);
    expect(await ad.textContent()).toMatch(/Probably records which ad/);

    // Counts per category.
    const counts = popup.page.getByTestId('cookie-counts');
    expect(await counts.locator('[data-category="essential"]').textContent()).toMatch(/1$/);
    expect(await counts.locator('[data-category="marketing"]').textContent()).toMatch(/2$/);

    // Findings: undeclared cookies, declared-but-not-seen, contradictions with the denying sentence.
    const undeclared = popup.page.getByTestId('cookie-undeclared');
    for (const name of ['_ga', '_fbp', 'ad_uid']) expect(await undeclared.locator(`[data-cookie-name="${name}"]`).count(), name).toBe(1);
    expect(await undeclared.locator('[data-cookie-name="PHPSESSID"]').count()).toBe(0);
    expect(await popup.page.getByTestId('cookie-declared-not-seen').locator('[data-cookie-name="fs_lang"]').count()).toBe(1);
    const noMarketing = popup.page.locator('[data-testid="cookie-contradiction"][data-claim="no-marketing"]');
    expect(await noMarketing.locator('[data-cookie-name="_fbp"]').count()).toBe(1);
    expect(await noMarketing.locator('button[data-evidence-id]').textContent()).toBe(`“${DENIAL}”`);
    const noThirdParty = popup.page.locator('[data-testid="cookie-contradiction"][data-claim="no-third-party"]');
    expect(await noThirdParty.locator('[data-cookie-name="ad_uid"]').count()).toBe(1);
    expect(await popup.page.getByTestId('cookie-named-count').textContent()).toBe('1 of 4 cookies are named in the policy, by name or vendor.');

    // The grade sees the site's behaviour: a well-graded policy (A or B) that denies marketing and third-party
    // cookies while the site sets them before any click is shown at most as C, each contradiction a rubric
    // point with its evidence.
    const policyGrade = await popup.grade().getAttribute('data-policy-grade');
    expect(['A', 'B']).toContain(policyGrade);
    expect(['C', 'D', 'E']).toContain(await popup.grade().textContent());
    expect(await popup.page.getByTestId('policy-grade').textContent()).toMatch(new RegExp(`^The policy alone: grade ${policyGrade} \\(\\d+ points\\)\\. What the site does: −35 points\\.$`));
    const behaviour = (rule: string) => popup.page.locator(`[data-testid="behaviour-point"][data-rule="${rule}"]`);
    const deniedMarketing = behaviour('site-sets-denied-marketing');
    expect(await deniedMarketing.textContent()).toContain('Says it uses no marketing cookies, yet the site sets _fbp from Meta (Facebook, Instagram) on 127.0.0.1.');
    expect(await deniedMarketing.locator('[data-cookie-name="_fbp"]').textContent()).toContain('127.0.0.1');
    expect(await deniedMarketing.locator('button[data-evidence-id]').textContent()).toBe(`“${DENIAL}”`);
    expect(await behaviour('site-sets-denied-third-party').locator('[data-cookie-name="ad_uid"]').textContent()).toContain('localhost');
    for (const name of ['_ga', '_fbp', 'ad_uid']) expect(await behaviour('site-tracking-before-consent').locator(`[data-cookie-name="${name}"]`).count(), name).toBe(1);
    await popup.page.getByTestId('behaviour').screenshot({ path: resolve(SCREENSHOTS, 'popup-behaviour.png') });

    // No click or key press on the shop yet: tracking started before a banner could be answered.
    const warning = popup.page.getByTestId('cookie-before-consent');
    for (const name of ['_ga', '_fbp', 'ad_uid']) expect(await warning.locator(`[data-cookie-name="${name}"]`).count(), name).toBe(1);
    expect(await warning.locator('[data-cookie-name="PHPSESSID"]').count()).toBe(0);
    await popup.page.getByTestId('cookies').scrollIntoViewIfNeeded();
    await popup.screenshot(resolve(SCREENSHOTS, 'popup-cookies.png'));

    // The evidence sentence opens the policy, marked where it says so.
    const opened = browser.context.waitForEvent('page');
    await noMarketing.locator('button[data-evidence-id]').click();
    const policyTab = await opened;
    expect(policyTab.url()).toBe(`${shop.shop}/personvern`);
    const marked = policyTab.locator('[data-policy-lens-highlight]');
    await expect.poll(() => marked.count(), { timeout: 10_000 }).toBe(1);
    expect((await marked.textContent())!.replace(/\s+/g, ' ')).toContain('Vi bruker ikke informasjonskapsler til markedsføring');
    await policyTab.close();
    await popup.close();

    // Once the user has clicked on the page, the before-consent warning is gone (the findings stay).
    await page.mouse.click(5, 5);
    const again = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await expect.poll(() => again.page.getByTestId('cookie-undeclared').count(), { timeout: 20_000 }).toBe(1);
    expect(await again.page.getByTestId('cookie-before-consent').count()).toBe(0);
    // The contradictions still count; tracking before consent no longer does: still at most C.
    expect(await again.page.locator('[data-testid="behaviour-point"]').evaluateAll((points) => points.map((p) => p.getAttribute('data-rule')))).toEqual(['site-sets-denied-marketing', 'site-sets-denied-third-party']);
    expect(['C', 'D', 'E']).toContain(await again.grade().textContent());
    await again.close();
    await page.close();
  });

  it('knows a cookie only the Open Cookie Database names, with its platform and category', async () => {
    const { page, tabId } = await openShop();
    // Dynamic Yield's _dycst is in the imported database, not in our own table.
    await page.evaluate(() => (document.cookie = '_dycst=1; Path=/; Max-Age=600; SameSite=Lax'));
    const popup = await PopupPage.open(browser.context, browser.extensionId, tabId);
    await expect.poll(() => popup.cookieRows().count(), { timeout: 20_000 }).toBe(5);
    const row = popup.cookieRow('_dycst');
    expect([await row.getAttribute('data-category'), await row.getAttribute('data-basis')]).toEqual(['analytics', 'table']);
    expect(await row.textContent()).toContain('Dynamic Yield');
    expect(await row.textContent()).toContain('Open Cookie Database');
    await popup.close();
    await page.evaluate(() => (document.cookie = '_dycst=; Path=/; Max-Age=0'));
    await page.close();
  });
});

describe('cookie tables in the build', () => {
  it('are packaged as files and bundled into neither the background, the popup nor the content script', () => {
    for (const file of PACKAGED_COOKIE_TABLES) {
      expect(JSON.parse(readFileSync(join(EXTENSION_DIR, 'cookies', file), 'utf8')), file).toBeTruthy();
    }
    // The Open Cookie Database's licence travels with the tables generated from it.
    for (const [, file] of PACKAGED_COOKIE_LICENCES) expect(readFileSync(join(EXTENSION_DIR, 'cookies', file), 'utf8'), file).toMatch(/Apache License|Open Cookie Database/);
    const bundles = ['background.js', 'content-scripts/content.js', ...readdirSync(join(EXTENSION_DIR, 'chunks')).map((f) => `chunks/${f}`)];
    for (const bundle of bundles) {
      const code = readFileSync(join(EXTENSION_DIR, bundle), 'utf8');
      // A cookie-table name, a host-table host, a vendor's mention pattern and a database-only cookie and platform.
      for (const marker of ['VISITOR_INFO1_LIVE', 'hs-analytics.net', 'visual website optimizer', 'ezosuigeneris', 'nexx360']) expect(code, `${bundle}: ${marker}`).not.toContain(marker);
    }
  });
});
