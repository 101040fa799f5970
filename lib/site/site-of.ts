// Site identity: the registrable domain of a host under the Public Suffix List (shop.co.uk, a.myshopify.com,
// oslo.kommune.no). The list is data (public/public-suffixes.json, made from the `tldts` package by
// `npm run public-suffixes`); whoever runs this code loads it once — the background from the packaged file,
// Node from disk — before asking for a site.
let rules: ReadonlySet<string> | null = null;

/** The list as the data file holds it. */
export interface PublicSuffixFile {
  source: string;
  licence: string;
  rules: string[];
}

/** Use these public-suffix rules from now on (the data file's content; anything else is refused). */
export function usePublicSuffixes(file: unknown): void {
  const list = (file as Partial<PublicSuffixFile> | null)?.rules;
  if (!Array.isArray(list) || list.length < 1_000 || !list.every((rule) => typeof rule === 'string')) throw new Error('not a public suffix list');
  rules = new Set(list);
}

/** True once a list is loaded. */
export const publicSuffixesLoaded = (): boolean => rules !== null;

/**
 * True for an address as a URL's hostname gives it: IPv6 in brackets, or IPv4 in dotted decimal (the URL
 * parser rewrites every other IPv4 spelling, such as 0x7f.1, to that form).
 */
export function isIpAddress(host: string): boolean {
  return host.includes(':') || /^(\d{1,3}\.){3}\d{1,3}$/.test(host);
}

/**
 * The site of a host: its registrable domain under the Public Suffix List, private section included
 * (every *.myshopify.com shop is its own site). IP addresses, single-label hosts (localhost) and hosts
 * that are themselves a public suffix stay as they are.
 */
export function siteOf(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  if (!lower.includes('.') || isIpAddress(lower)) return lower;
  if (!rules) throw new Error('policy-lens: the public suffix list is not loaded');
  const labels = lower.split('.');
  for (let i = 0; i < labels.length; i += 1) {
    const name = labels.slice(i).join('.');
    // An exception (!www.ck) makes its own name registrable; it outranks the wildcard it carves out of.
    if (rules.has(`!${name}`)) return name;
    const parent = labels.slice(i + 1).join('.');
    if (rules.has(name) || (parent && rules.has(`*.${parent}`))) return i === 0 ? lower : labels.slice(i - 1).join('.');
  }
  // No rule: the list's default rule `*` makes the last label the suffix.
  return labels.slice(-2).join('.');
}
