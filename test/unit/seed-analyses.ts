// Real analyses for unit tests: the seed policy pages (test/fixtures/seeds) run through the whole
// engine with the shipped model, as the CLI does. Cached per test file.
import { readFileSync } from 'node:fs';
import { analyzePolicy } from '@/lib/analyze-policy';
import { loadModelFromDisk } from '@/lib/cli/load-model-node';
import { extractPolicyFromHtml } from '@/lib/extract/extract-policy';
import { parseHtmlInNode } from '@/lib/extract/parse-html-node';
import type { PolicyAnalysis } from '@/lib/types';
import { seedPagePath } from '../fixtures/seed-files';
import { nodeRenderer } from '@/lib/text/catalogue-node';

const cache = new Map<string, Promise<PolicyAnalysis>>();

/** The analysis of seed page `n` served at `url`, optionally with its HTML changed first. */
export function seedAnalysis(n: number, url = `https://seed${n}.no/personvern`, edit: (html: string) => string = (html) => html): Promise<PolicyAnalysis> {
  const html = edit(readFileSync(seedPagePath(n), 'utf8'));
  const key = `${url}\n${html}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      (async () => {
        const extracted = extractPolicyFromHtml(html, url, parseHtmlInNode);
        const outcome = await analyzePolicy(extracted, loadModelFromDisk());
        if (!outcome.ok) throw new Error(`seed ${n} did not analyse: ${nodeRenderer()(outcome.message)}`);
        return outcome.analysis;
      })(),
    );
  }
  return cache.get(key)!;
}
