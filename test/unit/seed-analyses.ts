// Real analyses for unit tests: the seed policy pages (test/fixtures/pages/policies) run through the whole
// engine with the shipped model, as the CLI does. Cached per test file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePolicy } from '@/lib/analyze-policy';
import { loadModelFromDisk } from '@/lib/cli/load-model-node';
import { extractPolicyFromHtml } from '@/lib/extract/extract-policy';
import { parseHtmlInNode } from '@/lib/extract/parse-html-node';
import type { PolicyAnalysis } from '@/lib/types';

const PAGES = join(import.meta.dirname, '../fixtures/pages/policies');
const cache = new Map<string, Promise<PolicyAnalysis>>();

/** The analysis of seed page `seed-00<n>.html` served at `url`, optionally with its HTML changed first. */
export function seedAnalysis(n: number, url = `https://seed${n}.no/personvern`, edit: (html: string) => string = (html) => html): Promise<PolicyAnalysis> {
  const html = edit(readFileSync(join(PAGES, `seed-00${n}.html`), 'utf8'));
  const key = `${url}\n${html}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      (async () => {
        const extracted = extractPolicyFromHtml(html, url, parseHtmlInNode);
        const outcome = await analyzePolicy(extracted, loadModelFromDisk());
        if (!outcome.ok) throw new Error(`seed ${n} did not analyse: ${outcome.message.en}`);
        return outcome.analysis;
      })(),
    );
  }
  return cache.get(key)!;
}
