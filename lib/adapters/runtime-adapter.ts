// Extension identity and packaged files: the only browser.runtime calls in lib/.
import { browser } from 'wxt/browser';

/** Our extension id (to check message senders). */
export const extensionId = (): string => browser.runtime.id;

/** Our pages' origin, e.g. chrome-extension://<id>/ (to check message senders). */
export const extensionOrigin = (): string => browser.runtime.getURL('/');

/** Fetch a JSON file packaged with the extension (e.g. /model.json). */
export async function packagedJson<T>(path: '/model.json' | '/public-suffixes.json' | `/facts/${string}.json`): Promise<T> {
  // WXT's path type lists only public/ files; facts/ is added by wxt.config.ts.
  const response = await fetch(browser.runtime.getURL(path as '/model.json'));
  if (!response.ok) throw new Error(`cannot load ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Run `listener` when the browser installs a new version of the extension over an older one. */
export function onExtensionUpdated(listener: () => void): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'update') listener();
  });
}
