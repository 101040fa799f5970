// The engine's data types. Everything that crosses a boundary (a message, a file, storage) is declared once as
// a valibot schema in lib/schemas/; the types here are inferred from those schemas (`import type` only, so
// code that needs a type does not bundle a schema).
import type * as v from 'valibot';
import type * as schemas from './schemas/analysis';
import type { Text } from './text/text';

/** The five sentence labels of DESIGN.md, in display order. */
export const LABELS = ['collected', 'purposes', 'sharing', 'retention', 'rights'] as const;
export type Label = (typeof LABELS)[number];

/** Languages the engine analyses; anything else is reported as unsupported. */
export type SupportedLanguage = 'en' | 'nb';

/** One unit of policy text: a sentence, list item or table row. */
export type PolicySentence = v.InferOutput<typeof schemas.PolicySentenceSchema>;
export type PolicySection = v.InferOutput<typeof schemas.PolicySectionSchema>;
/** What extraction produces from a page or a text file. */
export type ExtractedPolicy = v.InferOutput<typeof schemas.ExtractedPolicySchema>;
export type LabelledSentence = v.InferOutput<typeof schemas.LabelledSentenceSchema>;
export type LanguageGuess = v.InferOutput<typeof schemas.LanguageGuessSchema>;
/** Words in both UI languages, as a data table holds them (a cookie's purpose); engine results use Text. */
export type LocalizedText = { en: string; nb: string };
/** A normalised fact with the sentences that prove it. */
export type EvidencedFact = v.InferOutput<typeof schemas.EvidencedFactSchema>;
export type ThirdPartyFact = v.InferOutput<typeof schemas.ThirdPartyFactSchema>;
export type RetentionFact = v.InferOutput<typeof schemas.RetentionFactSchema>;
export type PolicyFacts = v.InferOutput<typeof schemas.PolicyFactsSchema>;
/** A kind of cookie a policy can declare for a named cookie (its cookie table's type column). */
export type DeclaredCookieCategory = v.InferOutput<typeof schemas.DeclaredCookieCategorySchema>;
/** A cookie name a policy declares (as written: it may hold wildcards like `_ga_*` or `TS*`). */
export type DeclaredCookie = v.InferOutput<typeof schemas.DeclaredCookieSchema>;
/** "We use analytics cookies" (admits) or "We do not use marketing cookies" (denies), with evidence. */
export type CookieKindStatement = v.InferOutput<typeof schemas.CookieKindStatementSchema>;
/** Kinds of cookies a policy can admit or deny using. */
export type CookieKind = CookieKindStatement['kind'];
export type Grade = v.InferOutput<typeof schemas.GradeSchema>;
/** One rubric rule that raised (points > 0) or lowered (points < 0) the grade. */
export type ScorePoint = v.InferOutput<typeof schemas.ScorePointSchema>;
export type CategoryCard = v.InferOutput<typeof schemas.CategoryCardSchema>;
export type Scorecard = v.InferOutput<typeof schemas.ScorecardSchema>;
/** The full analysis of one policy: what every screen and the CLI show. */
export type PolicyAnalysis = v.InferOutput<typeof schemas.PolicyAnalysisSchema>;

/** Why an analysis could not produce a scorecard. */
export type AnalysisFailure = 'empty' | 'too-short' | 'unsupported-language';

export type AnalysisOutcome =
  | { ok: true; analysis: PolicyAnalysis }
  | { ok: false; error: AnalysisFailure; message: Text; language?: LanguageGuess };
