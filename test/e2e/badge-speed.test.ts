// How fast the badge appears on the seed policy pages (issue 10: median ≤ 300 ms), with the service
// worker running and with it stopped before each page, as Chrome does after 30 s without events.
import { describe, expect, it } from 'vitest';
import { navigationToBadge } from './badge-timing';
import { useShopSession } from './shop-session';

const session = useShopSession();

describe('navigation to badge', () => {
  it.each([
    ['a running service worker', false],
    ['a stopped service worker', true],
  ])('has a median of at most 300 ms with %s', async (_name, coldWorker) => {
    const { times, median } = await navigationToBadge(session.browser, session.sites.shop, { rounds: 2, coldWorker });
    console.log(`navigation to badge (${coldWorker ? 'stopped' : 'running'} worker): median ${median} ms of ${times.join(', ')}`);
    expect(median).toBeLessThanOrEqual(300);
  });
});
