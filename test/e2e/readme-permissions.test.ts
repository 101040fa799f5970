// README's "Permissions, and why" must explain what the built extensions really ask for: read from the
// manifests the build wrote (`npm run test:e2e` builds first), not from wxt.config.ts, so permissions WXT
// or a module adds are caught too.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './extension-browser';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Permissions, and why'), readme.indexOf('## Privacy'));
const notRequested = [...(section.match(/^Not requested: (.*)$/m)?.[1] ?? '').matchAll(/`([a-zA-Z]+)`/g)].map((match) => match[1]!);

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
}

describe.each(['chrome-mv3', 'firefox-mv3'])('README explains the permissions of the %s build', (target) => {
  // Throws (the test fails) when the build is missing: run "npm run build" / "npm run build:firefox".
  const manifest = JSON.parse(readFileSync(join(dirname(EXTENSION_DIR), target, 'manifest.json'), 'utf8')) as Manifest;
  const permissions = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
  const hosts = [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];

  it('has a row for every permission', () => {
    expect(permissions.length).toBeGreaterThan(0);
    for (const permission of permissions) expect(section, permission).toContain(`| \`${permission}\``);
  });

  it('names every host permission in its host-access row', () => {
    const row = section.split('\n').find((line) => line.startsWith('| host access'));
    expect(row).toBeDefined();
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(row, host).toContain(`\`${host}\``);
  });

  it('asks for none of the permissions README says are not requested', () => {
    expect(notRequested.length).toBeGreaterThan(0);
    expect(permissions.filter((permission) => notRequested.includes(permission))).toEqual([]);
  });
});
