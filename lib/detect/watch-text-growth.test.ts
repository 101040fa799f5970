// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GROWTH_LIMITS, watchTextGrowth } from './watch-text-growth';

const paragraph = (chars: number) => Object.assign(document.createElement('p'), { textContent: 'x'.repeat(chars) });

describe('watchTextGrowth', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren(paragraph(100));
  });
  afterEach(() => vi.useRealTimers());

  it('detects once the text grew meaningfully and went quiet, and stops when a policy is found', async () => {
    const detect = vi.fn(() => true);
    watchTextGrowth(document, detect);
    document.body.append(paragraph(3_000));
    await vi.advanceTimersByTimeAsync(GROWTH_LIMITS.quietMs - 50);
    expect(detect).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(detect).toHaveBeenCalledTimes(1);
    document.body.append(paragraph(10_000));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it('does not detect when a ticker rewrites text without it growing', async () => {
    const detect = vi.fn(() => false);
    watchTextGrowth(document, detect);
    const ticker = paragraph(20);
    document.body.append(ticker);
    for (let i = 0; i < 100; i++) {
      ticker.textContent = String(i).padStart(20, '0');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(detect).not.toHaveBeenCalled();
  });

  it('looks within maxWaitMs even when changes never go quiet, and gives up after maxDetections', async () => {
    const detect = vi.fn(() => false);
    watchTextGrowth(document, detect);
    for (let i = 0; i < 200; i++) {
      document.body.append(paragraph(1_000 + i * 200)); // a chat that keeps growing every 100 ms
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(detect.mock.calls.length).toBeGreaterThan(1);
    expect(detect).toHaveBeenCalledTimes(GROWTH_LIMITS.maxDetections);
  });

  it('stops watching after watchMs, and when stopped', async () => {
    const detect = vi.fn(() => false);
    watchTextGrowth(document, detect);
    await vi.advanceTimersByTimeAsync(GROWTH_LIMITS.watchMs + 1);
    document.body.append(paragraph(5_000));
    await vi.advanceTimersByTimeAsync(2_000);
    const stop = watchTextGrowth(document, detect);
    stop();
    document.body.append(paragraph(50_000));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(detect).not.toHaveBeenCalled();
  });
});
