// The kinds of cookies a policy admits or denies using: "we use analytics cookies", "we do not use
// third-party cookies", "vi bruker kun nødvendige informasjonskapsler". Sentence-level patterns in
// English and Norwegian; a denial needs a negated use-verb before the kind, in the same clause.
import type { CookieKind, CookieKindStatement, PolicySentence } from '../types';

const COOKIE_WORD = /cookie|informasjonskaps|kapsl|sporingsteknolog|tracking technolog/i;
const KIND_WORDS: [CookieKind, RegExp][] = [
  ['third-party', /third[- ]part(y|ies)|tredjepart\w*/i],
  // "Tracking technologies" is the generic word for cookies and pixels, not a kind of them.
  ['marketing', /marketing|advertis\w*|\btargeting|\btargeted|retargeting|remarketing|\btracking\b(?! technolog)|markedsføring\w*|reklame\w*|annonse\w*|målrett\w*/i],
  ['analytics', /analytic\w*|statistic\w*|statistikk\w*|\bperformance\b|measur\w*|\banalys\w*|ytelse\w*|måling\w*/i],
  ['functional', /functional\w*|\bpreference\w*|funksjonel\w*|preferanse\w*/i],
  // "non-essential" / "ikke-nødvendige" names the other kinds.
  ['essential', /(?<!non-|non |ikke-|ikke )(strictly necessary|\bnecessary\b|\bessential\b|\brequired\b|\btechnical\b|nødvendig\w*|essensiel\w*|teknisk\w*)/i],
];
// How far (characters) a kind word may be from the cookie word it describes: "cookies for marketing purposes".
const NEAR = 50;
const NEGATED_USE = [
  /\b(do not|don't|does not|doesn't|never|will not|won't|are not|is not|aren't|isn't)\s+(currently\s+|ourselves\s+|knowingly\s+)?(use|set|place|store|employ|deploy|utili[sz]e|used|placed|stored|employed)\b/i,
  /\b(we|site|website)\s+(use|uses|set|sets|place|places)\s+no\b/i,
  /\bno\s+[\w-]+(\s+[\w-]+)?\s+(cookies|informasjonskapsler)\s+(are|is|will be)\s+(used|set|placed|stored)\b/i,
  /\b(bruker|benytter|setter|lagrer|plasserer)\s+(vi\s+|nettstedet\s+|siden\s+)?(oss\s+)?(ikke|aldri|ingen)\b/i,
  /\bingen\s+[\wæøå-]+(\s+[\wæøå-]+)?\s+(brukes|benyttes|settes|lagres)\b/i,
];
// The reader's own actions ("if you do not accept marketing cookies") are not the site's denial.
const READER_SUBJECT = /\b(you|your browser|du|nettleseren din)\s*$/i;
// "…will not set analytics cookies without your consent" promises consent, it does not deny the kind.
const CONDITIONAL = /without (your )?(prior )?consent|unless|until|before you|uten (ditt |ditt forhånds)?samtykke|med mindre|før du|inntil/i;
const ONLY_ESSENTIAL = [
  /\b(only|solely|exclusively|just)\b[^.;]{0,40}\b(strictly necessary|necessary|essential|technical|functional)\b[^.;]{0,30}(cookie)/i,
  /\b(kun|bare|utelukkende)\b[^.;]{0,40}\b(nødvendige|strengt nødvendige|essensielle|tekniske|funksjonelle)\b[^.;]{0,30}(informasjonskaps|cookie|kapsl)/i,
];

/** The clauses of a sentence (a denial in one clause says nothing about the next: "…, but we use …"). */
const clauses = (text: string) => text.split(/[;:]|,\s*(?:but|however|men|derimot)\b|\.\s/i);

/** Positions where a kind word stands near a cookie word in a clause. */
function kindMentions(clause: string): { kind: CookieKind; index: number }[] {
  if (!COOKIE_WORD.test(clause)) return [];
  const cookieAt = [...clause.matchAll(new RegExp(COOKIE_WORD.source, 'gi'))].map((m) => m.index!);
  if (cookieAt.length === 0) return [];
  const found: { kind: CookieKind; index: number }[] = [];
  for (const [kind, pattern] of KIND_WORDS) {
    for (const match of clause.matchAll(new RegExp(pattern.source, 'gi'))) {
      if (cookieAt.some((at) => Math.abs(at - match.index!) <= NEAR)) {
        found.push({ kind, index: match.index! });
        break;
      }
    }
  }
  return found;
}

/** Is the kind word at `index` under a negated use that starts before it ("we do not use …", "no … cookies are set")? */
function deniedBefore(clause: string, index: number): boolean {
  if (CONDITIONAL.test(clause)) return false;
  return NEGATED_USE.some((pattern) => {
    const match = pattern.exec(clause);
    return match !== null && match.index <= index && !READER_SUBJECT.test(clause.slice(0, match.index));
  });
}

/** What kinds of cookies the policy says it uses (admits) or does not use (denies), with evidence sentences. */
export function cookieKinds(sentences: PolicySentence[]): CookieKindStatement[] {
  const statements = new Map<string, CookieKindStatement>();
  const add = (kind: CookieKind, stance: CookieKindStatement['stance'], id: string) => {
    const key = `${kind}|${stance}`;
    const statement = statements.get(key) ?? { kind, stance, evidence: [] };
    if (!statement.evidence.includes(id)) statement.evidence.push(id);
    statements.set(key, statement);
  };
  for (const sentence of sentences) {
    if (!COOKIE_WORD.test(sentence.text) && !COOKIE_WORD.test(sentence.heading)) continue;
    for (const clause of clauses(sentence.text)) {
      if (ONLY_ESSENTIAL.some((pattern) => pattern.test(clause)) && !CONDITIONAL.test(clause)) {
        add('essential', 'admits', sentence.id);
        add('analytics', 'denies', sentence.id);
        add('marketing', 'denies', sentence.id);
        continue;
      }
      for (const { kind, index } of kindMentions(clause)) add(kind, deniedBefore(clause, index) ? 'denies' : 'admits', sentence.id);
    }
  }
  return [...statements.values()];
}
