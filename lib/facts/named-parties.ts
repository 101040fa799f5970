// Named third parties: every company named in a sharing or processor statement (or in a list under a
// lead-in such as "We use the following processors:"). Our vendor table adds the role of the companies
// it knows; a company it does not know is still a named third party.
import type { LabelledSentence, ThirdPartyFact } from '../types';
import { verbatim } from '../text/text';
import { matchingEntries } from './lexicon';
import { factTables } from './fact-tables';
import { isNegatedAt } from './negation';
import { lowerCaseWords, partyKey, partyNames, roleHint } from './party-names';

// A lead-in that introduces recipients: processors, partners, tools, "vi bruker følgende …".
const SHARING_LEAD_IN =
  /processors?|service providers?|providers?|partners?|suppliers?|vendors?|third[- ]part|recipients?|share|disclose|transfer|the following (?:services|tools|companies|systems)|databehandler|leverandør|partner|tredjepart|mottaker|deler|utleveres|overføre|følgende (?:tjenester|verktøy|selskap|systemer)/i;
// Wording that hands data to a company even where the classifier did not say `sharing`.
const PROCESSOR_CUE =
  /\b(?:hosted|processed|provided|operated|powered|handled|stored|delivered|sent|shipped) (?:by|with|at|on|through|via)\b|\b(?:shared?|disclosed?|transferred|passed on) (?:to|with)\b|\b(?:levert|leveres|driftet|driftes|håndtert|håndteres|behandlet|behandles|utført|utføres|sendt|sendes|lagret|lagres) (?:av|hos|med|via|gjennom)\b|\b(?:deles|delt) med|\b(?:overføres|utleveres|overført|utlevert) til|\bdatabehandler/i;
// A sentence that names the site itself: the controller, its organisation number, its owner.
// ("an independent controller", "selvstendig behandlingsansvarlig" is someone else.)
const OWN_CUE =
  /(?<!independent |separate |own |selvstendig |egen |eget )(?:data )?controller|(?<!selvstendig |egen )behandlingsansvarlig|org\.? ?nr|organisation number|organisasjonsnummer|company number|owned by|operated by|eies av|drives av|ansvarlig for (?:behandlingen|personopplysning)|\((?:"|“|')?(?:we|us|vi|oss)\b|["“'](?:we|us|vi|oss)["”']/i;

// A name that opens a sentence ends within this many characters.
const OPENER_CHARS = 80;

const BRAND_EXAMPLES = /\b(?:brands|merker) (?:such as|like|including|som)\b.*$/i;

const isItem = (s: LabelledSentence) => Boolean(s.leadIn);
const inSharingContext = (s: LabelledSentence) => s.labels.includes('sharing') || (isItem(s) && SHARING_LEAD_IN.test(s.leadIn!)) || PROCESSOR_CUE.test(s.text);
const inVendorContext = (s: LabelledSentence) => inSharingContext(s) || s.labels.includes('collected') || s.labels.includes('purposes');

/** Names the policy uses for the site itself: its e-mail domains, the controller, names that open several sentences. */
function ownNames(sentences: LabelledSentence[], lower: Set<string>): Set<string> {
  const own = new Set<string>();
  const openers = new Map<string, number>();
  for (const s of sentences) {
    for (const [, domain] of s.text.matchAll(/@(?:[\w-]+\.)*?([\w-]+)\.[a-z]{2,}\b/gi)) own.add(partyKey(domain!));
    // All names only where the sentence speaks of the site itself; else just the opening words.
    const ownCue = OWN_CUE.test(s.text);
    const names = partyNames(ownCue ? s.text : s.text.slice(0, OPENER_CHARS), lower, true);
    if (ownCue) for (const n of names) own.add(partyKey(n.name.split(' ')[0]!));
    const opener = names.find((n) => n.index <= 2);
    if (opener) openers.set(partyKey(opener.name), (openers.get(partyKey(opener.name)) ?? 0) + 1);
  }
  for (const [key, count] of openers) if (count >= 2) own.add(key);
  return own;
}

// The global twin of each vendor pattern, built once (matchAll needs the 'g' flag).
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g')));
  return global;
}

/** Named third parties with their evidence sentences: table vendors with their role, other companies with a role guessed from their context. */
export function namedParties(sentences: LabelledSentence[]): ThirdPartyFact[] {
  const facts = new Map<string, ThirdPartyFact>();
  const add = (key: string, name: string, role: string, id: string) => {
    const fact = facts.get(key) ?? { key, name: verbatim(name), evidence: [], kind: 'named' as const, role };
    if (!fact.evidence.includes(id)) fact.evidence.push(id);
    facts.set(key, fact);
  };
  const lower = lowerCaseWords(sentences.flatMap((s) => [s.text, s.heading]));
  const own = ownNames(sentences, lower);
  const vendors = factTables().vendors;
  const vendorKeys = new Set(vendors.map((v) => v.key));
  for (const s of sentences.filter(inVendorContext)) {
    // Card brands "such as Visa and Mastercard" describe a payment standard, not recipients.
    const text = s.text.replace(BRAND_EXAMPLES, (m) => ' '.repeat(m.length));
    let rest = text;
    // A cookie-table row (_ga, wp_session) or a table row's later cells describe, they do not name recipients.
    const cookieRow = /(?:^|\s)_\w|\w_\w/.test(text);
    for (const vendor of matchingEntries(text, vendors)) {
      for (const pattern of vendor.patterns) {
        for (const match of text.matchAll(globalOf(pattern))) {
          rest = rest.slice(0, match.index) + '§'.repeat(match[0].length) + rest.slice(match.index + match[0].length);
          if (!isNegatedAt(s.text, match.index)) add(vendor.key, vendor.written ?? vendor.key, vendor.role ?? 'other', s.id);
        }
      }
    }
    if (!inSharingContext(s) || cookieRow) continue;
    const firstCell = rest.split(' | ')[0]!;
    for (const found of partyNames(firstCell, lower, isItem(s))) {
      // The words right after a known vendor belong to its name (Hetzner Online GmbH, Klarna Bank AB).
      if (/§\s?$/.test(firstCell.slice(0, found.index))) continue;
      const key = partyKey(found.name);
      if (own.has(key) || own.has(partyKey(found.name.split(' ')[0]!)) || vendorKeys.has(key) || isNegatedAt(s.text, found.index)) continue;
      const after = s.text.slice(found.index + found.name.length, found.index + found.name.length + 40).split(/[,.;]/)[0]!;
      const role = roleHint(isItem(s) ? s.text : after) ?? (s.leadIn ? roleHint(s.leadIn) : undefined) ?? roleHint(s.text) ?? 'other';
      add(key, found.name, role, s.id);
    }
  }
  return [...facts.values()];
}
