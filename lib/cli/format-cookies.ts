// The human-readable output of `policy-lens cookies`: each cookie with vendor, category, purpose and
// whether that is known or guessed; then, with a policy, what it declares against what is set.
import { nodeRenderer } from '../text/catalogue-node';
import type { PolicyCookieCheck } from '../cookies/compare-with-policy';
import type { SiteGrade } from '../score/site-behaviour';
import { cookieLifetime } from '../cookies/cookie-display';
import { COOKIE_CATEGORIES, type CategorisedCookie, type CookieReport } from '../cookies/cookie-types';
import type { PolicyAnalysis } from '../types';

const BASIS: Record<string, string> = { table: 'known', host: 'vendor known, use guessed', guess: 'guessed', none: 'unknown' };
const CLAIMS: Record<string, string> = {
  'no-analytics': 'The policy says it uses no analytics cookies',
  'no-marketing': 'The policy says it uses no marketing cookies',
  'no-third-party': 'The policy says it uses no third-party cookies',
  'no-functional': 'The policy says it uses no functional cookies',
  mislabelled: 'The policy calls a tracking cookie',
};

function lifetime(cookie: CategorisedCookie): string {
  const { unit, value } = cookieLifetime(cookie);
  return unit === 'session' ? 'session' : `${value} ${unit}`;
}

function categoryLabel(cookie: CategorisedCookie): string {
  const basis = cookie.basis;
  return basis === 'table' || cookie.category === 'unknown' ? cookie.category : `probably ${cookie.category}`;
}

/** Counts per category, e.g. "2 essential, 1 analytics". */
export function countsLine(report: CookieReport): string {
  return COOKIE_CATEGORIES.filter((c) => report.counts[c]).map((c) => `${report.counts[c]} ${c}`).join(', ') || 'none';
}

const quote = (analysis: PolicyAnalysis, ids: string[]) => {
  const sentence = analysis.sentences.find((s) => s.id === ids[0]);
  return sentence ? `"${sentence.text.length > 160 ? `${sentence.text.slice(0, 157)}…` : sentence.text}" (${sentence.id})` : '';
};
const names = (refs: { name: string; domain: string }[]) => refs.map((r) => `${r.name} (${r.domain.replace(/^\./, '')})`).join(', ');

/** The grade with the site's behaviour, and each behaviour point with its policy sentence and cookies. */
function behaviourLines(analysis: PolicyAnalysis, behaviour: SiteGrade): string[] {
  if (!behaviour.reasons.length) return [`  Grade with the site's behaviour: ${behaviour.grade} — no contradiction with the policy found.`];
  const cap = behaviour.cappedAt ? `, at most ${behaviour.cappedAt} once the site breaks its policy or tracks before consent` : '';
  const lines = [`  Grade with the site's behaviour: ${behaviour.grade} (${behaviour.points} points) — policy alone ${behaviour.policy.grade} (${behaviour.policy.points}), behaviour ${behaviour.adjustment}${cap}:`];
  for (const point of behaviour.reasons) {
    lines.push(`    ${point.points} ${nodeRenderer()(point.reason)}`);
    if (point.evidence.length) lines.push(`      policy: ${quote(analysis, point.evidence)}`);
    lines.push(`      cookies: ${names(point.cookies)}`);
  }
  return lines;
}

/** The report, and the policy findings when a policy was given. */
export function formatCookies(report: CookieReport, policy: { analysis: PolicyAnalysis; check: PolicyCookieCheck; behaviour: SiteGrade } | null): string {
  const lines = [`Cookies for ${report.site || '(unknown site)'}: ${report.cookies.length} (${countsLine(report)})`, ''];
  for (const cookie of report.cookies) {
    const vendor = cookie.vendor ?? 'vendor unknown';
    lines.push(`  ${cookie.name}  ${cookie.domain.replace(/^\./, '')}  ${categoryLabel(cookie)}  [${BASIS[cookie.basis]}]  ${vendor}  ${cookie.party} party, ${lifetime(cookie)}`);
    lines.push(`      ${cookie.purpose?.en ?? 'Not in our cookie table, and its name says nothing we can go by.'}`);
  }
  if (!policy) return lines.join('\n');

  const { analysis, check, behaviour } = policy;
  const named = check.declarations.filter((d) => d.status === 'named' || d.status === 'vendor');
  lines.push('', `Against the policy ${analysis.url} (grade ${analysis.score.grade}):`);
  lines.push(`  Declared in the policy (by name or vendor) and set: ${named.length}${named.length ? ` — ${names(named.map((d) => d.cookie))}` : ''}`);
  lines.push(`  Set but not named in the policy: ${check.undeclared.length}`);
  for (const d of check.undeclared) {
    const general = d.status === 'kind' ? ` — only a general statement covers it: ${quote(analysis, d.evidence)}` : '';
    lines.push(`    ${d.cookie.name} (${categoryLabel(d.cookie as CategorisedCookie)}${d.cookie.vendor ? `, ${d.cookie.vendor}` : ''})${general}`);
  }
  lines.push(`  Named in the policy but not set now: ${check.declaredNotSeen.length}${check.declaredNotSeen.length ? ` — ${check.declaredNotSeen.map((d) => d.name).join(', ')}` : ''}`);
  if (check.unnamedServices.length) lines.push(`  Tracking services the policy does not name: ${check.unnamedServices.map((s) => `${s.vendor} (${s.host})`).join(', ')}`);
  lines.push(`  Contradictions: ${check.contradictions.length}`);
  for (const c of check.contradictions) {
    const claim = c.claim === 'mislabelled' ? `${CLAIMS[c.claim]} ${c.declaredAs}` : CLAIMS[c.claim];
    lines.push(`    ! ${claim}: ${quote(analysis, c.evidence)}`);
    lines.push(`      yet: ${names(c.cookies)}`);
  }
  lines.push(...behaviourLines(analysis, behaviour));
  return lines.join('\n');
}
