// What the background reports about a tab, state by state, and the steps of finding and analysing a policy.
import type * as v from 'valibot';
import type { PageDetection } from '../detect/detection-types';
import type { AnalysisStepSchema, PolicySourceSchema } from '../schemas/storage';
import type { Text } from '../text/text';
import type { LanguageGuess, PolicyAnalysis } from '../types';

/** Steps of finding and analysing a policy, shown as progress in the popup. */
export type AnalysisStep = v.InferOutput<typeof AnalysisStepSchema>;

/** Where the analysed policy text came from. */
export type PolicySource = v.InferOutput<typeof PolicySourceSchema>;

/** What the popup shows for a tab: one state per screen. */
export type TabReport =
  | { state: 'restricted'; url: string }
  | { state: 'not-analysed'; site: string; url: string; detection: PageDetection | null }
  | { state: 'analysing'; site: string; url: string; step: AnalysisStep }
  | { state: 'no-policy-found'; site: string; url: string; tried: string[] }
  | { state: 'failed'; site: string; url: string; policyUrl: string | null; reason: Text }
  | { state: 'unsupported-language'; site: string; url: string; policyUrl: string; language: LanguageGuess; reason: Text }
  | { state: 'analysed'; site: string; url: string; policyUrl: string; source: PolicySource; fromCache: boolean; analysis: PolicyAnalysis };
