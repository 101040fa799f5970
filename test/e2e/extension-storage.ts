// storage.local of the extension under test, read and written from its service worker (where `chrome` exists).
import type { ExtensionBrowser } from './extension-browser';

declare const chrome: {
  storage: {
    local: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      getBytesInUse(keys: null): Promise<number>;
    };
  };
};

/** A saved site's record as stored. */
export interface SavedRecord {
  schemaVersion: number;
  site: string;
  savedAt: number;
  textHash: string;
  history: unknown[];
  analysis: { sentences: { id: string; text: string; heading: string; section: number; labels: string[] }[] } & Record<string, unknown>;
  cookies: { cookies: { name: string }[] } | null;
}

/** Reading and writing the extension's storage.local. */
export function extensionStorage(browser: () => ExtensionBrowser) {
  const stored = (keys: string | string[] | null) => browser().worker.evaluate((k) => chrome.storage.local.get(k), keys);
  return {
    stored,
    /** The saved-site keys (index, its version mark, one per record), sorted. */
    savedKeys: async () => Object.keys(await stored(null)).filter((key) => key.startsWith('savedSite')).sort(),
    record: async (site: string) => (await stored(`savedSite:${site}`))[`savedSite:${site}`] as SavedRecord,
    /** Replace the saved sites with `items`, as an earlier release left them. */
    replaceSaved: (items: Record<string, unknown>) =>
      browser().worker.evaluate(async (values) => {
        await chrome.storage.local.remove(['savedSites', 'savedSites$']);
        await chrome.storage.local.set(values);
      }, items),
    bytesInUse: () => browser().worker.evaluate(() => chrome.storage.local.getBytesInUse(null)),
  };
}
