import type { PolicyFacts, ScorePoint, Scorecard } from '../types';
import { gradeFor } from './grade-bands';
import { categoryCards } from './category-cards';
import { base, rules } from './rubric.json';
import { isRuleId, RULE_REASONS, RULES } from './rubric-rules';
import { text } from '../text/text';
import type { LabelledSentence } from '../types';

export { gradeFor } from './grade-bands';

/** Apply every rubric rule to the facts; each rule that fires is a listed reason. */
export function rubricPoints(facts: PolicyFacts): ScorePoint[] {
  const points: ScorePoint[] = [];
  for (const rule of rules) {
    const id = rule.id;
    if (!isRuleId(id)) continue;
    const found = RULES[id](facts);
    if (!found) continue;
    const reason = found.detail === null ? text(RULE_REASONS[id]) : text(RULE_REASONS[id], found.detail);
    points.push({ rule: rule.id, points: rule.points, reason, evidence: found.evidence });
  }
  return points.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
}

/** The scorecard: grade from the rubric, every point that moved it, and the five category cards. */
export function scorePolicy(facts: PolicyFacts, sentences: LabelledSentence[]): Scorecard {
  const reasons = rubricPoints(facts);
  const points = reasons.reduce((sum, p) => sum + p.points, base);
  return { grade: gradeFor(points), points, reasons, categories: categoryCards(facts, sentences) };
}
