// Runs on every page at idle: decides whether the page (or a same-origin iframe in it) is a policy and,
// only then, extracts its text for the background. Detects again when text arrives late or a
// single-page shop changes route. Also answers the background's questions about the page and
// highlights evidence.
import { watchTextGrowth } from '@/lib/detect/watch-text-growth';
import { highlightSentence } from '@/lib/highlight/highlight-sentence';
import { onMessage, sendMessage } from '@/lib/adapters/messaging';
import { watchInteraction } from '@/lib/cookies/page-interaction';
import { pagePolicy } from '@/lib/page/page-policy';

// Route changes and iframe loads a page may cause before we stop following them (a page that rewrites
// its URL every second or reloads ad frames is not a shop moving between pages).
const MAX_EXTRA_DETECTIONS = 20;
const ROUTE_SETTLE_MS = 300;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const page = pagePolicy({
      document,
      href: () => location.href,
      resources: () => performance.getEntriesByType('resource').map((entry) => entry.name),
      interacted: watchInteraction(window),
    });
    const reportIfPolicy = () => page.reportIfPolicy((report) => void sendMessage('reportPolicy', report).catch((error) => console.debug('[policy-lens]', error)));
    onMessage('getPageInfo', () => page.info());
    onMessage('getPolicyReport', () => page.report());
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
