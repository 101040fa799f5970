// Site access: the only browser.permissions calls in lib/. Users can withhold host access (Chrome's
// "site access: on click", Firefox's per-site toggles), and then the extension cannot read the site.
import { browser } from 'wxt/browser';

const originPattern = (url: string) => `${new URL(url).origin}/*`;

/** Whether the extension may read this site (content script, cookies, fetching its policy). */
export async function hasSiteAccess(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return true; // a URL the permissions API does not understand: let the normal flow report it
  }
}

/** Ask the user for access to this site (must run in a click handler in the popup). */
export async function requestSiteAccess(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] });
}
