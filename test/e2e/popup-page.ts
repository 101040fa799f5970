// Page object for the popup, opened as a tab at popup.html?tabId=<site tab>.
import type { BrowserContext, Locator, Page } from 'playwright-core';

export class PopupPage {
  private constructor(readonly page: Page) {}

  /** Open the popup for a site's tab. */
  static async open(context: BrowserContext, extensionId: string, tabId: number): Promise<PopupPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 420, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    return new PopupPage(page);
  }

  grade(): Locator {
    return this.page.getByTestId('grade');
  }
  card(label: string): Locator {
    return this.page.getByTestId(`card-${label}`);
  }
  state(name: string): Locator {
    return this.page.getByTestId(`state-${name}`);
  }
  cookieRows(): Locator {
    return this.page.getByTestId('cookie-row');
  }
  cookieRow(name: string): Locator {
    return this.page.locator(`[data-testid="cookie-row"][data-cookie-name="${name}"]`);
  }
  evidenceButtons(): Locator {
    return this.page.locator('button[data-sentence-id]');
  }

  /** Open every category card (they are <details>). */
  async expandCards(): Promise<void> {
    for (const summary of await this.page.locator('details.card > summary').all()) await summary.click();
  }

  async pastePolicyUrl(url: string): Promise<void> {
    await this.page.getByLabel(/address of the privacy policy/i).fill(url);
    await this.page.getByRole('button', { name: /^analyse$/i }).click();
  }

  /**
   * A full-page screenshot for the README, once the cookie section is there. The fixture servers listen on random ports, so the port is taken
   * out of the addresses the popup shows first: the image then changes only when the popup does, and
   * `npm test` leaves the committed screenshots as they are.
   */
  async screenshot(path: string): Promise<void> {
    // The cookies arrive after the scorecard, and with them the behaviour points under the grade.
    await this.page.getByTestId('cookies').waitFor();
    await this.page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const portless = text.replace(/\b(127\.0\.0\.\d+|localhost):\d+/g, '$1');
        if (portless !== text) node.textContent = portless;
      }
    });
    await this.page.screenshot({ path, fullPage: true });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
