import { createInterface } from 'node:readline';
import { classifySequence, unitLabels } from '../classify/classify-sentences';
import type { ClassifierModel } from '../classify/model-types';
import { leadInOf } from '../extract/build-policy';
import { blocksFromPlainText } from '../extract/plain-text-blocks';
import { splitSentences } from '../extract/split-sentences';
import { detectLanguage, likelierEnglishOrNorwegian } from '../language/detect-language';
import type { SupportedLanguage } from '../types';

interface ClassifyLine {
  /** Kept as given: a string or a number comes back the same. */
  id: string | number;
  text: string;
  heading?: string;
}

function parseLine(line: string): ClassifyLine | string {
  let value: unknown;
  try {
    value = JSON.parse(line.replace(/^\uFEFF/, ''));
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { id, text, heading } = value as Record<string, unknown>;
  if (id === undefined || id === null) return 'missing "id"';
  if (typeof id !== 'string' && typeof id !== 'number') return '"id" must be a string or a number';
  if (typeof text !== 'string') return 'missing "text"';
  if (heading !== undefined && typeof heading !== 'string') return '"heading" must be a string';
  return { id, text, heading: heading as string | undefined };
}

// Text longer than any policy section; past it the line is cut rather than exhausting memory.
const MAX_TEXT_CHARS = 200_000;

/**
 * The sentences of an input text with the heading each sits under: the line's own "heading" field,
 * or, for multi-line text without one, short unpunctuated lines inside it ("Data retention\nWe keep…").
 */
function headedSentences(line: ClassifyLine): { text: string; heading: string; leadIn: string }[] {
  if (line.heading !== undefined || !line.text.includes('\n')) return splitSentences(line.text).map((text) => ({ text, heading: line.heading ?? '', leadIn: '' }));
  let heading = '';
  // Bare list lines ("Name", "Innsyn") are read with the sentence that introduces their list.
  let leadIn = '';
  const result: { text: string; heading: string; leadIn: string }[] = [];
  for (const block of blocksFromPlainText(line.text, MAX_TEXT_CHARS).blocks) {
    if (block.kind === 'heading') {
      heading = block.text;
      leadIn = '';
      continue;
    }
    const sentences = splitSentences(block.text);
    for (const text of sentences) result.push({ text, heading, leadIn: block.unit ? leadIn : '' });
    if (!block.unit && sentences.length) leadIn = leadInOf(sentences.at(-1)!);
  }
  return result;
}

/**
 * The language to read a line in: the one forced by --lang; else the detected one when it is English or
 * Bokmål; else (a short line, a list item, a name) whichever of the two its words lean to; else the
 * language most earlier lines were in, since a batch is usually one language.
 */
export function lineLanguage(text: string, lang: 'auto' | SupportedLanguage, batch: SupportedLanguage | null): SupportedLanguage {
  if (lang !== 'auto') return lang;
  const detected = detectLanguage(text);
  if (detected.code === 'en' || detected.code === 'nb') return detected.code;
  return likelierEnglishOrNorwegian(text) ?? batch ?? 'en';
}

/** Keeps count of the languages confidently detected so far in a classify run. */
export function createBatchLanguage() {
  const counts = { en: 0, nb: 0 };
  return {
    note(text: string): void {
      const detected = detectLanguage(text);
      if (detected.code === 'en' || detected.code === 'nb') counts[detected.code]++;
    },
    majority: (): SupportedLanguage | null => (counts.en === counts.nb ? null : counts.en > counts.nb ? 'en' : 'nb'),
  };
}

/** Label one input line: every sentence of its text, plus the labels of the line as a whole. */
export function classifyLine(line: ClassifyLine, model: ClassifierModel, lang: 'auto' | SupportedLanguage, batch: SupportedLanguage | null = null) {
  const language = lineLanguage(line.text, lang, batch);
  const sentences = headedSentences(line);
  const scored = classifySequence(sentences, language, model).map((result, i) => ({ ...result, text: sentences[i]!.text, hasHeading: sentences[i]!.heading !== '' }));
  // The line's own labels: what its sentences state, with a margin that grows with their number.
  return { id: line.id, labels: unitLabels(scored, model), sentences: scored.map(({ text, labels }) => ({ text, labels })) };
}

/** `classify`: JSON Lines in, JSON Lines out, order and ids kept; bad lines reported by number. */
export async function runClassify(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, errors: NodeJS.WritableStream, model: ClassifierModel, lang: 'auto' | SupportedLanguage): Promise<number> {
  let lineNumber = 0;
  let failures = 0;
  const batchLanguage = createBatchLanguage();
  let buffered: string[] = [];
  const flush = () => {
    if (buffered.length) output.write(buffered.join(''));
    buffered = [];
  };
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (!raw.trim()) continue;
    const parsed = parseLine(raw);
    if (typeof parsed === 'string') {
      failures++;
      errors.write(`policy-lens classify: line ${lineNumber}: ${parsed}\n`);
      continue;
    }
    if (lang === 'auto') batchLanguage.note(parsed.text);
    buffered.push(JSON.stringify(classifyLine(parsed, model, lang, batchLanguage.majority())) + '\n');
    if (buffered.length >= 256) flush();
  }
  flush();
  return failures ? 1 : 0;
}
