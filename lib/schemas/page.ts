// What a content script says about its page, and what the background gets back from a parsed page: a web page
// may be hostile, so the receiver checks every one of these against its schema (lib/messaging/message-rules.ts).
import * as v from 'valibot';
import { ExtractedPolicySchema } from './analysis';
import { bool, httpUrl, int, list, num, obj, oneOf, text } from './common';

/** One signal that moved the detection score, for the popup's "why" and for debugging. */
export const DetectionReasonSchema = /* @__PURE__ */ obj({
  /** Machine-readable signal name, e.g. 'title-privacy', 'url-terms', 'body-phrases'. */
  signal: text(60),
  points: num(-100, 100),
  /** What matched: the phrase, slug or counts. */
  detail: text(300),
});

export const PageDetectionSchema = /* @__PURE__ */ obj({
  kind: oneOf(['privacy-policy', 'cookie-policy', 'none']),
  /** Sum of the reasons' points; a page is a policy at `POLICY_THRESHOLD` or above. */
  score: num(-1_000, 1_000),
  reasons: list(DetectionReasonSchema, 50),
  /** Words of main text the detector read. */
  words: int(0, 10_000_000),
});

/** A link that probably leads to the site's policy, best first. */
export const PolicyLinkCandidateSchema = /* @__PURE__ */ obj({
  url: httpUrl(),
  /** The link text (or label) as shown on the page; '' for rel links and guessed paths. */
  text: text(300),
  score: num(-100, 100),
  source: oneOf(['rel', 'link', 'common-path']),
  kind: oneOf(['privacy', 'cookie']),
});

/** What a content script reports about its page. */
export const PageInfoSchema = /* @__PURE__ */ obj({
  url: text(4_096),
  title: text(1_000),
  detection: PageDetectionSchema,
  policyLinks: list(PolicyLinkCandidateSchema, 100),
  /** Hosts other than the page's own that the page loaded resources from (the background keeps other sites'). */
  loadedHosts: list(text(253), 500),
  /** Whether the user has clicked or typed on the page since it loaded (to warn about tracking before consent). */
  interacted: v.optional(bool),
});

/** A policy page's text, extracted in the content script. */
export const PolicyReportSchema = /* @__PURE__ */ obj({ url: httpUrl(), detection: PageDetectionSchema, extracted: ExtractedPolicySchema });

/** A page fetched by the background and parsed where a DOM exists (offscreen document or Firefox background). */
export const ParsedPageSchema = /* @__PURE__ */ obj({ detection: PageDetectionSchema, extracted: ExtractedPolicySchema, policyLinks: list(PolicyLinkCandidateSchema, 5_000) });
