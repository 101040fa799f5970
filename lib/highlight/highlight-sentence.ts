// Finding an evidence sentence in the live page and marking it. The sentence text comes from
// extraction (whitespace collapsed, possibly cut with '…', table cells joined with ' – '), so the
// search runs over whitespace-collapsed page text and falls back to the sentence's first words.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
// Enough page text for a 60,000-word policy plus its navigation.
const MAX_PAGE_CHARS = 2_000_000;
export const HIGHLIGHT_ATTRIBUTE = 'data-policy-lens-highlight';
const HIGHLIGHT_NAME = 'policy-lens';

interface TextIndex {
  text: string;
  /** For each character of `text`: the text node and offset it came from. */
  nodes: Text[];
  offsets: number[];
}

function indexText(root: Node): TextIndex {
  const index: TextIndex = { text: '', nodes: [], offsets: [] };
  const parts: string[] = [];
  let lastWasSpace = true;
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (SKIPPED.has(node.parentElement?.tagName ?? '')) continue;
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const isSpace = /\s/.test(value[i]!);
      if (isSpace && lastWasSpace) continue;
      parts.push(isSpace ? ' ' : value[i]!);
      index.nodes.push(node);
      index.offsets.push(i);
      lastWasSpace = isSpace;
    }
    // Block boundaries rarely have whitespace text nodes in minified HTML; a space keeps words apart.
    if (!lastWasSpace) {
      parts.push(' ');
      index.nodes.push(node);
      index.offsets.push(value.length);
      lastWasSpace = true;
    }
    if (parts.length > MAX_PAGE_CHARS) break;
  }
  index.text = parts.join('').toLowerCase();
  return index;
}

const normalise = (text: string) => text.replace(/…$/, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Search terms for a sentence, most specific first. */
function needles(sentence: string): string[] {
  const whole = normalise(sentence);
  const firstCell = normalise(sentence.split(' – ')[0] ?? '');
  const words = whole.split(' ');
  return [...new Set([whole, firstCell, words.slice(0, 12).join(' '), words.slice(0, 6).join(' ')])].filter((n) => n.length >= 12);
}

/** Where a sentence is in the document: start and end text nodes with offsets. */
export interface SentenceLocation {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Locate the sentence in the document's text, or null. */
export function locateSentence(doc: Document, sentence: string): SentenceLocation | null {
  const index = indexText(doc.body ?? doc.documentElement);
  for (const needle of needles(sentence)) {
    const start = index.text.indexOf(needle);
    if (start < 0) continue;
    const end = start + needle.length - 1;
    const endNode = index.nodes[end]!;
    return { startNode: index.nodes[start]!, startOffset: index.offsets[start]!, endNode, endOffset: Math.min(index.offsets[end]! + 1, endNode.length) };
  }
  return null;
}

/** A DOM range covering the sentence in the document, or null. */
export function findSentenceRange(doc: Document, sentence: string): Range | null {
  const location = locateSentence(doc, sentence);
  if (!location) return null;
  const range = doc.createRange();
  range.setStart(location.startNode, location.startOffset);
  range.setEnd(location.endNode, location.endOffset);
  return range;
}

/** Scroll to a sentence and mark it (outline on its block, text highlight where supported); false when not found. */
export function highlightSentence(doc: Document, sentence: string): boolean {
  for (const old of Array.from(doc.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`))) {
    old.removeAttribute(HIGHLIGHT_ATTRIBUTE);
    (old as HTMLElement).style.removeProperty('outline');
    (old as HTMLElement).style.removeProperty('background-color');
  }
  const range = findSentenceRange(doc, sentence);
  if (!range) return false;
  const container = range.commonAncestorContainer;
  const block = (container.nodeType === 1 ? (container as Element) : container.parentElement)?.closest('p, li, td, tr, dd, dt, h1, h2, h3, h4, h5, h6, div, section') as HTMLElement | null;
  if (block) {
    block.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
    // CSSOM changes, not a <style> element: a page's Content-Security-Policy may forbid inline styles.
    block.style.setProperty('outline', '3px solid #f59f00', 'important');
    block.style.setProperty('background-color', 'rgba(255, 224, 102, 0.35)', 'important');
    block.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }
  try {
    markText(doc, range);
  } catch {
    // Firefox content scripts see page objects through Xray wrappers, which may refuse a style sheet
    // made in the content script's compartment; the outline on the block is enough then.
  }
  return true;
}

/** Highlight the exact text with the CSS Custom Highlight API (Chrome 105+, Firefox 140+), when present. */
function markText(doc: Document, range: Range): void {
  const view = doc.defaultView as unknown as { Highlight?: new (...ranges: Range[]) => unknown; CSS?: { highlights?: Map<string, unknown> }; CSSStyleSheet?: typeof CSSStyleSheet } | null;
  const registry = view?.CSS?.highlights;
  if (!view?.Highlight || !registry || !view.CSSStyleSheet || !('adoptedStyleSheets' in doc)) return;
  registry.set(HIGHLIGHT_NAME, new view.Highlight(range));
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd43b; color: #000; }`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets.filter((s) => s.cssRules[0]?.cssText.includes(HIGHLIGHT_NAME) !== true), sheet];
}
