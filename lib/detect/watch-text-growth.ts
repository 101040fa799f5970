// Runs in the content script: single-page shops and many themes draw a policy in by script after the
// page has loaded. This watches the page for text that arrives late and asks for another detection,
// without turning a ticker or a chat widget into a stream of detections.

export interface GrowthWatchLimits {
  /** Wait this long after the last change before looking (a policy arrives in one burst). */
  quietMs: number;
  /** …but never longer than this after the first change of a burst (a ticker never goes quiet). */
  maxWaitMs: number;
  /** Stop watching this long after starting. */
  watchMs: number;
  /** Stop after this many detections. */
  maxDetections: number;
  /** Detect again only when the text grew by this share of its length at the last detection… */
  minGrowthShare: number;
  /** …and by at least this many characters (a policy is 150+ words, ~900 characters). */
  minGrowthChars: number;
}

// 250 ms of quiet catches a script's render in one go; the policy fixtures drawn in 1.5 s after load
// are graded about 0.3 s after their text appears (test/e2e/late-policy.test.ts). Thirty seconds and
// eight detections bound the work on pages that never stop changing.
export const GROWTH_LIMITS: GrowthWatchLimits = { quietMs: 250, maxWaitMs: 1_000, watchMs: 30_000, maxDetections: 8, minGrowthShare: 0.25, minGrowthChars: 400 };

/** Length of a document's text: cheap enough to read once per burst of changes. */
export const textLength = (doc: Document): number => doc.body?.textContent?.length ?? 0;

/**
 * Call `detect` when the document's text has grown meaningfully, debounced and bounded; `detect`
 * returns true once a policy is found, which ends the watch. Returns a function that stops it.
 */
export function watchTextGrowth(doc: Document, detect: () => boolean, limits: GrowthWatchLimits = GROWTH_LIMITS): () => void {
  let measured = textLength(doc);
  let detections = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let burstStarted = 0;
  const observer = new MutationObserver(() => {
    const now = Date.now();
    if (timer === undefined) burstStarted = now;
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(0, Math.min(limits.quietMs, burstStarted + limits.maxWaitMs - now)));
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  };
  function check() {
    timer = undefined;
    const length = textLength(doc);
    if (length - measured < Math.max(limits.minGrowthChars, measured * limits.minGrowthShare)) return;
    measured = length;
    detections++;
    if (detect() || detections >= limits.maxDetections) stop();
  }
  const deadline = setTimeout(stop, limits.watchMs);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return stop;
}
