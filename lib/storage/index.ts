// The extension's storage: one typed module (STYLE.md 8). Import from here, not from the item files.
export { cacheAnalysis, cachedAnalysis, MAX_CACHED_ANALYSES, rememberSitePolicy, sitePolicy } from './analysis-cache';
export { MAX_SAVED_SITES, removeSavedSite, savedSites, saveSite } from './saved-sites';
export type { CachedAnalysis, SavedSite, SitePolicy, TabState } from './storage-items';
export { clearTabState, setTabState, tabState, updateTabState } from './tab-states';
