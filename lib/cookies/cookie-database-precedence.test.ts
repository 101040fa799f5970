// Our own cookie rows against the imported Open Cookie Database: which wins, how wildcards and prefixes
// match, what a database-only cookie shows, and what stays unknown. Small tables, so each rule is visible.
import { describe, expect, it } from 'vitest';
import heuristics from './cookie-heuristics.json';
import { createCookieKnowledge } from './cookie-knowledge';
import { cookieKnowledge } from './cookie-tables';
import type { CookieHeuristics, CookieTables } from './cookie-table-types';

const purpose = (en: string) => ({ en: `${en}.`, nb: `${en} (nb).` });
const TABLES: CookieTables = {
  cookies: [
    { name: '_ga', vendor: 'google-analytics', category: 'analytics', purpose: purpose('Ours: _ga') },
    { prefix: '_ga_', vendor: 'google-analytics', category: 'analytics', purpose: purpose('Ours: _ga_ prefix') },
    { pattern: '^_hjSession_\\d+$', vendor: 'hotjar', category: 'analytics', purpose: purpose('Ours: Hotjar session') },
    { name: 'uid', domains: ['adform.net'], vendor: 'adform', category: 'marketing', purpose: purpose('Ours: Adform uid') },
    { name: 'PHPSESSID', vendor: 'php', category: 'essential', purpose: purpose('Ours: PHP session') },
  ],
  hosts: [{ host: 'hotjar.com', vendor: 'hotjar', category: 'analytics' }],
  vendors: [
    { key: 'google-analytics', name: 'Google Analytics', mentions: 'google analytics' },
    { key: 'hotjar', name: 'Hotjar', mentions: 'hotjar' },
    { key: 'adform', name: 'Adform', mentions: 'adform' },
    { key: 'php', name: 'PHP', mentions: '' },
  ],
  heuristics: heuristics as CookieHeuristics,
  database: {
    cookies: [
      // Same names as ours, other facts: ours must win.
      { name: '_ga', vendor: 'nexx360', category: 'marketing' },
      { name: '_ga_SPECIAL', vendor: 'nexx360', category: 'marketing' },
      { prefix: '_hjSession_', vendor: 'nexx360', category: 'essential' },
      { name: 'phpsessid', vendor: 'nexx360', category: 'marketing' },
      // Only the database knows these.
      { prefix: '_pk_id.', vendor: 'matomo-db', category: 'analytics', retention: '13 months' },
      { name: 'uid', domains: ['criteo.com'], vendor: 'criteo-db', category: 'marketing' },
      { name: 'nx_consent', vendor: 'nexx360', category: 'essential', consent: true },
      { prefix: 'SESSx', vendor: 'nexx360', category: 'essential' },
    ],
    hosts: [
      { host: 'nexx360.io', vendor: 'nexx360', category: 'advertising' },
      { host: 'hotjar.com', vendor: 'nexx360', category: 'advertising' },
    ],
    vendors: [
      { key: 'nexx360', platform: 'Nexx360', company: 'Nexx360 SAS', name: 'Nexx360', mentions: '\\bnexx360\\b' },
      { key: 'matomo-db', platform: 'Matomo', company: 'InnoCraft', name: 'Matomo', mentions: 'matomo' },
      { key: 'criteo-db', platform: 'Criteo', company: 'Criteo SA', name: 'Criteo', mentions: 'criteo' },
      { key: 'hotjar', platform: 'Hotjar', company: 'Hotjar Ltd' },
    ],
  },
};
const knowledge = createCookieKnowledge(TABLES);
const first = (name: string) => knowledge.identify({ name, domain: 'shop.no', party: 'first', session: true });
const third = (name: string, domain: string) => knowledge.identify({ name, domain, party: 'third', session: true });

describe('our rows before the Open Cookie Database', () => {
  it('an exact name of ours wins over the same name in the database', () => {
    expect(first('_ga')).toMatchObject({ vendorKey: 'google-analytics', category: 'analytics', purpose: purpose('Ours: _ga') });
  });

  it('a prefix of ours wins over an exact name of the database (_ga_XXXX)', () => {
    expect(first('_ga_SPECIAL')).toMatchObject({ vendorKey: 'google-analytics', purpose: purpose('Ours: _ga_ prefix') });
    expect(first('_ga_7XK2Q9PL4M')).toMatchObject({ vendorKey: 'google-analytics', basis: 'table' });
  });

  it('a pattern of ours wins over a prefix of the database', () => {
    expect(first('_hjSession_3456789')).toMatchObject({ vendorKey: 'hotjar', category: 'analytics' });
    // Where our pattern does not match, the database's prefix does.
    expect(first('_hjSession_abc')).toMatchObject({ vendorKey: 'nexx360', category: 'essential', basis: 'table' });
  });

  it('an exact name of the database wins over a case-folded name of ours', () => {
    expect(first('phpsessid')).toMatchObject({ vendorKey: 'nexx360' });
    expect(first('PhpSessId')).toMatchObject({ vendorKey: 'php' });
  });

  it('domain-scoped rows of either table match only their domains', () => {
    expect(third('uid', '.adform.net')).toMatchObject({ vendorKey: 'adform', basis: 'table' });
    expect(third('uid', '.criteo.com')).toMatchObject({ vendorKey: 'criteo-db', vendor: 'Criteo', basis: 'table' });
    expect(first('uid').basis).not.toBe('table');
  });
});

describe('cookies only the database knows', () => {
  it('match wildcard prefixes and show the platform and category, in both languages, as known', () => {
    const identity = first('_pk_id.1.1fff');
    expect(identity).toMatchObject({ vendor: 'Matomo', vendorKey: 'matomo-db', category: 'analytics', basis: 'table', consentState: false });
    expect(identity.purpose!.en).toBe('A Matomo cookie that measures how the site is used (category from the Open Cookie Database).');
    expect(identity.purpose!.nb).toContain('Matomo');
    expect(identity.purpose!.nb).not.toBe(identity.purpose!.en);
  });

  it('carry the consent-state mark', () => {
    expect(first('nx_consent')).toMatchObject({ category: 'essential', consentState: true });
  });

  it('match a prefix case-sensitively, as cookie names are', () => {
    expect(first('SESSx_42').basis).toBe('table');
    expect(first('sessx_42').basis).not.toBe('table');
  });
});

describe('unknown names', () => {
  it('stay unknown, or are guessed and say so, when neither table knows them', () => {
    expect(first('q7f3k')).toMatchObject({ category: 'unknown', basis: 'none', vendor: null, purpose: null });
    expect(first('')).toMatchObject({ category: 'unknown', basis: 'none' });
    expect(first('shop_currency')).toMatchObject({ basis: 'guess', category: 'functional' });
    expect(first('_g')).toMatchObject({ basis: 'none' });
  });

  it('with the shipped tables too: made-up and plain names are not claimed by a table row', () => {
    const shipped = cookieKnowledge();
    // Nor are a shop's own cookies with plain short names given to an ad network of the same cookie name.
    for (const name of ['q7f3k', 'zz_made_up_cookie', 'x', '_', 'ABCDEFGHIJ', 'a'.repeat(5_000), 'hash', 'test', 'sync', 'uuid']) {
      expect(shipped.identify({ name, domain: 'shop.no', party: 'first', session: true }).basis, name).not.toBe('table');
    }
  });
});

describe('hosts', () => {
  it('our host rows win; the database adds hosts, and the organisation is the database company', () => {
    expect(knowledge.hostService('static.hotjar.com')).toMatchObject({ vendorKey: 'hotjar', category: 'analytics', organisation: 'Hotjar Ltd' });
    expect(knowledge.hostService('cdn.nexx360.io')).toMatchObject({ vendorKey: 'nexx360', vendor: 'Nexx360', category: 'advertising', organisation: 'Nexx360 SAS' });
    expect(knowledge.hostService('unknown.example')).toBeNull();
  });

  it('a host of ours without a database company is its own organisation', () => {
    const withoutDatabase = createCookieKnowledge({ ...TABLES, database: undefined });
    expect(withoutDatabase.hostService('hotjar.com')).toMatchObject({ organisation: 'Hotjar' });
  });
});
