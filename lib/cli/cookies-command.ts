import { nodeRenderer } from '../text/catalogue-node';
import { analyzePolicy } from '../analyze-policy';
import { checkCookiesAgainstPolicy } from '../cookies/compare-with-policy';
import { CookieExportError, likelySite, parseCookieExport, withParty } from '../cookies/cookie-export';
import { ALL_VENDORS, cookieKnowledge } from '../cookies/cookie-tables';
import { extractPolicyFromHtml, extractPolicyFromText } from '../extract/extract-policy';
import { parseHtmlInNode } from '../extract/parse-html-node';
import { siteOf } from '../site/site-of';
import { categoriseCookies } from '../cookies/categorise-cookies';
import { buildCookieReport } from '../cookies/cookie-report';
import { siteBehaviour } from '../score/site-behaviour';
import type { PolicyAnalysis } from '../types';
import { CliError } from './cli-error';
import { formatCookies } from './format-cookies';
import { loadPolicyInput, readLocalFile } from './load-input';
import { loadModelFromDisk } from './load-model-node';

export interface CookiesArgs {
  source: string;
  policy: string | undefined;
  json: boolean;
  stdin: NodeJS.ReadableStream;
  /** The site the cookies belong to; otherwise the policy URL's site, or the site most cookies belong to. */
  site?: string;
  /** The cookies were exported before anyone clicked or typed on the page, so before a cookie banner could be answered. */
  beforeInteraction?: boolean;
}

// A cookie export of a whole browser profile is a few MB; this stops reading a wrong file whole.
const MAX_BYTES = 20 * 1024 * 1024;

const readCookieFile = (path: string): string => readLocalFile(path, MAX_BYTES).toString('utf8');

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (text.length > MAX_BYTES) throw new CliError(`standard input is larger than ${MAX_BYTES / 1e6} MB`);
  }
  return text;
}

async function policyAnalysisOf(source: string): Promise<PolicyAnalysis> {
  const input = await loadPolicyInput(source);
  const extracted = input.kind === 'html' ? extractPolicyFromHtml(input.content, input.url, parseHtmlInNode) : extractPolicyFromText(input.content, input.url);
  const outcome = await analyzePolicy(extracted, loadModelFromDisk());
  if (!outcome.ok) throw new CliError(`${source}: ${nodeRenderer()(outcome.message)}`, 2);
  return outcome.analysis;
}

function siteArgument(site: string): string {
  const host = site.replace(/^https?:\/\//i, '').split(/[/:?#]/)[0]!.toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(host) || !host.includes('.')) throw new CliError(`--site must be a host name such as shop.no (got "${site}")`, 2);
  return siteOf(host);
}

/** `cookies`: explain a cookie export, optionally against a policy; returns what to print, or throws a CliError for bad input. */
export async function runCookies(args: CookiesArgs): Promise<string> {
  const name = args.source === '-' ? 'standard input' : args.source;
  const text = args.source === '-' ? await readStdin(args.stdin) : readCookieFile(args.source);
  if (!text.trim()) throw new CliError(`${name} is empty`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`${name} is not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  let exported;
  try {
    exported = parseCookieExport(data);
  } catch (error) {
    if (error instanceof CookieExportError) throw new CliError(`${name}: ${error.message}`);
    throw error;
  }

  const site = args.site
    ? siteArgument(args.site)
    : args.policy && /^https?:\/\//i.test(args.policy)
      ? siteOf(new URL(args.policy).hostname)
      : likelySite(exported);
  const knowledge = cookieKnowledge();
  // An export says nothing about clicks: tracking before consent is judged only when the user says so.
  const extras = args.beforeInteraction ? { pageInteracted: false } : {};
  const report = buildCookieReport(site, withParty(exported, site), [], (cookies) => categoriseCookies(cookies, knowledge), extras);
  const policy = args.policy ? await policyAnalysisOf(args.policy) : null;
  const check = policy ? checkCookiesAgainstPolicy(report, policy, ALL_VENDORS) : null;
  const behaviour = policy ? siteBehaviour(policy, report) : null;

  if (args.json) {
    const checked = policy && check && behaviour ? { policy: { url: policy.url, grade: policy.score.grade, declaredCookies: policy.facts.declaredCookies, cookieKinds: policy.facts.cookieKinds, check, behaviour } } : {};
    return JSON.stringify({ site, counts: report.counts, cookies: report.cookies, ...checked }, null, 2);
  }
  return formatCookies(report, policy && check && behaviour ? { analysis: policy, check, behaviour } : null);
}
