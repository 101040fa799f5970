import { readFileSync, statSync } from 'node:fs';
import { CliError } from './cli-error';

/** What `analyze` reads: a page's HTML or a plain-text policy. */
export interface PolicyInput {
  kind: 'html' | 'text';
  content: string;
  url: string;
}

// A policy page is rarely above 2 MB; 20 MB leaves room for bloated pages and stops runaway downloads.
const MAX_BYTES = 20 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 15_000;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function decode(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new CliError(`${source} is empty`);
  if (looksBinary(bytes)) throw new CliError(`${source} is binary data, not HTML or text`);
  const text = decodeText(bytes);
  if (!text.trim()) throw new CliError(`${source} has no text`);
  return text;
}

/**
 * UTF-8 (a byte-order mark dropped); bytes that are not valid UTF-8 are read as Windows-1252, the
 * encoding older Western European sites and Windows editors still save in ("Personvernerklæring").
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const isHtml = (text: string) => /^\s*(<!doctype html|<html|<head|<body)|<(p|div|h[1-6]|article|main|section)[\s>]/i.test(text.slice(0, 5000));

/** Read a local file's bytes, refusing directories, missing files and files past `maxBytes` with one clear line. */
export function readLocalFile(path: string, maxBytes = MAX_BYTES): Buffer {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new CliError(`${path} is a directory, not a file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${path}: no such file`);
  }
  if (size > maxBytes) throw new CliError(`${path} is ${(size / 1e6).toFixed(0)} MB; the limit is ${maxBytes / 1e6} MB`);
  return readFileSync(path);
}

/** Read a local file: .html/.htm as HTML, anything else sniffed. */
export function readPolicyFile(path: string): PolicyInput {
  const text = decode(readLocalFile(path), path);
  const html = /\.x?html?$/i.test(path) || isHtml(text);
  return { kind: html ? 'html' : 'text', content: text, url: `file://${path}` };
}

/** Fetch a policy page over http(s), with a timeout and a size cap. */
export async function fetchPolicy(url: string): Promise<PolicyInput> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow', headers: { accept: 'text/html,text/plain;q=0.9' } });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'unreachable';
    throw new CliError(`cannot fetch ${url}: ${reason}`);
  }
  if (!response.ok) throw new CliError(`cannot fetch ${url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !/text\/html|text\/plain|application\/xhtml/i.test(type)) throw new CliError(`${url} is ${type.split(';')[0]}, not an HTML page or text`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new CliError(`${url} is too large (${(length / 1e6).toFixed(0)} MB)`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new CliError(`${url} is too large`);
  const text = decode(bytes, url);
  return { kind: /text\/plain/i.test(type) && !isHtml(text) ? 'text' : 'html', content: text, url: response.url || url };
}

/** Read a file path or an http(s) URL. */
export async function loadPolicyInput(source: string): Promise<PolicyInput> {
  if (/^https?:\/\//i.test(source)) return fetchPolicy(source);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) throw new CliError(`unsupported URL scheme in ${source}: use http(s) or a file path`);
  return readPolicyFile(source);
}
