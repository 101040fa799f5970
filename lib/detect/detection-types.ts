/** What kind of page the detector thinks it is looking at. */
export type PageKind = 'privacy-policy' | 'cookie-policy' | 'none';

/** One signal that moved the detection score, for the popup's "why" and for debugging. */
export interface DetectionReason {
  /** Machine-readable signal name, e.g. 'title-privacy', 'url-terms', 'body-phrases'. */
  signal: string;
  points: number;
  /** What matched: the phrase, slug or counts. */
  detail: string;
}

export interface PageDetection {
  kind: PageKind;
  /** Sum of the reasons' points; a page is a policy at `POLICY_THRESHOLD` or above. */
  score: number;
  reasons: DetectionReason[];
  /** Words of main text the detector read. */
  words: number;
}
