// Parsing fetched HTML with the DOMParser of this context: the Firefox background page and Chrome's offscreen
// document have one (Chrome's service worker does not; it asks the offscreen document, offscreen-adapter.ts).
import { htmlForParsing } from '../extract/extract-policy';
import type { ParsedPage } from '../messaging/messages';
import { readParsedPage } from '../tab-report/parsed-page';

/** Parse fetched HTML, then detect, extract and find policy links. */
export function parsePageHtml(html: string, url: string): ParsedPage {
  return readParsedPage(new DOMParser().parseFromString(htmlForParsing(html), 'text/html'), url);
}
