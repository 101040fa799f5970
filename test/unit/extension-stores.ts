// The extension's stores built on WXT's storage running on fakeBrowser, as lib/adapters/storage-adapter.ts
// builds them on the browser's. Each call defines the items afresh (and so runs their migrations), as a newly
// started page or background does.
import { storage } from 'wxt/utils/storage';
import { createAnalysisCache, createCachedAnalysisReader, createSavedSiteEdits, createSavedSites, createTabStates, defineAnalysisItems, defineTabStatesItem } from '@/lib/storage';

/** Every store as one flat object of functions (the public-suffix list is loaded by test/setup/public-suffixes.ts). */
export function extensionStores() {
  const items = defineAnalysisItems(storage);
  const cache = createAnalysisCache(storage, items);
  const savedSites = createSavedSites(storage, { loadPublicSuffixes: async () => undefined, dropAnalysisCache: cache.dropAnalysisCache });
  return {
    ...cache,
    ...savedSites,
    ...createSavedSiteEdits(savedSites),
    cachedAnalysis: createCachedAnalysisReader(storage, items),
    ...createTabStates(defineTabStatesItem(storage)),
  };
}
