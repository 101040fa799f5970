import { parseHTML } from 'linkedom';

/** Node adapter: parse an HTML string into a DOM Document with linkedom (no scripts run). */
export function parseHtmlInNode(html: string): Document {
  // linkedom needs a root element; fragments and bare text still parse as a page.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}
