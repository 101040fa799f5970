import { GDPR_RIGHTS, inGroup } from '../facts/fact-groups';
import { periodText } from '../facts/period-text';
import { lower, type Text, text, type TextParam } from '../text/text';
import { LABELS, type CategoryCard, type Label, type LabelledSentence, type PolicyFacts } from '../types';

type Card = Omit<CategoryCard, 'label' | 'evidence'>;
const MAX_NAMES = 4;

/** The first few names of a list ("name, e-mail address and 3 more"), lower-cased for running text when asked. */
export function nameList(items: { name: Text }[], { max = MAX_NAMES, lowerCase = true } = {}): TextParam {
  const shown = items.slice(0, max).map((item) => (lowerCase ? lower(item.name) : item.name));
  const more = items.length - shown.length;
  return more > 0 ? text('listAndMore', shown, more) : shown;
}

const card = (status: Card['status'], summary: Text): Card => ({ status, summary });

const SUMMARIES: Record<Label, (f: PolicyFacts, evidence: number) => Card> = {
  collected: (f, n) =>
    f.dataTypes.length
      ? card('clear', text('cardCollects', nameList(f.dataTypes)))
      : n
        ? card('vague', text('cardCollectsVague'))
        : card('missing', text('cardCollectsMissing')),
  purposes: (f, n) =>
    f.purposes.length
      ? card('clear', text('cardPurposes', nameList(f.purposes)))
      : n
        ? card('vague', text('cardPurposesVague'))
        : card('missing', text('cardPurposesMissing')),
  sharing: (f, n) => {
    const named = f.thirdParties.filter((t) => t.kind === 'named');
    const categories = f.thirdParties.filter((t) => t.kind === 'category' && t.key !== 'partners');
    if (f.sellsData.length) return card('clear', text('cardSells'));
    if (named.length === 1) return card('clear', text('cardSharesNamedOne', named[0]!.name));
    if (named.length) return card('clear', text('cardSharesNamed', named.length, nameList(named, { lowerCase: false })));
    if (categories.length) return card('clear', text('cardSharesCategories', nameList(categories)));
    if (n) return card('vague', text('cardSharesVague'));
    return card('missing', text('cardSharesMissing'));
  },
  retention: (f, n) => {
    const concrete = f.retention.filter((r) => r.days !== null).sort((a, b) => b.days! - a.days!);
    if (concrete.length) {
      const longest = concrete[0]!;
      return concrete.length === 1
        ? card('clear', text('cardRetentionOne', periodText(longest.days!), longest.appliesToName))
        : card('clear', text('cardRetention', concrete.length, periodText(longest.days!), longest.appliesToName));
    }
    if (f.retention.length || n) return card('vague', text('cardRetentionVague', f.retention[0]?.text ?? text('noPeriodGiven')));
    return card('missing', text('cardRetentionMissing'));
  },
  rights: (f, n) => {
    const gdpr = f.rights.filter((r) => inGroup(GDPR_RIGHTS, r.key)).length;
    const contact = f.contacts[0]?.value;
    if (f.rights.length) return card(gdpr >= 3 ? 'clear' : 'vague', contact ? text('cardRightsContact', gdpr, contact) : text('cardRights', gdpr));
    if (n) return card('vague', text('cardRightsVague'));
    return card('missing', text('cardRightsMissing'));
  },
};

/** The status and one-line summary of a category card from the facts and how many sentences speak to it. */
export const cardSummary = (label: Label, facts: PolicyFacts, evidence: number): Card => SUMMARIES[label](facts, evidence);

/** One card per label: status, a one-line summary (a catalogue message), and the evidence sentences. */
export function categoryCards(facts: PolicyFacts, sentences: LabelledSentence[]): Record<Label, CategoryCard> {
  const cards = {} as Record<Label, CategoryCard>;
  for (const label of LABELS) {
    const evidence = sentences
      .filter((s) => s.labels.includes(label))
      .sort((a, b) => b.scores[label] - a.scores[label])
      .map((s) => s.id);
    cards[label] = { label, evidence, ...cardSummary(label, facts, evidence.length) };
  }
  return cards;
}
