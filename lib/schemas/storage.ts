// Items the background keeps in storage.local besides saved sites (lib/storage/storage-items.ts).
import { PolicyAnalysisSchema, textHash } from './analysis';
import { httpUrl, int, obj, oneOf } from './common';

/** One cached analysis: the policy at `url` whose sentences hash to `textHash`. */
export const CachedAnalysisSchema = /* @__PURE__ */ obj({ url: httpUrl(), textHash, cachedAt: int(0), analysis: PolicyAnalysisSchema });

/** Where the analysed policy text came from. */
export const PolicySourceSchema = /* @__PURE__ */ oneOf(['this-page', 'fetched', 'pasted']);

/** The policy found for a site, so any page of the shop shows its scorecard at once. */
export const SitePolicySchema = /* @__PURE__ */ obj({ policyUrl: httpUrl(), source: PolicySourceSchema, foundAt: int(0) });
