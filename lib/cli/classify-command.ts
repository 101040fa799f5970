import { createInterface } from 'node:readline';
import { classifySentence } from '../classify/classify-sentences';
import type { ClassifierModel } from '../classify/model-types';
import { blocksFromPlainText } from '../extract/plain-text-blocks';
import { splitSentences } from '../extract/split-sentences';
import { detectLanguage } from '../language/detect-language';
import { LABELS, type Label, type SupportedLanguage } from '../types';

interface ClassifyLine {
  id: string;
  text: string;
  heading?: string;
}

function parseLine(line: string): ClassifyLine | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { id, text, heading } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return 'missing "id"';
  if (typeof text !== 'string') return 'missing "text"';
  if (heading !== undefined && typeof heading !== 'string') return '"heading" must be a string';
  return { id: String(id), text, heading: heading as string | undefined };
}

// Text longer than any policy section; past it the line is cut rather than exhausting memory.
const MAX_TEXT_CHARS = 200_000;

/**
 * The sentences of an input text with the heading each sits under: the line's own "heading" field,
 * or, for multi-line text without one, short unpunctuated lines inside it ("Data retention\nWe keep…").
 */
function headedSentences(line: ClassifyLine): { text: string; heading: string }[] {
  if (line.heading !== undefined || !line.text.includes('\n')) return splitSentences(line.text).map((text) => ({ text, heading: line.heading ?? '' }));
  let heading = '';
  const result: { text: string; heading: string }[] = [];
  for (const block of blocksFromPlainText(line.text, MAX_TEXT_CHARS).blocks) {
    if (block.kind === 'heading') heading = block.text;
    else for (const text of splitSentences(block.text)) result.push({ text, heading });
  }
  return result;
}

/** Label one input line: every sentence of its text, plus the union of their labels. */
export function classifyLine(line: ClassifyLine, model: ClassifierModel, lang: 'auto' | SupportedLanguage) {
  const detected = lang === 'auto' ? detectLanguage(line.text) : null;
  // Short or unknown texts fall back to English: a label is still more useful than none.
  const language: SupportedLanguage = lang !== 'auto' ? lang : detected?.code === 'nb' ? 'nb' : 'en';
  const sentences = headedSentences(line).map(({ text, heading }) => ({ text, labels: classifySentence(text, heading, language, model).labels }));
  const union = new Set<Label>(sentences.flatMap((s) => s.labels));
  return { id: line.id, labels: LABELS.filter((l) => union.has(l)), sentences };
}

/** `classify`: JSON Lines in, JSON Lines out, order and ids kept; bad lines reported by number. */
export async function runClassify(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, errors: NodeJS.WritableStream, model: ClassifierModel, lang: 'auto' | SupportedLanguage): Promise<number> {
  let lineNumber = 0;
  let failures = 0;
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
    buffered.push(JSON.stringify(classifyLine(parsed, model, lang)) + '\n');
    if (buffered.length >= 256) flush();
  }
  flush();
  return failures ? 1 : 0;
}
