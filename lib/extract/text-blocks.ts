/** A unit of a document before sentence splitting. */
export type TextBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'text'; text: string; /** list items and table rows are units of their own */ unit: boolean };

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'OBJECT', 'HEAD']);
const CHROME = new Set(['NAV', 'FOOTER', 'HEADER', 'ASIDE', 'FORM']);
// A form holding a whole page is ASP.NET's <form runat="server">: its text is the page, not chrome.
const MAX_CHROME_FORM_CHARS = 1_500;
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'ADDRESS',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION', 'FIGURE', 'FIGCAPTION', 'BR', 'HR', 'DETAILS', 'SUMMARY', 'BODY',
]);
const UNITS = new Set(['LI', 'DT', 'DD']);
const HEADING = /^H([1-6])$/;

interface WalkOptions {
  /** Skip nav/header/footer/aside (when walking a whole page rather than an article). */
  skipChrome: boolean;
  /** Stop after this many characters of text. */
  maxChars: number;
}

/** Walk a DOM subtree in reading order and cut it into headings and text blocks. */
export function blocksFromElement(root: Element, options: WalkOptions): { blocks: TextBlock[]; truncated: boolean } {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let chars = 0;
  let truncated = false;

  const flush = (unit = false) => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (text) blocks.push({ kind: 'text', text, unit });
  };

  const walk = (node: Node): void => {
    if (truncated) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      buffer += value;
      chars += value.length;
      if (chars > options.maxChars) truncated = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (options.skipChrome && CHROME.has(tag) && (tag !== 'FORM' || (element.textContent ?? '').length < MAX_CHROME_FORM_CHARS)) return;
    if (element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return;
    const heading = HEADING.exec(tag);
    if (heading) {
      flush();
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ kind: 'heading', level: Number(heading[1]), text });
      return;
    }
    if (tag === 'TR') {
      flush();
      const cells = Array.from(element.children)
        .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      if (cells.length) blocks.push({ kind: 'text', text: cells.join(' – '), unit: true });
      return;
    }
    const isUnit = UNITS.has(tag);
    const isBlock = isUnit || BLOCKS.has(tag);
    if (isBlock) flush();
    for (const child of Array.from(element.childNodes)) walk(child);
    if (isBlock) flush(isUnit);
  };

  walk(root);
  flush();
  return { blocks, truncated };
}
