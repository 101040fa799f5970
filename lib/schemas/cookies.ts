// The cookies the popup shows for a tab, as saved with a site and exported (schema in one place).
import * as v from 'valibot';
import { COOKIE_CATEGORIES } from './limits';
import { bool, int, list, localizedText, num, obj, oneOf, text } from './common';

/** A cookie as the browser holds it, seen for a tab, before categorisation. */
export const SeenCookieSchema = /* @__PURE__ */ obj({
  name: text(4_096),
  domain: text(253),
  path: text(4_096),
  /** 'first' when the cookie's domain belongs to the tab's site. */
  party: oneOf(['first', 'third']),
  secure: bool,
  httpOnly: bool,
  sameSite: oneOf(['no_restriction', 'lax', 'strict', 'unspecified']),
  /** True for session cookies (no expiry). */
  session: bool,
  /** Expiry in seconds since the epoch, for persistent cookies. */
  expirationDate: v.optional(num(0, 1e12)),
});

/** A cookie with its category and, where the cookie table knows it, the vendor. */
export const CategorisedCookieSchema = /* @__PURE__ */ obj({
  ...SeenCookieSchema.entries,
  category: oneOf(COOKIE_CATEGORIES),
  vendor: v.nullable(text(200)),
  /** Vendor key of lib/cookies/cookie-vendors.json. */
  vendorKey: v.nullable(text(100)),
  /** What the cookie is for, in both UI languages (the cookie table's words); a guess says "probably". */
  purpose: v.nullable(localizedText(1_000)),
  /** How we know what a cookie is: 'table' (the cookie table names it: a fact), 'host' (its domain's vendor is
   * known, its use guessed), 'guess' (name or lifetime heuristics: shown as "probably"), 'none'. */
  basis: oneOf(['table', 'host', 'guess', 'none']),
  /** The site's memory of your answer to its cookie banner. */
  consentState: bool,
});

/** A third-party host the page loaded, with who runs it and what for (lib/cookies/host-table.json). */
export const ThirdPartyServiceSchema = /* @__PURE__ */ obj({
  host: text(253),
  vendor: text(200),
  vendorKey: text(100),
  /** One of HOST_CATEGORIES in lib/cookies/cookie-table-types.ts. */
  category: text(60),
});

const count = /* @__PURE__ */ int(0, 3_000);

/** The cookies the popup shows for a tab. */
export const CookieReportSchema = /* @__PURE__ */ obj({
  site: text(253),
  cookies: list(CategorisedCookieSchema, 3_000),
  counts: obj({ essential: count, functional: count, analytics: count, marketing: count, unknown: count }),
  /** Third-party hosts the page loaded resources from. */
  thirdPartyHosts: list(text(253), 1_000),
  /** The known services among those hosts, one per vendor. */
  services: list(ThirdPartyServiceSchema, 1_000),
  /** Whether the user has clicked or typed on the page since it loaded; null when the page could not say. */
  pageInteracted: v.nullable(bool),
});
