// A small analysis that passes PolicyAnalysisSchema, for tests that cache or show an analysis without
// running the engine: every sentence labelled 'collected', no facts, every category 'missing'.
import { createHash } from 'node:crypto';
import type { CategoryCard, ExtractedPolicy, Grade, Label, PolicyAnalysis } from '@/lib/types';
import { text } from '@/lib/text/text';

/** A SHA-256 hex digest of `text` (the shape every stored text hash has). */
export const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The hash a fake engine gives an extracted policy: of its sentences' text. */
export const textHashOf = (extracted: ExtractedPolicy): string => hashOf(extracted.sentences.map((s) => s.text).join('\n'));

const missing = (label: Label): CategoryCard => ({ label, status: 'missing', summary: text('cardCollectsMissing'), evidence: [] });

/** A schema-valid analysis of `extracted` (its text hash is textHashOf unless given). */
export function validAnalysis(extracted: ExtractedPolicy, options: { grade?: Grade; version?: number; textHash?: string } = {}): PolicyAnalysis {
  return {
    version: options.version ?? 1,
    url: extracted.url,
    title: extracted.title,
    textHash: options.textHash ?? textHashOf(extracted),
    language: { code: 'en', supported: true, confidence: 1 },
    words: extracted.words,
    truncated: extracted.truncated,
    sections: extracted.sections,
    sentences: extracted.sentences.map((s) => ({
      ...s,
      labels: ['collected'],
      scores: { collected: 0.9, purposes: 0.1, sharing: 0.1, retention: 0.1, rights: 0.1 },
    })),
    facts: {
      dataTypes: [], purposes: [], thirdParties: [], transfersAbroad: [], sellsData: [], deniesSelling: [],
      retention: [], rights: [], contacts: [], authority: null, declaredCookies: [], cookieKinds: [],
    },
    score: {
      grade: options.grade ?? 'B',
      points: 0,
      reasons: [],
      categories: { collected: missing('collected'), purposes: missing('purposes'), sharing: missing('sharing'), retention: missing('retention'), rights: missing('rights') },
    },
  };
}

/** A schema-valid analysis of a one-sentence policy at `url`. */
export const analysisAt = (url: string, options: { grade?: Grade; version?: number; textHash?: string } = {}): PolicyAnalysis =>
  validAnalysis({ url, title: 'Privacy', sections: [{ heading: '', level: 0 }], sentences: [{ id: 's0', text: 'We collect your e-mail address.', heading: '', section: 0 }], words: 6, truncated: false }, options);
