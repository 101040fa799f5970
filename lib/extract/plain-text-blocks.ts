import type { TextBlock } from './text-blocks';

const TERMINAL = /[.!;:,…»"”)]$/;
const NUMBERED_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|§\s*\d+)\s+\S/;
const BULLET = /^\s*(?:[-–•*·▪◦]|\d{1,2}[.)]|[a-z][.)])\s+/;
const MARKDOWN_HEADING = /^#{1,6}\s/;
// List items longer than this are sentences in their own right ("You can ask us to delete…").
const MAX_ITEM_WORDS = 16;

const wordCount = (line: string) => line.split(/\s+/).length;

/** Short and unpunctuated: a heading or a bare list item ("Name", "Innsyn", "Klarna – betaling"). */
const isShortLine = (line: string | undefined): line is string =>
  line !== undefined && line.length > 0 && wordCount(line) <= 12 && line.length <= 100 && !/[.!;:,…»"”)?]$/.test(line) && !MARKDOWN_HEADING.test(line);

/** Is this line of plain text a heading? Short, no terminal punctuation, not a list item. */
function looksLikeHeading(line: string, next: string | undefined): boolean {
  if (MARKDOWN_HEADING.test(line)) return true;
  const words = wordCount(line);
  if (words > 12 || line.length > 100) return false;
  if (BULLET.test(line) && !NUMBERED_HEADING.test(line)) return false;
  if (line.endsWith('?')) return words <= 12 && next !== undefined;
  if (TERMINAL.test(line)) return false;
  // "In short: we collect ..." is a sentence, not a heading.
  if (/:\s+\S/.test(line) && !NUMBERED_HEADING.test(line)) return false;
  return next !== undefined || NUMBERED_HEADING.test(line);
}

/**
 * Is this short line a bare list item rather than a heading? It is when a lead-in ending in ':' opened a
 * list, or when it stands in a run of short lines with no blank line between them (a heading is followed
 * by text, not by another bare line).
 */
function looksLikeItem(lines: string[], index: number, listOpen: boolean): boolean {
  const line = lines[index]!;
  // A punctuated line counts as an item only inside a list it follows without a blank line.
  const sentenceItem = listOpen && lines[index - 1] !== '' && wordCount(line) <= MAX_ITEM_WORDS && !MARKDOWN_HEADING.test(line);
  if (!isShortLine(line) && !sentenceItem) return false;
  if (listOpen) return true;
  // "3. Cookies" after the last item of a list is the next section, unless more short lines follow it.
  if (NUMBERED_HEADING.test(line)) return isShortLine(lines[index + 1]);
  const previous = lines[index - 1];
  return (isShortLine(previous) && !BULLET.test(previous)) || isShortLine(lines[index + 1]);
}

/** Cut plain text into headings and blocks: one block per line, blank lines separate. */
export function blocksFromPlainText(text: string, maxChars: number): { blocks: TextBlock[]; truncated: boolean } {
  const truncated = text.length > maxChars;
  const lines = (truncated ? text.slice(0, maxChars) : text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
  const blocks: TextBlock[] = [];
  // A line ending in ':' opens a list; contiguous items keep it open, a blank line after them closes it.
  let listOpen = false;
  let itemsSpaced = false;
  let itemsSeen = 0;
  let bulleted = false;
  lines.forEach((line, index) => {
    if (!line) {
      if (listOpen && itemsSeen > 0 && !itemsSpaced) listOpen = false;
      return;
    }
    const next = lines.slice(index + 1).find((l) => l.length > 0);
    const afterBlank = index > 0 && lines[index - 1] === '';
    if (BULLET.test(line) && !MARKDOWN_HEADING.test(line) && !(NUMBERED_HEADING.test(line) && looksLikeHeading(line, next) && !listOpen)) {
      blocks.push({ kind: 'text', text: line.replace(BULLET, ''), unit: true });
      itemsSeen++;
      // A bulleted list ends at its first line without a bullet.
      bulleted = true;
      return;
    }
    if (bulleted) listOpen = false;
    bulleted = false;
    if (looksLikeItem(lines, index, listOpen)) {
      if (listOpen && itemsSeen === 0) itemsSpaced = afterBlank;
      blocks.push({ kind: 'text', text: line, unit: true });
      itemsSeen++;
      return;
    }
    if (looksLikeHeading(line, next)) {
      const level = /^#+/.exec(line)?.[0].length ?? (NUMBERED_HEADING.test(line) ? 2 : 3);
      blocks.push({ kind: 'heading', level, text: line.replace(/^#+\s*/, '') });
      listOpen = false;
      return;
    }
    blocks.push({ kind: 'text', text: line, unit: false });
    listOpen = line.endsWith(':');
    itemsSpaced = false;
    itemsSeen = 0;
  });
  return { blocks, truncated };
}
