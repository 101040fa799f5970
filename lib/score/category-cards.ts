import { GDPR_RIGHTS } from '../facts/lexicon';
import { formatDays } from '../facts/retention-periods';
import { LABELS, type CategoryCard, type Label, type LabelledSentence, type LocalizedText, type PolicyFacts } from '../types';

type Card = Omit<CategoryCard, 'label' | 'evidence'>;
const text = (en: string, nb: string): LocalizedText => ({ en, nb });
const list = (items: { name: LocalizedText }[], lang: 'en' | 'nb', max = 4) => {
  const shown = items.slice(0, max).map((i) => i.name[lang].toLowerCase());
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} ${lang === 'en' ? `and ${more} more` : `og ${more} til`}` : shown.join(', ');
};

const SUMMARIES: Record<Label, (f: PolicyFacts, evidence: number) => Card> = {
  collected: (f, n) =>
    f.dataTypes.length
      ? { status: 'clear', summary: text(`Collects ${list(f.dataTypes, 'en')}.`, `Samler inn ${list(f.dataTypes, 'nb')}.`) }
      : n
        ? { status: 'vague', summary: text('Mentions collecting data, but not which kinds.', 'Nevner innsamling, men ikke hvilke opplysninger.') }
        : { status: 'missing', summary: text('Does not say what data it collects.', 'Sier ikke hvilke opplysninger som samles inn.') },
  purposes: (f, n) =>
    f.purposes.length
      ? { status: 'clear', summary: text(`Purposes: ${list(f.purposes, 'en')}.`, `Formål: ${list(f.purposes, 'nb')}.`) }
      : n
        ? { status: 'vague', summary: text('Gives reasons only in general terms.', 'Oppgir formål bare i generelle ordelag.') }
        : { status: 'missing', summary: text('Does not say why data is used.', 'Sier ikke hva data brukes til.') },
  sharing: (f, n) => {
    const named = f.thirdParties.filter((t) => t.kind === 'named');
    const categories = f.thirdParties.filter((t) => t.kind === 'category' && t.key !== 'partners');
    if (f.sellsData.length) return { status: 'clear', summary: text('Says it sells or rents personal data.', 'Sier at den selger eller leier ut personopplysninger.') };
    if (named.length)
      return {
        status: 'clear',
        summary: text(
          `Shares with ${named.length} named ${named.length === 1 ? 'company' : 'companies'}: ${named.slice(0, 4).map((t) => t.name.en).join(', ')}${named.length > 4 ? ` and ${named.length - 4} more` : ''}.`,
          `Deler med ${named.length} ${named.length === 1 ? 'navngitt selskap' : 'navngitte selskaper'}: ${named.slice(0, 4).map((t) => t.name.nb).join(', ')}${named.length > 4 ? ` og ${named.length - 4} til` : ''}.`,
        ),
      };
    if (categories.length) return { status: 'clear', summary: text(`Shares with ${list(categories, 'en')}, without naming them.`, `Deler med ${list(categories, 'nb')}, uten å navngi dem.`) };
    if (n) return { status: 'vague', summary: text('Mentions sharing with third parties without naming them.', 'Nevner deling med tredjeparter uten å navngi dem.') };
    return { status: 'missing', summary: text('Does not say who receives data.', 'Sier ikke hvem som får data.') };
  },
  retention: (f, n) => {
    const concrete = f.retention.filter((r) => r.days !== null).sort((a, b) => b.days! - a.days!);
    if (concrete.length) {
      const longest = concrete[0]!;
      return {
        status: 'clear',
        summary: text(
          `Gives ${concrete.length} concrete period${concrete.length === 1 ? '' : 's'}; the longest is ${formatDays(longest.days!, 'en')} (${longest.appliesToName.en}).`,
          `Oppgir ${concrete.length} konkret${concrete.length === 1 ? '' : 'e'} lagringstid${concrete.length === 1 ? '' : 'er'}; den lengste er ${formatDays(longest.days!, 'nb')} (${longest.appliesToName.nb}).`,
        ),
      };
    }
    if (f.retention.length || n)
      return { status: 'vague', summary: text(`Only vague: "${f.retention[0]?.text ?? 'no period given'}".`, `Bare vagt: «${f.retention[0]?.text ?? 'ingen periode oppgitt'}».`) };
    return { status: 'missing', summary: text('Does not say how long data is kept.', 'Sier ikke hvor lenge data lagres.') };
  },
  rights: (f, n) => {
    const gdpr = f.rights.filter((r) => GDPR_RIGHTS.includes(r.key)).length;
    const contact = f.contacts[0]?.value;
    if (f.rights.length)
      return {
        status: gdpr >= 3 ? 'clear' : 'vague',
        summary: text(
          `Names ${gdpr} of 8 GDPR rights${contact ? `; contact ${contact}` : ''}.`,
          `Nevner ${gdpr} av 8 GDPR-rettigheter${contact ? `; kontakt ${contact}` : ''}.`,
        ),
      };
    if (n) return { status: 'vague', summary: text('Mentions choices, but no clear rights.', 'Nevner valg, men ingen klare rettigheter.') };
    return { status: 'missing', summary: text('Does not tell you your rights.', 'Forteller ikke hvilke rettigheter du har.') };
  },
};

/** One card per label: status, a one-line summary in both languages, and the evidence sentences. */
export function categoryCards(facts: PolicyFacts, sentences: LabelledSentence[]): Record<Label, CategoryCard> {
  const cards = {} as Record<Label, CategoryCard>;
  for (const label of LABELS) {
    const evidence = sentences
      .filter((s) => s.labels.includes(label))
      .sort((a, b) => b.scores[label] - a.scores[label])
      .map((s) => s.id);
    cards[label] = { label, evidence, ...SUMMARIES[label](facts, evidence.length) };
  }
  return cards;
}
