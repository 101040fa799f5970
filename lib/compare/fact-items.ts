// The facts of one category as keyed items, so two analyses can be compared fact by fact.
import type { SavedAnalysis } from '../storage/saved-site-schema';
import type { Label, LocalizedText } from '../types';

/** One fact of a category, with a key that stays the same across policies and versions. */
export interface FactItem {
  key: string;
  name: LocalizedText;
  /** Extra detail as written, e.g. the retention period or the vendor's role. */
  detail: string;
  vague: boolean;
  evidence: string[];
}

const TRANSFERS: LocalizedText = { en: 'Transfers outside the EEA', nb: 'Overføring ut av EØS' };
const SELLS: LocalizedText = { en: 'Sells data', nb: 'Selger data' };
const DENIES_SELLING: LocalizedText = { en: 'Does not sell data', nb: 'Selger ikke data' };

const item = (key: string, name: LocalizedText, evidence: string[], detail = '', vague = false): FactItem => ({ key, name, detail, vague, evidence });

/** The facts of a category as keyed items (the same facts a category card shows). */
export function factItems(analysis: Pick<SavedAnalysis, 'facts'>, label: Label): FactItem[] {
  const facts = analysis.facts;
  switch (label) {
    case 'collected':
      return facts.dataTypes.map((f) => item(f.key, f.name, f.evidence));
    case 'purposes':
      return facts.purposes.map((f) => item(f.key, f.name, f.evidence));
    case 'sharing': {
      const items = facts.thirdParties.map((f) => item(f.key, f.name, f.evidence, f.role));
      if (facts.transfersAbroad.length) items.push(item('transfers-abroad', TRANSFERS, facts.transfersAbroad));
      if (facts.sellsData.length) items.push(item('sells-data', SELLS, facts.sellsData));
      if (facts.deniesSelling.length) items.push(item('denies-selling', DENIES_SELLING, facts.deniesSelling));
      return items;
    }
    case 'retention':
      // A period is identified by what it applies to and how long it is, so "3 → 5 years" reads as a change.
      return facts.retention.map((f) => item(`${f.appliesTo}|${f.days ?? f.text.toLowerCase()}`, f.appliesToName, f.evidence, f.text, f.vague));
    case 'rights': {
      const items = facts.rights.map((f) => item(f.key, f.name, f.evidence));
      if (facts.authority) {
        const name = facts.authority.name;
        items.push(item(`authority|${name.toLowerCase()}`, { en: `Complain to ${name}`, nb: `Klage til ${name}` }, facts.authority.evidence));
      }
      return items;
    }
  }
}

/** Evidence sentences by id, in document order, with their text (ids the saved copy lacks are skipped). */
export function sentencesOf(analysis: Pick<SavedAnalysis, 'sentences'>, ids: readonly string[]): { id: string; text: string; heading: string }[] {
  const wanted = new Set(ids);
  return analysis.sentences.filter((s) => wanted.has(s.id)).map(({ id, text, heading }) => ({ id, text, heading }));
}
