import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cookiesForPage } from './cookies-adapter';

type Query = { domain?: string; partitionKey?: { topLevelSite: string } };
const cookie = (name: string, domain: string, extra: object = {}) => ({
  name, domain, path: '/', value: 'v', secure: false, httpOnly: false, sameSite: 'lax', session: true, hostOnly: false, storeId: '0', ...extra,
});

describe('cookiesForPage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('marks cookies first or third party, queries partitions, and drops duplicates', async () => {
    // fakeBrowser has no cookies API (TOOLCHAIN.md): stand one in.
    const getAll = vi.fn(async (query: Query) => {
      if (query.domain === 'nordlys.no') return query.partitionKey ? [] : [cookie('cart', 'www.nordlys.no'), cookie('_ga', '.nordlys.no', { session: false, expirationDate: 2e9 })];
      if (query.domain === 'doubleclick.net') return query.partitionKey ? [cookie('IDE', '.doubleclick.net', { sameSite: 'no_restriction', secure: true })] : [cookie('IDE', '.doubleclick.net')];
      return [];
    });
    (fakeBrowser as unknown as { cookies: { getAll: typeof getAll } }).cookies = { getAll };
    const cookies = await cookiesForPage('https://www.nordlys.no/sko', ['ad.doubleclick.net']);
    expect(cookies.map((c) => [c.name, c.party])).toEqual([['cart', 'first'], ['_ga', 'first'], ['IDE', 'third']]);
    expect(cookies[1]).toMatchObject({ session: false, expirationDate: 2e9 });
    expect(getAll).toHaveBeenCalledWith({ domain: 'doubleclick.net', partitionKey: { topLevelSite: 'https://nordlys.no' } });
  });

  it('survives a browser that rejects partitionKey', async () => {
    const getAll = vi.fn(async (query: Query) => {
      if (query.partitionKey) throw new Error('Unexpected property "partitionKey"');
      return [cookie('cart', 'nordlys.no')];
    });
    (fakeBrowser as unknown as { cookies: { getAll: typeof getAll } }).cookies = { getAll };
    expect((await cookiesForPage('https://nordlys.no/', [])).map((c) => c.name)).toEqual(['cart']);
  });
});
