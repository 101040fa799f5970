// Accessibility checks for extension pages in real Chromium: axe-core's rules, and a walk with the Tab
// key that must reach every control on the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.x A/AA and best practices). */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  // Evaluated through DevTools, which the extension pages' script-src 'self' policy does not block.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * The visible controls (buttons, links, form fields, <summary>) that pressing Tab from the top of the page
 * never reaches. Empty when every control is keyboard-reachable.
 */
export async function controlsTabSkips(page: Page): Promise<string[]> {
  const count = await page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(
      // A control taken out of the tab order on purpose (the file input behind the Import button) has its own keyboard path.
      (el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && !el.closest('[aria-hidden="true"]') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
    );
    controls.forEach((el, i) => el.setAttribute('data-keyboard-check', String(i)));
    (document.activeElement as HTMLElement | null)?.blur();
    return controls.length;
  });
  const reached = new Set<string>();
  for (let i = 0; i < count + 5; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-keyboard-check') ?? null);
    if (id !== null) reached.add(id);
  }
  return page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-keyboard-check]')]
        .filter((el) => !seen.includes(el.getAttribute('data-keyboard-check')!))
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`),
    [...reached],
  );
}
