// The background's ranking of the policy links a page offered: a link to another site's policy (a payment
// provider's, Google's) is not this site's policy, so it drops below the site's own.
import { siteOf } from '../site/site-of';
import { MIN_LINK_SCORE, type PolicyLinkCandidate } from './find-policy-link';

const OTHER_SITE_PENALTY = 4;

/** The page's policy links with other sites' links marked down, those left too weak dropped, best first. */
export function rankPolicyLinks(links: PolicyLinkCandidate[], pageUrl: string): PolicyLinkCandidate[] {
  let pageSite: string;
  try {
    pageSite = siteOf(new URL(pageUrl).hostname);
  } catch {
    return [];
  }
  const sameSite = (url: string) => URL.canParse(url) && siteOf(new URL(url).hostname) === pageSite;
  return links
    .map((link) => (link.source === 'link' && !sameSite(link.url) ? { ...link, score: link.score - OTHER_SITE_PENALTY } : link))
    .filter((link) => link.source !== 'link' || link.score >= MIN_LINK_SCORE)
    .sort((a, b) => b.score - a.score || (a.kind === 'privacy' ? -1 : 1));
}
