// Runs on every page at idle: decides whether the page (or a same-origin iframe in it) is a policy and,
// only then, extracts its text for the background. Detects again when text arrives late or a
// single-page shop changes route. Also answers the background's questions about the page and
// highlights evidence.
import { detectPolicyPage } from '@/lib/detect/detect-policy-page';
import type { PageDetection } from '@/lib/detect/detection-types';
import { sameOriginFrames } from '@/lib/detect/policy-frames';
import { isPolicyCandidate, isPrivacyPolicyCandidate } from '@/lib/detect/practice-evidence';
import { textLength, watchTextGrowth } from '@/lib/detect/watch-text-growth';
import { extractPolicy } from '@/lib/extract/extract-policy';
import { findPolicyLinks } from '@/lib/find-policy/find-policy-link';
import { highlightSentence } from '@/lib/highlight/highlight-sentence';
import { onMessage, sendMessage } from '@/lib/adapters/messaging';
import type { PageInfo, PolicyReport } from '@/lib/messaging/messages';
import { loadedHosts } from '@/lib/site/loaded-hosts';
import { watchInteraction } from '@/lib/cookies/page-interaction';

interface Found {
  doc: Document;
  url: string;
  detection: PageDetection;
}

// Route changes and iframe loads a page may cause before we stop following them (a page that rewrites
// its URL every second or reloads ad frames is not a shop moving between pages).
const MAX_EXTRA_DETECTIONS = 20;
const ROUTE_SETTLE_MS = 300;

let found: Found | null = null;
let foundKey = '';
let interacted = () => false;
let reportedKey = '';

/** The page, or else its first same-origin iframe, that looks like a policy; cached until the URL or text changes. */
function currentPolicy(): Found {
  const key = `${location.href} ${textLength(document)}`;
  if (!found || foundKey !== key) {
    const top: Found = { doc: document, url: location.href, detection: detectPolicyPage(document, location.href) };
    found = top;
    if (!isPolicyCandidate(top.detection)) {
      for (const frame of sameOriginFrames(document, location.href)) {
        const detection = detectPolicyPage(frame.doc, frame.url);
        if (isPrivacyPolicyCandidate(detection)) {
          found = { ...frame, detection };
          break;
        }
      }
    }
    foundKey = key;
  }
  return found;
}

function pageInfo(): PageInfo {
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  return {
    url: location.href,
    title: document.title.slice(0, 1_000),
    detection: currentPolicy().detection,
    policyLinks: findPolicyLinks(document, location.href).slice(0, 20),
    loadedHosts: loadedHosts(resources, location.href),
    interacted: interacted(),
  };
}

/** The policy this page shows, extracted, or null when it shows none. */
function policyReport(): PolicyReport | null {
  const { doc, url, detection } = currentPolicy();
  // Only privacy policies get a badge; a cookie policy is read only when a site has nothing better.
  // A page with some policy signals but not enough is sent too: the background classifies its text and decides.
  if (!isPrivacyPolicyCandidate(detection)) return null;
  return { url, detection, extracted: extractPolicy(doc, url) };
}

/** Detect and report a policy once per URL and text; true when the page shows a policy. */
function reportIfPolicy(): boolean {
  const report = policyReport();
  if (!report) return false;
  if (reportedKey !== foundKey) {
    reportedKey = foundKey;
    sendMessage('reportPolicy', report).catch((error) => console.debug('[policy-lens]', error));
  }
  return true;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    interacted = watchInteraction(window);
    onMessage('getPageInfo', () => pageInfo());
    onMessage('getPolicyReport', () => policyReport());
    onMessage('highlightSentence', ({ data }) => ({ found: highlightSentence(document, String(data.text)) }));
    let stopWatching = () => {};
    let extraDetections = 0;
    const detectAgain = (delay: number) => ++extraDetections <= MAX_EXTRA_DETECTIONS && ctx.setTimeout(detectAndWatch, delay);
    // Detect at the first idle moment (the page's own start-up comes first), but the badge waits on this:
    // at most 50 ms (idle came 10–135 ms after document_idle on the seed pages; README "From navigation
    // to badge"). Then again whenever text arrives late, for a while.
    const detectAndWatch = () =>
      ctx.requestIdleCallback(
        () => {
          stopWatching();
          if (!reportIfPolicy()) stopWatching = watchTextGrowth(document, reportIfPolicy);
        },
        { timeout: 50 },
      );
    detectAndWatch();
    // A same-origin iframe that finishes loading may hold the policy (load events do not bubble: capture).
    ctx.addEventListener(document, 'load', (event) => event.target instanceof HTMLIFrameElement && detectAgain(0), { capture: true });
    // Single-page shops change the URL without loading a page (WXT reports pushState, replaceState and
    // popstate); the background clears the badge then, and the new route is detected once it has rendered.
    ctx.addEventListener(window, 'wxt:locationchange', () => detectAgain(ROUTE_SETTLE_MS));
  },
});
