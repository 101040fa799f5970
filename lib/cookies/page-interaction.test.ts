// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchInteraction } from './page-interaction';

describe('watchInteraction', () => {
  it('starts as "no interaction" and ignores events a page script dispatches', () => {
    const interacted = watchInteraction(window);
    expect(interacted()).toBe(false);
    // Synthetic events (isTrusted false) must not make a page look answered; the real-click path is in test/e2e/cookies.test.ts.
    window.dispatchEvent(new Event('pointerdown'));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(interacted()).toBe(false);
  });
});
