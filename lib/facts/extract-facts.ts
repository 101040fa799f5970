import type { EvidencedFact, Label, LabelledSentence, PolicyFacts, RetentionFact, ThirdPartyFact } from '../types';
import { factTables } from './fact-tables';
import { affirmedEntries, matchingEntries, type LexiconEntry } from './lexicon';
import { complaintAuthority, siteContacts } from './contacts';
import { namedParties } from './named-parties';
import { retentionPeriods } from './retention-periods';
import { cookieKinds } from './cookie-kinds';
import { declaredCookies } from './declared-cookies';

const ABROAD = /outside (the )?(eea|eu|european|norway)|third countr|international(ly)? transfer|transferr\w* to (the )?(united states|usa|us\b)|standard contractual clauses|data privacy framework|privacy shield|utenfor (eøs|eu|norge)|tredjeland|standard personvernbestemmelser|overf\w+ til usa/i;
// Selling or renting PERSONAL DATA, not goods ("lets us sell our products") or the business itself
// ("if the company is sold"): the verb must reach a data noun within the same clause.
const SELLS = new RegExp(
  [
    String.raw`\b(?:sell|sells|sold|selling|rent|rents|rented|renting|trade|trades|traded)\b(?!\s+(?:\w+\s+){0,2}?(?:business|company|companies|assets|shares|stores?|shops?|products?|goods|services|items|tickets|gift cards))[^,.;:]{0,60}?\b(?:data|information|informations|info|details|lists?|names|addresses|e-?mails?|profiles?)\b`,
    String.raw`\bsale (?:of|or sharing of) (?:your |their )?(?:personal|data|information)`,
    String.raw`\b(?:selge[rs]?|solgt|leie[rs]? ut|leies ut|videreselge[rs]?|videresalg)\b[^,.;:]{0,50}?(?:opplysning|data|informasjon|kundelist|adresse|e-?post)`,
    String.raw`\b(?:personopplysning|opplysning|data|informasjon|kundelist)\w*[^,.;:]{0,40}?\b(?:selges|selger|solgt|leies ut)\b`,
    String.raw`\b(?:data|information|details|address(?:es)?|e-?mails?|names|lists?|profiles?)\b(?:(?!company|business|shop|store)[^,.;:]){0,40}?\b(?:is|are|be|been|get)\s+(?:sold|rented|traded)\b`,
  ].join('|'),
  'i',
);
const NEGATED = /\b(not|never|no|don't|doesn't|won't|will not|do not|does not|ikke|aldri|ingen)\b/i;

/** Collect lexicon matches over sentences into facts with evidence ids (`affirmed`: not from a denial such as "we do not use …"). */
function collect(sentences: LabelledSentence[], lexicon: LexiconEntry[], affirmed = true): Map<string, { entry: LexiconEntry; evidence: string[] }> {
  const found = new Map<string, { entry: LexiconEntry; evidence: string[] }>();
  for (const sentence of sentences) {
    for (const entry of (affirmed ? affirmedEntries : matchingEntries)(sentence.text, lexicon)) {
      const fact = found.get(entry.key) ?? { entry, evidence: [] };
      fact.evidence.push(sentence.id);
      found.set(entry.key, fact);
    }
  }
  return found;
}

function toFacts(found: Map<string, { entry: LexiconEntry; evidence: string[] }>): EvidencedFact[] {
  return [...found.values()].map(({ entry, evidence }) => ({ key: entry.key, name: entry.name, evidence }));
}

const withLabel = (sentences: LabelledSentence[], ...labels: Label[]) => sentences.filter((s) => labels.some((l) => s.labels.includes(l)));

function thirdParties(sentences: LabelledSentence[]): ThirdPartyFact[] {
  const named = namedParties(sentences);
  const categories = [...collect(withLabel(sentences, 'sharing'), factTables().recipients).values()].map(({ entry, evidence }) => ({
    key: entry.key, name: entry.name, evidence, kind: 'category' as const, role: entry.role ?? 'other',
  }));
  return [...named, ...categories];
}

function retention(sentences: LabelledSentence[]): RetentionFact[] {
  const facts = new Map<string, RetentionFact>();
  for (const sentence of withLabel(sentences, 'retention')) {
    for (const period of retentionPeriods(sentence.text)) {
      const key = `${period.appliesTo}|${period.days ?? period.text.toLowerCase()}`;
      const fact = facts.get(key) ?? { ...period, evidence: [] };
      fact.evidence.push(sentence.id);
      facts.set(key, fact);
    }
  }
  return [...facts.values()];
}

/** A rights sentence that names an authority ("contact the CNIL") offers the right to complain. */
function withComplaint(rights: ReturnType<typeof collect>, sentences: LabelledSentence[], authority: PolicyFacts['authority']): ReturnType<typeof collect> {
  const evidence = withLabel(sentences, 'rights').filter((s) => authority?.evidence.includes(s.id)).map((s) => s.id);
  const complaint = factTables().rights.find((r) => r.key === 'complaint');
  if (evidence.length && complaint && !rights.has('complaint')) rights.set('complaint', { entry: complaint, evidence });
  return rights;
}

/** Turn labelled sentences into normalised facts, each pointing at its evidence sentences. */
export function extractFacts(sentences: LabelledSentence[]): PolicyFacts {
  const sharing = withLabel(sentences, 'sharing');
  const sellingSentences = sharing.filter((s) => SELLS.test(s.text));
  const authority = complaintAuthority(sentences);
  const rights = collect(withLabel(sentences, 'rights'), factTables().rights, false);
  return {
    dataTypes: toFacts(collect(withLabel(sentences, 'collected'), factTables().dataTypes)),
    purposes: toFacts(collect(withLabel(sentences, 'purposes'), factTables().purposes)),
    thirdParties: thirdParties(sentences),
    transfersAbroad: sharing.filter((s) => ABROAD.test(s.text)).map((s) => s.id),
    sellsData: sellingSentences.filter((s) => !NEGATED.test(s.text)).map((s) => s.id),
    deniesSelling: sellingSentences.filter((s) => NEGATED.test(s.text)).map((s) => s.id),
    retention: retention(sentences),
    rights: toFacts(withComplaint(rights, sentences, authority)),
    contacts: siteContacts(sentences),
    authority,
    declaredCookies: declaredCookies(sentences),
    cookieKinds: cookieKinds(sentences),
  };
}
