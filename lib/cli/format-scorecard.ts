import { factItems } from '../score/category-facts';
import { nodeRenderer } from '../text/catalogue-node';
import { text } from '../text/text';
import { LABELS, type Label, type PolicyAnalysis } from '../types';
import { GRADE_COLOURS, type GradeColourFamily } from '../score/grade-colours';

// A terminal has few colours: each grade is written in its colour family's ANSI code.
const ANSI_CODES: Record<GradeColourFamily, number> = { green: 32, yellow: 33, red: 31 };
const GRADE_COLOUR: Record<string, number> = Object.fromEntries(Object.entries(GRADE_COLOURS).map(([grade, { family }]) => [grade, ANSI_CODES[family]]));
const TITLES = { collected: 'labelCollected', purposes: 'labelPurposes', sharing: 'labelSharing', retention: 'labelRetention', rights: 'labelRights' } as const;
const render = nodeRenderer('en');

/** A tiny ANSI painter that does nothing when colour is off. */
function painter(colour: boolean) {
  return (code: number, text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
}

/** A category's facts on one line: the same facts the popup's card lists. */
function factsLine(analysis: PolicyAnalysis, label: Label): string {
  const items = factItems(analysis, label).map((f) => (f.detail ? `${render(f.name)} (${f.detail}${f.vague ? ', vague' : ''})` : render(f.name)));
  const contact = label === 'rights' && analysis.facts.contacts[0] ? [`contact ${analysis.facts.contacts[0].value}`] : [];
  return [...items, ...contact].join(', ');
}

/** The human-readable scorecard the `analyze` command prints. */
export function formatScorecard(analysis: PolicyAnalysis, options: { colour: boolean; evidencePerCategory?: number }): string {
  const paint = painter(options.colour);
  const byId = new Map(analysis.sentences.map((s) => [s.id, s]));
  const perCategory = options.evidencePerCategory ?? 3;
  const lines: string[] = [];
  const { score } = analysis;
  lines.push(`${paint(1, analysis.title || analysis.url)}`);
  lines.push(`${paint(2, `${analysis.url} · ${analysis.language.code} · ${analysis.words} words · ${analysis.sentences.length} sentences${analysis.truncated ? ' · truncated' : ''}`)}`);
  lines.push('');
  lines.push(`Grade ${paint(GRADE_COLOUR[score.grade] ?? 0, paint(1, score.grade))}  (${score.points} points)`);
  for (const reason of score.reasons) {
    lines.push(`  ${reason.points > 0 ? paint(32, `+${reason.points}`) : paint(31, String(reason.points))} ${render(reason.reason)}`);
  }
  for (const label of LABELS) {
    const card = score.categories[label];
    lines.push('');
    lines.push(`${paint(1, render(text(TITLES[label])))} ${paint(2, `[${card.status}]`)}`);
    lines.push(`  ${render(card.summary)}`);
    const facts = factsLine(analysis, label);
    if (facts) lines.push(`  ${paint(36, facts)}`);
    for (const id of card.evidence.slice(0, perCategory)) {
      const sentence = byId.get(id);
      if (sentence) lines.push(`  ${paint(2, `${id}:`)} “${sentence.text.length > 220 ? sentence.text.slice(0, 217) + '…' : sentence.text}”`);
    }
    if (card.evidence.length > perCategory) lines.push(`  ${paint(2, `… ${card.evidence.length - perCategory} more (use --json for all)`)}`);
  }
  return lines.join('\n');
}
