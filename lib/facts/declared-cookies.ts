// The cookie names a policy declares: rows of its cookie tables (extraction joins a row's cells with
// " – ") and names written in its text ("the _ga cookie", «PHPSESSID»). Runs in the background with
// the analysis, so it knows no cookie table: names are recognised by their shape and their context.
import type { DeclaredCookie, DeclaredCookieCategory, PolicySentence } from '../types';

const CELL = ' – ';
const COOKIE_WORD = /cookie|informasjonskaps|kapsl/i;
// The header cell of a table's name column.
const NAME_HEADER = /^(cookie|cookies|cookie[ -]?(name|navn|id)|name( of (the )?cookie)?|navn|navn på (informasjonskapsel(en)?|cookie(n)?)|informasjonskapsel(en)?|cookienavn|identifier|nøkkel|key)$/i;
// Other header cells that make a "Name" column a cookie table's.
const TABLE_HEADER = /purpose|formål|duration|expir|lifetime|retention|varighet|utløp|levetid|lagringstid|provider|leverandør|description|beskrivelse|type|kategori|category|domain|domene|function|funksjon/i;
const TYPE_HEADER = /\b(type|category|categories|kategori|kategorier|klassifisering|classification)\b/i;
// A plain-text cookie table: its header became the heading of the rows ("Cookie Name Cookie Description").
const PLAIN_TABLE_HEADING = /^(cookie|informasjonskapsel)s?[ -]?(name|navn)\b|^(name|navn)\s+(purpose|formål|description|beskrivelse|provider|leverandør|type)/i;
// Leading upper-case name glued to its description ("PHPSESSIDYour session ID", "STFInformation on").
const GLUED_NAME = /^([A-Z0-9_][A-Z0-9_.*-]*?)(?=[A-Z][a-z]|[A-Z]\s)/;

// Words in "X cookie" that are kinds of cookies or brands, not cookie names.
const NOT_NAMES = new Set(
  (
    'gdpr eu eea eøs ip url urls http https ssl tls pci dss api sdk cmp iab tcf id ids usa us uk html css js pdf faq dpo nok as asa ' +
    'youtube linkedin paypal tiktok hubspot woocommerce wordpress iphone ipad macos ios ebay prestashop opencart mailchimp sendgrid zendesk ' +
    'cookiebot onetrust cookieyes usercentrics javascript github whatsapp doubleclick adsense adwords postnord fedex quickpay mobilepay ' +
    'bankid siteimprove trustpilot livechat poweroffice datadog netsuite'
  ).split(' '),
);
const DOMAIN_LIKE = /^[\w-]+(\.[\w-]+)*\.(com|no|net|org|io|eu|se|dk|de|co|uk|app|info|biz)$/i;
const WILDCARD_HINT = /[*#]|<[^>]*>|\{[^}]*\}|\[[^\]]*\]/;

/** Does a token look like a cookie name rather than a word? (underscore, digits, camelCase, ALLCAPS, wildcards) */
export function looksLikeCookieName(token: string): boolean {
  if (token.length < 2 || token.length > 80 || /\s{2}|^\W+$/.test(token)) return false;
  if (NOT_NAMES.has(token.toLowerCase()) || DOMAIN_LIKE.test(token) || /@|:\/\//.test(token)) return false;
  if (/^_|_/.test(token) || WILDCARD_HINT.test(token)) return true;
  if (/[a-z][A-Z]/.test(token)) return true; // svSession, wixLanguage (brands are in NOT_NAMES)
  if (/^[A-Z][A-Z0-9]*([.-][A-Z0-9]+)*$/.test(token) && token.length >= 3) return true; // PHPSESSID, XSRF-TOKEN, STORE
  return /^[a-z][a-z0-9]*([.-][a-z0-9]+)+$/.test(token) && /\d|\./.test(token); // connect.sid, cf_ob_info-ish
}

const cleanName = (cell: string) =>
  cell
    .trim()
    .replace(/^["“”«»'‘’`]+|["“”«»'‘’`:;,.]+$/g, '')
    .trim();

/** The names in a table's name cell: one, or a list ("_ga, _gid", "_ga / _gid"). */
function namesInCell(cell: string): string[] {
  const cleaned = cleanName(cell);
  if (!cleaned) return [];
  const parts = cleaned.split(/\s*(?:,|\/|\band\b|\bog\b)\s*/).map(cleanName).filter(Boolean);
  if (parts.length > 1 && parts.every((part) => !/\s/.test(part))) return parts;
  // A name cell may hold a name with a space ("XSRF TOKEN", "consent policy"), never a sentence.
  return cleaned.split(/\s+/).length <= 3 && cleaned.length <= 80 ? [cleaned] : [];
}

const KIND_OF_ROW: [RegExp, DeclaredCookieCategory][] = [
  [/marketing|markedsføring|advertis|reklame|annonse|targeting|målretting|sporing|tracking/i, 'marketing'],
  [/analytic|statisti|performance|ytelse|måling|measurement/i, 'analytics'],
  [/functional|funksjon|preference|preferanse/i, 'functional'],
  [/necessary|essential|important|strictly|required|nødvendig|essensiell|teknisk|påkrevd|viktig/i, 'essential'],
];
const rowCategory = (cell: string | undefined): DeclaredCookieCategory | undefined => (cell ? KIND_OF_ROW.find(([pattern]) => pattern.test(cell))?.[1] : undefined);

interface TableColumns {
  name: number;
  type: number;
  width: number;
  section: number;
}

function tableHeader(sentence: PolicySentence): TableColumns | null {
  if (!sentence.text.includes(CELL)) return null;
  const cells = sentence.text.split(CELL).map((cell) => cell.trim().replace(/[.:]$/, ''));
  const name = cells.findIndex((cell) => NAME_HEADER.test(cell));
  if (name < 0) return null;
  const cookieContext = COOKIE_WORD.test(cells[name]!) || COOKIE_WORD.test(sentence.heading);
  const others = cells.filter((_, i) => i !== name);
  if (!cookieContext && !others.some((cell) => TABLE_HEADER.test(cell))) return null;
  return { name, type: cells.findIndex((cell, i) => i !== name && TYPE_HEADER.test(cell)), width: cells.length, section: sentence.section };
}

/** Rows of a plain-text table: the name at the start of each sentence under the table heading. */
function plainRowName(text: string): string | null {
  const glued = GLUED_NAME.exec(text)?.[1];
  if (glued && glued.length >= 2) return glued;
  const first = text.split(/\s+/)[0] ?? '';
  const token = cleanName(first);
  return looksLikeCookieName(token) ? token : null;
}

// Names in running text: code-like tokens, "the X cookie", "cookie(s) called X", and quoted names.
const CODE_TOKEN = /(?<![\w@/.-])(_{1,3}[A-Za-z0-9][\w.*-]*|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9.*-]+)+|[A-Z][A-Z0-9-]*(?:SESS|SID|TOKEN)[A-Z0-9_-]*)(?![\w@/-])/g;
const BEFORE_COOKIE = /(?:^|[\s(])["“«'‘`]?([A-Za-z_][\w.*-]{1,60})["”»'’`]?\s+(?:cookie|cookies|informasjonskapselen|informasjonskapsel|kapselen|cookien)\b/gi;
const AFTER_COOKIE = /\b(?:cookie|cookies|informasjonskapsel(?:en)?|informasjonskapsler|cookien)\s+(?:called|named|kalt|som heter|med navn)\s+["“«'‘`]?([A-Za-z_][\w.*-]{1,60})/gi;
const QUOTED = /["“«‘`]([A-Za-z_][\w.*-]{1,60})["”»’`]/g;

function namesInText(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(CODE_TOKEN)) {
    const token = cleanName(match[1]!);
    if (looksLikeCookieName(token)) found.add(token);
  }
  for (const pattern of [BEFORE_COOKIE, AFTER_COOKIE, QUOTED]) {
    for (const match of text.matchAll(pattern)) {
      const token = cleanName(match[1]!);
      if (looksLikeCookieName(token)) found.add(token);
    }
  }
  return [...found];
}

/** The cookies a policy names, each with the sentences (table rows) that name it and, from a table's type column, its declared kind. */
export function declaredCookies(sentences: PolicySentence[]): DeclaredCookie[] {
  const declared = new Map<string, DeclaredCookie>();
  const add = (name: string, id: string, category?: DeclaredCookieCategory) => {
    const entry = declared.get(name) ?? { name, evidence: [] };
    if (!entry.evidence.includes(id)) entry.evidence.push(id);
    if (category && !entry.category) entry.category = category;
    declared.set(name, entry);
  };

  let table: TableColumns | null = null;
  let endedPlainTable: string | null = null;
  for (const sentence of sentences) {
    const header = tableHeader(sentence);
    if (header) {
      table = header;
      continue;
    }
    if (table && sentence.section === table.section && sentence.text.includes(CELL)) {
      const cells = sentence.text.split(CELL);
      for (const name of namesInCell(cells[table.name] ?? '')) add(name, sentence.id, rowCategory(cells[table.type]));
      continue;
    }
    table = null;
    if (PLAIN_TABLE_HEADING.test(sentence.heading) && sentence.heading !== endedPlainTable) {
      const name = plainRowName(sentence.text);
      if (name) {
        add(name, sentence.id);
        continue;
      }
      // The first line that is not a row ends the table ("Your rights GDPR:").
      endedPlainTable = sentence.heading;
    }
    if (COOKIE_WORD.test(sentence.text) || COOKIE_WORD.test(sentence.heading)) {
      for (const name of namesInText(sentence.text)) add(name, sentence.id);
    }
  }
  return [...declared.values()];
}

/** A declared name as a matcher of real cookie names: case, spaces, '-' and '_' are ignored; *, <id>, {x}, [x], # and a trailing .X are wildcards. */
export function declaredNameMatcher(declared: string): (cookieName: string) => boolean {
  const fold = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');
  const wildcarded = declared
    .trim()
    .replace(/<[^>]*>|\{[^}]*\}|\[[^\]]*\]/g, '*')
    .replace(/(?<=[._-])(x+|n+)$/i, '*')
    .replace(/#+/g, '*');
  const parts = fold(wildcarded).split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`^${parts.join('.*')}$`);
  return (cookieName) => pattern.test(fold(cookieName));
}
