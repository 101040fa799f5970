// The cookie types, inferred from their schemas (lib/schemas/cookies.ts): what the browser holds, what the cookie
// tables make of it, and the report the popup shows.
import type * as v from 'valibot';
import type { CategorisedCookieSchema, CookieReportSchema, SeenCookieSchema, ThirdPartyServiceSchema } from '../schemas/cookies';

/** A cookie as the browser holds it, seen for a tab, before categorisation. */
export type SeenCookie = v.InferOutput<typeof SeenCookieSchema>;

/** Cookie categories the popup shows (and counts at the top). */
export { COOKIE_CATEGORIES } from '../schemas/limits';
import type { COOKIE_CATEGORIES } from '../schemas/limits';
export type CookieCategory = (typeof COOKIE_CATEGORIES)[number];

/** How we know what a cookie is (see lib/schemas/cookies.ts). */
export type CookieBasis = NonNullable<CategorisedCookie['basis']>;

/** A cookie with its category and, where the cookie table knows it, the vendor. */
export type CategorisedCookie = v.InferOutput<typeof CategorisedCookieSchema>;

/** A third-party host the page loaded, with who runs it and what for (lib/cookies/host-table.json). */
export type ThirdPartyService = v.InferOutput<typeof ThirdPartyServiceSchema>;

/** The cookies the popup shows for a tab. */
export type CookieReport = v.InferOutput<typeof CookieReportSchema>;
