// The detection test set (test/fixtures/detection/<set>/pages.jsonl + HTML pages written by us) and how the
// product judges each page: the page detector as the content script runs it, then, for a policy or a
// candidate, extraction + classification + confirmation as the background does (see site-reporter.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePolicy } from '../lib/analyze-policy';
import type { ClassifierModel } from '../lib/classify/model-types';
import { readPolicyPage } from '../lib/cli/read-policy-page';
import type { PageDetection } from '../lib/detect/detection-types';
import { detectionAfterAnalysis, isPrivacyPolicyCandidate } from '../lib/detect/practice-evidence';

export const DETECTION_DIR = process.env.DETECTION_DIR ?? join(import.meta.dirname, '..', 'test', 'fixtures', 'detection');

export interface DetectionPage {
  set: string;
  file: string;
  kind: 'policy' | 'other';
  url: string;
  lang: string;
  style: string;
}

export interface DetectionResult {
  page: DetectionPage;
  /** What the content script alone decides. */
  pageDetection: PageDetection;
  /** The final decision: a badge is shown when this is 'privacy-policy'. */
  detection: PageDetection;
}

export function loadDetectionPages(dir = DETECTION_DIR): DetectionPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'pages.jsonl')))
    .flatMap((entry) =>
      readFileSync(join(dir, entry.name, 'pages.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => ({ ...(JSON.parse(line) as Omit<DetectionPage, 'set'>), set: entry.name })),
    );
}

/** Judge one page the way the extension does. */
export async function judgePage(page: DetectionPage, model: ClassifierModel, dir = DETECTION_DIR): Promise<DetectionResult> {
  const content = readFileSync(join(dir, page.set, page.file), 'utf8');
  const { extracted, detection } = readPolicyPage({ kind: 'html', content, url: page.url });
  if (!isPrivacyPolicyCandidate(detection)) return { page, pageDetection: detection, detection };
  const outcome = await analyzePolicy(extracted, model);
  return { page, pageDetection: detection, detection: detectionAfterAnalysis(detection, outcome) };
}

export interface DetectionScore {
  pages: number;
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: DetectionResult[];
  misses: DetectionResult[];
}

/** Precision and recall of "shows a privacy-policy badge" against the page's kind. */
export function scoreDetection(results: DetectionResult[]): DetectionScore {
  const shown = (r: DetectionResult) => r.detection.kind === 'privacy-policy';
  const truePositives = results.filter((r) => shown(r) && r.page.kind === 'policy').length;
  const falsePositives = results.filter((r) => shown(r) && r.page.kind === 'other');
  const misses = results.filter((r) => !shown(r) && r.page.kind === 'policy');
  return {
    pages: results.length,
    precision: truePositives / (truePositives + falsePositives.length || 1),
    recall: truePositives / (truePositives + misses.length || 1),
    truePositives,
    falsePositives,
    misses,
  };
}
