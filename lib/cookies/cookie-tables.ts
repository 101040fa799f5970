// The cookie tables read from disk, for Node (the CLI, scripts and tests). The extension never imports this
// file: its background fetches the same JSON files at run time (lib/adapters/cookie-tables-adapter.ts), and
// its popup needs only the vendors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CookieKnowledge, createCookieKnowledge } from './cookie-knowledge';
import { COOKIE_TABLE_FILES, type CookieTablePart, cookieTablesFrom } from './cookie-table-files';
import { allVendors, type CookieDatabase, type CookieTables, type VendorRow } from './cookie-table-types';

const read = (file: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, file), 'utf8'));

/** The tables as they are on disk (validated by cookie-tables.test.ts). */
export const COOKIE_TABLES: CookieTables = cookieTablesFrom(
  Object.fromEntries(Object.entries(COOKIE_TABLE_FILES).map(([part, file]) => [part, read(file)])) as Record<CookieTablePart, unknown>,
);

/** The tables generated from the Open Cookie Database (`npm run cookies:import`). */
export const COOKIE_DATABASE: CookieDatabase = COOKIE_TABLES.database!;

/** Every vendor a policy may name: ours and the database's new platforms. */
export const ALL_VENDORS: VendorRow[] = allVendors(COOKIE_TABLES.vendors, COOKIE_DATABASE.vendors);

let knowledge: CookieKnowledge | null = null;

/** The knowledge built from the tables, once. */
export const cookieKnowledge = (): CookieKnowledge => (knowledge ??= createCookieKnowledge(COOKIE_TABLES));
