// How a cookie is shown: its remaining lifetime, its vendor, its purpose in the UI language.
import type { LocalizedText } from '../types';

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
