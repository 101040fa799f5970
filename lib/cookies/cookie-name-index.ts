// Finds a cookie's row in the cookie table: exact names first, then prefixes (longest first), then
// patterns. A row scoped to domains only matches cookies of those domains, so short names that
// several vendors use ("uid", "lang", "JSESSIONID") get the right vendor on the right site.

/** What the index needs of a row: how it names cookies (ours and the imported database's rows both fit). */
export interface NamedRow {
  name?: string;
  prefix?: string;
  pattern?: string;
  /** Only cookies of these domains (or their subdomains) match: for short names several vendors use. */
  domains?: string[];
}

/** True when a cookie domain ('.shop.no', 'www.shop.no') is the host or one of its subdomains. */
export function domainWithin(cookieDomain: string, host: string): boolean {
  const domain = cookieDomain.replace(/^\./, '').toLowerCase();
  return domain === host || domain.endsWith(`.${host}`);
}

export interface CookieNameIndex<Row extends NamedRow> {
  /** The row for a cookie name on a domain (exact name, prefix or pattern), or null. */
  find(name: string, domain: string): Row | null;
  /** The row whose exact name matches when case is ignored (PHPSESSID → phpsessid), or null: a last resort. */
  findFolded(name: string, domain: string): Row | null;
}

/** Index a table's rows for lookups by cookie name. */
export function indexCookieTable<Row extends NamedRow>(rows: Row[]): CookieNameIndex<Row> {
  const exact = new Map<string, Row[]>();
  const folded = new Map<string, Row[]>();
  const add = (map: Map<string, Row[]>, key: string, row: Row) => map.set(key, [...(map.get(key) ?? []), row]);
  for (const row of rows) {
    if (row.name === undefined) continue;
    add(exact, row.name, row);
    add(folded, row.name.toLowerCase(), row);
  }
  const prefixes = rows.filter((row) => row.prefix !== undefined).sort((a, b) => b.prefix!.length - a.prefix!.length);
  const patterns = rows.filter((row) => row.pattern !== undefined).map((row) => ({ row, regex: new RegExp(row.pattern!) }));

  // Among candidates, a row scoped to the cookie's domain beats a general one; a row scoped elsewhere never matches.
  const pick = (candidates: Row[], domain: string): Row | null =>
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
        )
      );
    },
    // Some sites change the case of well-known names (PHPSESSID → phpsessid).
    findFolded: (name, domain) => pick(folded.get(name.toLowerCase()) ?? [], domain),
  };
}
