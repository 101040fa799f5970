// The cookie tables, packaged as files (see wxt.config.ts) and fetched when needed, so neither the
// background nor the popup bundles them: the only browser.runtime calls of lib/cookies.
import { browser } from 'wxt/browser';
import { type CookieKnowledge, createCookieKnowledge } from '../cookies/cookie-knowledge';
import { COOKIE_TABLE_FILES, type CookieTablePart, cookieTablesFrom } from '../cookies/cookie-table-files';
import { allVendors, type CookieDatabase, type VendorRow } from '../cookies/cookie-table-types';

async function packaged<T>(part: CookieTablePart): Promise<T> {
  const file = COOKIE_TABLE_FILES[part];
  const response = await fetch(browser.runtime.getURL(`/cookies/${file}` as '/'));
  if (!response.ok) throw new Error(`cannot load ${file}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let loading: Promise<CookieKnowledge | null> | null = null;
let loaded: CookieKnowledge | null = null;

/** Load the tables (once); resolves to null, with a warning, when they cannot be read. */
export function loadCookieKnowledge(): Promise<CookieKnowledge | null> {
  loading ??= Promise.all((Object.keys(COOKIE_TABLE_FILES) as CookieTablePart[]).map(async (part) => [part, await packaged<unknown>(part)] as const))
    .then((entries) => (loaded = createCookieKnowledge(cookieTablesFrom(Object.fromEntries(entries) as Record<CookieTablePart, unknown>))))
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
  vendors ??= Promise.all([packaged<VendorRow[]>('vendors'), packaged<CookieDatabase['vendors']>('databaseVendors')])
    .then(([ours, database]) => allVendors(ours, database))
    .catch((error) => {
      console.warn('[policy-lens] cookie vendors not loaded:', error);
      vendors = null;
      return null;
    });
  return vendors;
}
