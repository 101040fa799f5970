// What the content script reads from its page, on the Document and address it is given: which document shows
// a policy (the page, or else its first same-origin iframe), the page's facts for the background, and the
// policy report, sent once per address and text.
import { detectPolicyPage } from '../detect/detect-policy-page';
import type { PageDetection } from '../detect/detection-types';
import { sameOriginFrames } from '../detect/policy-frames';
import { isPolicyCandidate, isPrivacyPolicyCandidate } from '../detect/practice-evidence';
import { textLength } from '../detect/watch-text-growth';
import { extractPolicy } from '../extract/extract-policy';
import { findPolicyLinks } from '../find-policy/find-policy-link';
import type { PageInfo, PolicyReport } from '../messaging/messages';
import { loadedHosts } from '../site/loaded-hosts';

/** The page as the content script sees it. */
export interface ContentPage {
  document: Document;
  href(): string;
  /** Addresses of the resources the page loaded. */
  resources(): string[];
  /** Whether the user has clicked or typed on the page since it loaded. */
  interacted(): boolean;
}

interface Found {
  doc: Document;
  url: string;
  detection: PageDetection;
}

/** The policy reading of one page. */
export function pagePolicy(page: ContentPage) {
  let found: Found | null = null;
  let foundKey = '';
  let reportedKey = '';

  /** The page, or else its first same-origin iframe, that looks like a policy; cached until the URL or text changes. */
  function current(): Found {
    const { document } = page;
    const href = page.href();
    const key = `${href} ${textLength(document)}`;
    if (!found || foundKey !== key) {
      found = { doc: document, url: href, detection: detectPolicyPage(document, href) };
      if (!isPolicyCandidate(found.detection)) {
        for (const frame of sameOriginFrames(document, href)) {
          const detection = detectPolicyPage(frame.doc, frame.url);
          if (isPrivacyPolicyCandidate(detection)) {
            found = { ...frame, detection };
            break;
          }
        }
      }
      foundKey = key;
    }
    return found;
  }

  /** The policy this page shows, extracted, or null when it shows none. */
  function report(): PolicyReport | null {
    const { doc, url, detection } = current();
    // Only privacy policies get a badge; a cookie policy is read only when a site has nothing better.
    // A page with some policy signals but not enough is sent too: the background classifies its text and decides.
    if (!isPrivacyPolicyCandidate(detection)) return null;
    return { url, detection, extracted: extractPolicy(doc, url) };
  }

  return {
    report,
    /** What the background asks of the page: its address, detection, policy links, loaded hosts, interaction. */
    info(): PageInfo {
      const href = page.href();
      return {
        url: href,
        title: page.document.title.slice(0, 1_000),
        detection: current().detection,
        policyLinks: findPolicyLinks(page.document, href).slice(0, 20),
        loadedHosts: loadedHosts(page.resources(), href),
        interacted: page.interacted(),
      };
    },
    /** Send the page's policy once per address and text; true when the page shows a policy. */
    reportIfPolicy(send: (report: PolicyReport) => void): boolean {
      const found = report();
      if (!found) return false;
      if (reportedKey !== foundKey) {
        reportedKey = foundKey;
        send(found);
      }
      return true;
    },
  };
}
