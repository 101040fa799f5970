// A clone of the repository in a folder with nothing beside it must build and pass its tests: no file may
// reach outside the repository (issue 9). Checks every tracked text file for paths that leave it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((file) => /\.(ts|mts|mjs|js|svelte|json|md|html|css|yml|yaml|sh)$|^\.ci\//.test(file) && !file.endsWith('package-lock.json'));

const outside = (target: string) => {
  const rel = relative(ROOT, target);
  return rel.startsWith('..') || isAbsolute(rel);
};

/** Paths a file names that resolve outside the repository, with the text that names them. */
function escapes(file: string, text: string): string[] {
  const dir = dirname(join(ROOT, file));
  const found: string[] = [];
  // Relative paths in strings and Markdown links: '../x', "../../x", `../x`, ](../x).
  for (const match of text.matchAll(/(?:['"`(])((?:\.\.\/)+[^'"`)\s]*)/g)) if (outside(resolve(dir, match[1]!))) found.push(match[1]!);
  // join/resolve(import.meta.dirname, '..', 'x', …) with literal parts.
  for (const match of text.matchAll(/(?:join|resolve)\(\s*(?:import\.meta\.dirname|__dirname)((?:\s*,\s*'[^']*')+)\s*\)/g)) {
    const parts = [...match[1]!.matchAll(/'([^']*)'/g)].map((part) => part[1]!);
    if (outside(resolve(dir, ...parts))) found.push(match[0]);
  }
  // The workplace's shared folder and absolute paths of this machine.
  for (const match of text.matchAll(/\.\.\/shared\b|\/work\/[\w.-]+/g)) found.push(match[0]);
  return found;
}

describe('the repository stands alone', () => {
  it('lists the files it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('README.md');
  });

  it('no tracked file reaches outside the repository', () => {
    // (This file's own examples below are paths that leave the repository on purpose.)
    const offenders = files.filter((file) => file !== 'test/unit/stands-alone.test.ts').flatMap((file) => escapes(file, readFileSync(join(ROOT, file), 'utf8')).map((path) => `${file}: ${path}`));
    expect(offenders).toEqual([]);
  });

  it('notices a path that leaves it', () => {
    expect(escapes('lib/cli/x.ts', "readFileSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds'))")).toHaveLength(1);
    expect(escapes('test/cli/x.ts', "const p = '../../../elsewhere/file.txt';")).toEqual(['../../../elsewhere/file.txt']);
    expect(escapes('lib/cli/x.ts', "join(import.meta.dirname, '..', '..', 'public', 'model.json')")).toEqual([]);
  });
});
