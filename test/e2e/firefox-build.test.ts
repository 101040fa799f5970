// The Firefox build must pass Mozilla's add-on linter (issue 3): no errors, and the manifest Firefox needs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './extension-browser';

const FIREFOX_DIR = join(dirname(EXTENSION_DIR), 'firefox-mv3');
const ROOT = join(import.meta.dirname, '..', '..');

describe('Firefox build (firefox-mv3)', () => {
  it('has no errors from web-ext lint', () => {
    const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', cwd: ROOT });
    const report = JSON.parse(out) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);

  it('declares its add-on id, no data collection, and no offscreen permission (Firefox has a DOM in the background)', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.id).toBe('policy-lens@policy-lens.dev');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
    expect(manifest.permissions).not.toContain('offscreen');
    expect(manifest.background.scripts).toBeDefined();
  });
});
