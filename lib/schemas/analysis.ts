// The analysis and the extracted policy it is made from, declared once: lib/types.ts infers its types from
// these schemas, and every boundary (content-script reports, imported files, stored records) checks against them.
import * as v from 'valibot';
import { LABELS } from '../types';
import { bool, httpUrl, int, list, matching, num, obj, oneOf, text } from './common';
import { TextSchema } from './text';

// Extraction caps policies at 400,000 characters and 6,000 sentences (lib/extract/build-policy.ts).
export const MAX_SENTENCES = 6_000;
export const MAX_SECTIONS = 3_000;
const MAX_SENTENCE_CHARS = 1_600;
const MAX_LEAD_IN_CHARS = 400;

const SENTENCE_ID = /^s\d{1,5}$/;
const HASH = /^[0-9a-f]{64}$/;
const KEY = /^[a-z0-9][a-z0-9-]{0,59}$/;

export const sentenceId = /* @__PURE__ */ matching(SENTENCE_ID, 6, 'a sentence id');
export const textHash = /* @__PURE__ */ matching(HASH, 64, 'a SHA-256 hash');
const factKey = /* @__PURE__ */ matching(KEY, 60, 'a fact key');
const ids = /* @__PURE__ */ list(sentenceId, MAX_SENTENCES);
const words = /* @__PURE__ */ int(0, 10_000_000);

export const LabelSchema = /* @__PURE__ */ oneOf(LABELS);
export const GradeSchema = /* @__PURE__ */ oneOf(['A', 'B', 'C', 'D', 'E']);

export const PolicySectionSchema = /* @__PURE__ */ obj({
  heading: text(1_000),
  /** Heading level 1–6, or 0 for text before the first heading. */
  level: int(0, 6),
});

/** One unit of policy text: a sentence, list item or table row. */
export const PolicySentenceSchema = /* @__PURE__ */ obj({
  /** Stable id within one document: `s<index>`. */
  id: sentenceId,
  text: text(MAX_SENTENCE_CHARS),
  /** The heading the sentence stands under ('' before the first heading). */
  heading: text(1_000),
  /** Index into the sections. */
  section: int(0, MAX_SECTIONS),
  /** For a list item or table row: the sentence that introduces its list ("We collect the following:"). */
  leadIn: v.optional(text(MAX_LEAD_IN_CHARS)),
});

/** What extraction produces from a page or a text file. */
export const ExtractedPolicySchema = /* @__PURE__ */ obj({
  url: httpUrl(),
  title: text(1_000),
  sections: list(PolicySectionSchema, MAX_SECTIONS),
  sentences: list(PolicySentenceSchema, MAX_SENTENCES),
  /** Word count of the extracted text. */
  words,
  /** True when the input was larger than the caps and was cut. */
  truncated: bool,
});

const score01 = /* @__PURE__ */ num(0, 1);
/** Per-label probability-like scores in [0, 1]. */
const LabelScoresSchema = /* @__PURE__ */ obj({ collected: score01, purposes: score01, sharing: score01, retention: score01, rights: score01 });

export const LabelledSentenceSchema = /* @__PURE__ */ obj({ ...PolicySentenceSchema.entries, labels: list(LabelSchema, LABELS.length), scores: LabelScoresSchema });

/** A policy sentence as saved: its labels, without the classifier's scores. */
export const SavedSentenceSchema = /* @__PURE__ */ obj({
  id: sentenceId,
  text: text(MAX_SENTENCE_CHARS),
  heading: text(1_000),
  section: int(0, MAX_SECTIONS),
  labels: list(LabelSchema, LABELS.length),
});

export const LanguageGuessSchema = /* @__PURE__ */ obj({
  /** ISO 639-1 code ('en', 'nb', 'sv', 'da', 'de', ...) or 'unknown'. */
  code: matching(/^[a-z]{2,3}$|^unknown$/, 7, 'a language code'),
  supported: bool,
  confidence: num(0, 1),
});

/** A normalised fact with the sentences that prove it. */
export const EvidencedFactSchema = /* @__PURE__ */ obj({
  /** Stable key from a lexicon (e.g. 'email', 'marketing', 'access'). */
  key: factKey,
  /** Display name: a catalogue message (or a company's name as written). */
  name: TextSchema,
  evidence: ids,
});

export const ThirdPartyFactSchema = /* @__PURE__ */ obj({
  ...EvidencedFactSchema.entries,
  /** 'named' for a vendor (Klarna), 'category' for a kind of recipient (carriers). */
  kind: oneOf(['named', 'category']),
  /** Vendor role, e.g. 'payment', 'analytics', 'delivery', 'advertising'. */
  role: text(60),
});

export const RetentionFactSchema = /* @__PURE__ */ obj({
  /** The period as written, e.g. '5 years', 'så lenge det er nødvendig'. */
  text: text(300),
  /** Normalised length in days, or null when vague or open-ended. */
  days: v.nullable(num(0, 365_000)),
  vague: bool,
  /** What the period applies to (a data-type or record key, or 'general'). */
  appliesTo: factKey,
  appliesToName: TextSchema,
  evidence: ids,
});

/** A kind of cookie a policy can declare for a named cookie (its cookie table's type column). */
export const DeclaredCookieCategorySchema = /* @__PURE__ */ oneOf(['essential', 'functional', 'analytics', 'marketing']);

/** A cookie name a policy declares (as written: it may hold wildcards like `_ga_*` or `TS*`). */
export const DeclaredCookieSchema = /* @__PURE__ */ obj({ name: text(300), evidence: ids, category: v.optional(DeclaredCookieCategorySchema) });

/** "We use analytics cookies" (admits) or "We do not use marketing cookies" (denies), with evidence. */
export const CookieKindStatementSchema = /* @__PURE__ */ obj({
  kind: oneOf(['essential', 'functional', 'analytics', 'marketing', 'third-party']),
  stance: oneOf(['admits', 'denies']),
  evidence: ids,
});

export const PolicyFactsSchema = /* @__PURE__ */ obj({
  dataTypes: list(EvidencedFactSchema, 200),
  purposes: list(EvidencedFactSchema, 200),
  thirdParties: list(ThirdPartyFactSchema, 500),
  /** Transfers outside the EEA / abroad. */
  transfersAbroad: ids,
  /** Sentences saying data is sold (evidence), and sentences denying it. */
  sellsData: ids,
  deniesSelling: ids,
  retention: list(RetentionFactSchema, 500),
  rights: list(EvidencedFactSchema, 100),
  /** Contact points for exercising rights (e-mail addresses, URLs). */
  contacts: list(obj({ value: text(500), evidence: ids }), 100),
  /** Data-protection authority named (e.g. Datatilsynet), with evidence. */
  authority: v.nullable(obj({ name: text(300), evidence: ids })),
  /** Cookie names the policy declares, with evidence. */
  declaredCookies: list(DeclaredCookieSchema, 2_000),
  /** Kinds of cookies the policy says it uses, or does not use. */
  cookieKinds: list(CookieKindStatementSchema, 100),
});

/** One rubric rule that raised (points > 0) or lowered (points < 0) the grade. */
export const ScorePointSchema = /* @__PURE__ */ obj({ rule: matching(KEY, 60, 'a rule id'), points: num(-100, 100), reason: TextSchema, evidence: ids });

export const CategoryCardSchema = /* @__PURE__ */ obj({
  label: LabelSchema,
  /** 'clear' = concrete answer, 'vague' = only vague statements, 'missing' = nothing said. */
  status: oneOf(['clear', 'vague', 'missing']),
  summary: TextSchema,
  evidence: ids,
});

export const ScorecardSchema = /* @__PURE__ */ obj({
  grade: GradeSchema,
  /** Sum of the rubric points (starting from the rubric's base). */
  points: num(-1_000, 1_000),
  reasons: list(ScorePointSchema, 100),
  categories: obj({ collected: CategoryCardSchema, purposes: CategoryCardSchema, sharing: CategoryCardSchema, retention: CategoryCardSchema, rights: CategoryCardSchema }),
});

const analysisEntries = {
  /** Analysis format version, bumped when the shape changes. */
  version: int(1, 1_000),
  url: httpUrl(),
  title: text(1_000),
  /** SHA-256 hex of the normalised sentence text, for caching and change detection. */
  textHash,
  language: LanguageGuessSchema,
  words,
  truncated: bool,
  sections: list(PolicySectionSchema, MAX_SECTIONS),
  facts: PolicyFactsSchema,
  score: ScorecardSchema,
};

/** The full analysis of one policy: what every screen and the CLI show. */
export const PolicyAnalysisSchema = /* @__PURE__ */ obj({ ...analysisEntries, sentences: list(LabelledSentenceSchema, MAX_SENTENCES) });

/** A policy analysis as saved: scorecard, facts and the evidence sentences they point to. */
export const SavedAnalysisSchema = /* @__PURE__ */ obj({ ...analysisEntries, sentences: list(SavedSentenceSchema, MAX_SENTENCES) });
