// The house rules of docs/ARCHITECTURE.md, checked on the source (as Refined GitHub tests its conventions):
// the engine in lib/ runs without a browser and only lib/adapters/ opens the door to it; components render and
// never reach an adapter; each lib/ folder says its job and imports only the folders its README allows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const isSource = (name: string) => /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts');
const isTest = (path: string) => path.endsWith('.test.ts');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : isSource(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The code of a file without its comments, so that a comment naming chrome.storage is not a call. */
const code = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** The modules a file imports at run time (type-only imports are left out: they vanish from every bundle). */
function runtimeImports(path: string): string[] {
  return [...code(path).matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)].map((m) => m[1]!);
}

/** Every import, type-only ones too. */
const allImports = (path: string) => [...code(path).matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);

/** The lib/ folder an import of `path` lands in ('' outside lib/, the file name for a module at lib/'s root). */
function libFolder(path: string, specifier: string): string {
  const target = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? normalize(join(dirname(path), specifier)) : '';
  const parts = target.split('/');
  if (parts[0] !== 'lib') return '';
  return parts.length > 2 ? parts[1]! : parts[1]!.replace(/\.ts$/, '');
}

const BROWSER_MODULES = /^(wxt\/browser|wxt\/utils\/storage|#imports|webextension-polyfill|@webext-core\/messaging|@wxt-dev\/)/;
const BROWSER_CALLS = /\b(browser|chrome)\.(runtime|storage|tabs|i18n|action|cookies|scripting|permissions|offscreen|windows|webNavigation)\b|\bnew DOMParser\b/;

const engine = files('lib').filter((path) => !path.startsWith('lib/adapters/'));
const engineCode = engine.filter((path) => !isTest(path));

describe('architecture (docs/ARCHITECTURE.md)', () => {
  it('keeps the engine free of browser APIs: only lib/adapters/ calls them', () => {
    const offenders = engineCode.flatMap((path) => [
      ...runtimeImports(path)
        .filter((specifier) => BROWSER_MODULES.test(specifier) || libFolder(path, specifier) === 'adapters')
        .map((specifier) => `${path} imports ${specifier}`),
      ...(BROWSER_CALLS.test(code(path)) ? [`${path} calls ${BROWSER_CALLS.exec(code(path))![0]}`] : []),
    ]);
    expect(offenders).toEqual([]);
  });

  it('lets components render only: no adapter, no browser API, no analysis state of their own', () => {
    const components = files('components').filter((path) => !isTest(path) && !path.endsWith('-testing.ts'));
    const offenders = components.flatMap((path) => [
      ...allImports(path)
        .filter((specifier) => BROWSER_MODULES.test(specifier) || libFolder(path, specifier) === 'adapters' || specifier.includes('/entrypoints/'))
        .map((specifier) => `${path} imports ${specifier}`),
      ...(BROWSER_CALLS.test(code(path)) ? [`${path} calls the browser`] : []),
    ]);
    expect(offenders).toEqual([]);
  });

  it('keeps lib/ from importing entrypoints or components (the adapters may import the text context type only)', () => {
    const offenders = files('lib')
      .filter((path) => !isTest(path))
      .flatMap((path) => runtimeImports(path).filter((specifier) => /(^|\/)(entrypoints|components)\//.test(specifier)).map((specifier) => `${path} imports ${specifier}`));
    expect(offenders).toEqual([]);
  });

  const folders = readdirSync('lib', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

  it('gives every lib/ folder a README that says its job and what it may import', () => {
    for (const folder of folders) {
      const readme = join('lib', folder, 'README.md');
      expect(existsSync(readme), readme).toBe(true);
      expect(readFileSync(readme, 'utf8'), readme).toMatch(/^May import:/m);
    }
  });

  it('imports across lib/ folders only as each README allows', () => {
    // "May import: `lib/facts`, `lib/types`" — folder names in back-quotes; "anything in `lib/`" allows all.
    const allowed = new Map(
      folders.map((folder) => {
        const line = /^May import:([\s\S]*?)(?:\n\s*\n|(?![\s\S]))/m.exec(readFileSync(join('lib', folder, 'README.md'), 'utf8'))?.[1] ?? '';
        const names = [...line.matchAll(/`lib\/([\w-]+)(?:\.ts)?`/g)].map((m) => m[1]!);
        return [folder, /anything in `lib\/`/.test(line) ? null : new Set(names)] as const;
      }),
    );
    const offenders = engineCode.flatMap((path) => {
      const own = path.split('/')[1]!;
      const rule = allowed.get(own);
      if (!rule) return []; // a module at lib/'s root (types.ts, analyze-policy.ts) or a folder allowed anything
      return allImports(path)
        .map((specifier) => libFolder(path, specifier))
        .filter((folder) => folder && folder !== own && !rule.has(folder))
        .map((folder) => `${path} imports lib/${folder}`);
    });
    expect([...new Set(offenders)]).toEqual([]);
  });

  it('keeps files small: none of ours over 300 lines', () => {
    const ours = [...files('lib'), ...files('components'), ...files('entrypoints'), ...files('scripts'), ...files('test')];
    const lines = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    const long = ours.filter((path) => lines(readFileSync(path, 'utf8')) > 300);
    expect(long).toEqual([]);
  });

  it('writes no casts to never (typed message keys instead of strings made at run time)', () => {
    const ours = [...files('lib'), ...files('components'), ...files('entrypoints')].filter((path) => !isTest(path));
    expect(ours.filter((path) => /\bas never\b/.test(code(path)))).toEqual([]);
  });
});
