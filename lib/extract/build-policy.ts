import type { ExtractedPolicy, PolicySection, PolicySentence } from '../types';
import { splitSentences } from './split-sentences';
import type { TextBlock } from './text-blocks';

/** Caps that keep huge pages from stalling the browser: ~60,000 words of policy. */
export const MAX_CHARS = 400_000;
export const MAX_SENTENCES = 6_000;
/** Longer "sentences" are cut: real ones are shorter, run-on page junk is not worth it. */
const MAX_SENTENCE_CHARS = 1_500;
/** A lead-in is context for many items; past this length it is a paragraph, and its end is what introduces the list. */
const MAX_LEAD_IN_CHARS = 300;

/** The lead-in a list gets from the sentence before it (its end, when the sentence is long). */
export const leadInOf = (sentence: string) => (sentence.length > MAX_LEAD_IN_CHARS ? '…' + sentence.slice(-MAX_LEAD_IN_CHARS) : sentence);

/** Turn headings and text blocks into sections and numbered sentences. */
export function buildPolicy(blocks: TextBlock[], meta: { url: string; title: string; truncated: boolean }): ExtractedPolicy {
  const sections: PolicySection[] = [{ heading: '', level: 0 }];
  const sentences: PolicySentence[] = [];
  let words = 0;
  let truncated = meta.truncated;
  // The last running-text sentence of the current section: it introduces the list items and table rows after it.
  let leadIn = '';
  for (const block of blocks) {
    if (block.kind === 'heading') {
      sections.push({ heading: block.text.slice(0, 300), level: block.level });
      leadIn = '';
      continue;
    }
    const sectionIndex = sections.length - 1;
    const heading = sections[sectionIndex]?.heading ?? '';
    for (const raw of splitSentences(block.text)) {
      if (sentences.length >= MAX_SENTENCES) {
        truncated = true;
        break;
      }
      const text = raw.length > MAX_SENTENCE_CHARS ? raw.slice(0, MAX_SENTENCE_CHARS) + '…' : raw;
      words += text.split(/\s+/).length;
      const sentence: PolicySentence = { id: `s${sentences.length}`, text, heading, section: sectionIndex };
      if (block.unit && leadIn) sentence.leadIn = leadIn;
      sentences.push(sentence);
    }
    if (!block.unit) leadIn = leadInOf(sentences.at(-1)?.text ?? '');
  }
  return { url: meta.url, title: meta.title.trim().slice(0, 300), sections, sentences, words, truncated };
}
