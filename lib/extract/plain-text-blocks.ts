import type { TextBlock } from './text-blocks';

const TERMINAL = /[.!;:,…»"”)]$/;
const NUMBERED_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|§\s*\d+)\s+\S/;
const BULLET = /^\s*(?:[-–•*·▪◦]|\d{1,2}[.)]|[a-z][.)])\s+/;

/** Is this line of plain text a heading? Short, no terminal punctuation, not a list item. */
function looksLikeHeading(line: string, next: string | undefined): boolean {
  if (/^#{1,6}\s/.test(line)) return true;
  const words = line.split(/\s+/).length;
  if (words > 12 || line.length > 100) return false;
  if (BULLET.test(line) && !NUMBERED_HEADING.test(line)) return false;
  if (line.endsWith('?')) return words <= 12 && next !== undefined;
  if (TERMINAL.test(line)) return false;
  // "In short: we collect ..." is a sentence, not a heading.
  if (/:\s+\S/.test(line) && !NUMBERED_HEADING.test(line)) return false;
  return next !== undefined || NUMBERED_HEADING.test(line);
}

/** Cut plain text into headings and blocks: one block per line, blank lines separate. */
export function blocksFromPlainText(text: string, maxChars: number): { blocks: TextBlock[]; truncated: boolean } {
  const truncated = text.length > maxChars;
  const lines = (truncated ? text.slice(0, maxChars) : text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
  const blocks: TextBlock[] = [];
  lines.forEach((line, index) => {
    if (!line) return;
    const next = lines.slice(index + 1).find((l) => l.length > 0);
    if (looksLikeHeading(line, next)) {
      const level = /^#+/.exec(line)?.[0].length ?? (NUMBERED_HEADING.test(line) ? 2 : 3);
      blocks.push({ kind: 'heading', level, text: line.replace(/^#+\s*/, '') });
    } else {
      const bullet = BULLET.test(line);
      blocks.push({ kind: 'text', text: bullet ? line.replace(BULLET, '') : line, unit: bullet });
    }
  });
  return { blocks, truncated };
}
