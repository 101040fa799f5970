// Finds a cookie's row in the cookie table: exact names first, then prefixes (longest first), then
// patterns. A row scoped to domains only matches cookies of those domains, so short names that
// several vendors use ("uid", "lang", "JSESSIONID") get the right vendor on the right site.
import type { CookieTableRow } from './cookie-table-types';

/** True when a cookie domain ('.shop.no', 'www.shop.no') is the host or one of its subdomains. */
export function domainWithin(cookieDomain: string, host: string): boolean {
  const domain = cookieDomain.replace(/^\./, '').toLowerCase();
  return domain === host || domain.endsWith(`.${host}`);
}

export interface CookieNameIndex {
  /** The table row for a cookie name on a domain, or null. */
  find(name: string, domain: string): CookieTableRow | null;
}

/** Index the table's rows for lookups by cookie name. */
export function indexCookieTable(rows: CookieTableRow[]): CookieNameIndex {
  const exact = new Map<string, CookieTableRow[]>();
  const folded = new Map<string, CookieTableRow[]>();
  const add = (map: Map<string, CookieTableRow[]>, key: string, row: CookieTableRow) => map.set(key, [...(map.get(key) ?? []), row]);
  for (const row of rows) {
    if (row.name === undefined) continue;
    add(exact, row.name, row);
    add(folded, row.name.toLowerCase(), row);
  }
  const prefixes = rows.filter((row) => row.prefix !== undefined).sort((a, b) => b.prefix!.length - a.prefix!.length);
  const patterns = rows.filter((row) => row.pattern !== undefined).map((row) => ({ row, regex: new RegExp(row.pattern!) }));

  // Among candidates, a row scoped to the cookie's domain beats a general one; a row scoped elsewhere never matches.
  const pick = (candidates: CookieTableRow[], domain: string): CookieTableRow | null =>
    candidates.find((row) => row.domains?.some((host) => domainWithin(domain, host))) ?? candidates.find((row) => !row.domains) ?? null;

  return {
    find(name, domain) {
      return (
        pick(exact.get(name) ?? [], domain) ??
        pick(
          prefixes.filter((row) => name.startsWith(row.prefix!)),
          domain,
        ) ??
        pick(
          patterns.filter(({ regex }) => regex.test(name)).map(({ row }) => row),
          domain,
        ) ??
        // Some sites change the case of well-known names (PHPSESSID → phpsessid); last resort.
        pick(folded.get(name.toLowerCase()) ?? [], domain)
      );
    },
  };
}
