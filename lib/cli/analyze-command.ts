import { analyzePolicy } from '../analyze-policy';
import { extractPolicyFromHtml, extractPolicyFromText } from '../extract/extract-policy';
import { parseHtmlInNode } from '../extract/parse-html-node';
import type { AnalysisOutcome } from '../types';
import { CliError } from './cli-error';
import { formatScorecard } from './format-scorecard';
import { loadPolicyInput } from './load-input';
import { loadModelFromDisk } from './load-model-node';

export interface AnalyzeArgs {
  source: string;
  json: boolean;
  lang: 'auto' | 'en' | 'nb';
  colour: boolean;
}

/** Analyse one policy source; returns what to print, or throws a CliError for bad input. */
export async function analyzeSource(args: AnalyzeArgs): Promise<string> {
  const input = await loadPolicyInput(args.source);
  const extracted =
    input.kind === 'html' ? extractPolicyFromHtml(input.content, input.url, parseHtmlInNode) : extractPolicyFromText(input.content, input.url);
  const outcome: AnalysisOutcome = await analyzePolicy(extracted, loadModelFromDisk(), { lang: args.lang });
  if (!outcome.ok) throw new CliError(`${args.source}: ${outcome.message.en}`, 2);
  return args.json ? JSON.stringify(outcome.analysis, null, 2) : formatScorecard(outcome.analysis, { colour: args.colour });
}
