// The toolbar badge: the only browser.action calls in lib/.
import { browser } from 'wxt/browser';
import type { Grade } from '../types';

// Colours with enough contrast for white badge text (WCAG AA at badge size).
const GRADE_COLOURS: Record<Grade, string> = { A: '#1b7f3b', B: '#4d7c0f', C: '#a16207', D: '#c2410c', E: '#b91c1c' };

/** Show a policy's grade on a tab's toolbar badge. */
export async function showGradeBadge(tabId: number, grade: Grade): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: grade });
  await browser.action.setBadgeBackgroundColor({ tabId, color: GRADE_COLOURS[grade] });
  // setBadgeTextColor is Chrome 110+ / Firefox 109+; older browsers pick a colour themselves.
  await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
}

/** Remove the badge from a tab. */
export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined); // the tab may be gone
}
