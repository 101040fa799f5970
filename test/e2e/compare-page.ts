// Page object for the comparison page (compare.html), opened as a tab of the extension.
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';

export class ComparePage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, query = ''): Promise<ComparePage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/compare.html${query}`);
    return new ComparePage(page);
  }

  savedSites(): Locator {
    return this.page.getByTestId('saved-site');
  }
  savedSite(site: string): Locator {
    return this.page.locator(`[data-testid="saved-site"][data-site="${site}"]`);
  }
  columns(): Locator {
    return this.page.getByTestId('column');
  }
  rows(): Locator {
    return this.page.getByTestId('row');
  }
  row(id: string): Locator {
    return this.page.locator(`[data-testid="row"][data-row="${id}"]`);
  }
  notice(): Locator {
    return this.page.getByTestId('notice');
  }
  evidenceDialog(): Locator {
    return this.page.getByTestId('evidence-dialog');
  }

  /** Click an export button and return the file it downloads. */
  async download(button: RegExp): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return downloading;
  }

  /** Import a file through the page's file input. */
  async importFile(name: string, contents: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
