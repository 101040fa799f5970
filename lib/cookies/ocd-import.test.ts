// The Open Cookie Database import: CSV reading, names and wildcards, ambiguity rules, vendors, hosts, and
// that the generated files are what the pinned copy gives (and carry none of its descriptions).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import heuristics from './cookie-heuristics.json';
import { COOKIE_DATABASE, COOKIE_TABLES } from './cookie-tables';
import type { CookieTableRow } from './cookie-table-types';
import { csvRows } from './csv-rows';
import { domainHosts, importOpenCookieDatabase, nameKind, retentionText } from './ocd-import';
import platformMentions from './ocd-platform-mentions.json';
import platformVendors from './ocd-platform-vendors.json';

const root = join(import.meta.dirname, '..', '..');
const pinnedCsv = readFileSync(join(root, 'data/open-cookie-database/open-cookie-database.csv'), 'utf8');
const consentPattern = heuristics.names.find((row) => row.id === 'consent-state')!.pattern;
const HEADER = 'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const ours = { cookies: [] as CookieTableRow[], hosts: [{ host: 'ours.example', vendor: 'meta', category: 'social' as const }], vendors: [{ key: 'meta', name: 'Meta', mentions: 'meta' }] };
const run = (text: string, cookies: CookieTableRow[] = []) =>
  importOpenCookieDatabase({ csv: text, ours: { ...ours, cookies }, platformVendors: { Facebook: 'meta' }, platformMentions: { Next: 'next\\.?js' }, consentPattern });

describe('csvRows', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and a byte-order mark', () => {
    const rows = csvRows('\uFEFFa,b,c\r\n1,"x, ""y""\nz",3\n\n4,5,6\n');
    expect(rows).toEqual([
      { a: '1', b: 'x, "y"\nz', c: '3' },
      { a: '4', b: '5', c: '6' },
    ]);
  });

  it('gives nothing for empty text and fills missing cells with empty strings', () => {
    expect(csvRows('')).toEqual([]);
    expect(csvRows('a,b\n1')).toEqual([{ a: '1', b: '' }]);
  });

  it('reads every row of the pinned database', () => {
    const rows = csvRows(pinnedCsv);
    expect(rows.length).toBeGreaterThan(2_000);
    expect(rows.every((row) => row['Platform'] !== undefined && row['Wildcard match'] !== undefined)).toBe(true);
  });
});

describe('names, domains and retention of the database', () => {
  it('turns wildcards and star patterns into prefixes and refuses names that are not cookie names', () => {
    expect(nameKind('_ga_', true)).toEqual({ prefix: '_ga_' });
    expect(nameKind('_ga', false)).toEqual({ name: '_ga' });
    expect(nameKind('SSPR_*', false)).toEqual({ prefix: 'SSPR_' });
    expect(nameKind('pagead/conv/%INTEGER%', false)).toEqual({ prefix: 'pagead/conv/' });
    expect(nameKind('logglytrackings\u00adession', false)).toEqual({ name: 'logglytrackingsession' });
    expect(nameKind('Site History', false)).toHaveProperty('skip');
    expect(nameKind('*', true)).toHaveProperty('skip');
    expect(nameKind('  ', false)).toHaveProperty('skip');
  });

  it('reads host names out of the domain column', () => {
    expect(domainHosts('cookiebot.com (3rd party)')).toEqual(['cookiebot.com']);
    expect(domainHosts('.bing.com (3rd party) or .microsoft.com (3rd party)')).toEqual(['bing.com', 'microsoft.com']);
    expect(domainHosts('www.googletagmanager.com')).toEqual(['googletagmanager.com']);
    expect(domainHosts('Inspectlet.com (3rd party)')).toEqual(['inspectlet.com']);
    expect(domainHosts('')).toEqual([]);
    expect(domainHosts('the website itself')).toEqual([]);
  });

  it('normalises retention periods', () => {
    expect(retentionText('Session')).toBe('session');
    expect(retentionText('End of session (browser)')).toBe('session');
    expect(retentionText('1 Year')).toBe('1 year');
    expect(retentionText('Unknown')).toBeUndefined();
    expect(retentionText('')).toBeUndefined();
  });
});

describe('importOpenCookieDatabase', () => {
  it('keeps facts only: name, vendor, category, retention — never the description', () => {
    const result = run(csv('1,Facebook,Marketing,_fbp,,A sentence someone else wrote.,3 months,Meta,https://x,0', '2,Nexx360,Analytics,nx_seg,,Another sentence.,1 year,Nexx360 SAS,https://y,0'));
    expect(result.cookies).toEqual([
      { name: '_fbp', vendor: 'meta', category: 'marketing', retention: '3 months' },
      { name: 'nx_seg', vendor: 'nexx360', category: 'analytics', retention: '1 year' },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/sentence/i);
    // A platform we map keeps our vendor; a new one gets a name, a mention pattern and its company.
    expect(result.vendors).toEqual([
      { key: 'meta', platform: 'Facebook', company: 'Meta' },
      { key: 'nexx360', platform: 'Nexx360', company: 'Nexx360 SAS', name: 'Nexx360', mentions: '\\bnexx360\\b' },
    ]);
  });

  it('names a platform whose name is an everyday word by what only it is called ("Next" → Next.js)', () => {
    const result = run(csv('1,Next,Functional,__next_x,,,,Vercel,,1'));
    expect(result.vendors).toEqual([{ key: 'next', platform: 'Next', company: 'Vercel', name: 'Next', mentions: 'next\\.?js' }]);
  });

  it('maps the five categories to our four and marks consent-state cookies', () => {
    const result = run(csv('1,A,Functional,a_session,,,,A,,0', '2,A,Personalization,a_theme,,,,A,,0', '3,A,Security,a_guard,,,,A,,0', '4,A,Functional,a_cookie_consent,,,,A,,0', '5,A,Unknown,a_what,,,,A,,0'));
    expect(result.cookies.map((row) => [row.name, row.category, row.consent ?? false])).toEqual([
      ['a_session', 'essential', false],
      ['a_theme', 'functional', false],
      ['a_guard', 'essential', false],
      ['a_cookie_consent', 'essential', true],
    ]);
    expect(result.skipped.map((note) => note.reason)).toEqual(['unknown category "Unknown"']);
  });

  it('scopes short names and prefixes to their domain, and leaves them out without one', () => {
    const result = run(csv('1,Marfeel,Marketing,_s,,,,M,,1', '2,Adform,Marketing,C,adform.net (3rd party),,,Adform,,0', '3,Nexx,Marketing,ab,,,,N,,0'));
    expect(result.cookies).toEqual([{ name: 'C', domains: ['adform.net'], vendor: 'adform', category: 'marketing' }]);
    expect(result.skipped.map((note) => note.name)).toEqual(['_s', 'ab']);
  });

  it('treats short plain words like short names ("hash", "Cart", "ref-"), but not short names with digits or underscores', () => {
    const result = run(csv('1,Blue,Marketing,hash,,,,Blue,,0', '2,Blue,Marketing,hash,blue.example,,,Blue,,0', '3,Outbrain,Marketing,ref-,,,,Outbrain,,1', '4,Google Analytics,Analytics,_gid,,,,Google,,0', '5,Microsoft,Marketing,MC1,,,,Microsoft,,0'));
    expect(result.cookies.map((row) => [row.name ?? row.prefix, row.domains ?? null])).toEqual([
      ['hash', ['blue.example']],
      ['_gid', null],
      ['MC1', null],
    ]);
    expect(result.skipped.map((note) => note.name)).toEqual(['hash', 'ref-']);
  });

  it('keeps a name several platforms claim only where a domain tells them apart, or when they agree', () => {
    const result = run(
      csv(
        '1,Alpha,Marketing,token,alpha.example,,,A,,0',
        '2,Beta,Functional,token,,,,B,,0',
        '3,Gamma,Functional,euconsent-v2,,,,G,,0',
        '4,Delta,Functional,euconsent-v2,,,,D,,0',
      ),
    );
    expect(result.cookies).toEqual([
      { name: 'token', domains: ['alpha.example'], vendor: 'alpha', category: 'marketing' },
      { name: 'euconsent-v2', vendor: 'gamma', category: 'essential', consent: true },
    ]);
    expect(result.skipped.map((note) => [note.name, note.platform, note.reason])).toEqual([
      ['token', 'Beta', 'several platforms use this name, and no domain tells them apart'],
      ['euconsent-v2', 'Delta', "kept once, as Gamma's (same category)"],
    ]);
  });

  it('derives hosts from the domains, with the category their cookies mostly have; our hosts are not repeated', () => {
    const result = run(csv('1,Nexx360,Marketing,nx_a,.nexx360.io,,,N,,0', '2,Nexx360,Functional,nx_b,nexx360.io,,,N,,0', '3,Facebook,Marketing,ours_c,ours.example,,,Meta,,0', '5,Facebook,Functional,ours_d,cdn.ours.example,,,Meta,,0', '4,Helpy,Functional,hp_a,helpy.example (3rd party),,,H,,0'));
    expect(result.hosts).toEqual([
      { host: 'helpy.example', vendor: 'helpy', category: 'platform' },
      { host: 'nexx360.io', vendor: 'nexx360', category: 'advertising' },
    ]);
  });

  it('asks for a reason where our row puts a cookie on the other side of tracking, and only there', () => {
    const text = csv('1,Facebook,Marketing,c_user,,,,Meta,,0', '2,Facebook,Functional,wd_x,,,,Meta,,0', '3,Facebook,Analytics,_fbq,,,,Meta,,0');
    const row = (name: string, category: CookieTableRow['category'], ocdNote?: string): CookieTableRow => ({ name, vendor: 'meta', category, purpose: { en: 'x.', nb: 'y.' }, ...(ocdNote ? { ocdNote } : {}) });
    // c_user: essential against marketing (asked); wd_x: functional against essential and _fbq: marketing against analytics (same side).
    expect(run(text, [row('c_user', 'essential'), row('wd_x', 'functional'), row('_fbq', 'marketing')]).unexplained.map((note) => note.name)).toEqual(['c_user']);
    expect(run(text, [row('c_user', 'essential', 'Sign-in cookie on Facebook itself.')]).unexplained).toEqual([]);
    // A row of ours scoped to another vendor's domains is that vendor's namesake, not a disagreement.
    expect(run(text, [{ ...row('c_user', 'essential'), vendor: 'other', domains: ['other.example'] }]).unexplained).toEqual([]);
  });
});

describe('the generated tables (lib/cookies/ocd-*.json)', () => {
  const fresh = importOpenCookieDatabase({ csv: pinnedCsv, ours: COOKIE_TABLES, platformVendors, platformMentions, consentPattern });

  it('are what `npm run cookies:import` makes of the pinned copy', () => {
    expect(COOKIE_DATABASE.cookies).toEqual(fresh.cookies);
    expect(COOKIE_DATABASE.hosts).toEqual(fresh.hosts);
    expect(COOKIE_DATABASE.vendors).toEqual(fresh.vendors);
  });

  it('leave no disagreement across the tracking line without a reason in our table', () => {
    expect(fresh.unexplained).toEqual([]);
  });

  it('carry none of the database descriptions', () => {
    const generated = JSON.stringify(COOKIE_DATABASE);
    const descriptions = csvRows(pinnedCsv)
      .map((row) => (row['Description'] ?? '').trim())
      .filter((text) => text.length > 25);
    expect(descriptions.length).toBeGreaterThan(1_000);
    expect(descriptions.filter((text) => generated.includes(text))).toEqual([]);
  });

  it('map every platform to a vendor of ours or one the import declares', () => {
    const ourKeys = new Set(COOKIE_TABLES.vendors.map((vendor) => vendor.key));
    const declared = new Set(COOKIE_DATABASE.vendors.map((vendor) => vendor.key));
    for (const [platform, key] of Object.entries(platformVendors)) expect(ourKeys.has(key) || declared.has(key), platform).toBe(true);
    expect(COOKIE_DATABASE.vendors.filter((vendor) => !ourKeys.has(vendor.key) && !vendor.name)).toEqual([]);
  });
});
