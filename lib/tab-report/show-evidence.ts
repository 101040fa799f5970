// Showing an evidence sentence of the scorecard where it stands in the policy: in the tab when it shows the
// policy, else in a newly opened tab of the policy.
import { samePage } from '../site/restricted-url';
import type { ReporterDeps } from './reporter-deps';
import type { TabReport } from './tab-report-types';

const HIGHLIGHT_ATTEMPTS = 10;
const HIGHLIGHT_RETRY_MS = 300;

/** Where an evidence sentence was shown, if anywhere. */
export type EvidenceShown = { shown: 'in-tab' | 'opened' | 'not-found' };

/** The popup's "show in the policy", on the tabs and the content script of the reporter's deps. */
export function createEvidenceShower(deps: Pick<ReporterDeps, 'tabs' | 'page'>, reportForTab: (tabId: number) => Promise<TabReport>) {
  /** Show an evidence sentence in place: in this tab when it is the policy, else in a newly opened policy tab. */
  return async function showEvidence(tabId: number, sentenceId: string): Promise<EvidenceShown> {
    const report = await reportForTab(tabId);
    if (report.state !== 'analysed') return { shown: 'not-found' };
    const sentence = report.analysis.sentences.find((s) => s.id === sentenceId);
    if (!sentence) return { shown: 'not-found' };
    if (samePage(report.policyUrl, report.url)) {
      await deps.tabs.focus(tabId);
      return { shown: (await deps.page.highlight(tabId, sentence.text)) ? 'in-tab' : 'not-found' };
    }
    const opened = await deps.tabs.openAndWait(report.policyUrl);
    // The new tab's content script starts at document_idle, which can come after the load event.
    for (let attempt = 0; attempt < HIGHLIGHT_ATTEMPTS; attempt++) {
      if (await deps.page.highlight(opened, sentence.text)) break;
      await new Promise((resolve) => setTimeout(resolve, HIGHLIGHT_RETRY_MS));
    }
    return { shown: 'opened' };
  };
}
