import type * as v from 'valibot';
import type { PolicyLinkCandidateSchema } from '../schemas/page';
import { DETECTION_SIGNALS, slugMatch, urlSlugs } from '../detect/signal-lexicon';
import { cookieLinkText, excludedLinkText, POLICY_LINK_TEXTS, privacyLinkText } from './policy-link-lexicon';

/** A link that probably leads to the site's policy, best first (schema in lib/schemas/page.ts). */
export type PolicyLinkCandidate = v.InferOutput<typeof PolicyLinkCandidateSchema>;

// A link needs at least a matching text or a matching URL slug to be worth fetching.
export const MIN_LINK_SCORE = 3;
// Past this many links a page is a sitemap or a mega-menu; the footer is within the first few thousand.
const MAX_LINKS = 5_000;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function absoluteHttpUrl(href: string, base: string): URL | null {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

function scoreLink(anchor: Element, url: URL): Omit<PolicyLinkCandidate, 'url' | 'source'> | null {
  const text = collapse(anchor.textContent || anchor.getAttribute('aria-label') || anchor.getAttribute('title') || '').slice(0, 200);
  const lower = text.toLowerCase();
  // search() ignores the global matchers' lastIndex, unlike test().
  if (lower.search(excludedLinkText) >= 0) return null;
  const privacyText = lower.search(privacyLinkText) >= 0;
  const cookieText = lower.search(cookieLinkText) >= 0;
  const slugs = urlSlugs(url.href);
  const privacySlug = slugMatch(slugs, DETECTION_SIGNALS.urlPrivacy) !== null;
  const cookieSlug = slugMatch(slugs, DETECTION_SIGNALS.urlCookie) !== null;
  let score = 0;
  if (privacyText) score += text.length <= 40 ? 8 : 5; // long texts are sentences that mention privacy
  else if (cookieText) score += 4;
  if (privacySlug) score += 3;
  else if (cookieSlug) score += 2;
  if (score === 0) return null;
  if (anchor.closest('footer, nav, [role="contentinfo"], [role="navigation"]')) score += 1;
  return { text, score, kind: privacyText || privacySlug ? 'privacy' : 'cookie' };
}

/**
 * Links on a page that probably lead to a privacy or cookie policy, best first, scored by what the page shows.
 * Whether a link stays on the page's site is judged by the background (rankPolicyLinks), which holds the
 * public-suffix list: this runs in the content script, which must stay small.
 */
export function findPolicyLinks(doc: Document, pageUrl: string): PolicyLinkCandidate[] {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  const byUrl = new Map<string, PolicyLinkCandidate>();
  const add = (candidate: PolicyLinkCandidate) => {
    const known = byUrl.get(candidate.url);
    if (!known || known.score < candidate.score) byUrl.set(candidate.url, candidate);
  };
  for (const element of Array.from(doc.querySelectorAll('link[rel~="privacy-policy" i], a[rel~="privacy-policy" i]'))) {
    const url = absoluteHttpUrl(element.getAttribute('href') ?? '', page.href);
    if (url) add({ url: url.href, text: collapse(element.textContent ?? ''), score: 20, source: 'rel', kind: 'privacy' });
  }
  const anchors = Array.from(doc.querySelectorAll('a[href]')).slice(0, MAX_LINKS);
  for (const anchor of anchors) {
    const url = absoluteHttpUrl(anchor.getAttribute('href') ?? '', page.href);
    if (!url || url.href === new URL(page.pathname + page.search, page.origin).href) continue;
    const scored = scoreLink(anchor, url);
    if (scored && scored.score >= MIN_LINK_SCORE) add({ url: url.href, source: 'link', ...scored });
  }
  return [...byUrl.values()].sort((a, b) => b.score - a.score || (a.kind === 'privacy' ? -1 : 1));
}

/** Common policy paths on the page's origin, to try when the page links to no policy. */
export function commonPolicyUrls(pageUrl: string): PolicyLinkCandidate[] {
  let origin: string;
  try {
    origin = new URL(pageUrl).origin;
  } catch {
    return [];
  }
  return POLICY_LINK_TEXTS.commonPaths.map((path, index) => ({
    url: origin + path,
    text: '',
    score: 0 - index,
    source: 'common-path' as const,
    kind: /cookie|informasjonskapsler/.test(path) ? ('cookie' as const) : ('privacy' as const),
  }));
}
