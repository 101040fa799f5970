// The cookie table files the extension packages (wxt.config.ts copies them to cookies/) and fetches at run
// time (lib/adapters/cookie-tables-adapter.ts). ocd-*: generated from the Open Cookie Database.

/** Files in lib/cookies that the extension ships as data, not code. */
export const PACKAGED_COOKIE_TABLES = [
  'cookie-table.json',
  'host-table.json',
  'cookie-vendors.json',
  'cookie-heuristics.json',
  'ocd-cookie-table.json',
  'ocd-host-table.json',
  'ocd-vendors.json',
] as const;

/** The Open Cookie Database's licence and our NOTICE (data/open-cookie-database/), shipped beside the tables. */
export const PACKAGED_COOKIE_LICENCES = [
  ['LICENSE', 'open-cookie-database-LICENSE.txt'],
  ['NOTICE', 'open-cookie-database-NOTICE.txt'],
] as const;
