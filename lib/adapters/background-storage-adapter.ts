// The stores only the background reads, on WXT's storage: what it reads back is checked against the schemas
// (lib/schemas), which the popup's budget has no room for, so they are apart from storage-adapter.ts.
import { storage } from 'wxt/utils/storage';
import { createCachedAnalysisReader } from '../storage/cached-analysis';
import { defineTabStatesItem } from '../storage/storage-items';
import { createTabStates } from '../storage/tab-states';
import { analysisItems } from './storage-adapter';

/** Cached analyses read back, checked against their schema. */
export const cachedAnalysis = createCachedAnalysisReader(storage, analysisItems);

/** What the background knows about each tab (session storage), checked when read back. */
export const tabStates = createTabStates(defineTabStatesItem(storage));
