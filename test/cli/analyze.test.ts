import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, SEEDS } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'policy-lens-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const POLICY_HTML = `<!doctype html><html><head><title>Personvernerklæring – Testbutikken</title></head><body><main>
<h1>Personvernerklæring</h1><p>Vi samler inn navn, adresse og e-postadresse når du handler hos oss. Opplysningene brukes til å levere varene og sende kvittering.</p>
<h2>Deling</h2><p>Betaling skjer via Klarna, og pakkene sendes med Posten. Vi selger aldri opplysningene dine.</p>
<h2>Lagring</h2><p>Ordrehistorikk oppbevares i fem år etter bokføringsloven.</p>
<h2>Dine rettigheter</h2><p>Du har rett til innsyn, retting og sletting. Send en e-post til personvern@testbutikken.no. Du kan også klage til Datatilsynet.</p>
</main></body></html>`;

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/privacy') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(POLICY_HTML);
    else if (req.url === '/logo.png') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('policy-lens analyze', () => {
  it('prints a scorecard for a real seed policy in plain text', async () => {
    const run = await runCli(['analyze', join(SEEDS, '002_5014aa8f602bcf1a.txt')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Grade [A-E]/);
    for (const title of ['What they collect', 'Why they use it', 'Who else gets it', 'How long it is kept', 'Your rights']) expect(run.stdout).toContain(title);
  });

  it('gives the whole analysis as JSON for an HTML file', async () => {
    const run = await runCli(['analyze', file('policy.html', POLICY_HTML), '--json']);
    expect(run.code).toBe(0);
    const analysis = JSON.parse(run.stdout);
    expect(analysis.language.code).toBe('nb');
    expect(analysis.sentences.length).toBeGreaterThan(5);
    expect(analysis.sections.map((s: { heading: string }) => s.heading)).toContain('Dine rettigheter');
    expect(analysis.score.grade).toMatch(/^[A-E]$/);
    expect(analysis.facts.thirdParties.map((t: { key: string }) => t.key)).toEqual(expect.arrayContaining(['klarna', 'posten-bring']));
    expect(analysis.textHash).toMatch(/^[0-9a-f]{64}$/);
    // The detection result rides along, completed with what the classified sentences state.
    expect(analysis.detection).toMatchObject({ kind: 'privacy-policy', score: expect.any(Number) });
    expect(analysis.detection.reasons.map((r: { signal: string }) => r.signal)).toEqual(expect.arrayContaining(['practice-statements']));
  });

  it('prints the detection as JSON on stdout when a page cannot be analysed, with the error on stderr', async () => {
    const page = '<html><head><title>Frakt</title></head><body><main><p>Vi sender med Posten.</p></main></body></html>';
    const run = await runCli(['analyze', file('short.html', page), '--json']);
    expect(run.code).not.toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ ok: false, error: expect.any(String), detection: { kind: 'none' } });
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads a text file saved in Windows-1252 without mangling æ, ø and å', async () => {
    const text = 'Personvernerklæring\n\nVi lagrer navn, adresse og e-postadresse når du handler hos oss, og vi sletter opplysningene etter fem år. Du kan be om innsyn og sletting, og du kan klage til Datatilsynet. Vi deler adressen din med Posten for å levere pakken.\n';
    const path = join(tmp, 'cp1252.txt');
    writeFileSync(path, Buffer.from(text, 'latin1'));
    const run = await runCli(['analyze', path, '--json']);
    expect(run.code).toBe(0);
    const analysis = JSON.parse(run.stdout);
    expect(analysis.title).toBe('Personvernerklæring');
    expect(analysis.sentences.map((s: { text: string }) => s.text).join(' ')).toContain('vi sletter opplysningene etter fem år');
  });

  it('fetches a policy over http', async () => {
    const run = await runCli(['analyze', `${base}/privacy`, '--json', '--lang', 'nb']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).url).toBe(`${base}/privacy`);
  });

  it.each([
    ['a missing file', () => [join(tmp, 'nope.html')], /no such file/],
    ['a directory', () => [tmp], /is a directory/],
    ['binary data', () => [file('blob.bin', Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]))], /binary/],
    ['an empty file', () => [file('empty.txt', '')], /is empty/],
    ['an empty page', () => [file('empty.html', '<html><body><nav>Home</nav></body></html>')], /no text|too short/],
    ['an unsupported language', () => [file('de.txt', 'Datenschutz\nWir verarbeiten Ihre personenbezogenen Daten nur, wenn es für die Bestellung nötig ist, und wir geben sie nicht an Dritte weiter, außer an den Versanddienstleister und den Zahlungsanbieter, die die Daten für die Lieferung und die Bezahlung der Bestellung benötigen. Sie haben das Recht auf Auskunft und Löschung.')], /language.*\(de\)/],
    ['an unreachable URL', () => ['http://127.0.0.1:9/privacy'], /cannot fetch.*unreachable/],
    ['a URL that is not HTML', () => [`${base}/logo.png`], /image\/png, not an HTML page/],
    ['a URL that answers 404', () => [`${base}/missing`], /HTTP 404/],
    ['a bad --lang', () => [join(SEEDS, '000_d4352249f7bbf683.txt'), '--lang', 'fr'], /--lang must be/],
  ])('rejects %s with one line on stderr and a non-zero exit', async (_what, args, message) => {
    const run = await runCli(['analyze', ...args()]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\s+at\s.+:\d+:\d+/);
  });

  it('rejects an unknown command and prints usage on --help', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('policy-lens analyze');
  });
});
