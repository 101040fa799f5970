import { describe, expect, it } from 'vitest';
import { createReportThrottle } from './report-throttle';

describe('createReportThrottle', () => {
  it('allows one report per tab per interval', () => {
    let time = 0;
    const allow = createReportThrottle(1_000, () => time);
    expect(allow(1)).toBe(true);
    expect(allow(1)).toBe(false);
    expect(allow(2)).toBe(true);
    time = 1_000;
    expect(allow(1)).toBe(true);
  });
});
