// The shapes of the cookie knowledge tables (lib/cookies/*.json) and the check every row must pass.
// The tables are data, kept by hand (README.md, "Adding a cookie"); the schema test runs tableProblems on them.
import type { LocalizedText } from '../types';
import type { NamedRow } from './cookie-name-index';

/** Categories a cookie can have in the tables ('unknown' is what we say when nothing matches). */
export const TABLE_CATEGORIES = ['essential', 'functional', 'analytics', 'marketing'] as const;
export type TableCategory = (typeof TABLE_CATEGORIES)[number];

/** What a third-party host does for the page that loads it. */
export const HOST_CATEGORIES = ['analytics', 'advertising', 'social', 'marketing', 'tag-manager', 'payment', 'cdn', 'security', 'consent', 'platform', 'support', 'media'] as const;
export type HostCategory = (typeof HOST_CATEGORIES)[number];

/** The cookie category a host's unknown cookies most likely have. */
export const HOST_COOKIE_CATEGORY: Record<HostCategory, TableCategory> = {
  analytics: 'analytics',
  'tag-manager': 'analytics',
  advertising: 'marketing',
  social: 'marketing',
  marketing: 'marketing',
  payment: 'essential',
  cdn: 'essential',
  security: 'essential',
  consent: 'essential',
  platform: 'essential',
  support: 'functional',
  media: 'functional',
};

/** What a row of either cookie table says of the cookies it names. */
interface CookieRowFacts {
  vendor: string;
  category: TableCategory;
  /** A consent-state cookie: the site's memory of your answer to its cookie banner. */
  consent?: boolean;
}

/** One cookie name (exact), name prefix, or name pattern (a regular expression), with what it is for. */
export interface CookieTableRow extends NamedRow, CookieRowFacts {
  purpose: LocalizedText;
  /** Why this row differs from the Open Cookie Database's row for the same name (category or vendor). */
  ocdNote?: string;
}

/** A row imported from the Open Cookie Database (ocd-cookie-table.json): facts, no purpose text, no patterns. */
export interface DatabaseCookieRow extends Omit<NamedRow, 'pattern'>, CookieRowFacts {
  /** How long the database says the cookie lives ("session", "1 year"). */
  retention?: string;
}

/** A platform of the Open Cookie Database: the company behind it, and name + mentions when it is not one of our vendors. */
export interface DatabaseVendorRow {
  key: string;
  platform: string;
  company: string;
  name?: string;
  mentions?: string;
}

/** The tables `npm run cookies:import` generates from the pinned Open Cookie Database. */
export interface CookieDatabase {
  cookies: DatabaseCookieRow[];
  hosts: HostTableRow[];
  vendors: DatabaseVendorRow[];
}

/** A third-party host (matched with its subdomains). */
export interface HostTableRow {
  host: string;
  vendor: string;
  category: HostCategory;
}

/** A vendor: display name and how a policy names it ('' for "never named", e.g. the site itself). */
export interface VendorRow {
  key: string;
  name: string;
  mentions: string;
}

/** A name heuristic for cookies the table does not know; its purpose says "probably". */
export interface HeuristicRow {
  id: string;
  pattern: string;
  category: TableCategory;
  consent?: boolean;
  purpose: LocalizedText;
}

export interface CookieHeuristics {
  names: HeuristicRow[];
  /** Purpose of a cookie the Open Cookie Database knows and we have no text for, per category; {vendor} is replaced. */
  databasePurposes: Record<TableCategory, LocalizedText>;
  /** Purpose of an unknown cookie from a known host, per host category; {vendor} is replaced. */
  hostPurposes: Record<HostCategory, LocalizedText>;
  /** Purpose of a long-lived third-party cookie nothing else explains. */
  crossSiteIdentifier: LocalizedText;
}

/** Everything lib/cookies knows, as loaded from the JSON files. */
export interface CookieTables {
  cookies: CookieTableRow[];
  hosts: HostTableRow[];
  vendors: VendorRow[];
  heuristics: CookieHeuristics;
  /** The imported Open Cookie Database; our own rows above win over it. */
  database?: CookieDatabase;
}

/** Our vendors and the database's platforms that are not ours, as one vendor list. */
export const allVendors = (ours: VendorRow[], database: DatabaseVendorRow[]): VendorRow[] => [
  ...ours,
  ...database.flatMap((row) => (row.name && row.mentions !== undefined ? [{ key: row.key, name: row.name, mentions: row.mentions }] : [])),
];

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;
// A purpose is one plain sentence for a popup line, not a paragraph.
const MAX_PURPOSE = 160;

function regexProblem(source: string): string | null {
  try {
    new RegExp(source, 'i');
    return null;
  } catch (error) {
    return String(error);
  }
}

function purposeProblems(where: string, purpose: LocalizedText | undefined, guess: boolean): string[] {
  if (!purpose || typeof purpose.en !== 'string' || typeof purpose.nb !== 'string') return [`${where}: purpose needs en and nb`];
  const problems: string[] = [];
  for (const lang of ['en', 'nb'] as const) {
    const text = purpose[lang].trim();
    if (!text) problems.push(`${where}: empty ${lang} purpose`);
    if (text.length > MAX_PURPOSE) problems.push(`${where}: ${lang} purpose longer than ${MAX_PURPOSE} characters`);
    if (!/[.!?]$/.test(text)) problems.push(`${where}: ${lang} purpose should end with a full stop`);
    if (/<|>/.test(text)) problems.push(`${where}: ${lang} purpose contains markup`);
  }
  if (purpose.en.trim() === purpose.nb.trim()) problems.push(`${where}: nb purpose is the English text`);
  if (guess && !/probably|sannsynligvis|\{vendor\}/i.test(purpose.en + purpose.nb)) problems.push(`${where}: a guess must say "probably"`);
  return problems;
}

/** Every problem in the tables (empty when they are sound): shapes, references, regexes, duplicates, both languages. */
export function tableProblems(tables: CookieTables): string[] {
  const problems: string[] = [];
  const vendorKeys = new Set<string>();
  for (const [i, vendor] of tables.vendors.entries()) {
    const where = `vendors[${i}] ${vendor.key}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(vendor.key)) problems.push(`${where}: key must be kebab-case`);
    if (vendorKeys.has(vendor.key)) problems.push(`${where}: duplicate key`);
    vendorKeys.add(vendor.key);
    if (!vendor.name?.trim()) problems.push(`${where}: no name`);
    if (typeof vendor.mentions !== 'string') problems.push(`${where}: mentions must be a string`);
    else if (vendor.mentions) {
      const bad = regexProblem(vendor.mentions);
      if (bad) problems.push(`${where}: mentions is not a valid regex (${bad})`);
      else if (new RegExp(vendor.mentions, 'i').test('')) problems.push(`${where}: mentions matches empty text`);
    }
  }

  const cookieKeys = new Set<string>();
  for (const [i, row] of tables.cookies.entries()) {
    const kinds = (['name', 'prefix', 'pattern'] as const).filter((kind) => row[kind] !== undefined);
    const where = `cookies[${i}] ${row.name ?? row.prefix ?? row.pattern}`;
    if (kinds.length !== 1) {
      problems.push(`${where}: needs exactly one of name, prefix, pattern`);
      continue;
    }
    const value = row[kinds[0]!]!;
    if (typeof value !== 'string' || !value || /\s/.test(value)) problems.push(`${where}: ${kinds[0]} must be a non-empty string without spaces`);
    if (row.pattern !== undefined) {
      const bad = regexProblem(row.pattern);
      if (bad) problems.push(`${where}: not a valid regex (${bad})`);
      else if (!row.pattern.startsWith('^')) problems.push(`${where}: pattern must be anchored with ^`);
    }
    if (row.domains !== undefined && (!Array.isArray(row.domains) || row.domains.length === 0 || row.domains.some((d) => !HOST.test(d)))) {
      problems.push(`${where}: domains must be a non-empty list of host names`);
    }
    if (!vendorKeys.has(row.vendor)) problems.push(`${where}: unknown vendor "${row.vendor}"`);
    if (!TABLE_CATEGORIES.includes(row.category)) problems.push(`${where}: unknown category "${row.category}"`);
    if (row.consent !== undefined && row.consent !== true) problems.push(`${where}: consent is true or left out`);
    if (row.consent && row.category !== 'essential') problems.push(`${where}: a consent-state cookie is essential`);
    const key = `${kinds[0]}:${value}|${(row.domains ?? []).join(',')}`;
    if (cookieKeys.has(key)) problems.push(`${where}: duplicate row`);
    cookieKeys.add(key);
    if (row.ocdNote !== undefined && (typeof row.ocdNote !== 'string' || !row.ocdNote.trim())) problems.push(`${where}: ocdNote must be a reason`);
    const allowed = new Set(['name', 'prefix', 'pattern', 'domains', 'vendor', 'category', 'consent', 'purpose', 'ocdNote']);
    for (const field of Object.keys(row)) if (!allowed.has(field)) problems.push(`${where}: unknown field "${field}"`);
    problems.push(...purposeProblems(where, row.purpose, false));
  }

  const hostKeys = new Set<string>();
  for (const [i, row] of tables.hosts.entries()) {
    const where = `hosts[${i}] ${row.host}`;
    if (!HOST.test(row.host)) problems.push(`${where}: not a lower-case host name`);
    if (hostKeys.has(row.host)) problems.push(`${where}: duplicate host`);
    hostKeys.add(row.host);
    if (!vendorKeys.has(row.vendor)) problems.push(`${where}: unknown vendor "${row.vendor}"`);
    if (!HOST_CATEGORIES.includes(row.category)) problems.push(`${where}: unknown category "${row.category}"`);
  }

  const heuristicIds = new Set<string>();
  for (const [i, row] of tables.heuristics.names.entries()) {
    const where = `heuristics.names[${i}] ${row.id}`;
    if (heuristicIds.has(row.id)) problems.push(`${where}: duplicate id`);
    heuristicIds.add(row.id);
    const bad = regexProblem(row.pattern);
    if (bad) problems.push(`${where}: not a valid regex (${bad})`);
    if (!TABLE_CATEGORIES.includes(row.category)) problems.push(`${where}: unknown category "${row.category}"`);
    problems.push(...purposeProblems(where, row.purpose, true));
  }
  for (const category of HOST_CATEGORIES) {
    problems.push(...purposeProblems(`heuristics.hostPurposes.${category}`, tables.heuristics.hostPurposes[category], true));
  }
  problems.push(...purposeProblems('heuristics.crossSiteIdentifier', tables.heuristics.crossSiteIdentifier, true));
  for (const category of TABLE_CATEGORIES) {
    problems.push(...purposeProblems(`heuristics.databasePurposes.${category}`, tables.heuristics.databasePurposes?.[category], false));
  }
  if (tables.database) problems.push(...databaseProblems(tables.database, vendorKeys));
  return problems;
}

/** Problems of the imported tables: shapes, and every vendor either ours or declared by the import. */
function databaseProblems(database: CookieDatabase, ourVendors: Set<string>): string[] {
  const problems: string[] = [];
  const keys = new Set(ourVendors);
  for (const [i, vendor] of database.vendors.entries()) {
    const where = `database.vendors[${i}] ${vendor.key}`;
    const own = ourVendors.has(vendor.key);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(vendor.key)) problems.push(`${where}: key must be kebab-case`);
    if (!own && (!vendor.name?.trim() || typeof vendor.mentions !== 'string')) problems.push(`${where}: a new vendor needs a name and mentions`);
    if (vendor.mentions && regexProblem(vendor.mentions)) problems.push(`${where}: mentions is not a valid regex`);
    keys.add(vendor.key);
  }
  for (const [i, row] of database.cookies.entries()) {
    const where = `database.cookies[${i}] ${row.name ?? row.prefix}`;
    const value = row.name ?? row.prefix;
    if ((row.name === undefined) === (row.prefix === undefined) || !value || /\s/.test(value)) problems.push(`${where}: needs a name or a prefix without spaces`);
    if (!keys.has(row.vendor)) problems.push(`${where}: unknown vendor "${row.vendor}"`);
    if (!TABLE_CATEGORIES.includes(row.category)) problems.push(`${where}: unknown category "${row.category}"`);
    if (row.domains !== undefined && (row.domains.length === 0 || row.domains.some((d) => !HOST.test(d)))) problems.push(`${where}: domains must be host names`);
    if (row.consent && row.category !== 'essential') problems.push(`${where}: a consent-state cookie is essential`);
  }
  for (const [i, row] of database.hosts.entries()) {
    if (!HOST.test(row.host) || !keys.has(row.vendor) || !HOST_CATEGORIES.includes(row.category)) problems.push(`database.hosts[${i}] ${row.host}: bad host, vendor or category`);
  }
  return problems;
}
