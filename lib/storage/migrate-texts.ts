// Schema 2 → 3 of a saved record (loaded only when old data is found: pages import it on demand): its texts become catalogue messages. Schema 2 held finished words in both
// languages ({ en, nb }) for fact names, card summaries and grade reasons; schema 3 holds message keys with
// parameters (lib/text/text.ts). Nothing is lost: names come back from the fact's key (the lexicons name each
// key with a message), summaries and reasons are made again from the saved facts by the same rules that
// made them, and only what no rule can make again (a vendor's name) is kept as written.
import units from '../facts/retention-units.json';
import { parse } from '../schemas/common';
import { messageKey } from '../schemas/text';
import { cardSummary } from '../score/category-cards';
import { isRuleId, RULE_REASONS, RULES } from '../score/rubric-rules';
import { type MessageKey, type Text, text, verbatim } from '../text/text';
import { LABELS, type PolicyFacts } from '../types';

type Words = { en?: unknown; nb?: unknown };

const isText = (value: unknown): value is Text => typeof value === 'object' && value !== null && 'key' in value;
const english = (value: unknown): string => (typeof value === 'object' && value !== null && typeof (value as Words).en === 'string' ? ((value as Words).en as string) : '');
const pascal = (key: string) => key.replace(/(^|[-_ ])(\w)/g, (_, _sep: string, c: string) => c.toUpperCase());

/** The message a lexicon names `key` with (`factData` + `Email`), or null for a key no lexicon could have. */
function lexiconMessage(prefix: string, key: string): MessageKey | null {
  const checked = parse(messageKey, `${prefix}${pascal(key)}`);
  return checked.ok ? checked.value : null;
}

/** A schema-2 name as a Text: the lexicon's message for its key, or the English words as written. */
function nameOf(old: unknown, prefix: string | null, key: string): Text {
  if (isText(old)) return old;
  const message = prefix ? lexiconMessage(prefix, key) : null;
  return message ? text(message) : verbatim(english(old) || key);
}

/** What a retention period applies to, as schema 3 names it. */
function subjectName(old: unknown, appliesTo: string): Text {
  if (isText(old)) return old;
  // A kind of record (orders, accounting; retention-units.json), else a data type (email), as retentionPeriods names them.
  const record = appliesTo === 'general' || units.records.some((r) => r.key === appliesTo);
  return nameOf(old, record ? 'factRecord' : 'factData', appliesTo);
}

/** A schema-2 analysis (or part of one) with its texts as messages; a schema-3 one is returned unchanged. */
export function analysisWithTexts<A extends { facts: unknown; score: unknown }>(analysis: A): A {
  const facts = analysis.facts as PolicyFacts;
  const named = <F extends { key: string; name: unknown }>(list: F[], prefix: (fact: F) => string | null): F[] =>
    list.map((fact) => ({ ...fact, name: nameOf(fact.name, prefix(fact), fact.key) }));
  const newFacts: PolicyFacts = {
    ...facts,
    dataTypes: named(facts.dataTypes, () => 'factData'),
    purposes: named(facts.purposes, () => 'factPurpose'),
    rights: named(facts.rights, () => 'factRight'),
    thirdParties: named(facts.thirdParties, (fact) => (fact.kind === 'category' ? 'factRecipient' : null)),
    retention: facts.retention.map((period) => ({ ...period, appliesToName: subjectName(period.appliesToName, period.appliesTo) })),
  };
  const score = analysis.score as { reasons: { rule: string; reason: unknown }[]; categories: Record<string, { status: string; summary: unknown; evidence: string[] }> };
  const reasons = score.reasons.map((point) => {
    if (isText(point.reason)) return point;
    const hit = isRuleId(point.rule) ? RULES[point.rule](newFacts) : null;
    if (!isRuleId(point.rule) || !hit) return { ...point, reason: verbatim(english(point.reason)) };
    return { ...point, reason: hit.detail === null ? text(RULE_REASONS[point.rule]) : text(RULE_REASONS[point.rule], hit.detail) };
  });
  const categories = Object.fromEntries(
    LABELS.map((label) => {
      const card = score.categories[label]!;
      return [label, isText(card.summary) ? card : { ...card, summary: cardSummary(label, newFacts, card.evidence.length).summary }];
    }),
  );
  return { ...analysis, facts: newFacts, score: { ...score, reasons, categories } };
}

type OldCookie = { vendor?: unknown; vendorKey?: unknown; purpose?: unknown; basis?: unknown; consentState?: unknown };
type OldReport = { cookies?: OldCookie[]; services?: unknown; pageInteracted?: unknown } | null | undefined;

/**
 * The fields schema 3 always has, which reports and analyses saved before cookie knowledge and cookie checks
 * lacked: filled once here, with what their absence meant, instead of a fallback wherever they are read.
 */
function withFieldsOfSchema3(report: OldReport): OldReport {
  if (!report || typeof report !== 'object') return report;
  const cookies = Array.isArray(report.cookies)
    ? report.cookies.map((cookie) => ({
        ...cookie,
        vendorKey: cookie.vendorKey ?? null,
        purpose: cookie.purpose ?? null,
        basis: cookie.basis ?? (cookie.vendor ? 'table' : 'none'),
        consentState: cookie.consentState ?? false,
      }))
    : report.cookies;
  return { ...report, cookies, services: report.services ?? [], pageInteracted: report.pageInteracted ?? null };
}

/**
 * Migration 2 → 3 of one saved record: its texts become catalogue messages and the fields schema 3 always has
 * are filled; a schema-3 record is returned as it is.
 */
export function savedSiteWithTexts<R extends { analysis: { facts: unknown; score: unknown }; cookies?: unknown }>(record: R): Omit<R, 'schemaVersion'> & { schemaVersion: 3 } {
  const analysis = analysisWithTexts(record.analysis);
  const facts = analysis.facts as { cookieKinds?: unknown };
  return {
    ...record,
    schemaVersion: 3,
    analysis: { ...analysis, facts: { ...facts, cookieKinds: facts.cookieKinds ?? [] } },
    ...('cookies' in record ? { cookies: withFieldsOfSchema3(record.cookies as OldReport) } : {}),
  };
}

/**
 * The sites of a schema-2 export with their texts as messages. Whatever does not have the shape of a saved
 * site is passed on as it is, for the schema check that follows to name the problem.
 */
export function schema2SitesWithTexts(sites: unknown): unknown {
  if (!Array.isArray(sites)) return sites;
  return sites.map((site: unknown) => {
    try {
      return savedSiteWithTexts(site as { analysis: { facts: unknown; score: unknown } });
    } catch {
      return site;
    }
  });
}
