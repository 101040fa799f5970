// The extension's stores, built on WXT's storage (browser.storage). The storage model itself is in lib/storage
// and takes the storage it runs on; this is the one place that hands it the browser's. The stores only the
// background reads (checked against schemas the popup must not bundle) are in background-storage-adapter.ts.
// Instances are marked pure so that a bundle keeps only those it uses: the background never defines the
// saved-sites item (and never runs its migration).
import { storage } from 'wxt/utils/storage';
import { createAnalysisCache, createAnalysisCacheDrop } from '../storage/analysis-cache';
import { createSavedSiteEdits } from '../storage/saved-site-edits';
import { createSavedSites } from '../storage/saved-sites';
import { defineAnalysisItems } from '../storage/storage-items';
import { loadPublicSuffixes } from './public-suffixes-adapter';

/** The analysis cache's items (shared with the background's checked reader). */
export const analysisItems = /* @__PURE__ */ defineAnalysisItems(storage);

/** The analysis cache's writes and the policy remembered per site. */
export const analysisCache = /* @__PURE__ */ createAnalysisCache(storage, analysisItems);

/** The sites saved for comparison (popup and comparison page); a full storage first gives up the analysis cache. */
export const savedSites = /* @__PURE__ */ createSavedSites(storage, {
  loadPublicSuffixes,
  dropAnalysisCache: /* @__PURE__ */ createAnalysisCacheDrop(storage, analysisItems),
});

/** The comparison page's changes to saved sites (re-check, remove, restore, import). */
export const savedSiteEdits = /* @__PURE__ */ createSavedSiteEdits(savedSites);
