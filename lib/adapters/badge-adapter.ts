// The toolbar badge: the only browser.action calls in lib/.
import { browser } from 'wxt/browser';
import type { Grade } from '../types';
import { languageName } from '../language/language-name';
import { GRADE_COLOURS } from '../score/grade-colours';
import { browserLookup, uiLanguage } from './i18n-adapter';

/** Show a policy's grade on a tab's toolbar badge. */
export async function showGradeBadge(tabId: number, grade: Grade): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: grade });
  await browser.action.setBadgeBackgroundColor({ tabId, color: GRADE_COLOURS[grade].background });
  // setBadgeTextColor is Chrome 110+ / Firefox 109+; older browsers pick a colour themselves.
  await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
}

// Grey, like a disabled control: the page is a policy, but there is no grade to show.
const NEUTRAL_COLOUR = '#57606a';

/** Mark a tab's badge for a policy in a language we do not read: a neutral sign, never a grade. */
export async function showUnsupportedBadge(tabId: number, language: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '?' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: NEUTRAL_COLOUR });
  await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  await browser.action.setTitle({ tabId, title: browserLookup('badgeUnsupported', [languageName(language, uiLanguage())]) });
}

/** Remove the badge from a tab. */
export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined); // the tab may be gone
  await browser.action.setTitle({ tabId, title: browserLookup('actionTitle', []) }).catch(() => undefined); // back to the default title
}
