// Text of a page as the detector reads it: the main text without navigation, header, footer and
// sidebars, so a footer link "Privacy policy" on every page of a shop does not count.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'HEAD', 'NAV', 'FOOTER', 'HEADER', 'ASIDE', 'BUTTON', 'SELECT']);
// Menus and sidebars of older pages are plain <div>s and lists; their names give them away.
const CHROME_NAME = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|megamenu|mega-menu|sidebar|breadcrumbs?|footer|header|masthead|toolbar|social|share|related)(?:$|[\s_-])/i;
// A form holding a whole page is ASP.NET's <form runat="server">; a real form (search, newsletter) is short.
const MAX_FORM_CHARS = 1_500;
// A list that is mostly links, with many of them, is a menu.
const MIN_MENU_LINKS = 12;

/** Page chrome that holds no policy text: menus, sidebars, forms, link lists. */
function isChrome(element: Element, tag: string): boolean {
  if (tag === 'FORM') return (element.textContent ?? '').length < MAX_FORM_CHARS;
  if (tag === 'DIV' || tag === 'UL' || tag === 'TD' || tag === 'SECTION') {
    const name = `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`;
    // A wrapper named like chrome ("navbar-wrap") that holds the page's main element is a layout box, not a menu.
    if (name.length > 1 && CHROME_NAME.test(name)) return !element.querySelector('main, article, [role="main"]');
  }
  if (tag === 'UL' || tag === 'OL') {
    const links = element.getElementsByTagName('a');
    if (links.length < MIN_MENU_LINKS) return false;
    let linkChars = 0;
    for (const link of Array.from(links)) linkChars += (link.textContent ?? '').length;
    return linkChars >= 0.7 * (element.textContent ?? '').length;
  }
  return false;
}
const HEADING = /^H([1-6])$/;

export interface PageText {
  /** Main text, whitespace-collapsed, capped at the given number of characters. */
  text: string;
  words: number;
  /** Level-1 headings outside the page chrome. */
  h1: string[];
  /** Level 2–4 headings outside the page chrome. */
  subheadings: string[];
  truncated: boolean;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Collect main text and headings of a document, stopping after `maxChars` characters. */
export function readPageText(doc: Document, maxChars: number): PageText {
  const parts: string[] = [];
  const h1: string[] = [];
  const subheadings: string[] = [];
  let chars = 0;
  let truncated = false;

  const walk = (node: Node): void => {
    if (truncated) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      chars += value.length;
      if (chars > maxChars) truncated = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || element.getAttribute('hidden') !== null || element.getAttribute('role') === 'navigation' || isChrome(element, tag)) return;
    const heading = HEADING.exec(tag);
    if (heading) {
      const text = collapse(element.textContent ?? '').slice(0, 300);
      if (text && heading[1] === '1') h1.push(text);
      else if (text && Number(heading[1]) <= 4) subheadings.push(text);
      parts.push(' ', text, ' ');
      return;
    }
    for (const child of Array.from(element.childNodes)) walk(child);
    parts.push(' ');
  };

  walk(doc.body ?? doc.documentElement);
  const text = collapse(parts.join('')).slice(0, maxChars);
  return { text, words: text ? text.split(' ').length : 0, h1, subheadings, truncated };
}
