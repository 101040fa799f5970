// The tables the facts are read with — lexicons of data types, purposes, recipients and rights, vendors,
// words that are not company names, data-protection authorities — are data files loaded at start-up, not
// bundled: in the extension the background fetches them with the model (bundled, they would overfill its
// 150 KB budget), in Node `fact-tables-node.ts` reads them.
import { verbatim } from '../text/text';
import { compileLexicon, type LexiconEntry, type LexiconRow } from './lexicon';

/** A vendor row: key, display name, role, and the patterns that find it: `pattern` ignores case, `cased` (for names that are also words: Stripe, Posten, UPS) does not. */
export interface VendorRow {
  key: string;
  name: string;
  role: string;
  pattern?: string;
  cased?: string;
}

/** A data-protection authority: display name, patterns (as for vendors) and its own web domains. */
export interface AuthorityRow {
  name: string;
  pattern: string;
  cased?: string;
  domains: string[];
}

/** The files of lib/facts/ loaded at start-up. */
export interface FactTables {
  dataTypes: LexiconRow[];
  purposes: LexiconRow[];
  recipients: LexiconRow[];
  rights: LexiconRow[];
  /** vendors.json */
  vendors: VendorRow[];
  /** party-words.json: capitalised words that are no company, legal suffixes (AS, GmbH), role words. */
  partyWords: { stop: string[]; legalSuffix: string; roles: Record<string, string> };
  /** authorities.json */
  authorities: { authorities: AuthorityRow[]; generic: string };
}

/** The file names of the tables, relative to lib/facts/ (and to facts/ in the extension). */
export const FACT_TABLE_FILES = {
  dataTypes: 'data-types.json',
  purposes: 'purposes.json',
  recipients: 'recipients.json',
  rights: 'rights.json',
  vendors: 'vendors.json', partyWords: 'party-words.json', authorities: 'authorities.json' } as const;

// A vendor name is a whole word: "sign-ups" is not UPS, "Mailchimp's" is Mailchimp.
const wholeWord = (pattern: string) => String.raw`(?<![\p{L}\p{N}_-])(?:${pattern})(?![\p{L}\p{N}_]|-(?!\s))`;

function compile(tables: FactTables) {
  const { stop, legalSuffix, roles } = tables.partyWords;
  return {
    dataTypes: compileLexicon(tables.dataTypes),
    purposes: compileLexicon(tables.purposes),
    recipients: compileLexicon(tables.recipients),
    rights: compileLexicon(tables.rights),
    vendors: tables.vendors.map(
      (v): LexiconEntry => ({
        key: v.key,
        name: verbatim(v.name),
        written: v.name,
        role: v.role,
        patterns: [...(v.pattern ? [new RegExp(wholeWord(v.pattern), 'iu')] : []), ...(v.cased ? [new RegExp(wholeWord(v.cased), 'u')] : [])],
      }),
    ),
    stop: new Set(stop.map((w) => w.toLowerCase())),
    legalSuffix: new RegExp(`^(?:${legalSuffix})$`),
    roles: Object.entries(roles).map(([role, pattern]): [string, RegExp] => [role, new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu')]),
    authorities: tables.authorities.authorities.map((a) => ({
      name: a.name,
      patterns: [new RegExp(`(?<![\\p{L}])(?:${a.pattern})`, 'iu'), ...(a.cased ? [new RegExp(`(?<![\\p{L}])(?:${a.cased})(?![\\p{L}])`, 'u')] : [])],
      domains: a.domains,
    })),
    genericAuthority: new RegExp(tables.authorities.generic, 'iu'),
  };
}

let compiled: ReturnType<typeof compile> | null = null;

/** Install the fact tables (once at start-up; again only to replace them). */
export function useFactTables(tables: FactTables): void {
  compiled = compile(tables);
}

/** The compiled fact tables; throws when nothing installed them. */
export function factTables(): ReturnType<typeof compile> {
  if (!compiled) throw new Error('policy-lens: the fact tables of lib/facts/ (lexicons, vendors, authorities) are not loaded');
  return compiled;
}
