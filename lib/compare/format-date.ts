/** A date for the UI (e.g. "27 Nov 2026", "27. nov. 2026"). */
export function formatDate(ms: number, lang: 'en' | 'nb'): string {
  return new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'medium' }).format(new Date(ms));
}

/** Today's date as YYYY-MM-DD, for export file names. */
export const isoDay = (date = new Date()): string => date.toISOString().slice(0, 10);
