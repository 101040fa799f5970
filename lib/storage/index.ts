// The extension's storage model: one typed module (STYLE.md 8), browser-free. Each store is made by a factory
// that takes the storage to run on (ExtensionStorage: WXT's storage in the extension, on fakeBrowser in tests);
// lib/adapters/storage-adapter.ts makes the extension's instances. May import lib/schemas, lib/site and types;
// never the browser, WXT values or lib/adapters.
// Import from here, not from the item files — except the export file and its import checks
// (saved-sites-file.ts), which only the comparison page bundles, and the adapter, which imports each factory
// from its own file so that the popup does not bundle the schemas the background checks cached analyses and
// tab states with (cached-analysis.ts, tab-states.ts).
export { type AnalysisCache, createAnalysisCache, createAnalysisCacheDrop, MAX_CACHED_ANALYSES } from './analysis-cache';
export { createCachedAnalysisReader } from './cached-analysis';
export type { ExtensionStorage, LoadPublicSuffixes } from './extension-storage';
export { isQuotaError } from './quota';
export type { SavedAnalysis, SavedSentence, SavedSite, SavedSiteSummary, SavedSiteV1, SavedVersion } from './saved-site-schema';
export { savedAnalysisOf } from './saved-site-schema';
export { createSavedSiteEdits, type ImportResult, type SavedSiteEdits } from './saved-site-edits';
export { createSavedSites, MAX_SAVED_SITES, type SavedSites, type SaveResult } from './saved-sites';
export type { AnalysisItems, CachedAnalysis, SitePolicy, TabState } from './storage-items';
export { defineAnalysisItems, defineTabStatesItem } from './storage-items';
export { createTabStates, type TabStates } from './tab-states';
