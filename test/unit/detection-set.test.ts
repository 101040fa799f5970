import { describe, expect, it } from 'vitest';
import { loadModelFromDisk } from '../../lib/cli/load-model-node';
import { type DetectionResult, judgePage, loadDetectionPages, scoreDetection } from '../../scripts/detection-set';

// Our own detection test set (policies in many markups, and pages that talk about privacy without being
// a policy). `npm run eval:detection` prints the same numbers with every miss; these floors sit a little
// below what it measures, so a change that makes detection worse fails here.
describe('page detection on our detection test set', () => {
  it('shows a badge on policies and only there', { timeout: 180_000 }, async () => {
    const pages = loadDetectionPages();
    expect(pages.length).toBeGreaterThanOrEqual(150);
    const model = loadModelFromDisk();
    const results: DetectionResult[] = [];
    for (const page of pages) results.push(await judgePage(page, model));
    const score = scoreDetection(results);
    const list = (rs: DetectionResult[]) => rs.map((r) => `${r.page.set}/${r.page.file}`).join(', ');
    expect(score.precision, `false alarms: ${list(score.falsePositives)}`).toBeGreaterThanOrEqual(0.98);
    expect(score.recall, `missed: ${list(score.misses)}`).toBeGreaterThanOrEqual(0.97);
  });
});
