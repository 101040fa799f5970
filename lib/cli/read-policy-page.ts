import { detectPolicyPage } from '../detect/detect-policy-page';
import type { PageDetection } from '../detect/detection-types';
import { extractPolicy, extractPolicyFromText, htmlForParsing } from '../extract/extract-policy';
import { parseHtmlInNode } from '../extract/parse-html-node';
import type { ExtractedPolicy } from '../types';
import type { PolicyInput } from './load-input';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain-text policy as a page, so the page detector reads its title, headings and text as it would in a browser. */
function textAsPage(extracted: ExtractedPolicy): string {
  const parts = [`<title>${escapeHtml(extracted.title)}</title>`];
  let section = -1;
  for (const sentence of extracted.sentences) {
    if (sentence.section !== section) {
      section = sentence.section;
      const heading = extracted.sections[section]?.heading;
      if (heading) parts.push(`<h2>${escapeHtml(heading)}</h2>`);
    }
    parts.push(`<p>${escapeHtml(sentence.text)}</p>`);
  }
  return `<!doctype html><html><head>${parts[0]}</head><body>${parts.slice(1).join('')}</body></html>`;
}

/** Extract a policy from the CLI's input and run the page detector on it, as the content script does in a browser. */
export function readPolicyPage(input: PolicyInput): { extracted: ExtractedPolicy; detection: PageDetection } {
  if (input.kind === 'html') {
    const doc = parseHtmlInNode(htmlForParsing(input.content));
    // Detection reads the page before extraction, which hands Readability a copy.
    const detection = detectPolicyPage(doc, input.url);
    return { extracted: extractPolicy(doc, input.url), detection };
  }
  const extracted = extractPolicyFromText(input.content, input.url);
  return { extracted, detection: detectPolicyPage(parseHtmlInNode(textAsPage(extracted)), input.url) };
}
