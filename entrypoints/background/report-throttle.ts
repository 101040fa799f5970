// A content script reports a policy once per page load (or SPA navigation). More often than this
// per tab is a page or a bug trying to keep the background busy analysing.
export const MIN_REPORT_INTERVAL_MS = 500;

/** Allow at most one policy report per tab per interval. */
export function createReportThrottle(interval = MIN_REPORT_INTERVAL_MS, now: () => number = Date.now) {
  const last = new Map<number, number>();
  return (tabId: number): boolean => {
    const time = now();
    const previous = last.get(tabId);
    if (previous !== undefined && time - previous < interval) return false;
    last.set(tabId, time);
    if (last.size > 1_000) last.delete(last.keys().next().value!); // closed tabs
    return true;
  };
}
