// The extension's storage: one typed module (STYLE.md 8). Import from here, not from the item files — except
// the export file and its import checks (saved-sites-file.ts), which only the comparison page bundles, and the
// popup, which imports saved-sites.ts and saved-site-schema.ts directly so that it does not bundle the schemas
// the background checks cached analyses and tab states with (cached-analysis.ts, tab-states.ts).
export { cacheAnalysis, dropAnalysisCache, MAX_CACHED_ANALYSES, rememberSitePolicy, sitePolicy } from './analysis-cache';
export { cachedAnalysis } from './cached-analysis';
export { isQuotaError } from './quota';
export type { SavedAnalysis, SavedSentence, SavedSite, SavedSiteSummary, SavedSiteV1, SavedVersion } from './saved-site-schema';
export { savedAnalysisOf } from './saved-site-schema';
export {
  importSavedSites,
  type ImportResult,
  markSavedSiteChecked,
  MAX_SAVED_SITES,
  removeSavedSite,
  restoreSavedSites,
  type SaveResult,
  savedSite,
  savedSiteList,
  savedSites,
  savedSitesOf,
  saveSite,
} from './saved-sites';
export type { CachedAnalysis, SitePolicy, TabState } from './storage-items';
export { savedSitesItem } from './saved-sites-items';
export { clearTabState, setTabState, tabState, updateTabState } from './tab-states';
