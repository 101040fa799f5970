// Saved sites: the records in storage.local (schema 2) and the export file that carries them. An imported
// file is checked against these schemas field by field; so is a record read back from storage.
import * as v from 'valibot';
import { MAX_HISTORY } from './limits';
import { GradeSchema, SavedAnalysisSchema, textHash } from './analysis';
import { CookieReportSchema } from './cookies';
import { httpUrl, int, list, matching, num, obj, oneOf, text } from './common';

// A host name or IP address as the extension names sites (lower case, no port).
const SITE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[?[0-9a-f:.]+\]?$/;
const time = /* @__PURE__ */ int(Date.UTC(2020, 0, 1), Date.UTC(2200, 0, 1));

export const siteName = /* @__PURE__ */ matching(SITE, 253, 'a site name');

/** An earlier saved copy of a site's policy, kept as its grade when the copy is replaced. */
export const SavedVersionSchema = /* @__PURE__ */ obj({ savedAt: time, textHash, grade: GradeSchema, points: num(-1_000, 1_000) });

/** Schema version 3: one record per site under its own key, listed in the `savedSites` index; texts as messages. */
export const SavedSiteSchema = /* @__PURE__ */ obj({
  schemaVersion: v.literal(3, 'not schema version 3'),
  site: siteName,
  policyUrl: httpUrl(),
  /** When this copy of the policy was saved (ms since the epoch). */
  savedAt: time,
  /** When the policy was last read again and found unchanged (equals savedAt until then). */
  checkedAt: time,
  textHash,
  analysis: SavedAnalysisSchema,
  /** The cookies the site had set when it was saved (null when saved without a tab, e.g. imported). */
  cookies: v.nullable(CookieReportSchema),
  /** Copies this one replaced, newest first. */
  history: list(SavedVersionSchema, MAX_HISTORY),
});

/** One line of the saved-site index: what the list shows without reading every record. */
export const SavedSiteSummarySchema = /* @__PURE__ */ obj({
  site: siteName,
  policyUrl: httpUrl(),
  title: text(1_000),
  language: text(7),
  savedAt: time,
  checkedAt: time,
  textHash,
  grade: GradeSchema,
  points: num(-1_000, 1_000),
});

export const SAVED_SITES_FORMAT = 'policy-lens/saved-sites';
export const COMPARISON_FORMAT = 'policy-lens/comparison';

/** The JSON document written by "Export saved sites" (and embedded in a comparison export). */
export const SavedSitesFileSchema = /* @__PURE__ */ obj({
  format: oneOf([SAVED_SITES_FORMAT, COMPARISON_FORMAT]),
  schemaVersion: v.literal(3),
  exportedAt: text(40),
  sites: list(SavedSiteSchema, 500),
});
