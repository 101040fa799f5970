// Items the background keeps in storage.local and storage.session besides saved sites (lib/storage/storage-items.ts).
import * as v from 'valibot';
import { LanguageGuessSchema, PolicyAnalysisSchema, textHash } from './analysis';
import { TextSchema } from './text';
import { httpUrl, int, list, obj, oneOf, text } from './common';
import { PageDetectionSchema } from './page';

/** One cached analysis: the policy at `url` whose sentences hash to `textHash`. */
export const CachedAnalysisSchema = /* @__PURE__ */ obj({ url: httpUrl(), textHash, cachedAt: int(0), analysis: PolicyAnalysisSchema });

/** Where the analysed policy text came from. */
export const PolicySourceSchema = /* @__PURE__ */ oneOf(['this-page', 'fetched', 'pasted']);

/** The policy found for a site, so any page of the shop shows its scorecard at once. */
export const SitePolicySchema = /* @__PURE__ */ obj({ policyUrl: httpUrl(), source: PolicySourceSchema, foundAt: int(0) });

/** Steps of finding and analysing a policy, shown as progress in the popup. */
export const AnalysisStepSchema = /* @__PURE__ */ oneOf(['finding-link', 'fetching', 'extracting', 'analysing']);

const pageUrl = /* @__PURE__ */ text(4_096);
const site = /* @__PURE__ */ text(253);
const state = /* @__NO_SIDE_EFFECTS__ */ <const T extends string>(name: T) => v.literal(name, 'not a tab outcome');

/** A tab's last outcome as stored: an analysed one points into the analysis cache instead of holding the analysis. */
export const TabOutcomeSchema = /* @__PURE__ */ v.variant(
  'state',
  [
    obj({ state: state('analysing'), site, url: pageUrl, step: AnalysisStepSchema }),
    obj({ state: state('no-policy-found'), site, url: pageUrl, tried: /* @__PURE__ */ list(pageUrl, 1_000) }),
    obj({ state: state('failed'), site, url: pageUrl, policyUrl: /* @__PURE__ */ v.nullable(pageUrl), reason: TextSchema }),
    obj({ state: state('unsupported-language'), site, url: pageUrl, policyUrl: pageUrl, language: LanguageGuessSchema, reason: TextSchema }),
    obj({ state: state('analysed'), policyUrl: pageUrl, textHash, source: PolicySourceSchema }),
  ],
  'not a tab outcome',
);

/** What the background knows about a tab (session storage). */
export const TabStateSchema = /* @__PURE__ */ obj({
  url: pageUrl,
  site,
  detection: /* @__PURE__ */ v.nullable(PageDetectionSchema),
  outcome: /* @__PURE__ */ v.nullable(TabOutcomeSchema),
  /** When the outcome was last set (ms since the epoch). */
  updatedAt: /* @__PURE__ */ v.optional(/* @__PURE__ */ int(0)),
});
