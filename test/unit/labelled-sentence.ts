// A labelled sentence for fact tests: the labels given score 0.9, the others 0.1; ids count up.
import { LABELS, type Label, type LabelledSentence } from '@/lib/types';

let next = 0;

/** A sentence as the classifier would hand it to the facts, optionally a list item under `leadIn`. */
export function labelledSentence(text: string, labels: Label[], leadIn?: string): LabelledSentence {
  return {
    id: `s${next++}`,
    text,
    heading: '',
    section: 0,
    labels,
    scores: Object.fromEntries(LABELS.map((l) => [l, labels.includes(l) ? 0.9 : 0.1])) as Record<Label, number>,
    ...(leadIn ? { leadIn } : {}),
  };
}
