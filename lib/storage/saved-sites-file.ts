// The saved-sites export file, and strict validation of a file offered for import. An imported file is
// untrusted: it may be malformed, made by another program, or crafted. It is accepted whole or refused
// whole with a reason, and only the declared fields of a valid file are kept.
import { COOKIE_CATEGORIES, type CookieReport } from '../site-report/site-report-types';
import { LABELS, type LocalizedText } from '../types';
import { arr, bool, type Check, httpUrl, int, literal, num, obj, optional, ShapeError, str, validate } from '../validate/shape';
import { MAX_HISTORY, SAVED_SITE_SCHEMA_VERSION, type SavedAnalysis, type SavedSite } from './saved-site-schema';
import { MAX_SAVED_SITES } from './saved-sites';

export const SAVED_SITES_FORMAT = 'policy-lens/saved-sites';
export const COMPARISON_FORMAT = 'policy-lens/comparison';
// 500 sites of a large policy each would be far more; a file past this is not ours.
// (The checks below are marked pure so that pages that never import a file, like the popup, drop them.)
export const MAX_IMPORT_BYTES = 25_000_000;

/** The JSON document written by "Export saved sites" (and embedded in a comparison export). */
export interface SavedSitesFile {
  format: typeof SAVED_SITES_FORMAT | typeof COMPARISON_FORMAT;
  schemaVersion: 2;
  exportedAt: string;
  sites: SavedSite[];
}

/** The export document for saved records. */
export function savedSitesFile(sites: SavedSite[], now = new Date()): SavedSitesFile {
  return { format: SAVED_SITES_FORMAT, schemaVersion: SAVED_SITE_SCHEMA_VERSION, exportedAt: now.toISOString(), sites };
}

const fail = (path: string, what: string): never => {
  throw new ShapeError(`${path}: ${what}`);
};

const matching =
  (pattern: RegExp, max: number, what: string): Check<string> =>
  (value, path) =>
    pattern.test(str(max)(value, path)) ? (value as string) : fail(path, `not ${what}`);

const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path) =>
    value === null ? null : check(value, path);

/** An object with exactly the given keys, each checked (e.g. one entry per label). */
const keyed =
  <K extends string, T>(keys: readonly K[], check: Check<T>): Check<Record<K, T>> =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'not an object');
    return Object.fromEntries(keys.map((key) => [key, check((value as Record<string, unknown>)[key], `${path}.${key}`)])) as Record<K, T>;
  };

const SENTENCE_ID = /^s\d{1,5}$/;
// A host name or IP address as the extension names sites (lower case, no port).
const SITE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[?[0-9a-f:.]+\]?$/;
const HASH = /^[0-9a-f]{64}$/;
const KEY = /^[a-z0-9][a-z0-9-]{0,59}$/;
const GRADE = /* @__PURE__ */ literal('A', 'B', 'C', 'D', 'E');

const ids = /* @__PURE__ */ arr(matching(SENTENCE_ID, 6, 'a sentence id'), 6_000);
const text = (max: number): Check<LocalizedText> => obj({ en: str(max), nb: str(max) });
const fact = /* @__PURE__ */ obj({ key: matching(KEY, 60, 'a fact key'), name: text(300), evidence: ids });

const analysisCheck: Check<SavedAnalysis> = /* @__PURE__ */ obj({
  version: int(1, 1_000),
  url: httpUrl(),
  title: str(1_000),
  textHash: matching(HASH, 64, 'a SHA-256 hash'),
  language: obj({ code: matching(/^[a-z]{2,3}$|^unknown$/, 7, 'a language code'), supported: bool, confidence: num(0, 1) }),
  words: int(0, 10_000_000),
  truncated: bool,
  sections: arr(obj({ heading: str(1_000), level: int(0, 6) }), 3_000),
  sentences: arr(
    obj({ id: matching(SENTENCE_ID, 6, 'a sentence id'), text: str(1_600), heading: str(1_000), section: int(0, 3_000), labels: arr(literal(...LABELS), LABELS.length) }),
    6_000,
  ),
  facts: obj({
    dataTypes: arr(fact, 200),
    purposes: arr(fact, 200),
    thirdParties: arr(obj({ key: matching(KEY, 60, 'a fact key'), name: text(300), evidence: ids, kind: literal('named', 'category'), role: str(60) }), 500),
    transfersAbroad: ids,
    sellsData: ids,
    deniesSelling: ids,
    retention: arr(
      obj({ text: str(300), days: nullable(num(0, 365_000)), vague: bool, appliesTo: matching(KEY, 60, 'a fact key'), appliesToName: text(300), evidence: ids }),
      500,
    ),
    rights: arr(fact, 100),
    contacts: arr(obj({ value: str(500), evidence: ids }), 100),
    authority: nullable(obj({ name: str(300), evidence: ids })),
    declaredCookies: arr(obj({ name: str(300), evidence: ids, category: optional(literal('essential', 'functional', 'analytics', 'marketing')) }), 2_000),
    cookieKinds: optional(arr(obj({ kind: literal('essential', 'functional', 'analytics', 'marketing', 'third-party'), stance: literal('admits', 'denies'), evidence: ids }), 100)),
  }),
  score: obj({
    grade: GRADE,
    points: num(-1_000, 1_000),
    reasons: arr(obj({ rule: matching(KEY, 60, 'a rule id'), points: num(-100, 100), reason: text(2_000), evidence: ids }), 100),
    categories: keyed(
      LABELS,
      obj({ label: literal(...LABELS), status: literal('clear', 'vague', 'missing'), summary: text(2_000), evidence: ids }),
    ),
  }),
});

const cookiesCheck: Check<CookieReport> = /* @__PURE__ */ obj({
  site: str(253),
  cookies: arr(
    obj({
      name: str(4_096),
      domain: str(253),
      path: str(4_096),
      party: literal('first', 'third'),
      secure: bool,
      httpOnly: bool,
      sameSite: literal('no_restriction', 'lax', 'strict', 'unspecified'),
      session: bool,
      expirationDate: optional(num(0, 1e12)),
      category: literal(...COOKIE_CATEGORIES),
      vendor: nullable(str(200)),
      vendorKey: optional(nullable(str(100))),
      purpose: optional(nullable(text(1_000))),
      basis: optional(literal('table', 'host', 'guess', 'none')),
      consentState: optional(bool),
    }),
    3_000,
  ),
  counts: keyed(COOKIE_CATEGORIES, int(0, 3_000)),
  thirdPartyHosts: arr(str(253), 1_000),
  services: optional(arr(obj({ host: str(253), vendor: str(200), vendorKey: str(100), category: str(60) }), 1_000)),
  pageInteracted: optional(nullable(bool)),
}) as Check<CookieReport>;

const time = /* @__PURE__ */ int(Date.UTC(2020, 0, 1), Date.UTC(2200, 0, 1));

const siteCheck: Check<SavedSite> = /* @__PURE__ */ obj({
  schemaVersion: (value, path) => (value === 2 ? (2 as const) : fail(path, 'not schema version 2')),
  site: matching(SITE, 253, 'a site name'),
  policyUrl: httpUrl(),
  savedAt: time,
  checkedAt: time,
  textHash: matching(HASH, 64, 'a SHA-256 hash'),
  analysis: analysisCheck,
  cookies: nullable(cookiesCheck),
  history: arr(obj({ savedAt: time, textHash: matching(HASH, 64, 'a SHA-256 hash'), grade: GRADE, points: num(-1_000, 1_000) }), MAX_HISTORY),
});

/** Checks a valid shape cannot: ids that point to sentences, the record's own hash, one record per site. */
function checkConsistency(sites: SavedSite[]): void {
  const seen = new Set<string>();
  sites.forEach((site, i) => {
    const path = `sites[${i}]`;
    if (seen.has(site.site)) fail(path, `${site.site} appears twice`);
    seen.add(site.site);
    if (site.textHash !== site.analysis.textHash) fail(path, 'text hash does not match its analysis');
    const sentenceIds = new Set(site.analysis.sentences.map((s) => s.id));
    const walk = (value: unknown, at: string, key = ''): void => {
      if (Array.isArray(value)) {
        if (['evidence', 'transfersAbroad', 'sellsData', 'deniesSelling'].includes(key)) {
          for (const id of value as string[]) if (!sentenceIds.has(id)) fail(at, `evidence ${id} is not among the saved sentences`);
        } else value.forEach((item, j) => walk(item, `${at}[${j}]`));
      } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`, k);
    };
    walk(site.analysis.facts, `${path}.analysis.facts`);
    walk(site.analysis.score, `${path}.analysis.score`);
  });
}

export type ImportCheck = { ok: true; sites: SavedSite[] } | { ok: false; reason: LocalizedText };

const refuse = (en: string, nb: string): ImportCheck => ({ ok: false, reason: { en, nb } });

/** Validate the text of a file offered for import: a policy-lens saved-sites or comparison export, or a reason. */
export function parseSavedSitesFile(fileText: string): ImportCheck {
  if (fileText.length > MAX_IMPORT_BYTES) return refuse('The file is too large to be a policy-lens export.', 'Filen er for stor til å være en eksport fra policy-lens.');
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch {
    return refuse('The file is not valid JSON.', 'Filen er ikke gyldig JSON.');
  }
  const header = data as Partial<SavedSitesFile> | null;
  if (typeof header !== 'object' || header === null || (header.format !== SAVED_SITES_FORMAT && header.format !== COMPARISON_FORMAT)) {
    return refuse('This is not a policy-lens export (saved sites or comparison).', 'Dette er ikke en eksport fra policy-lens (lagrede nettsteder eller sammenligning).');
  }
  if (typeof header.schemaVersion !== 'number' || header.schemaVersion > SAVED_SITE_SCHEMA_VERSION) {
    return refuse('The file was made by a newer version of policy-lens: update the extension to import it.', 'Filen er laget av en nyere versjon av policy-lens: oppdater utvidelsen for å importere den.');
  }
  if (header.schemaVersion !== SAVED_SITE_SCHEMA_VERSION) return refuse('The file uses an unknown schema version.', 'Filen bruker en ukjent skjemaversjon.');
  const checked = validate(arr(siteCheck, MAX_SAVED_SITES), header.sites);
  if (!checked.ok) return refuse(`The file is damaged or incomplete (sites${checked.reason.replace(/^message/, '')}).`, `Filen er skadet eller ufullstendig (sites${checked.reason.replace(/^message/, '')}).`);
  if (checked.value.length === 0) return refuse('The file holds no saved sites.', 'Filen inneholder ingen lagrede nettsteder.');
  try {
    checkConsistency(checked.value);
  } catch (error) {
    const detail = (error as Error).message;
    return refuse(`The file is damaged or incomplete (${detail}).`, `Filen er skadet eller ufullstendig (${detail}).`);
  }
  return { ok: true, sites: checked.value };
}
