import type { DetectionReason, PageDetection, PageKind } from './detection-types';
import { readPageText } from './page-text';
import { DETECTION_SIGNALS as S, findPhrases, phraseMatcher, slugMatch, urlSlugs } from './signal-lexicon';

/**
 * Score at which a page counts as a policy. Measured on the five seed policies wrapped as pages:
 * 10–16 on a policy URL with a policy title, 5–8 with a neutral URL and title; the fixture shop front
 * page, article and terms page score -3, -3 and -7.
 */
export const POLICY_THRESHOLD = 6;
// Detection reads at most this much text: enough for the body-phrase signal, cheap on huge pages.
const MAX_DETECT_CHARS = 60_000;
// Below this many words a page is a banner, a stub or an index, not a policy.
const MIN_POLICY_WORDS = 150;

const privacyTitle = phraseMatcher(S.privacyTitle);
const cookieTitle = phraseMatcher(S.cookieTitle);
const termsTitle = phraseMatcher(S.termsTitle);
const topicHeadings = phraseMatcher(S.topicHeadings);
const bodyPhrases = phraseMatcher(S.bodyPhrases);
const articleMarkers = phraseMatcher(S.articleMarkers);

/** Title-like text signals: the document title and the first h1 each say privacy, cookies or terms. */
function titleReasons(source: 'title' | 'h1', text: string): DetectionReason[] {
  if (!text) return [];
  const privacy = findPhrases(text, privacyTitle).distinct;
  const cookie = findPhrases(text, cookieTitle).distinct;
  const terms = findPhrases(text, termsTitle).distinct;
  const reasons: DetectionReason[] = [];
  if (privacy.length) reasons.push({ signal: `${source}-privacy`, points: 3, detail: privacy[0]! });
  if (cookie.length) reasons.push({ signal: `${source}-cookie`, points: 3, detail: cookie[0]! });
  // "Privacy and terms" pages are policies; only a title that is terms alone counts against.
  if (terms.length && !privacy.length && !cookie.length) reasons.push({ signal: `${source}-terms`, points: -4, detail: terms[0]! });
  return reasons;
}

function urlReasons(url: string): DetectionReason[] {
  const slugs = urlSlugs(url);
  const reasons: DetectionReason[] = [];
  const privacy = slugMatch(slugs, S.urlPrivacy);
  const cookie = slugMatch(slugs, S.urlCookie);
  const terms = slugMatch(slugs, S.urlTerms);
  if (privacy) reasons.push({ signal: 'url-privacy', points: 2, detail: privacy });
  if (cookie) reasons.push({ signal: 'url-cookie', points: 2, detail: cookie });
  if (terms && !privacy && !cookie) reasons.push({ signal: 'url-terms', points: -2, detail: terms });
  return reasons;
}

function articleReasons(doc: Document, text: string): DetectionReason[] {
  const reasons: DetectionReason[] = [];
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase();
  if (ogType === 'article') reasons.push({ signal: 'article-og-type', points: -2, detail: 'og:type=article' });
  if (doc.querySelector('article time, [itemprop="datePublished"], meta[property="article:published_time"]')) {
    reasons.push({ signal: 'article-date', points: -1, detail: 'publication date' });
  }
  const markers = findPhrases(text.slice(0, 20_000), articleMarkers).distinct;
  if (markers.length >= 2) reasons.push({ signal: 'article-markers', points: -1, detail: markers.slice(0, 3).join(', ') });
  return reasons;
}

/** Does a URL's path name a privacy or cookie policy (e.g. /personvern, /privacy-policy)? */
export function looksLikePolicyUrl(url: string): boolean {
  const slugs = urlSlugs(url);
  return slugMatch(slugs, S.urlPrivacy) !== null || slugMatch(slugs, S.urlCookie) !== null;
}

/** Decide whether a page is a privacy policy, a cookie policy or neither, with a score and the reasons. */
export function detectPolicyPage(doc: Document, url: string): PageDetection {
  const page = readPageText(doc, MAX_DETECT_CHARS);
  const title = doc.title || doc.querySelector('meta[property="og:title"]')?.getAttribute('content') || '';
  const reasons: DetectionReason[] = [...titleReasons('title', title), ...titleReasons('h1', page.h1[0] ?? ''), ...urlReasons(url)];

  const topics = new Set(page.subheadings.flatMap((heading) => findPhrases(heading, topicHeadings).distinct));
  if (topics.size) reasons.push({ signal: 'topic-headings', points: Math.min(3, topics.size), detail: [...topics].slice(0, 5).join(', ') });

  const body = findPhrases(page.text, bodyPhrases);
  const perThousand = page.words ? (body.hits * 1000) / page.words : 0;
  // A policy names a dozen of these phrases and uses one every ~30 words; an article about privacy a few.
  const bodyPoints = Math.min(5, Math.floor(body.distinct.length / 3) + (perThousand >= 15 ? 1 : 0));
  if (bodyPoints) reasons.push({ signal: 'body-phrases', points: bodyPoints, detail: `${body.distinct.length} phrases, ${perThousand.toFixed(0)}/1000 words` });

  if (page.words < MIN_POLICY_WORDS) reasons.push({ signal: 'short-text', points: -3, detail: `${page.words} words` });
  reasons.push(...articleReasons(doc, page.text));

  return { ...judgeReasons(reasons), reasons, words: page.words };
}

/** Score and kind from the reasons: a policy at the threshold, a cookie policy when cookie signals outweigh privacy ones. */
export function judgeReasons(reasons: DetectionReason[]): { kind: PageKind; score: number } {
  const score = reasons.reduce((sum, reason) => sum + reason.points, 0);
  const sum = (suffix: string) => reasons.filter((r) => r.signal.endsWith(suffix)).reduce((total, r) => total + r.points, 0);
  const cookieLed = sum('-cookie') > sum('-privacy');
  return { score, kind: score < POLICY_THRESHOLD ? 'none' : cookieLed ? 'cookie-policy' : 'privacy-policy' };
}
