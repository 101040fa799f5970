import { classifySentences } from './classify/classify-sentences';
import type { ClassifierModel } from './classify/model-types';
import { extractFacts } from './facts/extract-facts';
import { detectLanguage } from './language/detect-language';
import { scorePolicy } from './score/score-policy';
import { text } from './text/text';
import { type AnalysisOutcome, type ExtractedPolicy, LABELS, type LanguageGuess, type SupportedLanguage } from './types';

/** Bumped whenever PolicyAnalysis changes shape, so caches and saved sites can migrate. */
export const ANALYSIS_VERSION = 3;
// Fewer words than this is a cookie banner or an error page, not a policy worth a grade.
const MIN_WORDS = 40;

export interface AnalyzeOptions {
  lang?: 'auto' | SupportedLanguage;
}

/**
 * The text hash of a policy: what the analysis cache and saved sites are keyed by. Written once: the background
 * hashes extracted text to look the cache up, and a hash made another way would never hit it.
 */
export function policyTextHash(extracted: Pick<ExtractedPolicy, 'sentences'>): Promise<string> {
  return sha256Hex(extracted.sentences.map((s) => s.text).join('\n'));
}

/** SHA-256 hex of a text (Web Crypto: the same in browsers and Node). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Language of the policy: forced by the caller, or detected from its text. */
export function policyLanguage(extracted: ExtractedPolicy, lang: AnalyzeOptions['lang'] = 'auto'): LanguageGuess {
  if (lang !== 'auto') return { code: lang, supported: true, confidence: 1 };
  return detectLanguage(extracted.sentences.map((s) => s.text).join(' '));
}

/** Run the whole engine on extracted policy text: language → labels → facts → scorecard. */
export async function analyzePolicy(extracted: ExtractedPolicy, model: ClassifierModel, options: AnalyzeOptions = {}): Promise<AnalysisOutcome> {
  if (extracted.sentences.length === 0) {
    return { ok: false, error: 'empty', message: text('failEmpty') };
  }
  if (extracted.words < MIN_WORDS) {
    return { ok: false, error: 'too-short', message: text('failTooShort', extracted.words) };
  }
  const language = policyLanguage(extracted, options.lang);
  if (!language.supported) {
    return { ok: false, error: 'unsupported-language', language, message: text('failLanguage', language.code) };
  }
  const sentences = classifySentences(extracted.sentences, language.code as SupportedLanguage, model);
  const facts = extractFacts(sentences);
  return {
    ok: true,
    analysis: {
      version: ANALYSIS_VERSION,
      url: extracted.url,
      title: extracted.title,
      textHash: await policyTextHash(extracted),
      language,
      words: extracted.words,
      truncated: extracted.truncated,
      sections: extracted.sections,
      sentences,
      facts,
      score: scorePolicy(facts, sentences),
    },
  };
}

// One sentence per supported language, touching every category, for warmUpEngine.
const WARM_UP_SENTENCES: Record<SupportedLanguage, string> = {
  en: 'We collect your e-mail address and share it with Klarna to deliver orders; we keep it for 3 years and you may ask for deletion.',
  nb: 'Vi samler inn e-postadressen din og deler den med Klarna for å levere ordre; vi lagrer den i 3 år, og du kan be om sletting.',
};

/**
 * Compile the model and the facts lexicons once, so that the first real analysis of a worker's life
 * does not pay for it (measured: ~150 ms of a cold worker's first analysis, see README "Speed").
 */
export function warmUpEngine(model: ClassifierModel): void {
  for (const lang of ['en', 'nb'] as const) {
    const sentences = classifySentences([{ id: 's0', text: WARM_UP_SENTENCES[lang], heading: '', section: 0 }], lang, model);
    const facts = extractFacts(sentences.map((sentence) => ({ ...sentence, labels: [...LABELS] })));
    scorePolicy(facts, sentences);
  }
}
