import { Readability } from './readability';
import type { ExtractedPolicy } from '../types';
import { buildPolicy, MAX_CHARS } from './build-policy';
import { blocksFromPlainText } from './plain-text-blocks';
import { blocksFromElement, type TextBlock } from './text-blocks';

// Readability is quadratic-ish on huge DOMs; past this many elements we walk the page ourselves.
const MAX_READABILITY_ELEMENTS = 15_000;

function textLength(blocks: TextBlock[]): number {
  return blocks.reduce((sum, block) => sum + (block.kind === 'text' ? block.text.length : 0), 0);
}

/** Running text only: paragraphs, not list items or table rows (a long cookie table must not outweigh the policy). */
function proseLength(blocks: TextBlock[]): number {
  return blocks.reduce((sum, block) => sum + (block.kind === 'text' && !block.unit ? block.text.length : 0), 0);
}

const headingCount = (blocks: TextBlock[]) => blocks.filter((block) => block.kind === 'heading').length;

/** Did Readability keep the policy, or only one part of it (one of several <div>s, or a big table)? */
function keptEnough(readable: TextBlock[], whole: TextBlock[]): boolean {
  if (textLength(readable) < 0.6 * textLength(whole)) return false;
  if (proseLength(readable) < 0.6 * proseLength(whole)) return false;
  const headings = headingCount(whole);
  return headings < 3 || headingCount(readable) >= 0.5 * headings;
}

/** Main content of a page as blocks: Readability's article, or the page minus its chrome when Readability keeps too little. */
function mainContentBlocks(doc: Document): { blocks: TextBlock[]; truncated: boolean; title: string } {
  const body = doc.body ?? doc.documentElement;
  const whole = blocksFromElement(body, { skipChrome: true, maxChars: MAX_CHARS });
  let article: { content?: Element | null; title?: string | null } | null = null;
  // Cloning a huge DOM for Readability doubles its memory; such pages are walked directly.
  if (doc.querySelectorAll('*').length > MAX_READABILITY_ELEMENTS) return { ...whole, title: doc.title || '' };
  try {
    const clone = doc.cloneNode(true) as Document;
    article = new Readability<Element>(clone, {
      serializer: (element) => element as Element,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
      charThreshold: 200,
    }).parse();
  } catch {
    article = null; // too many elements or a DOM Readability cannot read: fall back below
  }
  const title = article?.title || doc.title || '';
  if (article?.content) {
    const readable = blocksFromElement(article.content, { skipChrome: false, maxChars: MAX_CHARS });
    // Readability sometimes keeps only one of several policy <div>s; then the page walk is better.
    if (keptEnough(readable.blocks, whole.blocks)) return { ...readable, title };
  }
  return { ...whole, title };
}

/** Extract a policy's sections and sentences from a page DOM (content script, offscreen document or Node). */
export function extractPolicy(doc: Document, url: string): ExtractedPolicy {
  const { blocks, truncated, title } = mainContentBlocks(doc);
  return buildPolicy(blocks, { url, title, truncated });
}

// Past this size the markup is slimmed before parsing, so a bloated page cannot exhaust memory.
const SLIM_ABOVE_CHARS = 1_000_000;

/**
 * Drop what never holds policy text (scripts, styles, SVG, comments) and inline tags that only
 * style text (span, font, b, i…), leaving block structure and headings intact.
 */
export function slimHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|svg|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(span|font|b|i|em|strong|small|abbr|mark|u|s|sup|sub|wbr)\b[^>]*>/gi, '');
}

/** HTML as it should be parsed: slimmed when the page is huge. */
export const htmlForParsing = (html: string): string => (html.length > SLIM_ABOVE_CHARS ? slimHtml(html) : html);

/** Extract a policy from an HTML string with the given parser (DOMParser in a page, linkedom in Node). */
export function extractPolicyFromHtml(html: string, url: string, parse: (html: string) => Document): ExtractedPolicy {
  return extractPolicy(parse(htmlForParsing(html)), url);
}

/** Extract a policy from plain text: lines are blocks, short unpunctuated lines are headings. */
export function extractPolicyFromText(text: string, url: string, title = ''): ExtractedPolicy {
  const { blocks, truncated } = blocksFromPlainText(text, MAX_CHARS);
  const firstHeading = blocks.find((block) => block.kind === 'heading');
  return buildPolicy(blocks, { url, title: title || firstHeading?.text || '', truncated });
}
