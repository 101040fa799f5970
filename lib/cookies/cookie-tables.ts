// The cookie tables as modules, for Node (the CLI and tests). The extension never imports this file:
// its background fetches the same JSON files at run time (lib/adapters/cookie-tables-adapter.ts), and
// its popup needs only the vendors (cookie-vendors.json and ocd-vendors.json).
import cookies from './cookie-table.json';
import heuristics from './cookie-heuristics.json';
import hosts from './host-table.json';
import vendors from './cookie-vendors.json';
import databaseCookies from './ocd-cookie-table.json';
import databaseHosts from './ocd-host-table.json';
import databaseVendors from './ocd-vendors.json';
import { type CookieKnowledge, createCookieKnowledge } from './cookie-knowledge';
import { allVendors, type CookieDatabase, type CookieTables, type VendorRow } from './cookie-table-types';

/** The tables generated from the Open Cookie Database (`npm run cookies:import`). */
export const COOKIE_DATABASE = { cookies: databaseCookies, hosts: databaseHosts, vendors: databaseVendors } as CookieDatabase;

/** The tables as they are on disk (validated by cookie-tables.test.ts). */
export const COOKIE_TABLES = { cookies, hosts, vendors, heuristics, database: COOKIE_DATABASE } as CookieTables;

/** Every vendor a policy may name: ours and the database's new platforms. */
export const ALL_VENDORS: VendorRow[] = allVendors(COOKIE_TABLES.vendors, COOKIE_DATABASE.vendors);

let knowledge: CookieKnowledge | null = null;

/** The knowledge built from the tables, once. */
export const cookieKnowledge = (): CookieKnowledge => (knowledge ??= createCookieKnowledge(COOKIE_TABLES));
