// The cookie tables, packaged as files (see wxt.config.ts) and fetched when needed, so neither the
// background nor the popup bundles them: the only browser.runtime calls of lib/cookies.
import { browser } from 'wxt/browser';
import { type CookieKnowledge, createCookieKnowledge } from '../cookies/cookie-knowledge';
import { PACKAGED_COOKIE_TABLES } from '../cookies/cookie-table-files';
import { allVendors, type CookieDatabase, type CookieTables, type VendorRow } from '../cookies/cookie-table-types';


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
    packaged<CookieDatabase['cookies']>('ocd-cookie-table.json'),
    packaged<CookieDatabase['hosts']>('ocd-host-table.json'),
    packaged<CookieDatabase['vendors']>('ocd-vendors.json'),
  ])
    .then(
      ([cookies, hosts, vendors, heuristics, databaseCookies, databaseHosts, databaseVendors]) =>
        (loaded = createCookieKnowledge({ cookies, hosts, vendors, heuristics, database: { cookies: databaseCookies, hosts: databaseHosts, vendors: databaseVendors } })),
    )
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

/** The vendor list alone, ours and the database's new ones (the popup checks vendor names in the policy
 * text), or null when it cannot be read. */
export function loadCookieVendors(): Promise<VendorRow[] | null> {
  vendors ??= Promise.all([packaged<VendorRow[]>('cookie-vendors.json'), packaged<CookieDatabase['vendors']>('ocd-vendors.json')])
    .then(([ours, database]) => allVendors(ours, database))
    .catch((error) => {
      console.warn('[policy-lens] cookie vendors not loaded:', error);
      vendors = null;
      return null;
    });
  return vendors;
}
