import { nodeRenderer } from '../text/catalogue-node';
import { analyzePolicy } from '../analyze-policy';
import { confirmDetection } from '../detect/practice-evidence';
import type { AnalysisOutcome } from '../types';
import { CliError } from './cli-error';
import { formatScorecard } from './format-scorecard';
import { loadPolicyInput } from './load-input';
import { loadModelFromDisk } from './load-model-node';
import { readPolicyPage } from './read-policy-page';

export interface AnalyzeArgs {
  source: string;
  json: boolean;
  lang: 'auto' | 'en' | 'nb';
  colour: boolean;
}

/**
 * Analyse one policy source; returns what to print, or throws a CliError for bad input. With --json the
 * detection result (is this page a policy, with score and reasons) is printed even when the analysis fails,
 * so detection can be measured on pages that are not policies.
 */
export async function analyzeSource(args: AnalyzeArgs): Promise<string> {
  const input = await loadPolicyInput(args.source);
  const { extracted, detection } = readPolicyPage(input);
  const outcome: AnalysisOutcome = await analyzePolicy(extracted, loadModelFromDisk(), { lang: args.lang });
  if (!outcome.ok) {
    const output = args.json ? JSON.stringify({ ok: false, error: outcome.error, detection }, null, 2) : undefined;
    throw new CliError(`${args.source}: ${nodeRenderer()(outcome.message)}`, 2, output);
  }
  if (!args.json) return formatScorecard(outcome.analysis, { colour: args.colour });
  return JSON.stringify({ detection: confirmDetection(detection, outcome.analysis.sentences), ...outcome.analysis }, null, 2);
}
