// What the background needs from a fetched page, read from its parsed document: is it a policy, its text, and
// its links to a policy. The parsing itself needs a DOM (lib/adapters/dom-parser-adapter.ts).
import { detectPolicyPage } from '../detect/detect-policy-page';
import { extractPolicy } from '../extract/extract-policy';
import { findPolicyLinks } from '../find-policy/find-policy-link';
import type { ParsedPage } from '../messaging/messages';

/** Detect, extract and find policy links in a parsed page at `url`. */
export function readParsedPage(doc: Document, url: string): ParsedPage {
  return { detection: detectPolicyPage(doc, url), extracted: extractPolicy(doc, url), policyLinks: findPolicyLinks(doc, url) };
}
