import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import behaviourRubric from '../../lib/score/behaviour-rubric.json';
import rubric from '../../lib/score/rubric.json';
import { LABELS } from '../../lib/types';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('documents every rubric rule and every behaviour rule with its points', () => {
    for (const rule of [...rubric.rules, ...behaviourRubric.rules]) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${rule.id}\` |`));
      expect(row, `README row for ${rule.id}`).toBeDefined();
      const points = rule.points > 0 ? `+${rule.points}` : `−${-rule.points}`;
      expect(row).toContain(`| ${points} |`);
    }
  });

  it('states the base score and the grade bands of the rubric', () => {
    expect(readme).toContain(`starts at **${rubric.base} points**`);
    for (const band of rubric.grades.filter((g) => g.min > -1000)) expect(readme).toContain(`${band.grade} ≥ ${band.min}`);
    expect(readme).toContain(`at\nmost ${behaviourRubric.cap} once any of them applies`);
  });

  it('lists the five labels in the order the scorecard shows them', () => {
    const table = readme.slice(readme.indexOf('| card | label |'));
    const labels = [...table.slice(0, table.indexOf('\n\n')).matchAll(/^\| [^|]+ \| `([a-z]+)` \|/gm)].map((match) => match[1]);
    expect(labels).toEqual([...LABELS]);
  });
});
