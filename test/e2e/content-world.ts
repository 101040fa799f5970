// Runs code in our content script's isolated world of a page (via DevTools), where the page's own
// scripts cannot reach: to send messages as the content script would, or to count what it does.
import type { Page } from 'playwright-core';
import { eventually, type ExtensionBrowser } from './extension-browser';

/** An evaluator for expressions in the content script's world of `page` (awaited, returned by value). */
export async function contentScriptWorld(browser: ExtensionBrowser, page: Page): Promise<(expression: string) => Promise<unknown>> {
  const cdp = await browser.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  const world = await eventually(
    async () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(browser.extensionId)),
    "the content script's isolated world",
  );
  return async (expression) => {
    const result = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    return result.result.value;
  };
}
