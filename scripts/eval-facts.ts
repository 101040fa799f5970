// Fact-level quality: the facts the scorecard shows (rights, retention, named third parties, data types,
// purposes, selling, authority, contact) against our own gold in test/fixtures/facts/fact-gold.json.
// The five seed policies run through the whole engine (HTML → extract → classify → facts); the corpus
// documents use their corpus labels, so they measure the fact rules alone (the model was trained on them).
// Run by `npm run eval` at its end, or alone: `npx tsx scripts/eval-facts.ts [--misses]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzePolicy } from '../lib/analyze-policy';
import { loadModelFromDisk } from '../lib/cli/load-model-node';
import { extractPolicyFromHtml } from '../lib/extract/extract-policy';
import { parseHtmlInNode } from '../lib/extract/parse-html-node';
import { extractFacts } from '../lib/facts/extract-facts';
import { factTables } from '../lib/facts/fact-tables';
import { partyKey } from '../lib/facts/party-names';
import { LABELS, type Label, type LabelledSentence, type PolicyFacts } from '../lib/types';
import { loadCorpus } from './corpus';
import { nodeRenderer } from '../lib/text/catalogue-node';

const ROOT = join(import.meta.dirname, '..');
export const FACT_GOLD = join(ROOT, 'test', 'fixtures', 'facts', 'fact-gold.json');

/** One gold document: where its text comes from and the facts a careful reader finds in it. */
export interface FactGold {
  id: string;
  source: { html: string } | { corpus: string };
  rights: string[];
  retention: { concrete: boolean; vague: boolean };
  thirdParties: string[];
  dataTypes: string[];
  purposes: string[];
  selling: 'sells' | 'denies' | null;
  authority: string | null;
  contacts: string[];
}

export const FACT_KINDS = ['rights', 'retention', 'thirdParties', 'dataTypes', 'purposes', 'selling', 'authority', 'contacts'] as const;
type Kind = (typeof FACT_KINDS)[number];
type Items = Record<Kind, string[]>;
interface Count {
  tp: number;
  fp: number;
  fn: number;
}

/** A named company as a fact key: the vendor table's key when it knows the name, else the name's own key. */
function goldPartyKey(name: string): string {
  return factTables().vendors.find((v) => v.patterns.some((p) => p.test(name)))?.key ?? partyKey(name);
}

/** A contact as compared: an e-mail in lower case, a postal address by its postcode. */
function contactKey(value: string): string {
  if (value.includes('@') || value.startsWith('postal:')) return value.toLowerCase();
  const code = /\d{3} \d{2}\b|\d{4,5}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}/.exec(value)?.[0] ?? value;
  return `postal:${code.replace(/\s/g, '').toLowerCase()}`;
}

function goldItems(gold: FactGold): Items {
  return {
    rights: gold.rights,
    retention: [...(gold.retention.concrete ? ['concrete'] : []), ...(gold.retention.vague ? ['vague'] : [])],
    thirdParties: gold.thirdParties.map(goldPartyKey),
    dataTypes: gold.dataTypes,
    purposes: gold.purposes,
    selling: gold.selling ? [gold.selling] : [],
    authority: gold.authority ? [gold.authority.toLowerCase()] : [],
    contacts: gold.contacts.map(contactKey),
  };
}

function foundItems(facts: PolicyFacts): Items {
  const data = facts.retention.filter((r) => r.appliesTo !== 'cookies');
  return {
    rights: facts.rights.map((r) => r.key),
    retention: [...(data.some((r) => !r.vague) ? ['concrete'] : []), ...(data.some((r) => r.vague) ? ['vague'] : [])],
    thirdParties: facts.thirdParties.filter((t) => t.kind === 'named').map((t) => t.key),
    dataTypes: facts.dataTypes.map((d) => d.key),
    purposes: facts.purposes.map((p) => p.key),
    selling: [...(facts.sellsData.length ? ['sells'] : []), ...(facts.deniesSelling.length ? ['denies'] : [])],
    authority: facts.authority ? [facts.authority.name.toLowerCase()] : [],
    contacts: facts.contacts.map((c) => contactKey(c.value)),
  };
}

async function factsOf(gold: FactGold): Promise<PolicyFacts> {
  if ('html' in gold.source) {
    const extracted = extractPolicyFromHtml(readFileSync(join(ROOT, gold.source.html), 'utf8'), `https://${gold.id}.example/privacy`, parseHtmlInNode);
    const outcome = await analyzePolicy(extracted, loadModelFromDisk());
    if (!outcome.ok) throw new Error(`${gold.id}: ${nodeRenderer()(outcome.message)}`);
    return outcome.analysis.facts;
  }
  const doc = gold.source.corpus;
  const sentences: LabelledSentence[] = loadCorpus()
    .filter((s) => s.doc === doc)
    .map((s, i) => ({
      id: `s${i}`,
      text: s.text,
      heading: s.heading,
      section: 0,
      labels: s.labels as Label[],
      scores: Object.fromEntries(LABELS.map((l) => [l, s.labels.includes(l) ? 1 : 0])) as Record<Label, number>,
      ...(s.leadIn ? { leadIn: s.leadIn } : {}),
    }));
  if (sentences.length === 0) throw new Error(`${gold.id}: no corpus document ${doc}`);
  return extractFacts(sentences);
}

/** Per-kind counts over a set of documents, plus the misses of each document. */
export interface FactReport {
  documents: number;
  counts: Record<Kind, Count>;
  misses: { id: string; kind: Kind; missed: string[]; extra: string[] }[];
}

/** Score the facts of every gold document (or those `pick` keeps). */
export async function evaluateFacts(pick: (gold: FactGold) => boolean = () => true): Promise<FactReport> {
  const golds = (JSON.parse(readFileSync(FACT_GOLD, 'utf8')) as FactGold[]).filter(pick);
  const counts = Object.fromEntries(FACT_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<Kind, Count>;
  const misses: FactReport['misses'] = [];
  for (const gold of golds) {
    const expected = goldItems(gold);
    const found = foundItems(await factsOf(gold));
    for (const kind of FACT_KINDS) {
      const want = new Set(expected[kind]);
      const got = new Set(found[kind]);
      const missed = [...want].filter((x) => !got.has(x));
      const extra = [...got].filter((x) => !want.has(x));
      counts[kind].tp += want.size - missed.length;
      counts[kind].fn += missed.length;
      counts[kind].fp += extra.length;
      if (missed.length || extra.length) misses.push({ id: gold.id, kind, missed, extra });
    }
  }
  return { documents: golds.length, counts, misses };
}

const f1 = ({ tp, fp, fn }: Count) => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

/** Micro-F1 over every fact of every kind. */
export function overallF1(report: FactReport): number {
  const sum = Object.values(report.counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return f1(sum).f1;
}

function printReport(title: string, report: FactReport, showMisses: boolean): void {
  console.log(`\n${title} (${report.documents} documents)`);
  console.log('fact            gold  found  precision  recall     F1');
  for (const kind of FACT_KINDS) {
    const c = report.counts[kind];
    const m = f1(c);
    console.log(`${kind.padEnd(14)} ${String(c.tp + c.fn).padStart(5)}  ${String(c.tp + c.fp).padStart(5)}  ${pct(m.precision)}%    ${pct(m.recall)}%  ${pct(m.f1)}%`);
  }
  const macro = FACT_KINDS.reduce((sum, k) => sum + f1(report.counts[k]).f1, 0) / FACT_KINDS.length;
  console.log(`overall: micro-F1 ${pct(overallF1(report))}%   macro-F1 over the ${FACT_KINDS.length} kinds ${pct(macro)}%`);
  if (showMisses) for (const m of report.misses) console.log(`  ${m.id} ${m.kind}: missed [${m.missed.join(', ')}] extra [${m.extra.join(', ')}]`);
}

/** Print the fact-level tables: all gold documents, the seed policies (whole engine) and the corpus documents (fact rules alone). */
export async function printFactEvaluation(showMisses = false): Promise<void> {
  const isSeed = (g: FactGold) => 'html' in g.source;
  printReport('Facts: all gold documents', await evaluateFacts(), showMisses);
  printReport('Facts: seed policies, whole engine (HTML → classifier → facts)', await evaluateFacts(isSeed), false);
  printReport('Facts: our corpus documents, with their corpus labels (the fact rules alone)', await evaluateFacts((g) => !isSeed(g)), false);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await printFactEvaluation(process.argv.includes('--misses'));
