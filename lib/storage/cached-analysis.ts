// Reading the analysis cache back, checked against the analysis schema. A file of its own so that pages which
// only write storage (the popup saves sites) do not bundle the schemas: only the background reads the cache.
import { PolicyAnalysisSchema } from '../schemas/analysis';
import { parse } from '../schemas/common';
import type { PolicyAnalysis } from '../types';
import type { ExtensionStorage } from './extension-storage';
import { type AnalysisItems, analysisEntryKey } from './storage-items';

/** Reads cached analyses: see the returned function. */
export function createCachedAnalysisReader(storage: ExtensionStorage, items: AnalysisItems) {
  /**
   * The cached analysis of the policy at `url` (with the same text, when a hash is given) made by engine
   * `version`: an analysis from another engine version is stale, so it is analysed again rather than shown.
   * A stored analysis that fails its schema (damaged storage, or a shape older than its version says) is a miss
   * too: it is analysed again. (The version is passed in so that pages reading storage do not bundle the engine.)
   */
  return async function cachedAnalysis(url: string, version: number, textHash?: string): Promise<PolicyAnalysis | null> {
    const entry = (await items.index.getValue()).find((e) => e.url === url && (textHash === undefined || e.textHash === textHash));
    if (!entry) return null;
    const stored = await storage.getItem<Partial<PolicyAnalysis>>(analysisEntryKey(url));
    if (stored?.version !== version || stored.textHash !== entry.textHash) return null;
    const checked = parse(PolicyAnalysisSchema, stored);
    return checked.ok ? checked.value : null;
  };
}
