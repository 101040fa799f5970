// Where the end-to-end tests write their screenshots: a temporary folder, so `npm test` leaves the work tree
// clean; `npm run screenshots` sets POLICY_LENS_SCREENSHOTS=docs to refresh docs/screenshots/ for the README.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SCREENSHOTS =
  process.env.POLICY_LENS_SCREENSHOTS === 'docs' ? resolve(import.meta.dirname, '../../docs/screenshots') : mkdtempSync(join(tmpdir(), 'policy-lens-screenshots-'));
