// Cookie lists from outside the extension: the browser's cookies.getAll shape (what cookie-export
// extensions write), Playwright/Puppeteer storage state ({cookies: [...]}, `expires`, 'Lax'), and
// Selenium (`expiry`). Values are never kept.
import { siteOf } from '../site/site-of';
import type { SeenCookie } from './cookie-types';

/** A problem with the input, worded for a one-line error. */
export class CookieExportError extends Error {}

// A browser holds at most a few thousand cookies; more than this is not a cookie export.
const MAX_COOKIES = 10_000;

type Raw = Record<string, unknown>;

function sameSiteOf(value: unknown): SeenCookie['sameSite'] {
  const text = typeof value === 'string' ? value.toLowerCase() : '';
  if (text === 'lax' || text === 'strict') return text;
  if (text === 'none' || text === 'no_restriction') return 'no_restriction';
  return 'unspecified';
}

function expiryOf(raw: Raw): number | undefined {
  for (const field of ['expirationDate', 'expires', 'expiry']) {
    const value = raw[field];
    // Playwright writes -1 for session cookies.
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  }
  return undefined;
}

/** The cookies of an export, without party (that needs the site): throws CookieExportError naming the problem. */
export function parseCookieExport(data: unknown): Omit<SeenCookie, 'party'>[] {
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as Raw).cookies) ? ((data as Raw).cookies as unknown[]) : null;
  if (!list) throw new CookieExportError('expected a JSON array of cookies (the shape of the browser\'s cookies.getAll), or an object with a "cookies" array');
  if (list.length > MAX_COOKIES) throw new CookieExportError(`${list.length} cookies is more than a browser holds (limit ${MAX_COOKIES})`);
  return list.map((entry, index) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new CookieExportError(`cookie ${index + 1} is not an object`);
    const raw = entry as Raw;
    if (typeof raw.name !== 'string') throw new CookieExportError(`cookie ${index + 1} has no "name"`);
    if (typeof raw.domain !== 'string' || !raw.domain.replace(/^\./, '')) throw new CookieExportError(`cookie ${index + 1} (${raw.name.slice(0, 60)}) has no "domain"`);
    const expirationDate = expiryOf(raw);
    const session = typeof raw.session === 'boolean' ? raw.session : expirationDate === undefined;
    return {
      name: raw.name,
      domain: raw.domain,
      path: typeof raw.path === 'string' ? raw.path : '/',
      secure: raw.secure === true,
      httpOnly: raw.httpOnly === true,
      sameSite: sameSiteOf(raw.sameSite),
      session,
      ...(session || expirationDate === undefined ? {} : { expirationDate }),
    };
  });
}

const cookieSite = (domain: string) => siteOf(domain.replace(/^\./, '').toLowerCase());

/** The site an export is about when none is given: the site most of its cookies belong to. */
export function likelySite(cookies: Pick<SeenCookie, 'domain'>[]): string {
  const counts = new Map<string, number>();
  for (const cookie of cookies) counts.set(cookieSite(cookie.domain), (counts.get(cookieSite(cookie.domain)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** Mark exported cookies first or third party for a site. */
export function withParty(cookies: Omit<SeenCookie, 'party'>[], site: string): SeenCookie[] {
  return cookies.map((cookie) => ({ ...cookie, party: cookieSite(cookie.domain) === site ? 'first' : 'third' }));
}
