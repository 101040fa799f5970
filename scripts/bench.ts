// `npm run bench`: speed and size numbers for the README (targets from the engine issue).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePolicy } from '../lib/analyze-policy';
import { classifySentence } from '../lib/classify/classify-sentences';
import type { ClassifierModel } from '../lib/classify/model-types';
import { extractPolicyFromHtml } from '../lib/extract/extract-policy';
import { parseHtmlInNode } from '../lib/extract/parse-html-node';
import '../lib/facts/fact-tables-node';
import { splitSentences } from '../lib/extract/split-sentences';
import { navigationToBadge } from '../test/e2e/badge-timing';
import { CHROMIUM, EXTENSION_DIR, launchExtensionBrowser } from '../test/e2e/extension-browser';
import { startFixtureSites } from '../test/e2e/fixture-server';
import { loadCorpus } from './corpus';
import { nodeRenderer } from '../lib/text/catalogue-node';

const root = join(import.meta.dirname, '..');
const modelPath = join(root, 'public', 'model.json');
const model = JSON.parse(readFileSync(modelPath, 'utf8')) as ClassifierModel;
const seedDir = join(root, 'test', 'fixtures', 'seeds');
// Real policy text: the seed policies' original texts; our corpus if they are missing.
const seedTexts = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')) : [];
const paragraphs = seedTexts.length
  ? seedTexts.flatMap((f) => readFileSync(join(seedDir, f), 'utf8').split('\n').filter((l) => l.trim()))
  : loadCorpus().map((s) => s.text);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function policyHtml(targetWords: number): string {
  const parts: string[] = ['<!doctype html><html><head><title>Privacy policy</title></head><body><nav><a href="/">Home</a></nav><main><h1>Privacy policy</h1>'];
  let words = 0;
  for (let i = 0; words < targetWords; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    if (i % 6 === 0) parts.push(`<h2>Section ${i / 6 + 1}</h2>`);
    parts.push(`<p>${escape(p)}</p>`);
    words += p.split(/\s+/).length;
  }
  parts.push('</main><footer>Shop AS</footer></body></html>');
  return parts.join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: [string, string, string][] = [];

// 1. End to end: a 10,000-word policy page, HTML → scorecard.
const html = policyHtml(10_000);
const endToEnd = async () => {
  const t = performance.now();
  const outcome = await analyzePolicy(extractPolicyFromHtml(html, 'https://shop.example/privacy', parseHtmlInNode), model);
  if (!outcome.ok) throw new Error(nodeRenderer()(outcome.message));
  return performance.now() - t;
};
for (let i = 0; i < 5; i++) await endToEnd();
const e2eTimes: number[] = [];
for (let i = 0; i < 20; i++) e2eTimes.push(await endToEnd());
results.push(['analyse 10,000-word policy (HTML → scorecard), median of 20', `${median(e2eTimes).toFixed(1)} ms`, '≤ 50 ms']);

// 2. Classifier throughput on real policy sentences.
const sentences = paragraphs.flatMap((p) => splitSentences(p));
const total = 60_000;
for (let i = 0; i < 2_000; i++) classifySentence(sentences[i % sentences.length]!, '', 'en', model);
let t = performance.now();
for (let i = 0; i < total; i++) classifySentence(sentences[i % sentences.length]!, 'Information we collect', 'en', model);
results.push(['classify sentences per second', `${Math.round(total / ((performance.now() - t) / 1000)).toLocaleString('en')}`, '≥ 50,000']);

// 3. Model file size.
results.push(['model file public/model.json', `${(statSync(modelPath).size / 1024).toFixed(0)} KB`, '≤ 1.5 MB']);
const shipped = join(EXTENSION_DIR, 'model.json');
if (existsSync(shipped)) results.push(['model as the extension ships it (packed, .output/chrome-mv3/model.json)', `${(statSync(shipped).size / 1024).toFixed(0)} KB`, '—']);

// 4. The CLI as one whole process: classify 4,000 paragraphs (~270,000 words), start-up included.
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const jsonl = join(tmp, 'bench-4000.jsonl');
const lines: string[] = [];
let words = 0;
for (let i = 0; lines.length < 4_000; i++) {
  const text = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => paragraphs[(i * 8 + k) % paragraphs.length]).join(' ').split(/\s+/).slice(0, 68).join(' ');
  words += text.split(/\s+/).length;
  lines.push(JSON.stringify({ id: `p${lines.length}`, text }));
}
writeFileSync(jsonl, lines.join('\n') + '\n');
t = performance.now();
const run = spawnSync(process.execPath, [join(root, 'bin', 'policy-lens.mjs'), 'classify'], { input: readFileSync(jsonl), maxBuffer: 1 << 28 });
const cliSeconds = (performance.now() - t) / 1000;
if (run.status !== 0) throw new Error(`classify failed: ${run.stderr}`);
results.push([`CLI classify 4,000 paragraphs (${words.toLocaleString('en')} words), whole process`, `${cliSeconds.toFixed(2)} s`, '< 5 s']);

// 4b. One JSON line holding a whole 1 MB policy as a single paragraph (older ICU segmenters were quadratic here).
const oneLine = join(tmp, 'bench-1mb-line.jsonl');
let longText = '';
for (let i = 0; longText.length < 1_000_000; i++) longText += paragraphs[i % paragraphs.length]! + ' ';
writeFileSync(oneLine, JSON.stringify({ id: 'whole', text: longText }) + '\n');
t = performance.now();
const lineRun = spawnSync(process.execPath, [join(root, 'bin', 'policy-lens.mjs'), 'classify'], { input: readFileSync(oneLine), maxBuffer: 1 << 28 });
if (lineRun.status !== 0) throw new Error(`classify failed: ${lineRun.stderr}`);
results.push(['CLI classify one 1 MB line (a whole policy as one paragraph), whole process', `${((performance.now() - t) / 1000).toFixed(2)} s`, 'none; guards against quadratic splitting']);

// 5. A 5 MB HTML page through the CLI (memory and time stay bounded).
const huge = join(tmp, 'bench-5mb.html');
let big = policyHtml(10_000);
while (big.length < 5 * 1024 * 1024) big = big.replace('</main>', `<div class="junk">${'<span>x</span>'.repeat(2_000)}</div><p>${escape(paragraphs[big.length % paragraphs.length]!)}</p></main>`);
writeFileSync(huge, big);
t = performance.now();
const hugeRun = spawnSync(process.execPath, ['--max-old-space-size=512', join(root, 'bin', 'policy-lens.mjs'), 'analyze', huge, '--json'], { maxBuffer: 1 << 28 });
results.push(['CLI analyze a 5 MB HTML page (heap capped at 512 MB)', `${((performance.now() - t) / 1000).toFixed(2)} s, exit ${hugeRun.status}`, 'no crash']);

// 6. In real Chromium with the built extension: navigation to badge on the five seed policy pages.
if (existsSync(join(EXTENSION_DIR, 'manifest.json')) && existsSync(CHROMIUM)) {
  const sites = await startFixtureSites();
  const browser = await launchExtensionBrowser();
  try {
    for (const coldWorker of [false, true]) {
      const { median: ms } = await navigationToBadge(browser, sites.shop, { rounds: 4, coldWorker });
      results.push([`navigation to badge, 5 seed policy pages × 4, ${coldWorker ? 'service worker stopped before each' : 'service worker running'}`, `${ms} ms`, '≤ 300 ms']);
    }
  } finally {
    await browser.close();
    await sites.close();
  }
} else {
  results.push(['navigation to badge (needs `npm run build` and Chromium)', 'not measured', '≤ 300 ms']);
}

console.log(`node ${process.version}, ${(await import('node:os')).cpus()[0]?.model ?? 'cpu'}\n`);
for (const [what, value, target] of results) console.log(`${what.padEnd(72)} ${value.padStart(16)}   (target ${target})`);
