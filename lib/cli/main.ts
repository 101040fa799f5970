import { parseArgs } from 'node:util';
import { analyzeSource } from './analyze-command';
import { runClassify } from './classify-command';
import { CliError } from './cli-error';
import { loadModelFromDisk } from './load-model-node';
import { loadPublicSuffixesFromDisk } from '../site/public-suffixes-node';

const USAGE = `Usage:
  policy-lens analyze <file.html|file.txt|http(s)://url> [--json] [--lang auto|en|nb]
  policy-lens classify [--lang auto|en|nb]   < lines.jsonl   ({"id": "...", "text": "..."} per line)
  policy-lens cookies <cookies.json|-> [--policy <file|url>] [--site <host>] [--before-interaction] [--json]
  policy-lens --help`;

type Lang = 'auto' | 'en' | 'nb';

function parseLang(value: string | undefined): Lang {
  const lang = value ?? 'auto';
  if (lang !== 'auto' && lang !== 'en' && lang !== 'nb') throw new CliError(`--lang must be auto, en or nb (got "${lang}")`);
  return lang;
}

/** Streams the CLI talks to; tests pass their own. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

/** Run the CLI with argv (without node and script); returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        policy: { type: 'string' },
        site: { type: 'string' },
        'before-interaction': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.stdout.write(USAGE + '\n');
      return values.help ? 0 : 2;
    }
    const lang = parseLang(values.lang);
    switch (command) {
      case 'analyze': {
        if (rest.length !== 1) throw new CliError('analyze needs exactly one file path or URL', 2);
        const colour = Boolean(io.stdout.isTTY) && !process.env.NO_COLOR;
        io.stdout.write((await analyzeSource({ source: rest[0]!, json: values.json ?? false, lang, colour })) + '\n');
        return 0;
      }
      case 'classify':
        return await runClassify(io.stdin, io.stdout, io.stderr, loadModelFromDisk(), lang);
      case 'cookies': {
        const { runCookies } = await import('./cookies-command');
        loadPublicSuffixesFromDisk();
        if (rest.length !== 1) throw new CliError('cookies needs one JSON file path, or - for standard input', 2);
        io.stdout.write((await runCookies({ source: rest[0]!, policy: values.policy, site: values.site, beforeInteraction: values['before-interaction'] ?? false, json: values.json ?? false, stdin: io.stdin })) + '\n');
        return 0;
      }
      default:
        throw new CliError(`unknown command "${command}"\n${USAGE}`, 2);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs throws TypeErrors with codes for unknown options; they are usage errors too.
    const code = error instanceof CliError ? error.exitCode : (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
    if (error instanceof CliError && error.output) io.stdout.write(error.output + '\n');
    io.stderr.write(`policy-lens: ${message.split('\n')[0]}\n`);
    return code;
  }
}
