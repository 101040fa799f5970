import type { PolicyFacts, ScorePoint, Scorecard } from '../types';
import { gradeFor } from './grade-bands';
import { categoryCards } from './category-cards';
import rubric from './rubric.json';
import { RULES } from './rubric-rules';
import type { LabelledSentence } from '../types';

export { gradeFor } from './grade-bands';

/** Apply every rubric rule to the facts; each rule that fires is a listed reason. */
export function rubricPoints(facts: PolicyFacts): ScorePoint[] {
  const points: ScorePoint[] = [];
  for (const rule of rubric.rules) {
    const condition = RULES[rule.id];
    const found = condition?.(facts);
    if (!found) continue;
    points.push({
      rule: rule.id,
      points: rule.points,
      reason: { en: rule.reason.en.replace('{detail}', found.detail.en), nb: rule.reason.nb.replace('{detail}', found.detail.nb) },
      evidence: found.evidence,
    });
  }
  return points.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
}

/** The scorecard: grade from the rubric, every point that moved it, and the five category cards. */
export function scorePolicy(facts: PolicyFacts, sentences: LabelledSentence[]): Scorecard {
  const reasons = rubricPoints(facts);
  const points = reasons.reduce((sum, p) => sum + p.points, rubric.base);
  return { grade: gradeFor(points), points, reasons, categories: categoryCards(facts, sentences) };
}
