// What a cookie is, from the tables: our cookie table first, then the imported Open Cookie Database,
// then the host tables, then name and lifetime heuristics. Only a cookie-table or database match is a
// known fact; everything else is a guess and says so ("probably …").
import type { CategorisedCookie, SeenCookie, ThirdPartyService } from './cookie-types';
import type { LocalizedText } from '../types';
import { domainWithin, indexCookieTable } from './cookie-name-index';
import { type CookieTableRow, type CookieTables, type DatabaseCookieRow, HOST_COOKIE_CATEGORY, type HostCategory, type HostTableRow, type TableCategory } from './cookie-table-types';

/** What we can say about one cookie: the fields a report's CategorisedCookie adds to a seen cookie. */
export type CookieIdentity = Required<Pick<CategorisedCookie, 'category' | 'vendor' | 'vendorKey' | 'purpose' | 'basis' | 'consentState'>>;

/** A third-party host the page loaded, with who runs it and what for (a report's ThirdPartyService, with its category typed). */
export interface HostService extends Omit<ThirdPartyService, 'category'> {
  category: HostCategory;
  /** The company behind the vendor (the database's data controller), or the vendor's name. */
  organisation: string;
}

export interface CookieKnowledge {
  identify(cookie: Pick<SeenCookie, 'name' | 'domain' | 'party' | 'session' | 'expirationDate'>, nowSeconds?: number): CookieIdentity;
  /** Who runs a host, from the host table (subdomains included), or null. */
  hostService(host: string): HostService | null;
  vendorName(key: string): string;
}

// A third-party cookie that lives this long outlasts any visit: it is there to recognise you later.
// 30 days is the line ad-tech cookies cross (IDE: 13 months, _fbp: 90 days) and session helpers do not.
const TRACKER_MIN_DAYS = 30;

const UNKNOWN: CookieIdentity = { category: 'unknown', vendor: null, vendorKey: null, purpose: null, basis: 'none', consentState: false };

/** Build the lookups once; identify() then costs a few map lookups per cookie. */
export function createCookieKnowledge(tables: CookieTables): CookieKnowledge {
  const ours = indexCookieTable(tables.cookies);
  const database = indexCookieTable(tables.database?.cookies ?? []);
  const vendors = new Map(tables.vendors.map((vendor) => [vendor.key, vendor.name]));
  const companies = new Map<string, string>();
  for (const vendor of tables.database?.vendors ?? []) {
    if (vendor.name && !vendors.has(vendor.key)) vendors.set(vendor.key, vendor.name);
    if (vendor.company) companies.set(vendor.key, vendor.company);
  }
  const vendorName = (key: string) => vendors.get(key) ?? key;
  // Longest host first, so 'analytics.tiktok.com' wins over 'tiktok.com'; ours before the database's (stable sort).
  const hosts = [...tables.hosts, ...(tables.database?.hosts ?? [])].sort((a, b) => b.host.length - a.host.length);
  const heuristics = tables.heuristics.names.map((row) => ({ row, regex: new RegExp(row.pattern, 'i') }));

  const hostRow = (domain: string): HostTableRow | null => hosts.find((row) => domainWithin(domain, row.host)) ?? null;
  const fromHost = (row: HostTableRow): HostService => ({
    host: row.host,
    vendor: vendorName(row.vendor),
    vendorKey: row.vendor,
    category: row.category,
    organisation: companies.get(row.vendor) ?? vendorName(row.vendor),
  });
  const fill = (text: LocalizedText, vendor: string): LocalizedText => ({ en: text.en.replace('{vendor}', vendor), nb: text.nb.replace('{vendor}', vendor) });

  function identify(cookie: Parameters<CookieKnowledge['identify']>[0], nowSeconds = Date.now() / 1000): CookieIdentity {
    // Our rows (with our purpose texts) win over the database's at every step: exact, prefix, pattern, folded case.
    const row: CookieTableRow | DatabaseCookieRow | null =
      ours.find(cookie.name, cookie.domain) ?? database.find(cookie.name, cookie.domain) ?? ours.findFolded(cookie.name, cookie.domain) ?? database.findFolded(cookie.name, cookie.domain);
    if (row) {
      const vendor = vendorName(row.vendor);
      const purpose = 'purpose' in row ? row.purpose : fill(tables.heuristics.databasePurposes[row.category], vendor);
      return { category: row.category, vendor, vendorKey: row.vendor, purpose, basis: 'table', consentState: row.consent === true };
    }
    const byName = heuristics.find(({ regex }) => regex.test(cookie.name))?.row ?? null;
    const host = cookie.party === 'third' ? hostRow(cookie.domain) : null;
    if (host) {
      // The vendor is known from the domain; its use is the name's guess, or what the vendor's cookies usually do.
      const vendor = vendorName(host.vendor);
      const category: TableCategory = byName?.category ?? HOST_COOKIE_CATEGORY[host.category];
      const purpose = byName?.purpose ?? fill(tables.heuristics.hostPurposes[host.category], vendor);
      return { category, vendor, vendorKey: host.vendor, purpose, basis: 'host', consentState: byName?.consent === true };
    }
    const days = cookie.session || cookie.expirationDate === undefined ? 0 : (cookie.expirationDate - nowSeconds) / 86_400;
    // An ID that another site keeps for a month or more recognises you wherever that site is embedded.
    if (cookie.party === 'third' && days >= TRACKER_MIN_DAYS && (!byName || byName.id === 'analytics-id')) {
      return { category: 'marketing', vendor: null, vendorKey: null, purpose: tables.heuristics.crossSiteIdentifier, basis: 'guess', consentState: false };
    }
    if (byName) return { category: byName.category, vendor: null, vendorKey: null, purpose: byName.purpose, basis: 'guess', consentState: byName.consent === true };
    return UNKNOWN;
  }

  return {
    identify,
    hostService: (host) => {
      const row = hostRow(host);
      return row ? fromHost(row) : null;
    },
    vendorName,
  };
}
