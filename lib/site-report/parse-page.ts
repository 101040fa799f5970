import { detectPolicyPage } from '../detect/detect-policy-page';
import { extractPolicy, htmlForParsing } from '../extract/extract-policy';
import { findPolicyLinks } from '../find-policy/find-policy-link';
import type { ParsedPage } from '../messages';

/** Parse fetched HTML with the DOMParser of this context, then detect, extract and find policy links. */
export function parsePageHtml(html: string, url: string): ParsedPage {
  const doc = new DOMParser().parseFromString(htmlForParsing(html), 'text/html');
  return { detection: detectPolicyPage(doc, url), extracted: extractPolicy(doc, url), policyLinks: findPolicyLinks(doc, url) };
}
