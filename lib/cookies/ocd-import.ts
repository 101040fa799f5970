// Turns the pinned Open Cookie Database CSV (data/open-cookie-database/) into our table shapes: facts
// only — name or prefix, platform (as a vendor), category, domains, retention. Its descriptions are
// never read: they are someone else's sentences. `npm run cookies:import` writes the result.
import { domainWithin } from './cookie-name-index';
import { csvRows } from './csv-rows';
import type { CookieTableRow, CookieTables, DatabaseCookieRow, DatabaseVendorRow, HostCategory, HostTableRow, TableCategory } from './cookie-table-types';

/** What the import needs besides the CSV: our own tables (they win) and our platform → vendor-key map. */
export interface ImportInputs {
  csv: string;
  ours: Pick<CookieTables, 'cookies' | 'hosts' | 'vendors'>;
  platformVendors: Record<string, string>;
  /** How a policy names a new platform whose name is also an everyday word ("Next", "Blue"); '' for never. */
  platformMentions: Record<string, string>;
  /** The consent-state name pattern of cookie-heuristics.json: essential rows it matches are consent cookies. */
  consentPattern: string;
}

/** A row we left out, or one of our rows that says something else than the database. */
export interface ImportNote {
  name: string;
  platform: string;
  reason: string;
}

export interface ImportResult {
  cookies: DatabaseCookieRow[];
  hosts: HostTableRow[];
  vendors: DatabaseVendorRow[];
  skipped: ImportNote[];
  /** Our rows whose category differs from the database's and that do not say why (`ocdNote`). */
  unexplained: ImportNote[];
}

// The database's five categories in our four: its "Functional" is "technical, essential or strictly necessary".
const CATEGORY: Record<string, TableCategory> = {
  functional: 'essential',
  necessary: 'essential',
  security: 'essential',
  personalization: 'functional',
  analytics: 'analytics',
  marketing: 'marketing',
};
const HOST_CATEGORY: Record<TableCategory, HostCategory> = { marketing: 'advertising', analytics: 'analytics', essential: 'platform', functional: 'platform' };
// A prefix this short ("_s", "P_", "cap") or a name this short ("c", "u") says nothing about who set it
// unless the database gives the domain; without one it would claim cookies of every other vendor.
const MIN_PREFIX = 4;
const MIN_NAME = 3;
// Nor does a short plain word ("hash", "test", "lang", "Cart", "uuid", "ref-"): a shop's own cookie of that
// name would be called an ad network's. Names with digits or underscores ("_ga", "MC1") are distinctive.
const PLAIN_WORD = /^[A-Za-z]{1,4}[-_]?$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

const kebab = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Host names in the database's domain column ("cookiebot.com (3rd party)", ".bing.com or .microsoft.com"). */
export function domainHosts(column: string): string[] {
  const hosts = column
    .toLowerCase()
    .replace(/\(3rd party\)|\(1st party\)|\(first party\)|\(third party\)/g, ' ')
    .split(/\s+or\s+|[\s,;/]+/)
    .map((part) => part.replace(/^\.+|\.+$/g, '').replace(/^www\./, ''))
    .filter((part) => HOST.test(part));
  return [...new Set(hosts)];
}

/** A database name as our name or prefix, or null with the reason it cannot be used. */
export function nameKind(raw: string, wildcard: boolean): { name: string } | { prefix: string } | { skip: string } {
  const name = raw.replace(/[\u00ad\t]/g, '').trim();
  if (!name) return { skip: 'no name' };
  if (/\s/.test(name)) return { skip: 'a name with spaces is not a cookie name' };
  const star = name.search(/\*|%[A-Z]+%|\[/);
  if (star === 0) return { skip: 'a pattern with no fixed start' };
  if (star > 0) return { prefix: name.slice(0, star) };
  return wildcard ? { prefix: name } : { name };
}

/** Normalised retention text: "session", "1 year", "13 months"… (at most 40 characters). */
export function retentionText(raw: string): string | undefined {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text || text === 'unknown') return undefined;
  if (/session/.test(text)) return 'session';
  return text.slice(0, 40);
}

interface Candidate extends DatabaseCookieRow {
  platform: string;
  /** The hosts its domain column names (used to scope the row when its name is ambiguous). */
  hosts: string[];
}

/** Import the database: rows, the hosts its domains name, and a vendor per platform we do not know. */
export function importOpenCookieDatabase(inputs: ImportInputs): ImportResult {
  const ourKeys = new Set(inputs.ours.vendors.map((vendor) => vendor.key));
  const consent = new RegExp(inputs.consentPattern, 'i');
  const skipped: ImportNote[] = [];
  const vendors = new Map<string, DatabaseVendorRow>();
  const companies = new Map<string, Map<string, number>>();

  const vendorOf = (platform: string, company: string): string => {
    const key = inputs.platformVendors[platform] ?? kebab(platform);
    // Word boundaries need word characters at both ends ("Joomla!" → "joomla").
    const mentions = inputs.platformMentions[platform] ?? `\\b${escapeRegex(platform.toLowerCase().replace(/^\W+|\W+$/g, ''))}\\b`;
    if (!vendors.has(key)) vendors.set(key, { key, platform, company: '', ...(ourKeys.has(key) ? {} : { name: platform, mentions }) });
    const counts = companies.get(key) ?? new Map<string, number>();
    if (company) counts.set(company, (counts.get(company) ?? 0) + 1);
    companies.set(key, counts);
    return key;
  };

  const candidates: Candidate[] = [];
  for (const row of csvRows(inputs.csv)) {
    const platform = (row['Platform'] ?? '').trim();
    const raw = row['Cookie / Data Key name'] ?? '';
    const category = CATEGORY[(row['Category'] ?? '').trim().toLowerCase()];
    if (!platform || !category) {
      skipped.push({ name: raw, platform, reason: platform ? `unknown category "${row['Category']}"` : 'no platform' });
      continue;
    }
    const kind = nameKind(raw, (row['Wildcard match'] ?? '').trim() === '1');
    if ('skip' in kind) {
      skipped.push({ name: raw, platform, reason: kind.skip });
      continue;
    }
    const domains = domainHosts(row['Domain'] ?? '');
    const value = 'name' in kind ? kind.name : kind.prefix;
    const short = ('prefix' in kind ? value.length < MIN_PREFIX : value.length < MIN_NAME) || PLAIN_WORD.test(value);
    if (short && domains.length === 0) {
      skipped.push({ name: raw, platform, reason: 'too short or plain to tell vendors apart, and no domain given' });
      continue;
    }
    const retention = retentionText(row['Retention period'] ?? '');
    candidates.push({
      ...kind,
      ...(short ? { domains } : {}),
      vendor: vendorOf(platform, (row['Data Controller'] ?? '').trim()),
      category,
      ...(category === 'essential' && consent.test(value) ? { consent: true as const } : {}),
      ...(retention ? { retention } : {}),
      platform,
      hosts: domains,
    });
  }

  const cookies = resolveDuplicates(candidates, skipped);
  for (const [key, counts] of companies) {
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    vendors.get(key)!.company = best?.[0] ?? vendors.get(key)!.platform;
  }
  return {
    cookies,
    hosts: databaseHosts(inputs.csv, inputs.ours.hosts, (platform) => inputs.platformVendors[platform] ?? kebab(platform)),
    vendors: [...vendors.values()].sort((a, b) => a.key.localeCompare(b.key)),
    skipped,
    unexplained: disagreements(inputs.ours.cookies, cookies),
  };
}

const keyOf = (row: { name?: string; prefix?: string }) => (row.name !== undefined ? `name:${row.name}` : `prefix:${row.prefix}`);

/** One row per name: several platforms claiming one name keep only the rows scoped to their domains, or
 * one row when they agree on the category; otherwise the name is left out as ambiguous. */
function resolveDuplicates(candidates: Candidate[], skipped: ImportNote[]): DatabaseCookieRow[] {
  const groups = new Map<string, Candidate[]>();
  for (const row of candidates) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  const rows: DatabaseCookieRow[] = [];
  for (const group of groups.values()) {
    const distinct = group.filter((row, i) => group.findIndex((other) => other.vendor === row.vendor && other.category === row.category) === i);
    if (distinct.length === 1) {
      rows.push(strip(distinct[0]!));
      continue;
    }
    const agree = new Set(distinct.map((row) => row.category)).size === 1;
    const firstUnscoped = distinct.find((row) => row.hosts.length === 0);
    for (const row of distinct) {
      if (row.hosts.length) rows.push(strip({ ...row, domains: row.hosts }));
      else if (agree && row === firstUnscoped) rows.push(strip(row));
      else if (agree) skipped.push({ name: row.name ?? row.prefix ?? '', platform: row.platform, reason: `kept once, as ${firstUnscoped!.platform}'s (same category)` });
      else skipped.push({ name: row.name ?? row.prefix ?? '', platform: row.platform, reason: 'several platforms use this name, and no domain tells them apart' });
    }
  }
  return rows;
}

function strip({ platform: _platform, hosts: _hosts, ...row }: Candidate): DatabaseCookieRow {
  return row;
}

const TRACKING = new Set<TableCategory>(['analytics', 'marketing']);

/** Our rows that put a cookie the database also names on the other side of tracking / not tracking, and do not
 * say why. (Essential against functional, or analytics against marketing, is not asked: the database files
 * preferences under "Functional" and many ad measurements under "Analytics", and our split is finer.) */
function disagreements(ours: CookieTableRow[], database: DatabaseCookieRow[]): ImportNote[] {
  const byKey = new Map<string, DatabaseCookieRow[]>();
  for (const row of database) byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), row]);
  const notes: ImportNote[] = [];
  for (const row of ours) {
    if (row.pattern !== undefined || row.ocdNote) continue;
    // The same vendor's cookie, or two rows that both claim the name everywhere; a row scoped to another
    // vendor's domains describes that vendor's namesake.
    const theirs = (byKey.get(keyOf(row)) ?? []).find((other) => other.vendor === row.vendor || (!row.domains && !other.domains));
    if (theirs && TRACKING.has(theirs.category) !== TRACKING.has(row.category)) notes.push({ name: row.name ?? row.prefix!, platform: theirs.vendor, reason: `ours: ${row.category}, database: ${theirs.category}` });
  }
  return notes;
}

/** Hosts the database's domain column names, with the vendor most of their cookies belong to; our host table wins
 * (its hosts and their subdomains are left out). */
function databaseHosts(csv: string, ours: HostTableRow[], vendorKey: (platform: string) => string): HostTableRow[] {
  // A host under one of ours (dev.visualwebsiteoptimizer.com under visualwebsiteoptimizer.com) is ours already.
  const isOurs = (host: string) => ours.some((row) => domainWithin(host, row.host));
  const votes = new Map<string, Map<string, { count: number; categories: TableCategory[] }>>();
  for (const row of csvRows(csv)) {
    const category = CATEGORY[(row['Category'] ?? '').trim().toLowerCase()];
    const platform = (row['Platform'] ?? '').trim();
    if (!category || !platform) continue;
    for (const host of domainHosts(row['Domain'] ?? '')) {
      if (isOurs(host)) continue;
      const perVendor = votes.get(host) ?? new Map();
      const entry = perVendor.get(vendorKey(platform)) ?? { count: 0, categories: [] };
      entry.count++;
      entry.categories.push(category);
      perVendor.set(vendorKey(platform), entry);
      votes.set(host, perVendor);
    }
  }
  const hosts: HostTableRow[] = [];
  for (const [host, perVendor] of votes) {
    const [vendor, { categories }] = [...perVendor.entries()].sort((a, b) => b[1].count - a[1].count)[0]!;
    // A host that sets any marketing cookie is an ad host; else its most common kind of cookie decides.
    const category: TableCategory = categories.includes('marketing') ? 'marketing' : categories.includes('analytics') ? 'analytics' : categories.includes('functional') ? 'functional' : 'essential';
    hosts.push({ host, vendor, category: HOST_CATEGORY[category] });
  }
  return hosts.sort((a, b) => a.host.localeCompare(b.host));
}
