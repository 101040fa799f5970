// Runs in the content script: a policy shown in an <iframe> of the same site (a CMS page, a consent
// tool's policy view) is read from the top frame, which may read same-origin frames' documents.
// Cross-origin frames give no document and are skipped.

// A page with more frames than this is an ad-heavy page, not a policy viewer.
const MAX_FRAMES = 10;

export interface FrameDocument {
  doc: Document;
  /** The frame's own address, or the page's for about:blank and srcdoc frames (their content is the page's). */
  url: string;
}

/** The documents of the page's same-origin iframes, in page order. */
export function sameOriginFrames(doc: Document, pageUrl: string): FrameDocument[] {
  const frames: FrameDocument[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe')).slice(0, MAX_FRAMES)) {
    let frameDoc: Document | null = null;
    let url = '';
    try {
      frameDoc = frame.contentDocument;
      url = frameDoc?.location.href ?? '';
    } catch {
      continue; // cross-origin
    }
    if (!frameDoc?.body) continue;
    frames.push({ doc: frameDoc, url: /^https?:/.test(url) ? url : pageUrl });
  }
  return frames;
}
