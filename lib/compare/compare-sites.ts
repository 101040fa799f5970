// The comparison page's table: two to four saved sites in columns, one row per thing a shopper compares,
// rows where the sites differ marked, and per row the better site with a plain reason.
import { GDPR_RIGHTS, inGroup, MARKETING_PURPOSES, SENSITIVE_DATA } from '../facts/fact-groups';
import { periodText } from '../facts/period-text';
import { COOKIE_CATEGORIES, type CookieCategory } from '../cookies/cookie-types';
import type { SavedSite } from '../storage/saved-site-schema';
import type { Label } from '../types';
import { cellText, cookieCategoryName, cookieRowTitle, type GroupKey, groupTitle, reasonText, rowTitle } from './compare-text';
import { nameList } from '../score/category-cards';
import { type MessageKey, type Text, text, verbatim } from '../text/text';
import { type FactItem, factItems, sentencesOf } from '../score/category-facts';
import { byCriteria, type Preference } from './pick-better';
import { behaviourRow, shownGrade, signed } from './behaviour-row';
import { type CellItem, cell, type ComparedSite, type Comparison, type ComparisonCell, type ComparisonRow, type CookieItem, evidenceOf, keySignature, row, toItems } from './comparison-row';

export type { CellItem, ComparedSite, Comparison, ComparisonCell, ComparisonRow, CookieItem } from './comparison-row';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** The eight GDPR rights of the rights matrix (opting out of marketing and cookie choices are extras). */
/** The rights of the comparison's matrix: the eight GDPR rights. */
export const RIGHTS_MATRIX = GDPR_RIGHTS;
/** Each matrix right's name: the message the rights lexicon (lib/facts/rights.json) names it with. */
const RIGHT_NAMES = {
  access: 'factRightAccess',
  rectification: 'factRightRectification',
  erasure: 'factRightErasure',
  restriction: 'factRightRestriction',
  portability: 'factRightPortability',
  objection: 'factRightObjection',
  'withdraw-consent': 'factRightWithdrawConsent',
  complaint: 'factRightComplaint',
} as const satisfies Record<(typeof RIGHTS_MATRIX)[number], MessageKey>;
// Cookie categories where fewer is better for the shopper; essential and functional cookies are neutral.
const UNWANTED_COOKIES: CookieCategory[] = ['analytics', 'marketing', 'unknown'];


function gradeRows(sites: SavedSite[]): ComparisonRow[] {
  const scores = sites.map((s) => s.analysis.score);
  const shown = sites.map(shownGrade);
  const grade = row(
    sites,
    {
      id: 'grade',
      group: 'grade',
      title: rowTitle('grade'),
      cells: shown.map((g, i) =>
        cell(
          g.reasons.length ? cellText('pointsWithPolicy', { grade: g.grade, n: g.points, policyGrade: g.policy.grade, m: g.policy.points }) : cellText('points', { grade: g.grade, n: g.points }),
          [...scores[i]!.reasons, ...g.reasons].flatMap((r) => r.evidence),
        ),
      ),
      values: shown,
      signature: (g) => `${g.grade}${g.points}`,
    },
    // A better letter wins even against more points: the cap can hold a site below what its points say.
    (a, b) => b.grade.localeCompare(a.grade) || a.points - b.points,
    (winner, runnerUp, other) => reasonText('grade', { grade: winner.grade, n: winner.points, otherGrade: runnerUp.grade, m: runnerUp.points, other }),
  );
  const rubric = row(
    sites,
    {
      id: 'rubric',
      group: 'grade',
      title: rowTitle('rubric'),
      cells: scores.map((score) => {
        const up = score.reasons.filter((r) => r.points > 0).reduce((sum, r) => sum + r.points, 0);
        const down = score.reasons.filter((r) => r.points < 0).reduce((sum, r) => sum + r.points, 0);
        return cell(cellText('rubricPoints', { up: signed(up), down: signed(down) }), score.reasons.flatMap((r) => r.evidence), {
          items: score.reasons.map((r) => ({ key: r.rule, text: r.reason, detail: signed(r.points), vague: false, unique: false, points: r.points })),
        });
      }),
      values: scores,
      signature: keySignature,
    },
    null,
    () => verbatim(''),
  );
  return [grade, rubric, behaviourRow(sites)];
}

function listCells(sites: SavedSite[], label: Label, pick: (items: FactItem[]) => FactItem[], summary: (n: number) => Text): ComparisonCell[] {
  return sites.map((s) => {
    const items = pick(factItems(s.analysis, label));
    const evidence = items.length ? evidenceOf(items) : s.analysis.score.categories[label].evidence;
    return cell(summary(items.length), evidence, { items: toItems(items) });
  });
}

function collectedRow(sites: SavedSite[]): ComparisonRow {
  const cells = listCells(sites, 'collected', (items) => items, (n) => (n ? cellText('kinds', { n }) : cellText('nothing')));
  const values = sites.map((s) => factItems(s.analysis, 'collected'));
  const sensitive = (items: FactItem[]) => items.filter((f) => inGroup(SENSITIVE_DATA, f.key));
  const { prefer, decidingCriterion } = byCriteria<FactItem[]>(
    (items) => (items.length ? 1 : 0),
    (items) => -sensitive(items).length,
    (items) => -items.length,
  );
  return row(sites, { id: 'collected', group: 'collected', title: rowTitle('collected'), cells, values, signature: keySignature }, prefer, (winner, runnerUp, other) =>
    [
      () => reasonText('collectedNothing', { other }),
      () => reasonText('collectedSensitive', { other, names: nameList(sensitive(runnerUp), { max: 3 }) }),
      () => reasonText('collectedFewer', { n: winner.length, m: runnerUp.length, other }),
    ][decidingCriterion(winner, runnerUp)]!(),
  );
}

function purposesRow(sites: SavedSite[]): ComparisonRow {
  const cells = listCells(sites, 'purposes', (items) => items, (n) => (n ? cellText('purposes', { n }) : cellText('nothing')));
  const values = sites.map((s) => factItems(s.analysis, 'purposes'));
  const marketing = (items: FactItem[]) => items.filter((f) => inGroup(MARKETING_PURPOSES, f.key));
  const { prefer, decidingCriterion } = byCriteria<FactItem[]>(
    (items) => (items.length ? 1 : 0),
    (items) => -marketing(items).length,
  );
  return row(sites, { id: 'purposes', group: 'purposes', title: rowTitle('purposes'), cells, values, signature: keySignature }, prefer, (winner, runnerUp, other) => {
    if (decidingCriterion(winner, runnerUp) === 0) return reasonText('purposesNothing', { other });
    const names = nameList(marketing(runnerUp), { max: 3 });
    return marketing(winner).length === 0
      ? reasonText('purposesMarketingNone', { other, names })
      : reasonText('purposesMarketingFewer', { n: marketing(winner).length, m: marketing(runnerUp).length, other });
  });
}

function sharingRows(sites: SavedSite[]): ComparisonRow[] {
  const thirdParties = sites.map((s) => s.analysis.facts.thirdParties);
  const named = (s: SavedSite) => factItems(s.analysis, 'sharing').filter((f) => s.analysis.facts.thirdParties.some((t) => t.key === f.key && t.kind === 'named'));
  const namedCells = sites.map((s) => {
    const items = named(s);
    return cell(cellText('named', { n: items.length }), evidenceOf(items), { items: toItems(items) });
  });
  const ads = (parties: (typeof thirdParties)[number]) => parties.filter((t) => t.role === 'advertising');
  // Naming fewer companies is only better when the rest are not hidden behind "partners".
  const namedPreference = byCriteria<(typeof thirdParties)[number]>(
    (parties) => -ads(parties).length,
    (parties) => (parties.some((t) => t.key === 'partners') ? -1 : 0),
    (parties) => -parties.filter((t) => t.kind === 'named').length,
  );
  const namedRow = row(
    sites,
    { id: 'third-parties', group: 'sharing', title: rowTitle('third-parties'), cells: namedCells, values: thirdParties, signature: keySignature },
    namedPreference.prefer,
    (winner, runnerUp, other) =>
      [
        () => reasonText('adsFewer', { n: ads(winner).length, m: ads(runnerUp).length, other, names: nameList(ads(runnerUp), { max: 3, lowerCase: false }) }),
        () => reasonText('partnersNamed', { other }),
        () => reasonText('namedFewer', { n: winner.filter((t) => t.kind === 'named').length, m: runnerUp.filter((t) => t.kind === 'named').length, other }),
      ][namedPreference.decidingCriterion(winner, runnerUp)]!(),
  );

  const others = (s: SavedSite) => {
    const namedKeys = new Set(named(s).map((f) => f.key));
    return factItems(s.analysis, 'sharing').filter((f) => !namedKeys.has(f.key));
  };
  const recipientCells = sites.map((s) => {
    const items = others(s);
    return cell(items.length ? cellText('recipients', { n: items.length }) : cellText('nothing'), evidenceOf(items), { items: toItems(items) });
  });
  const has = (key: string) => (items: FactItem[]) => (items.some((f) => f.key === key) ? -1 : 0);
  const recipients = byCriteria<FactItem[]>(has('sells-data'), has('partners'), has('transfers-abroad'));
  const recipientsRow = row(
    sites,
    { id: 'recipients', group: 'sharing', title: rowTitle('recipients'), cells: recipientCells, values: sites.map(others), signature: keySignature },
    recipients.prefer,
    (winner, runnerUp, other) => reasonText((['sellsNot', 'partnersNamed', 'transfersNot'] as const)[recipients.decidingCriterion(winner, runnerUp)]!, { other }),
  );
  return [namedRow, recipientsRow];
}

function retentionRow(sites: SavedSite[]): ComparisonRow {
  const facts = sites.map((s) => s.analysis.facts.retention);
  type Retention = (typeof facts)[number];
  const concrete = (r: Retention) => r.filter((f) => f.days !== null).sort((a, b) => a.days! - b.days!);
  const vague = (r: Retention) => r.find((f) => f.vague)?.text ?? '';
  const status = (r: Retention) => (concrete(r).length ? 2 : r.length ? 1 : 0);
  const period = periodText;
  const general = (r: Retention) => concrete(r).find((f) => f.appliesTo === 'general')?.days ?? null;
  const cells = sites.map((s, i) => {
    const r = facts[i]!;
    const items = toItems(factItems(s.analysis, 'retention'));
    const periods = concrete(r).map((f) => ({ name: text('periodIn', periodText(f.days!), { ...f.appliesToName, lower: true }) }));
    const summary = status(r) === 2 ? cellText('concrete', { names: nameList(periods, { max: 3, lowerCase: false }) }) : status(r) === 1 ? cellText('vague', { vague: vague(r) }) : cellText('nothing');
    return cell(summary, r.length ? evidenceOf(r) : s.analysis.score.categories.retention.evidence, { items });
  });
  const prefer: Preference<Retention> = (a, b) => {
    if (status(a) !== status(b)) return status(a) - status(b);
    // Both concrete: a shorter general period is better; other periods are not comparable across shops.
    const [ga, gb] = [general(a), general(b)];
    return ga !== null && gb !== null ? Math.sign(gb - ga) : 0;
  };
  return row(
    sites,
    { id: 'retention', group: 'retention', title: rowTitle('retention'), cells, values: facts, signature: (r) => `${status(r)}|${concrete(r).map((f) => `${f.appliesTo}${f.days}`).join(',')}` },
    prefer,
    (winner, runnerUp, other) => {
      const shortest = concrete(winner)[0];
      if (status(winner) === 2 && status(runnerUp) === 2) {
        return reasonText('retentionShorter', { subject: text('cmpSubjectGeneral'), period: period(general(winner)!), otherPeriod: period(general(runnerUp)!), other });
      }
      if (status(winner) === 2) {
        return status(runnerUp) === 1
          ? reasonText('retentionConcreteVague', { period: period(shortest!.days!), vague: vague(runnerUp), other })
          : reasonText('retentionConcreteNothing', { period: period(shortest!.days!), other });
      }
      return reasonText('retentionVagueNothing', { vague: vague(winner), other });
    },
  );
}

function rightsRows(sites: SavedSite[]): ComparisonRow[] {
  const offered = sites.map((s) => new Set(s.analysis.facts.rights.map((r) => r.key)));
  const count = (keys: Set<string>) => RIGHTS_MATRIX.filter((key) => keys.has(key)).length;
  const summaryCells = sites.map((s, i) => {
    const rights = s.analysis.facts.rights.filter((r) => (RIGHTS_MATRIX as readonly string[]).includes(r.key));
    return cell(cellText('rightsCount', { n: count(offered[i]!) }), evidenceOf(rights));
  });
  const summary = row(
    sites,
    { id: 'rights', group: 'rights', title: rowTitle('rights'), cells: summaryCells, values: offered, signature: (keys) => String(count(keys)) },
    (a, b) => count(a) - count(b),
    (winner, runnerUp, other) => reasonText('rightsMore', { n: count(winner), m: count(runnerUp), other }),
  );
  const matrix = RIGHTS_MATRIX.map((key) => {
    const cells = sites.map((s) => {
      const right = s.analysis.facts.rights.find((r) => r.key === key);
      const authority = key === 'complaint' && right ? s.analysis.facts.authority : null;
      const items: CellItem[] = authority ? [{ key: 'authority', text: verbatim(authority.name), detail: '', vague: false, unique: false }] : [];
      return cell(right ? cellText('yes') : cellText('no'), [...(right?.evidence ?? []), ...(authority?.evidence ?? [])], { items });
    });
    return row(
      sites,
      { id: `right:${key}`, group: 'rights', title: text(RIGHT_NAMES[key]), cells, values: offered.map((keys) => keys.has(key)), signature: String },
      (a, b) => Number(a) - Number(b),
      (_winner, _runnerUp, other) => reasonText('rightNamed', { other }),
    );
  });
  return [summary, ...matrix];
}

function cookieRows(sites: SavedSite[]): ComparisonRow[] {
  const reports = sites.map((s) => s.cookies);
  const cookieItems = (cookies: { name: string; domain: string; party: 'first' | 'third'; vendor: string | null }[]): CookieItem[] =>
    cookies.map(({ name, domain, party, vendor }) => ({ name, domain, party, vendor }));
  const countRow = (id: string, title: Text, select: (report: NonNullable<SavedSite['cookies']>) => CookieItem[], rate: boolean, reason: (n: number, m: number, other: string) => Text) => {
    const selected = reports.map((report) => (report ? select(report) : null));
    const cells = selected.map((cookies) => (cookies ? cell(cellText('cookies', { n: cookies.length }), [], { cookies }) : cell(cellText('noCookies'), [], { missing: true })));
    return row(
      sites,
      { id, group: 'cookies', title, cells, values: selected.map((cookies) => cookies?.length ?? null), signature: String },
      rate ? (a, b) => b - a : null,
      (n, m, other) => reason(n, m, other),
    );
  };
  return [
    countRow('cookies', rowTitle('cookies'), (report) => cookieItems(report.cookies), false, () => verbatim('')),
    countRow('third-party-cookies', rowTitle('third-party-cookies'), (report) => cookieItems(report.cookies.filter((c) => c.party === 'third')), true, (n, m, other) =>
      reasonText('thirdPartyCookiesFewer', { n, m, other }),
    ),
    ...COOKIE_CATEGORIES.map((category) =>
      countRow(`cookies:${category}`, cookieRowTitle(category), (report) => cookieItems(report.cookies.filter((c) => c.category === category)), UNWANTED_COOKIES.includes(category), (n, m, other) =>
        reasonText('cookiesFewer', { category: cookieCategoryName(category), n, m, other }),
      ),
    ),
  ];
}

const pick = ({ grade, points }: { grade: ComparedSite['grade']; points: number }) => ({ grade, points });

/** Compare two to four saved sites, in the order given. */
export function compareSites(sites: SavedSite[]): Comparison {
  if (sites.length < MIN_COMPARED || sites.length > MAX_COMPARED) throw new Error(`compare ${MIN_COMPARED} to ${MAX_COMPARED} sites, not ${sites.length}`);
  return {
    sites: sites.map((s) => ({ site: s.site, title: s.analysis.title, policyUrl: s.policyUrl, savedAt: s.savedAt, ...pick(shownGrade(s)) })),
    rows: [...gradeRows(sites), collectedRow(sites), purposesRow(sites), ...sharingRows(sites), retentionRow(sites), ...rightsRows(sites), ...cookieRows(sites)],
  };
}

/** What the evidence dialog shows for one cell: the sentences behind it, or the cookies behind a count. */
export interface EvidenceView {
  site: string;
  policyUrl: string;
  row: Text;
  sentences: { id: string; text: string; heading: string }[];
  cookies: CookieItem[];
}

/** The evidence of one cell, with the sentences' text from that site's saved copy. */
export function evidenceView(records: SavedSite[], row: ComparisonRow, siteIndex: number): EvidenceView {
  const record = records[siteIndex]!;
  const cellOf = row.cells[siteIndex]!;
  return { site: record.site, policyUrl: record.policyUrl, row: row.title, sentences: sentencesOf(record.analysis, cellOf.evidence), cookies: cellOf.cookies };
}

/** The group titles in display order, for headings between rows. */
export const COMPARISON_GROUPS: { key: GroupKey; title: Text }[] = (['grade', 'collected', 'purposes', 'sharing', 'retention', 'rights', 'cookies'] as const).map((key) => ({
  key,
  title: groupTitle(key),
}));
