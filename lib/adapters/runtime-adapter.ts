// Extension identity, packaged files and UI language: the only browser.runtime / browser.i18n calls in lib/.
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

/** The UI language for LocalizedText: Norwegian for nb/no/nn browsers, else English. */
export function uiLanguage(): 'en' | 'nb' {
  // The locale files name their own language, so analysis texts follow the UI strings the browser
  // picked (Chromium on Linux can report getUILanguage() 'en-US' while serving the nb strings).
  const picked = browser.i18n.getMessage('uiLanguage' as never) || browser.i18n.getUILanguage();
  return /^(nb|no|nn)\b/i.test(picked) ? 'nb' : 'en';
}

/** A UI string from _locales in the browser's language. */
export function uiText(key: string, substitutions?: string | string[]): string {
  // The key list is checked by the locales test; WXT's generated key type is stricter than needed here.
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

/** Run `listener` when the browser installs a new version of the extension over an older one. */
export function onExtensionUpdated(listener: () => void): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'update') listener();
  });
}
