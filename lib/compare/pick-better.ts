// Which of the compared sites is better on one row, when the row's values only partly order the sites.

/** Compare two values: > 0 when `a` is better for the shopper, < 0 when worse, 0 when neither. */
export type Preference<T> = (a: T, b: T) => number;

/** The better sites (indexes) and the best of the others, to say "instead of" what. */
export interface BetterPick {
  winners: number[];
  runnerUp: number;
}

/**
 * The sites no other site beats and that beat at least one (winners), and the best site the first winner beats
 * (runner-up).
 * Sites without a value (null) take no part. Null when fewer than two sites have values or none is better.
 */
export function pickBetter<T>(values: (T | null)[], prefer: Preference<T>): BetterPick | null {
  const present = values.flatMap((value, index) => (value === null ? [] : [index]));
  if (present.length < 2) return null;
  const unbeaten = (among: number[]) => among.filter((i) => among.every((j) => prefer(values[i]!, values[j]!) >= 0));
  const winners = unbeaten(present).filter((i) => present.some((j) => prefer(values[i]!, values[j]!) > 0));
  if (winners.length === 0) return null;
  // "Instead of" names a site the winner really beats: the best of those.
  const beaten = present.filter((j) => !winners.includes(j) && prefer(values[winners[0]!]!, values[j]!) > 0);
  const runnerUp = unbeaten(beaten)[0] ?? beaten[0]!;
  return { winners, runnerUp };
}

/** Compare by criteria in order: the first that differs decides; returns its index too (for the reason). */
export function byCriteria<T>(...criteria: ((value: T) => number)[]): { prefer: Preference<T>; decidingCriterion: (a: T, b: T) => number } {
  const decidingCriterion = (a: T, b: T) => criteria.findIndex((criterion) => criterion(a) !== criterion(b));
  return {
    prefer: (a, b) => {
      const index = decidingCriterion(a, b);
      return index < 0 ? 0 : Math.sign(criteria[index]!(a) - criteria[index]!(b));
    },
    decidingCriterion,
  };
}
