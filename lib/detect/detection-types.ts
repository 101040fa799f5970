// Inferred from the schemas in lib/schemas/page.ts (type imports only: the content script bundles no schema).
import type * as v from 'valibot';
import type { DetectionReasonSchema, PageDetectionSchema } from '../schemas/page';

/** One signal that moved the detection score, for the popup's "why" and for debugging. */
export type DetectionReason = v.InferOutput<typeof DetectionReasonSchema>;
export type PageDetection = v.InferOutput<typeof PageDetectionSchema>;
/** What kind of page the detector thinks it is looking at. */
export type PageKind = PageDetection['kind'];
