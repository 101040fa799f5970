// The usual set-up of a real-browser test file: the fixture shop and Chromium with the extension,
// started before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from './extension-browser';
import { type FixtureSites, startFixtureSites } from './fixture-server';

export interface ShopSession {
  sites: FixtureSites;
  browser: ExtensionBrowser;
}

/** Register beforeAll/afterAll hooks for a shop and a browser; the returned object is filled in by beforeAll. */
export function useShopSession(): ShopSession {
  const session = {} as ShopSession;
  beforeAll(async () => {
    session.sites = await startFixtureSites();
    session.browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.sites?.close();
  });
  return session;
}
