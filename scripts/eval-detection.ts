// `npm run eval:detection`: does the extension show a badge on policy pages, and only there? Runs the page
// detector and the practice confirmation over our detection test set (test/fixtures/detection) and prints
// precision and recall, overall, per set and per language, with each miss and false alarm and its reasons.
import { loadModelFromDisk } from '../lib/cli/load-model-node';
import type { PageDetection } from '../lib/detect/detection-types';
import { type DetectionResult, judgePage, loadDetectionPages, scoreDetection } from './detection-set';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const why = (d: PageDetection) => d.reasons.map((r) => `${r.signal}${r.points >= 0 ? '+' : ''}${r.points}`).join(' ');

function printScore(title: string, results: DetectionResult[]): void {
  const score = scoreDetection(results);
  const policies = results.filter((r) => r.page.kind === 'policy').length;
  console.log(`${title.padEnd(22)} pages ${String(score.pages).padStart(4)} (policies ${String(policies).padStart(3)})  precision ${pct(score.precision).padStart(6)}  recall ${pct(score.recall).padStart(6)}`);
}

const model = loadModelFromDisk();
const pages = loadDetectionPages();
if (!pages.length) {
  console.error('no detection pages found under test/fixtures/detection');
  process.exit(1);
}
const results: DetectionResult[] = [];
for (const page of pages) results.push(await judgePage(page, model));

console.log('Page detection (badge shown = final kind is privacy-policy)\n');
printScore('all', results);
for (const set of [...new Set(pages.map((p) => p.set))]) printScore(`set ${set}`, results.filter((r) => r.page.set === set));
for (const lang of [...new Set(pages.map((p) => p.lang))]) printScore(`language ${lang}`, results.filter((r) => r.page.lang === lang));
const pageOnly = results.map((r) => ({ ...r, detection: r.pageDetection }));
printScore('page signals alone', pageOnly);

const score = scoreDetection(results);
if (score.misses.length) console.log('\nMissed policies:');
for (const r of score.misses) console.log(`  ${r.page.set}/${r.page.file}  score ${r.detection.score}  ${why(r.detection)}  [${r.page.style}]`);
if (score.falsePositives.length) console.log('\nFalse alarms:');
for (const r of score.falsePositives) console.log(`  ${r.page.set}/${r.page.file}  score ${r.detection.score}  ${why(r.detection)}  [${r.page.style}]`);
