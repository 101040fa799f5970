import { parse } from '../schemas/common';
import { messageKey } from '../schemas/text';
import { type Text, text } from '../text/text';
import { factTables } from './fact-tables';
import { matchingEntries } from './lexicon';
import units from './retention-units.json';

/** A retention period found in one sentence. */
export interface FoundPeriod {
  text: string;
  days: number | null;
  vague: boolean;
  appliesTo: string;
  appliesToName: Text;
}

const NUMBER_WORDS: Record<string, number> = units.numberWords;
const UNIT_DAYS: [RegExp, number][] = Object.entries(units.unitDays).map(([pattern, days]) => [new RegExp(`^${pattern}$`, 'i'), days]);
const DURATION = new RegExp(
  `\\b(\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})(?:\\s*\\(\\d+\\))?\\s*(${Object.keys(units.unitDays).join('|')})\\b`,
  'gi',
);
const VAGUE = new RegExp(units.vague.join('|'), 'i');
/** A record name from retention-units.json as a catalogue message (its presence in both locales is tested). */
function recordName(name: string): Text {
  const key = parse(messageKey, name, 'retention record name');
  if (!key.ok) throw new Error(key.reason);
  return text(key.value);
}
const RECORDS = units.records.map((r) => ({ key: r.key, name: recordName(r.name), pattern: new RegExp(r.pattern, 'i') }));
// "within 30 days" of a request is a response time, not a retention period.
const RESPONSE_TIME = /\b(respond|reply|answer|svare|besvare|behandle (henvendelsen|forespørselen))\w*\b[^.]{0,40}$/i;
// "at most once per 12 months", "every 6 months": how often, not how long.
const FREQUENCY = /\b(once|twice|times|per|every|each|a|hver|hvert|hvers|gang(er)? (per|i|hver))\s*$/i;
// A cookie's lifetime (a cookie-table row or a sentence about cookies) is not how long the site keeps your data.
const COOKIE_CONTEXT = /cookie|informasjonskaps|kapsl|\b(essential|functional|important|necessary|analytics|marketing|nødvendig|funksjonell|statistikk|markedsføring)\.?\s*$/i;
const COOKIES = { key: 'cookies', name: text('factRecordCookies') };

/** What a retention sentence is about: a kind of record, a data type, or 'general'. */
function subjectOf(sentence: string): { key: string; name: Text } {
  if (COOKIE_CONTEXT.test(sentence)) return COOKIES;
  const record = RECORDS.find((r) => r.pattern.test(sentence));
  if (record) return { key: record.key, name: record.name };
  const dataType = matchingEntries(sentence, factTables().dataTypes).find((d) => d.key !== 'name');
  if (dataType) return { key: dataType.key, name: dataType.name };
  return { key: 'general', name: text('factRecordGeneral') };
}

function unitDays(unit: string): number {
  return UNIT_DAYS.find(([pattern]) => pattern.test(unit))?.[1] ?? 0;
}

/** Retention periods in a sentence: concrete durations ("5 years" → 1825 days) and vague ones ("as long as necessary"). */
export function retentionPeriods(sentence: string): FoundPeriod[] {
  const subject = subjectOf(sentence);
  const found: FoundPeriod[] = [];
  for (const match of sentence.matchAll(DURATION)) {
    const before = sentence.slice(0, match.index);
    if (RESPONSE_TIME.test(before) || FREQUENCY.test(before)) continue;
    const raw = match[1]!.toLowerCase();
    const amount = NUMBER_WORDS[raw] ?? Number(raw.replace(',', '.'));
    const days = Math.round(amount * unitDays(match[2]!));
    if (days > 0) found.push({ text: match[0], days, vague: false, appliesTo: subject.key, appliesToName: subject.name });
  }
  if (found.length === 0) {
    const vague = VAGUE.exec(sentence);
    if (vague) found.push({ text: vague[0], days: null, vague: true, appliesTo: subject.key, appliesToName: subject.name });
  }
  return found;
}
