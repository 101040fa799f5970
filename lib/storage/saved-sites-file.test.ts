import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedAnalysis } from '@/test/unit/seed-analyses';
import { newSavedSite, type SavedSite } from './saved-site-schema';
import { MAX_IMPORT_BYTES, parseSavedSitesFile, savedSitesFile } from './saved-sites-file';
import { nodeRenderer } from '../text/catalogue-node';
import { schema2SitesWithTexts } from './migrate-texts';


const [en, nb] = [nodeRenderer('en'), nodeRenderer('nb')];

const cookies = {
  site: 'a.no',
  cookies: [
    { name: '_ga', domain: '.a.no', path: '/', party: 'first', secure: false, httpOnly: false, sameSite: 'lax', session: false, expirationDate: 2e9, category: 'analytics', vendor: 'Google',
      vendorKey: 'google-analytics', purpose: { en: 'Counts visits', nb: 'Teller besøk' }, basis: 'table', consentState: false },
    { name: 'sid', domain: 'a.no', path: '/', party: 'first', secure: true, httpOnly: true, sameSite: 'strict', session: true, category: 'essential', vendor: null, vendorKey: null, purpose: null, basis: 'guess', consentState: true },
  ],
  counts: { essential: 1, functional: 0, analytics: 1, marketing: 0, unknown: 0 },
  thirdPartyHosts: ['localhost'],
  services: [{ host: 'www.google-analytics.com', vendor: 'Google', vendorKey: 'google', category: 'analytics' }],
  pageInteracted: null,
} as const;

async function exported(): Promise<{ text: string; sites: SavedSite[] }> {
  const [a, b] = await Promise.all([seedAnalysis(1), seedAnalysis(3)]);
  const sites = [newSavedSite('a.no', a.url, a, structuredClone(cookies) as never, Date.UTC(2026, 5, 1), null), newSavedSite('b.no', b.url, b, null, Date.UTC(2026, 5, 2), null)];
  return { text: JSON.stringify(savedSitesFile(sites, new Date(Date.UTC(2026, 5, 3)))), sites };
}

// The exported file as loose JSON, to damage it in tests.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ExportFile = { sites: any[] };

/** The exported file, changed by `edit`, parsed again. */
async function importEdited(edit: (file: ExportFile) => void) {
  const file = JSON.parse((await exported()).text);
  edit(file);
  return parseSavedSitesFile(JSON.stringify(file));
}

describe('saved-sites file', () => {
  it('reads back exactly what was exported', async () => {
    const { text, sites } = await exported();
    expect(JSON.parse(text)).toMatchObject({ format: 'policy-lens/saved-sites', schemaVersion: 3, exportedAt: '2026-06-03T00:00:00.000Z' });
    expect(parseSavedSitesFile(text)).toEqual({ ok: true, sites: JSON.parse(JSON.stringify(sites)) });
  });

  it.each([
    ['not JSON', '{"format": "policy-lens/saved-sites", ', /not valid JSON/],
    ['empty', '', /not valid JSON/],
    ['another program’s JSON', JSON.stringify({ name: 'my-app', version: '1.0.0', dependencies: {} }), /not a policy-lens export/],
    ['a JSON array', '[1, 2, 3]', /not a policy-lens export/],
    ['JSON null', 'null', /not a policy-lens export/],
    ['a newer schema', JSON.stringify({ format: 'policy-lens/saved-sites', schemaVersion: 4, sites: [] }), /newer version of policy-lens/],
    ['no sites', JSON.stringify({ format: 'policy-lens/saved-sites', schemaVersion: 3, sites: [] }), /holds no saved sites/],
  ])('refuses %s with a reason', (_what, text, reason) => {
    const result = parseSavedSitesFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(en(result.reason)).toMatch(reason);
      expect(nb(result.reason)).not.toBe(en(result.reason));
    }
  });

  it.each([
    ['a grade outside A–E', (f: ExportFile) => (f.sites[0]!.analysis.score.grade = 'F'), /sites\[0\]\.analysis\.score\.grade: not one of A\|B\|C\|D\|E/],
    ['a missing analysis', (f: ExportFile) => delete f.sites[1]!.analysis, /sites\[1\]\.analysis: missing/],
    ['a javascript: policy link', (f: ExportFile) => (f.sites[0]!.policyUrl = 'javascript:alert(1)'), /sites\[0\]\.policyUrl: not an http\(s\) URL/],
    ['markup as a site name', (f: ExportFile) => (f.sites[0]!.site = '<img src=x onerror=alert(1)>'), /sites\[0\]\.site: not a site name/],
    ['a sentence longer than extraction allows', (f: ExportFile) => (f.sites[0]!.analysis.sentences[0].text = 'x'.repeat(1_601)), /sentences\[0\]\.text: longer than 1600/],
    ['an unknown label', (f: ExportFile) => (f.sites[0]!.analysis.sentences[0].labels = ['cookies']), /labels\[0\]: not one of/],
    ['an unknown cookie category', (f: ExportFile) => (f.sites[0]!.cookies.cookies[0].category = 'tracking'), /cookies\.cookies\[0\]\.category/],
    ['evidence that points nowhere', (f: ExportFile) => f.sites[0]!.analysis.facts.dataTypes[0].evidence.push('s9999'), /evidence s9999 is not among the saved sentences/],
    ['a text hash that is not its analysis’s', (f: ExportFile) => (f.sites[0]!.textHash = 'f'.repeat(64)), /text hash does not match/],
    ['the same site twice', (f: ExportFile) => f.sites.push(structuredClone(f.sites[0]!)), /a\.no appears twice/],
    ['a save date in the far future', (f: ExportFile) => (f.sites[0]!.savedAt = Date.UTC(2300, 0, 1)), /sites\[0\]\.savedAt: out of range/],
  ])('refuses a file with %s, naming where', async (_what, edit, reason) => {
    const result = await importEdited(edit);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(en(result.reason)).toMatch(reason);
  });

  it('keeps only the fields it knows (nothing foreign reaches storage)', async () => {
    const file = JSON.parse((await exported()).text);
    file.sites[0].extra = '<script>alert(1)</script>';
    file.sites[0].analysis.html = '<b>x</b>';
    // JSON.parse makes "__proto__" an own property; it must not reach any prototype.
    const text = JSON.stringify(file).replace('{"schemaVersion":3,', '{"__proto__":{"polluted":true},"schemaVersion":3,');
    expect(text).toContain('__proto__');
    const result = parseSavedSitesFile(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.sites[0]).not.toHaveProperty('extra');
      expect(result.sites[0]!.analysis).not.toHaveProperty('html');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('refuses a file larger than any export', () => {
    const result = parseSavedSitesFile(' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(result.ok || en(result.reason)).toMatch(/too large/);
  });
});

describe('files exported by the previous release (schema 2, texts as words)', () => {
  it('imports them with their texts as messages, reading as they did', () => {
    const old = readFileSync('test/fixtures/saved-sites-v2.json', 'utf8');
    expect(parseSavedSitesFile(old)).toMatchObject({ ok: false }); // the page loads the upgrade only for such files
    const result = parseSavedSitesFile(old, schema2SitesWithTexts);
    expect(result.ok ? 'ok' : en(result.reason)).toBe('ok');
    if (!result.ok) return;
    const before = (JSON.parse(old) as { sites: { analysis: { score: { categories: { rights: { summary: { en: string; nb: string } } } } } }[] }).sites;
    expect(result.sites.map((site) => site.schemaVersion)).toEqual([3, 3]);
    result.sites.forEach((site, i) => expect(en(site.analysis.score.categories.rights.summary)).toBe(before[i]!.analysis.score.categories.rights.summary.en));
  });

  it('refuses a damaged one, naming where', () => {
    const damaged = JSON.stringify({ format: 'policy-lens/saved-sites', schemaVersion: 2, sites: [{ site: 'a.no', analysis: { facts: 7, score: null } }] });
    const result = parseSavedSitesFile(damaged, schema2SitesWithTexts);
    expect(result.ok || en(result.reason)).toMatch(/damaged or incomplete \(sites\[0\]/);
  });
});
