// Runs on every page at idle: decides whether the page is a policy and, only then, extracts its text
// for the background. Also answers the background's questions about the page and highlights evidence.
import { detectPolicyPage } from '@/lib/detect/detect-policy-page';
import type { PageDetection } from '@/lib/detect/detection-types';
import { isPolicyCandidate } from '@/lib/detect/practice-evidence';
import { extractPolicy } from '@/lib/extract/extract-policy';
import { findPolicyLinks } from '@/lib/find-policy/find-policy-link';
import { highlightSentence } from '@/lib/highlight/highlight-sentence';
import { onMessage, type PageInfo, sendMessage } from '@/lib/messages';
import { loadedHosts } from '@/lib/site-report/loaded-hosts';
import { watchInteraction } from '@/lib/cookies/page-interaction';

let detection: PageDetection | null = null;
let interacted = () => false;
let detectedUrl = '';

function currentDetection(): PageDetection {
  if (!detection || detectedUrl !== location.href) {
    detection = detectPolicyPage(document, location.href);
    detectedUrl = location.href;
  }
  return detection;
}

function pageInfo(): PageInfo {
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  return {
    url: location.href,
    title: document.title.slice(0, 1_000),
    detection: currentDetection(),
    policyLinks: findPolicyLinks(document, location.href).slice(0, 20),
    loadedHosts: loadedHosts(resources, location.href),
    interacted: interacted(),
  };
}

async function reportIfPolicy(): Promise<void> {
  const found = currentDetection();
  // Only privacy policies get a badge; a cookie policy is read only when a site has nothing better.
  // A page with some policy signals but not enough is sent too: the background classifies its text and decides.
  if (found.kind === 'cookie-policy' || !isPolicyCandidate(found)) return;
  const url = location.href;
  await sendMessage('reportPolicy', { url, detection: found, extracted: extractPolicy(document, url) });
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    interacted = watchInteraction(window);
    onMessage('getPageInfo', () => pageInfo());
    onMessage('highlightSentence', ({ data }) => ({ found: highlightSentence(document, String(data.text)) }));
    // Detection waits for an idle moment so it never competes with the page's own start-up work.
    const detectWhenIdle = () => ctx.requestIdleCallback(() => void reportIfPolicy().catch((error) => console.debug('[policy-lens]', error)), { timeout: 3_000 });
    detectWhenIdle();
    // Single-page shops change the URL without loading a page; the background clears the badge then.
    ctx.addEventListener(window, 'wxt:locationchange', () => setTimeout(detectWhenIdle, 500));
  },
});
