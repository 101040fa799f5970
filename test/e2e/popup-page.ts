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

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
