// The UI's words from the browser: browser.i18n over the catalogue in public/_locales (the only i18n calls).
import { browser } from 'wxt/browser';
import { uiTextOf, type UiText } from '../text/ui-text';
import type { MessageLookup } from '../text/render-text';

/** A catalogue message in the language the browser picked; an unknown key shows as itself. */
export const browserLookup: MessageLookup = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

/** The UI language: Norwegian for nb/no/nn browsers, else English. */
export function uiLanguage(): 'en' | 'nb' {
  // The locale files name their own language, so dates and data-table words follow the UI strings the browser
  // picked (Chromium on Linux can report getUILanguage() 'en-US' while serving the nb strings).
  const picked = browser.i18n.getMessage('uiLanguage') || browser.i18n.getUILanguage();
  return /^(nb|no|nn)\b/i.test(picked) ? 'nb' : 'en';
}

/** The words of a page of ours, for its components (provideUiText). */
export const browserUiText = (): UiText => uiTextOf(browserLookup, uiLanguage());
