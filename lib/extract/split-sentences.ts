import abbreviations from './abbreviations.json';

// One list for both languages: the text's language is not known yet when we split.
const ALWAYS = new Set(abbreviations.always);
// "no.", "art.", "s." end sentences too, so they only join when a number follows.
const BEFORE_NUMBER = new Set(abbreviations.beforeNumber);

// Intl.Segmenter splits well but breaks after abbreviations followed by a capital
// or a digit ("U.S. | Privacy", "bl.a. | Google", "art. | 15"): we re-join those.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The word (with inner dots) right before a final period, lower-cased, or ''. */
function trailingAbbreviationCandidate(segment: string): string {
  const match = /(?:^|[\s(«"'])([\p{L}][\p{L}.']*)\.\s*$/u.exec(segment);
  return match?.[1]?.toLowerCase() ?? '';
}

function endsWithAbbreviation(segment: string, next: string): boolean {
  const word = trailingAbbreviationCandidate(segment);
  if (!word) return false;
  if (ALWAYS.has(word)) return true;
  if (BEFORE_NUMBER.has(word)) return /^\s*\d/.test(next);
  // Single-letter initials ("J. Smith", "A. Hansen") and dotted acronyms ("U.S.A.").
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** A segment like "1. " or "Items: 1. " that only numbers what follows. */
function isBareOrdinal(segment: string): boolean {
  return /(?:^|:)\s*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|[a-z][.)])\s*$/i.test(segment);
}

function startsLowercase(segment: string): boolean {
  return /^\s*[\p{Ll}]/u.test(segment);
}

// Older ICU versions (Node 20's) segment a long text in quadratic time: a 1 MB paragraph took
// 12 s. Feeding the segmenter pieces cut after sentence punctuation keeps it linear; the merging
// below runs across piece boundaries, so a cut after an abbreviation is re-joined like any other.
const PIECE_CHARS = 2_000;

function* pieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > PIECE_CHARS) {
    const boundary = /[.!?]\s/g;
    boundary.lastIndex = start + PIECE_CHARS;
    const found = boundary.exec(text);
    if (!found) break;
    yield text.slice(start, found.index + 2);
    start = found.index + 2;
  }
  yield text.slice(start);
}

function* segments(text: string): Generator<string> {
  for (const piece of pieces(text)) for (const { segment } of segmenter.segment(piece)) yield segment;
}

/** Split one block of text (a paragraph, list item or table row) into sentences. */
export function splitSentences(block: string): string[] {
  const text = block.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const merged: string[] = [];
  for (const segment of segments(text)) {
    const previous = merged[merged.length - 1];
    if (
      previous !== undefined &&
      (endsWithAbbreviation(previous, segment) || isBareOrdinal(previous) || startsLowercase(segment))
    ) {
      merged[merged.length - 1] = previous + segment;
    } else {
      merged.push(segment);
    }
  }
  return merged.map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}
