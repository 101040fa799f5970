// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabReport } from '@/lib/tab-report/tab-report-types';
import { verbatim } from '@/lib/text/text';

const api = vi.hoisted(() => ({
  tabReport: vi.fn(),
  analyseSite: vi.fn(),
  cookieReport: vi.fn(async () => ({ site: 'shop.no', cookies: [], counts: {}, thirdPartyHosts: [] })),
  showEvidence: vi.fn(),
  saveSite: vi.fn(),
  onProgress: vi.fn(),
}));
const access = vi.hoisted(() => ({ hasSiteAccess: vi.fn(async () => true), requestSiteAccess: vi.fn(async () => true) }));
vi.mock('@/lib/adapters/popup-messages-adapter', () => ({ popupApi: api }));
vi.mock('@/lib/adapters/permissions-adapter', () => access);
vi.mock('@/lib/adapters/tabs-adapter', () => ({ activeTabId: async () => 5 }));

const notAnalysed: TabReport = { state: 'not-analysed', site: 'shop.no', url: 'https://shop.no/', detection: null };
const analysed = { state: 'analysed', site: 'shop.no', url: 'https://shop.no/', policyUrl: 'https://shop.no/personvern', source: 'fetched', fromCache: false, analysis: {} } as unknown as TabReport;

async function freshPopup() {
  vi.resetModules();
  return (await import('./popup-state.svelte')).popup;
}

describe('popup state', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    access.hasSiteAccess.mockResolvedValue(true);
  });

  it('uses the active tab and finds the policy when the site has not been analysed', async () => {
    api.tabReport.mockResolvedValueOnce(notAnalysed);
    api.analyseSite.mockResolvedValueOnce(analysed);
    const popup = await freshPopup();
    await popup.open();
    expect(api.tabReport).toHaveBeenCalledWith(5);
    expect(api.analyseSite).toHaveBeenCalledWith(5, undefined);
    expect(popup.report?.state).toBe('analysed');
  });

  it('waits for an analysis already running in the background', async () => {
    api.tabReport.mockResolvedValueOnce({ state: 'analysing', site: 'shop.no', url: 'https://shop.no/p', step: 'analysing' }).mockResolvedValueOnce(analysed);
    const popup = await freshPopup();
    await popup.open();
    expect(api.tabReport).toHaveBeenCalledTimes(2);
    expect(api.analyseSite).not.toHaveBeenCalled();
    expect(popup.report?.state).toBe('analysed');
  });

  it('asks for site access instead of analysing when the user withheld it', async () => {
    api.tabReport.mockResolvedValue(notAnalysed);
    access.hasSiteAccess.mockResolvedValue(false);
    const popup = await freshPopup();
    await popup.open();
    expect(popup.accessNeeded).toBe('https://shop.no/');
    expect(api.analyseSite).not.toHaveBeenCalled();
  });

  it('turns a failed analysis into the failed state with the reason', async () => {
    api.tabReport.mockResolvedValueOnce(notAnalysed);
    api.analyseSite.mockRejectedValueOnce(new Error('rejected: bad'));
    const popup = await freshPopup();
    await popup.open();
    expect(popup.report).toMatchObject({ state: 'failed', reason: verbatim('Error: rejected: bad') });
  });
});

describe('popup saving for comparison', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    access.hasSiteAccess.mockResolvedValue(true);
  });

  it('saves the analysed site with the cookies it has set now, in storage', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    fakeBrowser.reset();
    const { seedAnalysis } = await import('@/test/unit/seed-analyses');
    const analysis = await seedAnalysis(1, 'https://shop.no/personvern');
    api.tabReport.mockResolvedValueOnce({ ...(analysed as object), analysis });
    const popup = await freshPopup();
    await popup.open();
    await popup.save();
    expect(popup.saved).toEqual({ count: 1 });
    expect(popup.saveError).toBeNull();
    const { extensionStores } = await import('@/test/unit/extension-stores');
    const storage = extensionStores();
    expect(await storage.savedSite('shop.no')).toMatchObject({ site: 'shop.no', policyUrl: 'https://shop.no/personvern', textHash: analysis.textHash, cookies: { site: 'shop.no' } });
  });
});
