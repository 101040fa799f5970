// The cookie table files: the one list of them. The extension packages them (wxt.config.ts copies them to
// cookies/) and fetches them at run time (lib/adapters/cookie-tables-adapter.ts); Node reads them from disk
// (cookie-tables.ts); `npm run cookies:import` writes the ocd-* ones, generated from the Open Cookie Database.
import type { CookieTables } from './cookie-table-types';

/** The files in lib/cookies that the extension ships as data, by the part of the tables each holds. */
export const COOKIE_TABLE_FILES = {
  cookies: 'cookie-table.json',
  hosts: 'host-table.json',
  vendors: 'cookie-vendors.json',
  heuristics: 'cookie-heuristics.json',
  databaseCookies: 'ocd-cookie-table.json',
  databaseHosts: 'ocd-host-table.json',
  databaseVendors: 'ocd-vendors.json',
} as const;

/** A part of the tables, named as in COOKIE_TABLE_FILES. */
export type CookieTablePart = keyof typeof COOKIE_TABLE_FILES;

/** The file names alone, for copying and checking the packaged files. */
export const PACKAGED_COOKIE_TABLES = /* @__PURE__ */ Object.values(COOKIE_TABLE_FILES);

/** The Open Cookie Database's licence and our NOTICE (data/open-cookie-database/), shipped beside the tables. */
export const PACKAGED_COOKIE_LICENCES = [
  ['LICENSE', 'open-cookie-database-LICENSE.txt'],
  ['NOTICE', 'open-cookie-database-NOTICE.txt'],
] as const;

/** The tables from each file's parsed contents (checked by the schema test, not here). */
export function cookieTablesFrom(parts: Record<CookieTablePart, unknown>): CookieTables {
  const { databaseCookies, databaseHosts, databaseVendors, ...ours } = parts;
  return { ...ours, database: { cookies: databaseCookies, hosts: databaseHosts, vendors: databaseVendors } } as CookieTables;
}
