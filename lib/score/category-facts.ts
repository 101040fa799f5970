// The facts each category shows, written once: the popup's category cards, the comparison table, its
// change notices and the CLI all list a category's facts from here.
import { type Text, text, verbatim } from '../text/text';
import type { Label, PolicyFacts } from '../types';

/** One fact of a category, with a key that stays the same across policies and versions. */
export interface FactItem {
  key: string;
  name: Text;
  /** Extra detail as written: the retention period as the policy puts it, or a vendor's role. */
  detail: string;
  vague: boolean;
  evidence: string[];
}

const item = (key: string, name: Text, evidence: string[], detail = '', vague = false): FactItem => ({ key, name, detail, vague, evidence });

/** The facts of a category as keyed items, in the order the policy's facts list them. */
export function factItems(analysis: { facts: PolicyFacts }, label: Label): FactItem[] {
  const facts = analysis.facts;
  switch (label) {
    case 'collected':
      return facts.dataTypes.map((f) => item(f.key, f.name, f.evidence));
    case 'purposes':
      return facts.purposes.map((f) => item(f.key, f.name, f.evidence));
    case 'sharing': {
      const items = facts.thirdParties.map((f) => item(f.key, f.name, f.evidence, f.role));
      if (facts.transfersAbroad.length) items.push(item('transfers-abroad', text('chipTransfers'), facts.transfersAbroad));
      if (facts.sellsData.length) items.push(item('sells-data', text('chipSells'), facts.sellsData));
      if (facts.deniesSelling.length) items.push(item('denies-selling', text('chipDeniesSelling'), facts.deniesSelling));
      return items;
    }
    case 'retention':
      // A period is identified by what it applies to and how long it is, so "3 → 5 years" reads as a change.
      return facts.retention.map((f) => item(`${f.appliesTo}|${f.days ?? f.text.toLowerCase()}`, f.appliesToName, f.evidence, f.text, f.vague));
    case 'rights': {
      const items = facts.rights.map((f) => item(f.key, f.name, f.evidence));
      if (facts.authority) {
        const name = facts.authority.name;
        items.push(item(`authority|${name.toLowerCase()}`, text('chipComplainTo', verbatim(name)), facts.authority.evidence));
      }
      return items;
    }
  }
}

/** Sentences by id, in document order, with their text and heading (ids a saved copy lacks are skipped). */
export function sentencesOf<S extends { id: string; text: string; heading: string }>(analysis: { sentences: S[] }, ids: readonly string[]): { id: string; text: string; heading: string }[] {
  const wanted = new Set(ids);
  return analysis.sentences.filter((s) => wanted.has(s.id)).map(({ id, text: words, heading }) => ({ id, text: words, heading }));
}
