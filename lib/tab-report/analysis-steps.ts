// The two steps every way of reading a policy shares: analyse its text (or reuse the cached analysis of the same
// URL and text), then turn the outcome into what the tab stores and what the popup shows.
import type { TabState } from '../storage';
import type { AnalysisOutcome, ExtractedPolicy } from '../types';
import type { ReporterDeps } from './reporter-deps';
import type { PolicySource, TabReport } from './tab-report-types';

/** A tab's stored outcome (an analysed one points into the analysis cache). */
export type Outcome = NonNullable<TabState['outcome']>;

/** Analysing with the cache, and settling outcomes, for the reporter's store and engine. */
export function createAnalysisSteps({ store, engine }: Pick<ReporterDeps, 'store' | 'engine'>) {
  return {
    /** Analyse extracted text, reusing the cached analysis of the same URL and text. */
    async analyseCached(extracted: ExtractedPolicy): Promise<{ outcome: AnalysisOutcome; fromCache: boolean }> {
      const cached = await store.cachedAnalysis(extracted.url, engine.version, await engine.textHash(extracted));
      if (cached) return { outcome: { ok: true, analysis: cached }, fromCache: true };
      return { outcome: await engine.analyse(extracted), fromCache: false };
    },

    /** Turn an analysis outcome into a tab outcome, caching successful analyses. */
    async settle(outcome: AnalysisOutcome, site: string, url: string, policyUrl: string, source: PolicySource): Promise<{ stored: Outcome; report: TabReport }> {
      if (outcome.ok) {
        await store.cacheAnalysis(outcome.analysis);
        await store.rememberSitePolicy(site, { policyUrl, source, foundAt: Date.now() });
        const report: TabReport = { state: 'analysed', site, url, policyUrl, source, fromCache: false, analysis: outcome.analysis };
        return { stored: { state: 'analysed', policyUrl, textHash: outcome.analysis.textHash, source }, report };
      }
      const report: TabReport =
        outcome.error === 'unsupported-language' && outcome.language
          ? { state: 'unsupported-language', site, url, policyUrl, language: outcome.language, reason: outcome.message }
          : { state: 'failed', site, url, policyUrl, reason: outcome.message };
      return { stored: report as Outcome, report };
    },
  };
}

export type AnalysisSteps = ReturnType<typeof createAnalysisSteps>;
