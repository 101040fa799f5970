// The cookie tables as modules, for Node (the CLI and tests). The extension never imports this file:
// its background fetches the same JSON files at run time (lib/adapters/cookie-tables-adapter.ts), and
// its popup needs only the vendors (cookie-vendors.json).
import cookies from './cookie-table.json';
import heuristics from './cookie-heuristics.json';
import hosts from './host-table.json';
import vendors from './cookie-vendors.json';
import { type CookieKnowledge, createCookieKnowledge } from './cookie-knowledge';
import type { CookieTables } from './cookie-table-types';

/** The tables as they are on disk (validated by cookie-tables.test.ts). */
export const COOKIE_TABLES = { cookies, hosts, vendors, heuristics } as CookieTables;

let knowledge: CookieKnowledge | null = null;

/** The knowledge built from the tables, once. */
export const cookieKnowledge = (): CookieKnowledge => (knowledge ??= createCookieKnowledge(COOKIE_TABLES));
