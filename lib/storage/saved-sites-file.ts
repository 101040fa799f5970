// The saved-sites export file, and strict validation of a file offered for import. An imported file is
// untrusted: it may be malformed, made by another program, or crafted. It is accepted whole or refused
// whole with a reason, and only the declared fields of a valid file are kept.
import type * as v from 'valibot';
import { COMPARISON_FORMAT, SAVED_SITES_FORMAT, SavedSiteSchema, type SavedSitesFileSchema } from '../schemas/saved-site';
import { list, parse } from '../schemas/common';
import { type Text, text } from '../text/text';
import { evidenceRefs, SAVED_SITE_SCHEMA_VERSION, type SavedSite } from './saved-site-schema';
import { MAX_SAVED_SITES } from './saved-sites';

export { COMPARISON_FORMAT, SAVED_SITES_FORMAT };
// 500 sites of a large policy each would be far more; a file past this is not ours.
export const MAX_IMPORT_BYTES = 25_000_000;

/** The JSON document written by "Export saved sites" (and embedded in a comparison export). */
export type SavedSitesFile = v.InferOutput<typeof SavedSitesFileSchema>;

/** The export document for saved records. */
export function savedSitesFile(sites: SavedSite[], now = new Date()): SavedSitesFile {
  return { format: SAVED_SITES_FORMAT, schemaVersion: SAVED_SITE_SCHEMA_VERSION, exportedAt: now.toISOString(), sites };
}

/** Checks a valid shape cannot: ids that point to sentences, the record's own hash, one record per site. */
function inconsistency(sites: SavedSite[]): string | null {
  const seen = new Set<string>();
  for (const [i, site] of sites.entries()) {
    const path = `sites[${i}]`;
    if (seen.has(site.site)) return `${path}: ${site.site} appears twice`;
    seen.add(site.site);
    if (site.textHash !== site.analysis.textHash) return `${path}: text hash does not match its analysis`;
    const sentenceIds = new Set(site.analysis.sentences.map((s) => s.id));
    const missing = evidenceRefs(site.analysis, `${path}.analysis`).find((ref) => !sentenceIds.has(ref.id));
    if (missing) return `${missing.at}: evidence ${missing.id} is not among the saved sentences`;
  }
  return null;
}

export type ImportCheck = { ok: true; sites: SavedSite[] } | { ok: false; reason: Text };

const refuse = (reason: Text): ImportCheck => ({ ok: false, reason });

/** Turns the sites of a schema-2 export into schema-3 ones (migrate-texts.ts, which pages load on demand). */
export type Schema2Upgrade = (sites: unknown) => unknown;

/**
 * Validate the text of a file offered for import: a policy-lens saved-sites or comparison export, or a reason.
 * A schema-2 file (the release before texts became messages) is read through `upgradeSchema2`.
 */
export function parseSavedSitesFile(fileText: string, upgradeSchema2?: Schema2Upgrade): ImportCheck {
  if (fileText.length > MAX_IMPORT_BYTES) return refuse(text('importTooLarge'));
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch {
    return refuse(text('importNotJson'));
  }
  const header = data as Partial<SavedSitesFile> | null;
  if (typeof header !== 'object' || header === null || (header.format !== SAVED_SITES_FORMAT && header.format !== COMPARISON_FORMAT)) {
    return refuse(text('importNotExport'));
  }
  const version: unknown = header.schemaVersion;
  if (typeof version !== 'number' || version > SAVED_SITE_SCHEMA_VERSION) return refuse(text('importNewer'));
  // Schema 2 files (the release before texts became messages) are read by migrating their texts first.
  if (version !== SAVED_SITE_SCHEMA_VERSION && !(version === 2 && upgradeSchema2)) return refuse(text('importUnknownSchema'));
  const sites = version === 2 && upgradeSchema2 ? upgradeSchema2(header.sites) : header.sites;
  const checked = parse(list(SavedSiteSchema, MAX_SAVED_SITES), sites, 'sites');
  if (!checked.ok) return refuse(text('importDamaged', checked.reason));
  if (checked.value.length === 0) return refuse(text('importEmpty'));
  const detail = inconsistency(checked.value);
  if (detail) return refuse(text('importDamaged', detail));
  return { ok: true, sites: checked.value };
}
