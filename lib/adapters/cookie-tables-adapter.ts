// The cookie tables, packaged as files (see wxt.config.ts) and fetched when needed, so neither the
// background nor the popup bundles them: the only browser.runtime calls of lib/cookies.
import { browser } from 'wxt/browser';
import { type CookieKnowledge, createCookieKnowledge } from '../cookies/cookie-knowledge';
import type { CookieTables, VendorRow } from '../cookies/cookie-table-types';

/** Files wxt.config.ts copies from lib/cookies into the extension. */
export const PACKAGED_COOKIE_TABLES = ['cookie-table.json', 'host-table.json', 'cookie-vendors.json', 'cookie-heuristics.json'] as const;

async function packaged<T>(file: (typeof PACKAGED_COOKIE_TABLES)[number]): Promise<T> {
  const response = await fetch(browser.runtime.getURL(`/cookies/${file}` as '/'));
  if (!response.ok) throw new Error(`cannot load ${file}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let loading: Promise<CookieKnowledge | null> | null = null;
let loaded: CookieKnowledge | null = null;

/** Load the tables (once); resolves to null, with a warning, when they cannot be read. */
export function loadCookieKnowledge(): Promise<CookieKnowledge | null> {
  loading ??= Promise.all([
    packaged<CookieTables['cookies']>('cookie-table.json'),
    packaged<CookieTables['hosts']>('host-table.json'),
    packaged<CookieTables['vendors']>('cookie-vendors.json'),
    packaged<CookieTables['heuristics']>('cookie-heuristics.json'),
  ])
    .then(([cookies, hosts, vendors, heuristics]) => (loaded = createCookieKnowledge({ cookies, hosts, vendors, heuristics })))
    .catch((error) => {
      console.warn('[policy-lens] cookie tables not loaded:', error);
      loading = null; // try again next time
      return null;
    });
  return loading;
}

/** The tables if they have been loaded, else null (callers load them first with loadCookieKnowledge). */
export const loadedCookieKnowledge = (): CookieKnowledge | null => loaded;

let vendors: Promise<VendorRow[] | null> | null = null;

/** The vendor list alone (the popup checks vendor names in the policy text), or null when it cannot be read. */
export function loadCookieVendors(): Promise<VendorRow[] | null> {
  vendors ??= packaged<VendorRow[]>('cookie-vendors.json').catch((error) => {
    console.warn('[policy-lens] cookie vendors not loaded:', error);
    vendors = null;
    return null;
  });
  return vendors;
}
