import type { Label, LocalizedText, PolicyAnalysis } from '../types';

/** One fact chip on a category card. */
export interface FactChip {
  name: LocalizedText;
  /** Extra detail, e.g. the retention period as written, or 'vague'. */
  detail: string;
  vague: boolean;
  evidence: string[];
}

const chip = (name: LocalizedText, evidence: string[], detail = '', vague = false): FactChip => ({ name, detail, vague, evidence });

/** The facts a category card shows, from the analysis's normalised facts. */
export function categoryFacts(analysis: PolicyAnalysis, label: Label): FactChip[] {
  const facts = analysis.facts;
  switch (label) {
    case 'collected':
      return facts.dataTypes.map((f) => chip(f.name, f.evidence));
    case 'purposes':
      return facts.purposes.map((f) => chip(f.name, f.evidence));
    case 'sharing': {
      const chips = facts.thirdParties.map((f) => chip(f.name, f.evidence, f.role));
      if (facts.transfersAbroad.length) chips.push(chip({ en: 'Transfers outside the EEA', nb: 'Overføring ut av EØS' }, facts.transfersAbroad));
      if (facts.sellsData.length) chips.push(chip({ en: 'Sells data', nb: 'Selger data' }, facts.sellsData));
      if (facts.deniesSelling.length) chips.push(chip({ en: 'Does not sell data', nb: 'Selger ikke data' }, facts.deniesSelling));
      return chips;
    }
    case 'retention':
      return facts.retention.map((f) => chip(f.appliesToName, f.evidence, f.text, f.vague));
    case 'rights': {
      const chips = facts.rights.map((f) => chip(f.name, f.evidence));
      if (facts.authority) chips.push(chip({ en: `Complain to ${facts.authority.name}`, nb: `Klage til ${facts.authority.name}` }, facts.authority.evidence));
      return chips;
    }
  }
}

/** Evidence sentences of a category card, in document order, with their text. */
export function evidenceSentences(analysis: PolicyAnalysis, ids: string[]): { id: string; text: string }[] {
  const wanted = new Set(ids);
  return analysis.sentences.filter((s) => wanted.has(s.id)).map((s) => ({ id: s.id, text: s.text }));
}

/** A cookie's remaining lifetime for display: session, minutes, hours, days or years. */
export function cookieLifetime(cookie: { session: boolean; expirationDate?: number }, nowSeconds = Date.now() / 1000): { unit: 'session' | 'minutes' | 'hours' | 'days' | 'years'; value: number } {
  if (cookie.session || cookie.expirationDate === undefined) return { unit: 'session', value: 0 };
  const hours = Math.max(0, (cookie.expirationDate - nowSeconds) / 3600);
  if (hours < 1) return { unit: 'minutes', value: Math.max(1, Math.round(hours * 60)) };
  if (hours < 48) return { unit: 'hours', value: Math.round(hours) };
  const days = hours / 24;
  if (days < 365 * 2) return { unit: 'days', value: Math.round(days) };
  return { unit: 'years', value: Math.round((days / 365) * 10) / 10 };
}

/** The vendor to show for a cookie: the site's own cookies get the UI's words for "this website". */
export function vendorLabel(cookie: { vendor: string | null; vendorKey?: string | null }, thisWebsite: string): string | null {
  return cookie.vendorKey === 'website' ? thisWebsite : cookie.vendor;
}

/** Pick the UI language's text. */
export const localized = (text: LocalizedText, lang: 'en' | 'nb'): string => text[lang] || text.en;
