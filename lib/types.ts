/** The five sentence labels of DESIGN.md, in display order. */
export const LABELS = ['collected', 'purposes', 'sharing', 'retention', 'rights'] as const;
export type Label = (typeof LABELS)[number];

/** Languages the engine analyses; anything else is reported as unsupported. */
export type SupportedLanguage = 'en' | 'nb';

/** One unit of policy text: a sentence, list item or table row. */
export interface PolicySentence {
  /** Stable id within one document: `s<index>`. */
  id: string;
  text: string;
  /** The heading the sentence stands under ('' before the first heading). */
  heading: string;
  /** Index into `ExtractedPolicy.sections`. */
  section: number;
  /** For a list item or table row: the sentence that introduces its list ("We collect the following:"). */
  leadIn?: string;
}

export interface PolicySection {
  heading: string;
  /** Heading level 1–6, or 0 for text before the first heading. */
  level: number;
}

/** What extraction produces from a page or a text file. */
export interface ExtractedPolicy {
  url: string;
  title: string;
  sections: PolicySection[];
  sentences: PolicySentence[];
  /** Word count of the extracted text. */
  words: number;
  /** True when the input was larger than the caps and was cut. */
  truncated: boolean;
}

export interface LabelledSentence extends PolicySentence {
  labels: Label[];
  /** Per-label probability-like scores in [0, 1]. */
  scores: Record<Label, number>;
}

export interface LanguageGuess {
  /** ISO 639-1 code ('en', 'nb', 'sv', 'da', 'de', ...) or 'unknown'. */
  code: string;
  supported: boolean;
  confidence: number;
}

/** Text shown to the user in both UI languages. */
export interface LocalizedText {
  en: string;
  nb: string;
}

/** A normalised fact with the sentences that prove it. */
export interface EvidencedFact {
  /** Stable key from a lexicon (e.g. 'email', 'marketing', 'access'). */
  key: string;
  /** Display name in both UI languages. */
  name: LocalizedText;
  /** Ids of the evidence sentences. */
  evidence: string[];
}

export interface ThirdPartyFact extends EvidencedFact {
  /** 'named' for a vendor (Klarna), 'category' for a kind of recipient (carriers). */
  kind: 'named' | 'category';
  /** Vendor role, e.g. 'payment', 'analytics', 'delivery', 'advertising'. */
  role: string;
}

export interface RetentionFact {
  /** The period as written, e.g. '5 years', 'så lenge det er nødvendig'. */
  text: string;
  /** Normalised length in days, or null when vague or open-ended. */
  days: number | null;
  vague: boolean;
  /** What the period applies to (a data-type or record key, or 'general'). */
  appliesTo: EvidencedFact['key'];
  appliesToName: LocalizedText;
  evidence: string[];
}

export interface PolicyFacts {
  dataTypes: EvidencedFact[];
  purposes: EvidencedFact[];
  thirdParties: ThirdPartyFact[];
  /** Transfers outside the EEA / abroad. */
  transfersAbroad: string[];
  /** Sentences saying data is sold (evidence), and sentences denying it. */
  sellsData: string[];
  deniesSelling: string[];
  retention: RetentionFact[];
  rights: EvidencedFact[];
  /** Contact points for exercising rights (e-mail addresses, URLs). */
  contacts: { value: string; evidence: string[] }[];
  /** Data-protection authority named (e.g. Datatilsynet), with evidence. */
  authority: { name: string; evidence: string[] } | null;
  /** Cookie names the policy declares, with evidence. */
  declaredCookies: DeclaredCookie[];
  /** Kinds of cookies the policy says it uses, or says it does not use (absent in analyses made before cookie checks). */
  cookieKinds?: CookieKindStatement[];
}

/** A kind of cookie a policy can declare for a named cookie (its cookie table's type column). */
export type DeclaredCookieCategory = 'essential' | 'functional' | 'analytics' | 'marketing';

/** A cookie name a policy declares (as written: it may hold wildcards like `_ga_*` or `TS*`). */
export interface DeclaredCookie {
  name: string;
  evidence: string[];
  /** The kind the policy gives it, when its table says. */
  category?: DeclaredCookieCategory;
}

/** Kinds of cookies a policy can admit or deny using. */
export type CookieKind = DeclaredCookieCategory | 'third-party';

/** "We use analytics cookies" (admits) or "We do not use marketing cookies" (denies), with evidence. */
export interface CookieKindStatement {
  kind: CookieKind;
  stance: 'admits' | 'denies';
  evidence: string[];
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/** One rubric rule that raised (points > 0) or lowered (points < 0) the grade. */
export interface ScorePoint {
  rule: string;
  points: number;
  reason: LocalizedText;
  evidence: string[];
}

export interface CategoryCard {
  label: Label;
  /** 'clear' = concrete answer, 'vague' = only vague statements, 'missing' = nothing said. */
  status: 'clear' | 'vague' | 'missing';
  summary: LocalizedText;
  evidence: string[];
}

export interface Scorecard {
  grade: Grade;
  /** Sum of the rubric points (starting from the rubric's base). */
  points: number;
  reasons: ScorePoint[];
  categories: Record<Label, CategoryCard>;
}

/** The full analysis of one policy: what every screen and the CLI show. */
export interface PolicyAnalysis {
  /** Analysis format version, bumped when the shape changes. */
  version: number;
  url: string;
  title: string;
  /** SHA-256 hex of the normalised sentence text, for caching and change detection. */
  textHash: string;
  language: LanguageGuess;
  words: number;
  truncated: boolean;
  sections: PolicySection[];
  sentences: LabelledSentence[];
  facts: PolicyFacts;
  score: Scorecard;
}

/** Why an analysis could not produce a scorecard. */
export type AnalysisFailure = 'empty' | 'too-short' | 'unsupported-language';

export type AnalysisOutcome =
  | { ok: true; analysis: PolicyAnalysis }
  | { ok: false; error: AnalysisFailure; message: LocalizedText; language?: LanguageGuess };
