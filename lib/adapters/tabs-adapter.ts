// Tabs: the only browser.tabs calls in lib/.
import { browser } from 'wxt/browser';

export interface TabInfo {
  id: number;
  /** Undefined when the extension may not see the tab's URL (browser pages, other extensions). */
  url: string | undefined;
  title: string;
}

/** A tab by id, or null when it is gone. */
export async function getTab(tabId: number): Promise<TabInfo | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { id: tabId, url: tab.url, title: tab.title ?? '' };
  } catch {
    return null;
  }
}

/** Call back when a tab starts loading a new page (to clear its badge and state) or is closed. */
export function onTabChanges(onNavigate: (tabId: number, url: string) => void, onClose: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) onNavigate(tabId, change.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => onClose(tabId));
}

/** Bring a tab to the front. */
export async function focusTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

/** Open a URL in a new tab and resolve with its id once it has loaded. */
export async function openTabAndWait(url: string, timeoutMs = 20_000): Promise<number> {
  const tab = await browser.tabs.create({ url, active: true });
  const tabId = tab.id!;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function done() {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    }
    function listener(id: number, change: { status?: string }) {
      if (id === tabId && change.status === 'complete') done();
    }
    browser.tabs.onUpdated.addListener(listener);
  });
  return tabId;
}

/** The id of the active tab in the current window (the popup's site), or null. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
